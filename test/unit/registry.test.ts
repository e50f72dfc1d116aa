// The citation registry: built-in entries well-formed, team files parsed, and the workspace index
// (resolve, definition, references, completion, hover) over a fixture workspace of three
// documents citing each other.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { findCitations } from "../../server/src/core/citations.js";
import { DEFAULT_CONFIG, parse, runRules } from "../../server/src/core/index.js";
import { allRules } from "../../server/src/rules/index.js";
import { builtinData, builtinEntries, builtinRelations } from "../../server/src/core/registry/builtin.js";
import { createWorkspaceIndex, parseNumber, parseRegistry } from "../../server/src/core/registry/index.js";
import { isoOf, toEntry } from "../../server/src/core/registry/load.js";
import { citationHover } from "../../server/src/features/citationHover.js";
import { completion } from "../../server/src/features/completion.js";
import { definition } from "../../server/src/features/definition.js";
import { references } from "../../server/src/features/references.js";
import { FIXTURES, ROOT } from "../helpers.js";

describe("registry: built-in entries", () => {
  const entries = builtinEntries();

  it("has at least 500 entries, every one usable", () => {
    assert.ok(entries.length >= 500, `only ${entries.length} entries`);
    assert.equal(entries.length, builtinData().documents.length, "some raw entries were rejected");
    // Taken as written at run time: each must read the same through the team registries' reader.
    builtinData().documents.forEach((raw, i) => {
      assert.deepEqual(toEntry(raw), entries[i], JSON.stringify(raw));
    });
  });

  it("names a public source for each entry, with valid dates in order", () => {
    for (const e of entries) {
      const id = `${e.type} ${e.number ?? e.name}`;
      assert.match(e.source ?? "", /^https?:\/\/\S+$/, `${id}: no source`);
      assert.equal(isoOf(e.date), e.date, `${id}: bad date`);
      // (A decree may take effect before it is signed: Nghị định 141/2026/NĐ-CP is retroactive to 01/01/2026.)
      if (e.effective) assert.equal(isoOf(e.effective), e.effective, `${id}: bad effective date`);
      // No status typed by hand: it is derived from the relations.
      assert.equal(e.status, "unknown", `${id}: a typed status`);
      if (e.number) assert.ok(parseNumber(e.number), `${id}: unreadable number`);
      if (e.number && parseNumber(e.number)?.year) assert.equal(parseNumber(e.number)!.year, e.date.slice(0, 4), `${id}: number year ≠ date year`);
      assert.ok(e.issuer || e.uncertain?.includes("issuer"), `${id}: no issuer, and not flagged`);
      assert.ok(e.title || e.uncertain?.includes("title"), `${id}: no title, and not flagged`);
    }
  });

  it("traces every relation to the page it was read from", () => {
    const relations = builtinRelations();
    assert.ok(relations.length >= 300, `only ${relations.length} relations`);
    for (const r of relations) {
      const id = `${r.kind} ${r.target.number ?? r.target.name}`;
      assert.match(r.source?.file ?? "", /^https?:\/\/\S+$/, `${id}: no source`);
      if (r.date) assert.equal(isoOf(r.date), r.date, `${id}: bad date`);
      assert.ok(r.by || r.date, `${id}: neither the acting document nor the date`);
    }
  });

  it("holds the replacements the format rules depend on", () => {
    const index = createWorkspaceIndex();
    const find = (n: string) => index.byNumber(n)[0]!;
    for (const old of ["110/2004/NĐ-CP", "01/2011/TT-BNV"]) {
      const status = index.statusAt(find(old), "2020-03-05");
      assert.equal(status.status, "expired", old);
      assert.equal(status.ended?.date, "2020-03-05", old);
      assert.equal(status.ended?.relation.by?.number, "30/2020/NĐ-CP", old);
      assert.equal(index.statusAt(find(old), "2020-03-04").status, "in-force", `${old} the day before`);
    }
    assert.equal(index.statusAt(find("30/2020/NĐ-CP"), "2026-12-03").status, "in-force");
  });

  it("matches schemas/registry.schema.json", function () {
    let Ajv: (new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } }) | undefined;
    try {
      Ajv = createRequire(__filename)("ajv") as typeof Ajv;
    } catch {
      this.skip();
    }
    const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas", "registry.schema.json"), "utf8")) as object;
    const validate = new Ajv!({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
    const ok = validate(builtinData());
    assert.ok(ok, JSON.stringify(validate.errors));
  });
});

