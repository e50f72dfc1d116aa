// Citations over the protocol: hover, definition across files, references, completion, and
// the workspace index built in the background from the workspace folder.
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { FIXTURES, fixture } from "../helpers.js";
import { TestClient } from "./client.js";

const folder = path.join(FIXTURES, "workspace");
const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
const CV = "cv-245-bao-cao.vbhc.txt";
const QD = "qd-120-ban-hanh-ke-hoach.vbhc.txt";

describe("language server navigation (stdio)", function () {
  this.timeout(30000);
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    const progress: string[] = [];
    client.connection.onRequest("window/workDoneProgress/create", () => null);
    client.connection.onNotification("$/progress", (p: { value: { kind: string } }) => void progress.push(p.value.kind));
    await client.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: "workspace" }],
      capabilities: { window: { workDoneProgress: true } },
    });
    await client.connection.sendNotification("initialized", {});
    for (let i = 0; i < 100 && !progress.includes("end"); i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual([progress[0], progress[progress.length - 1]], ["begin", "end"]);
    await client.open(uriOf(CV), fixture("workspace", CV));
  });

  after(async () => client.stop());

  // "Quyết định số 120/QĐ-UBND" on line 14 of the Công văn.
  const citationPos = () => {
    const line = fixture("workspace", CV).split("\n")[13]!;
    return { line: 13, character: line.indexOf("120/QĐ-UBND") + 2 };
  };

  it("goes to the definition of a citation in another workspace file", async () => {
    const locations = (await client.connection.sendRequest("textDocument/definition", { textDocument: { uri: uriOf(CV) }, position: citationPos() })) as {
      uri: string;
    }[];
    assert.deepEqual(
      locations.map((l) => l.uri),
      [uriOf(QD)],
    );
  });

  it("finds every document citing it", async () => {
    const refs = (await client.connection.sendRequest("textDocument/references", {
      textDocument: { uri: uriOf(CV) },
      position: citationPos(),
      context: { includeDeclaration: false },
    })) as { uri: string }[];
    assert.deepEqual([...new Set(refs.map((r) => path.basename(new URL(r.uri).pathname)))].sort(), [CV, "kh-15-cai-cach-hanh-chinh.vbhc.txt"]);
  });

  it("explains the citation on hover", async () => {
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: uriOf(CV) }, position: citationPos() })) as {
      contents: { value: string };
    };
    assert.match(hover.contents.value, /120\/QĐ-UBND/);
  });

  it("completes a whole căn cứ line after 'Căn cứ '", async () => {
    const u = "file:///nav/new.vbhc";
    await client.open(u, "QUYẾT ĐỊNH\nVề việc thử\nCăn cứ ");
    const items = (await client.connection.sendRequest("textDocument/completion", { textDocument: { uri: u }, position: { line: 2, character: 7 } })) as {
      label: string;
      insertText?: string;
      textEdit?: { newText: string };
    }[];
    const nd30 = items.find((i) => (i.textEdit?.newText ?? i.insertText ?? i.label).includes("30/2020/NĐ-CP"));
    assert.ok(
      nd30,
      items
        .slice(0, 5)
        .map((i) => i.label)
        .join(" | "),
    );
    assert.match(nd30.textEdit?.newText ?? nd30.insertText ?? "", /^Nghị định số 30\/2020\/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;$/);
  });

  it("lists the workspace's documents as workspace symbols", async () => {
    const symbols = (await client.connection.sendRequest("workspace/symbol", { query: "kế hoạch" })) as { name: string; location: { uri: string } }[];
    assert.ok(
      symbols.some((s) => s.name.startsWith("KẾ HOẠCH 15/KH-UBND")),
      symbols.map((s) => s.name).join(" | "),
    );
  });
});
