// The server never crashes and never publishes stale results, whatever it is sent.
import assert from "node:assert/strict";
import { TextDocument } from "vscode-languageserver-textdocument";
import { check, DEFAULT_CONFIG, localize } from "../../server/src/core/index.js";
import { allRules } from "../../server/src/rules/index.js";
import { rng } from "../bench/corpus.js";
import { fixture, SEEDS } from "../helpers.js";
import { TestClient } from "./client.js";

describe("language server robustness", function () {
  this.timeout(180000);

  it("survives 10,000 random edits of a 100 KB document and ends with the diagnostics of the final text", async () => {
    const client = new TestClient();
    await client.initialize({});
    const uri = "file:///robust/large.vbhc";
    const seeds = [fixture(SEEDS.chiThi), fixture(SEEDS.quyetDinh), fixture(SEEDS.congVan)];
    let text = "";
    while (text.length < 100_000) text += seeds[text.length % 3]!;
    const local = TextDocument.create(uri, "vbhc", 1, text);
    await client.open(uri, text, 1);
    const random = rng(20261125);
    const undo: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[] = [];
    const bits = [
      "a",
      "1. ",
      "\n",
      "ngày 31 tháng 9 năm 2015",
      "Điều 3. ",
      "**",
      "\u0301",
      "\r\n",
      "- Lưu: VT.",
      "Số: 5/CT-UBND\n",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
    ];
    for (let v = 2; v <= 10_001; v++) {
      const len = local.getText().length;
      const r = random();
      let change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
      if (r < 0.05 && undo.length > 0) {
        change = undo.pop()!; // an undo: put back what an earlier edit replaced
      } else {
        const a = Math.floor(random() * (len + 1));
        const b = r < 0.4 ? Math.min(len, a + Math.floor(random() * 40)) : a;
        const insert = r > 0.995 ? seeds[Math.floor(random() * 3)]! : r < 0.3 ? "" : bits[Math.floor(random() * bits.length)]!;
        change = { range: { start: local.positionAt(a), end: local.positionAt(b) }, text: insert };
        const removed = local.getText().slice(a, b);
        const endAfter = local.positionAt(a); // computed below, after the edit
        void endAfter;
        undo.push({ range: { start: local.positionAt(a), end: local.positionAt(a) }, text: removed });
        TextDocument.update(local, [change], v);
        const after = undo[undo.length - 1]!;
        after.range = { start: local.positionAt(a), end: local.positionAt(a + insert.length) };
        void client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [change] });
        continue;
      }
      TextDocument.update(local, [change], v);
      void client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [change] });
    }
    const last = await client.diagnostics(uri, 10_001);
    assert.ok(client.alive);
    const expected = check(local.getText(), allRules, DEFAULT_CONFIG).findings.map((f) => ({
      range: f.range,
      code: f.ruleId,
      message: localize(f.message, "vi"),
    }));
    assert.deepEqual(
      last.diagnostics.map((d) => ({ range: d.range, code: d.code, message: d.message })),
      expected,
    );
    await client.stop();
  });

  it("answers malformed and unknown requests with errors, and keeps serving", async () => {
    const client = new TestClient();
    await client.initialize({});
    await assert.rejects(client.connection.sendRequest("vbhc/noSuchMethod", {}), /Unhandled method|not found/i);
    assert.deepEqual(await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: "file:///not/open.vbhc" } }), []);
    assert.deepEqual(await client.connection.sendRequest("textDocument/foldingRange", { textDocument: { uri: "::not a uri::" } }), []);
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: "::not a uri::", languageId: "vbhc", version: 1, text: fixture(SEEDS.chiThi) },
    });
    const u = "file:///robust/small.vbhc";
    await client.open(u, fixture(SEEDS.congVan));
    const past = { start: { line: 5000, character: 0 }, end: { line: 9000, character: 99 } };
    assert.ok(
      Array.isArray(await client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: u }, range: past, context: { diagnostics: [] } })),
    );
    assert.ok(client.alive);
    await client.stop();
  });

  it("checks a 20 MB document without dying", async () => {
    const client = new TestClient();
    await client.initialize({});
    let text = "";
    const seed = fixture(SEEDS.quyetDinh);
    while (text.length < 20_000_000) text += seed;
    const p = await client.open("file:///robust/huge.vbhc", text);
    assert.ok(p.diagnostics.length > 0);
    assert.ok(client.alive);
    await client.stop();
  });

  it("isolates a rule that throws: one internal diagnostic, one log line, the other rules still run", async () => {
    const client = new TestClient({ VBHC_FAULT_INJECTION: "throwing-rule" });
    await client.initialize({});
    const u = "file:///robust/throwing.vbhc";
    const first = await client.open(u, fixture("cli", "chi-thi-mot-loi.vbhc.txt"));
    assert.deepEqual(
      first.diagnostics.map((d) => d.code),
      ["internal", "header/date-format"],
    );
    assert.match(String(first.diagnostics[0]!.message), /test\/throwing-rule/);
    const second = client.diagnostics(u, 2);
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: u, version: 2 },
      contentChanges: [{ text: `${fixture("cli", "chi-thi-mot-loi.vbhc.txt")}\n` }],
    });
    await second;
    assert.equal(client.logs.filter((l) => l.includes("test/throwing-rule")).length, 1);
    assert.ok(client.alive);
    await client.stop();
  });
});