describe("registry: team files", () => {
  it("reads JSON, normalizing dates, statuses and types", () => {
    const { entries, problems } = parseRegistry(
      JSON.stringify({
        documents: [
          { type: "quyết định", number: "595 /QĐ-UBND", date: "05/3/2013", issuer: "UBND tỉnh", title: "về Đề án", status: "còn hiệu lực" },
          { type: "Nghị định", date: "31/9/2020" },
        ],
      }),
      "team.json",
    );
    assert.deepEqual(entries, [{ type: "Quyết định", number: "595/QĐ-UBND", date: "2013-03-05", issuer: "UBND tỉnh", title: "về Đề án", status: "in-force" }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.row, 2);
  });

  it("reads CSV with quotes, commas inside fields and CRLF", () => {
    const csv =
      'type,number,date,issuer,title,status,expiry,replacedBy\r\nQuyết định,12/QĐ-UBND,2015-01-02,"UBND tỉnh","về việc A, B",expired,2016-01-01,13/QĐ-UBND\r\nQuyết định,13/QĐ-UBND,2016-01-01,UBND tỉnh,về việc C,,,\r\n';
    const { entries, problems } = parseRegistry(csv, "team.csv");
    assert.deepEqual(problems, []);
    assert.equal(entries.length, 2);
    assert.equal(entries[0]!.title, "về việc A, B");
    assert.equal(entries[0]!.replacedBy, "13/QĐ-UBND");
    assert.equal(entries[1]!.status, "unknown");
  });

  it("reports a broken file without throwing", () => {
    assert.equal(parseRegistry("{", "x.json").problems.length, 1);
    assert.equal(parseRegistry("", "x.csv").problems.length, 1);
  });

  it("rules read the team registry through config.index", () => {
    const index = createWorkspaceIndex({
      team: [
        {
          type: "Quyết định",
          number: "595/QĐ-UBND",
          date: "2013-03-05",
          issuer: "UBND tỉnh",
          title: "về Đề án",
          status: "expired",
          expiry: "2016-01-01",
          replacedBy: "12/QĐ-UBND",
        },
        { type: "Quyết định", number: "12/QĐ-UBND", date: "2015-12-20", issuer: "UBND tỉnh", title: "về Đề án mới", status: "in-force" },
      ],
    });
    const text = "Khánh Hòa, ngày 05 tháng 3 năm 2017\n\nCác cơ quan thực hiện theo Quyết định số 595/QĐ-UBND ngày 05/3/2013 của UBND tỉnh về Đề án.";
    const rule = allRules.find((r) => r.id === "citation/expired")!;
    const withTeam = runRules(parse(text), [rule], { ...DEFAULT_CONFIG, index });
    assert.equal(withTeam.length, 1);
    assert.match(
      withTeam[0]!.message.vi,
      /hết hiệu lực từ ngày 01\/01\/2016.*thay thế bởi Quyết định số 12\/QĐ-UBND ngày 20\/12\/2015 của UBND tỉnh về Đề án mới/,
    );
    assert.deepEqual(runRules(parse(text), [rule], DEFAULT_CONFIG), []);
  });

  it("team entries win over the built-in registry, workspace documents over both", () => {
    const index = createWorkspaceIndex({
      team: [{ type: "Nghị định", number: "30/2020/NĐ-CP", date: "2020-03-05", issuer: "Chính phủ", title: "bản của đơn vị", status: "in-force" }],
    });
    const [c] = findCitations(parse("Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ."));
    const r = index.resolve(c!);
    assert.ok(r.status === "resolved" && r.entry.origin === "team" && r.entry.title === "bản của đơn vị");
  });
});

describe("registry: workspace index over test/fixtures/workspace", () => {
  const dir = path.join(FIXTURES, "workspace");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  const uri = (f: string) => `file:///ws/${f}`;
  const QD = uri("qd-120-ban-hanh-ke-hoach.vbhc.txt");
  const KH = uri("kh-15-cai-cach-hanh-chinh.vbhc.txt");
  const CV = uri("cv-245-bao-cao.vbhc.txt");
  const texts = files.map((f) => ({ uri: uri(f), text: readFileSync(path.join(dir, f), "utf8") }));
  const index = createWorkspaceIndex({ documents: texts });
  /** The tests' own models of the files (the index keeps a summary of a file, not its model). */
  const models = new Map(texts.map((t) => [t.uri, parse(t.text)]));
  const model = (u: string) => models.get(u)!;

  /** Position of the n-th `needle` in a workspace file. */
  function at(u: string, needle: string, nth = 0) {
    const doc = model(u);
    let offset = -1;
    for (let i = 0; i <= nth; i++) offset = doc.text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, needle);
    let line = 0;
    while (line + 1 < doc.lineStarts.length && doc.lineStarts[line + 1]! <= offset) line++;
    return { line, character: offset - doc.lineStarts[line]! + 1 };
  }

  it("knows what each document defines from its header", () => {
    assert.deepEqual(
      files.map((f) => {
        const e = index.entryOf(uri(f))!;
        return [e.type, e.number, e.date, e.issuer];
      }),
      [
        ["Công văn", "245/UBND-NC", "2024-03-05", "Ủy ban nhân dân tỉnh Khánh Hòa"],
        ["Kế hoạch", "15/KH-UBND", "2024-01-20", "Ủy ban nhân dân tỉnh Khánh Hòa"],
        ["Quyết định", "120/QĐ-UBND", "2024-01-15", "Ủy ban nhân dân tỉnh Khánh Hòa"],
      ],
    );
  });

  it("keeps a summary of a file from disk, not its model; an open document's model is kept", () => {
    assert.equal(index.document(QD), undefined);
    assert.deepEqual(
      { ...index.summaryOf(QD)!, headerRange: undefined, titleRange: undefined },
      { kind: "QUYẾT ĐỊNH", number: "120/QĐ-UBND", summary: "Ban hành Kế hoạch cải cách hành chính năm 2024", headerRange: undefined, titleRange: undefined },
    );
    const open = createWorkspaceIndex({ builtin: false });
    open.setDocument(QD, texts.find((t) => t.uri === QD)!.text, model(QD));
    assert.equal(open.document(QD), model(QD));
  });

  it("resolves a file's citations from what it keeps of them as from the model", () => {
    let count = 0;
    for (const { uri: u } of texts) {
      for (const c of findCitations(model(u))) {
        const kept = index.citationAt(u, c.range.start)!;
        assert.deepEqual([kept.kind, kept.number?.raw ?? null, kept.range], [c.kind, c.number?.raw ?? null, c.range]);
        assert.deepEqual(index.resolve(kept), index.resolve(c));
        count++;
      }
    }
    assert.equal(count, 7);
  });

  it("resolves citations between the documents, and to the built-in registry", () => {
    const resolved = (u: string) =>
      findCitations(model(u)).map((c) => {
        const r = index.resolve(c);
        return r.status === "resolved" ? (r.entry.uri ?? r.entry.number) : r.status;
      });
    assert.deepEqual(resolved(CV), [KH, QD]);
    assert.deepEqual(resolved(KH), [QD, QD]);
    assert.deepEqual(resolved(QD), ["77/2015/QH13", "30/2020/NĐ-CP", "76/NQ-CP"]);
  });

  it("goes to the definition of a cited workspace document", () => {
    const target = index.entryOf(QD)!;
    assert.deepEqual(definition(index, CV, at(CV, "120/QĐ-UBND")), [{ uri: QD, range: target.range }]);
    assert.deepEqual(definition(index, KH, at(KH, "Quyết định 120")), [{ uri: QD, range: target.range }]);
    // A built-in document has no file to open.
    assert.deepEqual(definition(index, QD, at(QD, "30/2020/NĐ-CP")), []);
  });

  it("finds every document and line citing a document, from a citation or from its own header", () => {
    const expected = [
      { uri: QD, line: 6 },
      { uri: CV, line: 13 },
      { uri: KH, line: 12 },
      { uri: KH, line: 14 },
    ];
    const lines = (ls: { uri: string; range: { start: { line: number } } }[]) => ls.map((l) => ({ uri: l.uri, line: l.range.start.line }));
    assert.deepEqual(lines(references(index, QD, at(QD, "120/QĐ-UBND"))), expected);
    assert.deepEqual(lines(references(index, CV, at(CV, "120/QĐ-UBND"))), expected);
    assert.deepEqual(lines(references(index, CV, at(CV, "120/QĐ-UBND"), false)), expected.slice(1));
    assert.deepEqual(lines(references(index, CV, at(CV, "15/KH-UBND"))), [
      { uri: KH, line: 6 },
      { uri: CV, line: 13 },
    ]);
  });

  it("hovers a citation with what it resolves to, or why it does not", () => {
    const value = (h: ReturnType<typeof citationHover>) => (h && typeof h.contents === "object" && "value" in h.contents ? h.contents.value : "");
    const nd30 = value(citationHover(model(QD), at(QD, "30/2020/NĐ-CP"), index));
    assert.match(nd30, /\*\*Nghị định số 30\/2020\/NĐ-CP ngày 05\/3\/2020 của Chính phủ\*\*/);
    assert.match(nd30, /Tình trạng hôm nay: Còn hiệu lực · hiệu lực từ 05\/3\/2020/);
    assert.match(nd30, /Nguồn: registry có sẵn của vbhc — <https:/);
    const qd = value(citationHover(model(CV), at(CV, "120/QĐ-UBND"), index, "en"));
    assert.match(qd, /Source: workspace document: file:\/\/\/ws\/qd-120/);
    const old = parse("Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;");
    const expired = value(citationHover(old, { line: 0, character: 25 }, index));
    assert.match(expired, /Hết hiệu lực · hết hiệu lực từ 05\/3\/2020/);
    assert.match(expired, /Thay thế bởi: Nghị định số 30\/2020\/NĐ-CP ngày 05\/3\/2020 của Chính phủ về công tác văn thư/);
    // The chain: each relation with its date and what states it.
    assert.match(expired, /Lịch sử:\n- 05\/3\/2020 — thay thế bởi Nghị định số 30\/2020\/NĐ-CP ngày 05\/3\/2020 của Chính phủ _\(https:/);
    const unknown = parse("Theo Quyết định số 9999/QĐ-UBND ngày 01/02/2023 của UBND tỉnh.");
    assert.match(value(citationHover(unknown, { line: 0, character: 25 }, index)), /không có trong workspace/);
    assert.equal(citationHover(unknown, { line: 0, character: 1 }, index), null);
  });

  it("completes a căn cứ line from the registry and the workspace", () => {
    const doc = parse("Căn cứ ");
    const items = completion(doc, { line: 0, character: 7 }, index);
    const qd = items.find((i) => i.label === "Quyết định 120/QĐ-UBND");
    assert.equal(
      qd?.textEdit && "newText" in qd.textEdit ? qd.textEdit.newText : null,
      "Quyết định số 120/QĐ-UBND ngày 15 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Khánh Hòa ban hành Kế hoạch cải cách hành chính năm 2024;",
    );
    const nd = items.find((i) => i.label === "Nghị định 30/2020/NĐ-CP");
    assert.equal(
      nd?.textEdit && "newText" in nd.textEdit ? nd.textEdit.newText : null,
      "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
    );
    const law = items.find((i) => i.label === "Luật Tổ chức chính quyền địa phương (2015)");
    assert.equal(law?.textEdit && "newText" in law.textEdit ? law.textEdit.newText : null, "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    assert.deepEqual(items.find((i) => i.label === "Nghị định 110/2004/NĐ-CP")?.tags, [1]);
    assert.deepEqual(completion(parse("Theo đề nghị "), { line: 0, character: 13 }, index), []);
  });
});
