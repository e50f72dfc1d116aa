// The language server over the real protocol (stdio, JSON-RPC).
import assert from "node:assert/strict";
import { CodeActionKind } from "vscode-languageserver-protocol";
import { fixture, SEEDS } from "../helpers.js";
import { TestClient } from "./client.js";

const SEED_000 = fixture(SEEDS.chiThi);
const uri = (name: string) => `file:///workspace/${name}.vbhc`;

describe("language server (stdio)", function () {
  this.timeout(20000);
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize({ workspace: { configuration: true } });
  });

  afterEach(async () => {
    await client.stop();
  });

  it("publishes diagnostics on open, with the rule id and a link to its docs", async () => {
    const p = await client.open(uri("seed000"), SEED_000);
    const dateFormat = p.diagnostics.find((d) => d.code === "header/date-format");
    assert.ok(dateFormat, JSON.stringify(p.diagnostics.map((d) => d.code)));
    assert.deepEqual(dateFormat.range, { start: { line: 3, character: 42 }, end: { line: 3, character: 44 } });
    assert.equal(dateFormat.severity, 2);
    assert.equal(dateFormat.source, "vbhc");
    assert.equal(dateFormat.message, 'Tháng viết là "tháng 9", không phải "tháng 09" (chỉ tháng 1, 2 thêm số 0 ở trước).');
    assert.match(dateFormat.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/header\/date-format\.md$/);
  });

  it("checks a plain text or Markdown file only when it is a văn bản hành chính (national title, or vbhc.files)", async () => {
    const notes = "# Ghi chú họp\n\nNgày mai họp lúc 8 giờ.  Mang theo tài liệu.\n";
    const plain = await client.open("file:///workspace/notes.md", notes, 1, "markdown");
    assert.deepEqual(plain.diagnostics, []);
    const symbols = await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: "file:///workspace/notes.md" } });
    assert.deepEqual(symbols, []);
    const titled = await client.open("file:///workspace/chi-thi.txt", SEED_000, 1, "plaintext");
    assert.ok(titled.diagnostics.some((d) => d.code === "header/date-format"));
    client.settings = { files: ["**/van-ban/*.md"] };
    const listed = await client.open("file:///workspace/van-ban/notes.md", notes, 1, "markdown");
    assert.ok(
      listed.diagnostics.some((d) => d.code === "style/double-space"),
      JSON.stringify(listed.diagnostics.map((d) => d.code)),
    );
    const other = await client.open("file:///workspace/notes.py", SEED_000, 1, "python");
    assert.deepEqual(other.diagnostics, []);
  });

  it("speaks English when the settings say so", async () => {
    client.settings = { locale: "en" };
    const p = await client.open(uri("seed000-en"), SEED_000);
    const d = p.diagnostics.find((x) => x.code === "header/date-format")!;
    assert.equal(d.message, 'Write the month as "tháng 9", not "tháng 09" (only months 1 and 2 take a leading zero).');
  });

  it("turns a rule off through the settings", async () => {
    client.settings = { rules: { "header/date-format": "off" } };
    const p = await client.open(uri("seed000-off"), SEED_000);
    assert.equal(
      p.diagnostics.find((x) => x.code === "header/date-format"),
      undefined,
    );
  });

  it("offers the fix, fix-all of the rule and source.fixAll.vbhc as real edits", async () => {
    const u = uri("seed000-fix");
    await client.open(u, SEED_000);
    const range = { start: { line: 3, character: 42 }, end: { line: 3, character: 44 } };
    const actions = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: u },
      range,
      context: { diagnostics: [] },
    })) as {
      title: string;
      kind: string;
      edit?: { changes: Record<string, { range: unknown; newText: string }[]> };
      command?: { command: string; arguments: string[] };
    }[];
    const fix = actions.find((a) => a.kind === CodeActionKind.QuickFix && a.edit);
    assert.ok(fix);
    assert.match(fix.title, /^Sửa: Tháng viết là "tháng 9"/);
    assert.deepEqual(fix.edit!.changes[u], [{ range, newText: "9" }]);
    const docs = actions.find((a) => a.command?.command === "vbhc.openRuleDocs");
    assert.deepEqual(docs?.command?.arguments, ["header/date-format"]);

    const fixAll = (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: u },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] },
    })) as { kind: string; edit: { changes: Record<string, { newText: string }[]> } }[];
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0]!.kind, "source.fixAll.vbhc");
    const newText = fixAll[0]!.edit.changes[u]![0]!.newText;
    assert.ok(newText.includes("Khánh Hòa, ngày 12 tháng 9 năm 2013"));
  });

  it("returns document symbols and folding ranges", async () => {
    const u = uri("seed004");
    await client.open(u, fixture(SEEDS.congVan));
    const symbols = (await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: u } })) as {
      name: string;
      children: unknown[];
    }[];
    assert.equal(symbols[0]!.name, "852J /UBND-NC");
    assert.equal(symbols[3]!.name, "1. Các Sở, ban, ngành, UBND các huyện, thành phố");
    assert.equal(symbols[3]!.children.length, 11);
    const folds = (await client.connection.sendRequest("textDocument/foldingRange", { textDocument: { uri: u } })) as { startLine: number; endLine: number }[];
    assert.ok(folds.some((f) => f.startLine === 29 && f.endLine === 55));
  });

  it("publishes only for the last version after 200 rapid edits", async () => {
    const u = uri("rapid");
    await client.open(u, SEED_000);
    const base = SEED_000;
    let version = 1;
    for (let k = 0; k < 200; k++) {
      version++;
      // Alternate the month between "09" (finding) and "9" (clean); the last edit leaves "9".
      const text = base.replace("tháng 09", k % 2 === 0 ? "tháng 09" : "tháng 9");
      void client.connection.sendNotification("textDocument/didChange", {
        textDocument: { uri: u, version },
        contentChanges: [{ text }],
      });
    }
    const last = await client.diagnostics(u, version);
    assert.equal(
      last.diagnostics.find((d) => d.code === "header/date-format"),
      undefined,
    );
    // Wait a moment for anything late; nothing older than the last version may follow it.
    await new Promise((r) => setTimeout(r, 200));
    const published = client.allPublished(u);
    assert.equal(published[published.length - 1]!.version, version);
    const versions = published.map((p) => p.version!);
    assert.deepEqual(
      [...versions].sort((a, b) => a - b),
      versions,
      "versions never go backwards",
    );
    assert.ok(published.length < 60, `coalesced: ${published.length} publications for 201 versions`);
  });

  it("answers pull diagnostics when the client supports them", async () => {
    const pull = new TestClient();
    await pull.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    const u = uri("pull");
    await pull.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: u, languageId: "vbhc", version: 1, text: SEED_000 } });
    const report = (await pull.connection.sendRequest("textDocument/diagnostic", { textDocument: { uri: u } })) as { kind: string; items: { code: string }[] };
    assert.equal(report.kind, "full");
    assert.ok(report.items.some((d) => d.code === "header/date-format"));
    await pull.stop();
  });
});
