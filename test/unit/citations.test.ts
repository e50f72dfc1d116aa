// Citation extraction (core/citations.ts): what is found, with exact ranges in the original text.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { citedIso, findCitations, mayStartCitation, numberKey, type Citation } from "../../server/src/core/citations.js";
import { citationsAt } from "../../server/src/core/parser/grammar.js";
import { parse, type Range, type VbhcDocument } from "../../server/src/core/index.js";
import { originalText } from "../../server/src/core/sections.js";
import { corpusDocuments } from "../corpus/outline-match.js";
import { FIXTURES, fixture, SEEDS } from "../helpers.js";

function fixtureTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return fixtureTexts(file);
    return /\.(txt|md|vbhc)$/.test(name) ? [readFileSync(file, "utf8")] : [];
  });
}

/** The range of the n-th occurrence of `needle` on a 0-based line. */
function rangeOf(doc: VbhcDocument, line: number, needle: string, nth = 0): Range {
  const start = doc.lineStarts[line]!;
  const text = doc.text.slice(start, start + doc.lineLengths[line]!);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" not on line ${line + 1}`);
  return { start: { line, character: at }, end: { line, character: at + needle.length } };
}

function on(doc: VbhcDocument, line: number): Citation[] {
  return findCitations(doc).filter((c) => c.range.start.line === line);
}

