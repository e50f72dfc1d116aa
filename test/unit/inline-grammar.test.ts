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

  it("rejects what is not a citation", () => {
    assert.equal(citationAt("Quyết tâm thực hiện"), null);
    assert.equal(docNumberAt("abc"), null);
  });
});
