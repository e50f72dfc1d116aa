// The inline grammar: citations, dates and document numbers.
import assert from "node:assert/strict";
import { citationAt, dateAt, docNumberAt } from "../../server/src/core/parser/grammar.js";

describe("inline grammar", () => {
  it("reads a full citation: type, number, date, issuer", () => {
    const c = citationAt("Quyết định số 595/QĐ-UBND ngày 05/3/2013 của UBND tỉnh về việc …");
    assert.equal(c?.type.text, "Quyết định");
    assert.deepEqual(c?.number, { form: "state", number: "595", year: null, symbol: "QĐ-UBND", raw: "595/QĐ-UBND", span: [14, 25] });
    assert.deepEqual([c?.date?.day?.text, c?.date?.month?.text, c?.date?.year?.text], ["05", "3", "2013"]);
    assert.deepEqual(c?.issuer, [45, 54]);
  });

  it("reads legal normative numbers with a year, Party numbers and short forms", () => {
    assert.deepEqual(citationAt("Nghị định số 30/2020/NĐ-CP")?.number?.year, "2020");
    assert.deepEqual(citationAt("Nghị định số 30/2020/NĐ-CP")?.number?.symbol, "NĐ-CP");
    const party = citationAt("Chỉ thị số 25-CT/TU ngày 12/3/2019");
    assert.equal(party?.number?.form, "party");
    assert.equal(party?.number?.symbol, "CT/TU");
    assert.equal(citationAt("Nghị quyết 05-NQ/TW")?.number?.raw, "05-NQ/TW");
    assert.equal(citationAt("Nghị định 30 của Chính phủ")?.number?.form, "bare");
  });

  it("reads a law by name and date", () => {
    const text = "Luật Tổ chức chính quyền địa phương ngày 19/6/2015;";
    const c = citationAt(text);
    assert.equal(c?.type.text, "Luật");
    assert.equal(text.slice(c!.name![0], c!.name![1]), "Tổ chức chính quyền địa phương");
  });

  it("keeps stray spaces visible in the raw number", () => {
    assert.equal(citationAt("Quyết định số: 1346 /QĐ-UBND ngày 06 /4/2016")?.number?.raw, "1346 /QĐ-UBND");
    assert.equal(docNumberAt("852J /UBND-NC")?.number, "852J");
  });

  it("reads numeric, worded, partial and blank-day dates", () => {
    assert.deepEqual(dateAt("30/9/2015")?.year?.text, "2015");
    assert.equal(dateAt("25/8")?.year, null);
    const worded = dateAt("ngày 05 tháng 3 năm 2020");
    assert.deepEqual([worded?.day?.text, worded?.month?.text, worded?.year?.text], ["05", "3", "2020"]);
    assert.equal(dateAt("ngày   tháng 4 năm 2016")?.day, null);
    assert.equal(dateAt("12/9-2013")?.year, null); // mixed separators: no year
  });

  it("reads the summary, a date after the issuer and a year in place of a date, keeping `end` before them", () => {
    const text = "Quyết định số 348/QĐ-UBND của UBND tỉnh ngày 30/01/2012 về việc ban hành Chương trình; tiếp";
    const c = citationAt(text);
    assert.equal(text.slice(c!.issuer![0], c!.issuer![1]), "UBND tỉnh");
    assert.equal(c?.date, null);
    assert.equal(text.slice(c!.lateDate!.span[0], c!.lateDate!.span[1]), "30/01/2012");
    assert.equal(text.slice(c!.summary![0], c!.summary![1]), "về việc ban hành Chương trình");
    assert.equal(c?.end, text.indexOf(" ngày"));
    assert.equal(c?.fullEnd, text.indexOf(";"));
    const year = citationAt("Quyết định 802/QĐ-UBND năm 2015 về việc ban hành Kế hoạch");
    assert.equal(year?.yearOnly?.text, "2015");
    assert.equal(year?.date, null);
  });

  it("reads laws with a number or a year, and the Constitution", () => {
    const numbered = "Luật Tổ chức chính quyền địa phương số 72/2025/QH15;";
    const c = citationAt(numbered);
    assert.equal(numbered.slice(c!.name![0], c!.name![1]), "Tổ chức chính quyền địa phương");
    assert.equal(c?.number?.raw, "72/2025/QH15");
    assert.equal(citationAt("Bộ luật Lao động năm 2019;")?.yearOnly?.text, "2019");
    assert.equal(citationAt("Hiến pháp năm 2013;")?.type.text, "Hiến pháp");
    assert.equal(citationAt("Luật Tổ chức chính quyền địa phương"), null);
  });

  it('ends the issuer before a second citation joined by "và", not inside a ministry\'s name', () => {
    const two = "Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ và Quyết định số 348/QĐ-UBND";
    const c = citationAt(two);
    assert.equal(two.slice(c!.issuer![0], c!.issuer![1]), "Chính phủ");
    const ministry = "Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Văn hóa, Thể thao và Du lịch";
    const m = citationAt("Quyết định số 12/QĐ-BKHĐT ngày 02/01/2020 của Bộ Kế hoạch và Đầu tư");
    assert.ok(citationAt(ministry));
    assert.equal(m && "Quyết định số 12/QĐ-BKHĐT ngày 02/01/2020 của Bộ Kế hoạch và Đầu tư".slice(m.issuer![0], m.issuer![1]), "Bộ Kế hoạch và Đầu tư");
  });

  it("rejects what is not a citation", () => {
    assert.equal(citationAt("Quyết tâm thực hiện"), null);
    assert.equal(docNumberAt("abc"), null);
  });
});