describe("citations: extraction", () => {
  it("reads a full citation with exact ranges for the whole, number, date, issuer and summary", () => {
    const text =
      "Căn cứ Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020;";
    const doc = parse(text);
    const [c] = findCitations(doc);
    assert.ok(c);
    assert.equal(c.kind, "Quyết định");
    assert.deepEqual(c.type.range, rangeOf(doc, 0, "Quyết định"));
    assert.deepEqual(c.number?.range, rangeOf(doc, 0, "225/QĐ-TTg"));
    assert.deepEqual(c.date?.range, rangeOf(doc, 0, "04/02/2016"));
    assert.deepEqual(c.issuer?.range, rangeOf(doc, 0, "Thủ tướng Chính phủ"));
    assert.equal(c.summary?.text, "về việc phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020");
    assert.equal(originalText(doc, c.range), text.slice(7, -1));
    assert.equal(citedIso(c), "2016-02-04");
    assert.equal(numberKey(c.number!), "225/QĐ-TTG");
  });

  it("reads worded dates, a date after the issuer, a year in place of a date and laws by name", () => {
    const doc = parse(
      [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Quyết định số 348/QĐ-UBND của UBND tỉnh ngày 30/01/2012 về việc ban hành Chương trình;",
        "theo Quyết định 802/QĐ-UBND năm 2015 về việc ban hành Kế hoạch",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
      ].join("\n"),
    );
    const [law] = on(doc, 0);
    assert.equal(law?.kind, "Luật");
    assert.equal(law?.name?.text, "Tổ chức chính quyền địa phương");
    assert.deepEqual(law?.date?.range, rangeOf(doc, 0, "19 tháng 6 năm 2015"));
    const [late] = on(doc, 1);
    assert.deepEqual(late?.issuer?.range, rangeOf(doc, 1, "UBND tỉnh"));
    assert.deepEqual(late?.date?.range, rangeOf(doc, 1, "30/01/2012"));
    const [year] = on(doc, 2);
    assert.equal(year?.date, null);
    assert.deepEqual(year?.yearOnly?.range, rangeOf(doc, 2, "2015"));
    const [numbered] = on(doc, 3);
    assert.equal(numbered?.number?.raw, "72/2025/QH15");
    assert.equal(numbered?.name?.text, "Tổ chức chính quyền địa phương");
  });

  it("finds several citations on one line, including one inside another's summary", () => {
    const doc = parse(
      "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ; Nghị quyết số 76/NQ-CP ngày 13/6/2013 của Chính phủ về việc sửa đổi, bổ sung một số điều của Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;",
    );
    const cs = findCitations(doc);
    assert.deepEqual(
      cs.map((c) => c.number?.raw),
      ["30c/NQ-CP", "76/NQ-CP", "30c/NQ-CP"],
    );
    assert.deepEqual(cs[2]!.number!.range, rangeOf(doc, 0, "30c/NQ-CP", 1));
  });

  it("reads Party numbers and short forms, linking a short form to its first mention", () => {
    const doc = parse(
      "Thực hiện Chỉ thị số 25-CT/TU ngày 18/12/2013 của Ban Thường vụ Tỉnh ủy; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ và Nghị định 30 nói trên.",
    );
    const cs = findCitations(doc);
    assert.equal(cs[0]!.number?.form, "party");
    assert.deepEqual(cs[0]!.number?.range, rangeOf(doc, 0, "25-CT/TU"));
    const short = cs.find((c) => c.number?.form === "bare");
    assert.equal(short?.antecedent, cs[1]);
  });

  it("skips what is not a citation", () => {
    assert.equal(findCitations(parse("Quyết tâm thực hiện Kế hoạch này và các văn bản quy phạm pháp luật.")).length, 0);
  });

  it("reads decomposed (NFD) text in NFC, with ranges in the original characters", () => {
    const text = "Theo Nghị định số 30/2020/NĐ-CP của Chính phủ.".normalize("NFD");
    const [cited, ...more] = findCitations(parse(text));
    assert.equal(more.length, 0);
    assert.equal(cited!.number!.raw, "30/2020/NĐ-CP");
    assert.equal(text.slice(cited!.number!.range.start.character, cited!.number!.range.end.character).normalize("NFC"), "30/2020/NĐ-CP");
    assert.equal(text.slice(cited!.type.range.start.character, cited!.type.range.end.character).normalize("NFC"), "Nghị định");
  });

  it("reads a citation wrapped over lines, emphasis markers and all, with exact ranges", () => {
    const text = "Thực hiện Quyết định số 104/2000/QĐ-TTg ngày 08 tháng\n6 năm 2010 của Thủ\ntướng Chính phủ về **chương trình** nước sạch;";
    const [cited] = findCitations(parse(text));
    assert.equal(cited!.issuer!.text, "Thủ tướng Chính phủ");
    assert.deepEqual(cited!.issuer!.range, { start: { line: 1, character: 15 }, end: { line: 2, character: 15 } });
    assert.deepEqual([cited!.date!.day!.value, cited!.date!.month!.value, cited!.date!.year!.value], [8, 6, 2010]);
    assert.deepEqual(cited!.date!.month!.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
  });

  it("reads lower-case 'luật' as the common noun, not a law (found by the benchmark corpus)", () => {
    const cited = findCitations(parse("Kiểm tra văn bản quy phạm pháp luật theo Nghị định số 34/2016/NĐ-CP của Chính phủ."));
    assert.deepEqual(
      cited.map((c) => [c.kind, c.number?.raw]),
      [["Nghị định", "34/2016/NĐ-CP"]],
    );
    assert.deepEqual(
      findCitations(parse("Thực hiện Luật Đất đai ngày 29/11/2013.")).map((c) => [c.kind, c.name?.text]),
      [["Luật", "Đất đai"]],
    );
  });

  it("computes once per model", () => {
    const doc = parse("Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.");
    assert.equal(findCitations(doc), findCitations(doc));
  });
});

describe("citations: seeds", () => {
  it("seed 000: Chỉ thị số 12/UBND ngày 31/7/2013, without a type code", () => {
    const doc = parse(fixture(SEEDS.chiThi));
    const c = findCitations(doc).find((x) => x.number?.raw === "12/UBND");
    assert.ok(c);
    assert.equal(c.kind, "Chỉ thị");
    assert.deepEqual(c.number!.range, rangeOf(doc, 39, "12/UBND"));
    assert.deepEqual(c.date!.range, rangeOf(doc, 39, "31/7/2013"));
    assert.deepEqual(c.issuer!.range, rangeOf(doc, 39, "UBND tỉnh"));
    // The scraped list of related documents after the signature is noise: not read.
    assert.ok(findCitations(doc).every((x) => x.range.start.line < 45));
  });

  it("seed 002: the attachment's Quyết định số: 1346 /QĐ-UBND with its date on the next line", () => {
    const doc = parse(fixture(SEEDS.quyetDinh));
    const c = findCitations(doc).find((x) => x.number?.raw === "1346 /QĐ-UBND");
    assert.ok(c);
    assert.deepEqual(c.number!.range, rangeOf(doc, 62, "1346 /QĐ-UBND"));
    assert.deepEqual(c.date!.range, rangeOf(doc, 63, "06 /4/2016"));
    assert.deepEqual(c.issuer!.range, rangeOf(doc, 63, "UBND tỉnh Long An"));
    assert.equal(citedIso(c), "2016-04-06");
    const both = findCitations(doc).filter((x) => x.number && numberKey(x.number, false) === "19/QĐ-TTG");
    assert.deepEqual(
      both.map((x) => [x.range.start.line + 1, x.number!.raw]),
      [
        [172, "19/2014/QĐ-TTg"],
        [276, "19/QĐ-TTg"],
      ],
    );
    const basis = findCitations(doc).filter((x) => x.context === "basis" && x.range.start.line < 30);
    assert.deepEqual(
      basis.map((x) => x.number?.raw ?? x.name?.text),
      ["Tổ chức chính quyền địa phương", "30c/NQ-CP", "76/NQ-CP", "30c/NQ-CP", "225/QĐ-TTg", "348/QĐ-UBND"],
    );
  });

  it("seed 004: the Party directive 25-CT/TU and the law cited by name and year", () => {
    const doc = parse(fixture(SEEDS.congVan));
    const party = findCitations(doc).find((x) => x.number?.raw === "25-CT/TU");
    assert.equal(party?.number?.form, "party");
    assert.deepEqual(party?.issuer?.range, rangeOf(doc, 31, "Ban Thường vụ Tỉnh ủy"));
    const law = findCitations(doc).find((x) => x.kind === "Luật");
    assert.equal(law?.name?.text, "Ban hành văn bản QPPL");
    assert.equal(law?.yearOnly?.text, "2015");
  });
});

describe("citations: the cheap test before the grammar", () => {
  it("drops no place where the grammar reads a citation, on every line of the real corpus and the fixtures", () => {
    // Every type word the grammar knows, in any case, wherever it stands.
    const typeWord =
      /(?:Thông tư liên tịch|Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Công văn|văn bản|Thông báo|Hướng dẫn|Công điện|Chương trình|Tờ trình|Báo cáo|Quy định|Quy chế|Kết luận|Pháp lệnh|Lệnh|Bộ luật|Luật|Hiến pháp)/giu;
    const texts = [...corpusDocuments().map((d) => d.text), ...fixtureTexts(FIXTURES)];
    const dropped: string[] = [];
    let kept = 0;
    for (const text of texts) {
      for (const line of text.normalize("NFC").split("\n")) {
        for (const m of line.matchAll(typeWord)) {
          if (mayStartCitation(line, m.index, m[0])) kept++;
          else dropped.push(line.slice(m.index, m.index + 400));
        }
      }
    }
    const read = citationsAt(dropped);
    assert.deepEqual(
      dropped.filter((_, i) => read[i]),
      [],
    );
    assert.ok(dropped.length > kept, `dropped ${dropped.length}, kept ${kept}: the test should spare the grammar most type words`);
  });
});
