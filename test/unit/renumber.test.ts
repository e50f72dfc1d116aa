// Renumbering as a core operation: whole lists, cascading prefixes, references updated.
import assert from "node:assert/strict";
import { applyEdits, parse } from "../../server/src/core/index.js";
import { renumberEdits } from "../../server/src/core/renumber.js";
import { fixture } from "../helpers.js";

const renumber = (text: string, scope: Parameters<typeof renumberEdits>[1] = null) => applyEdits(text, renumberEdits(parse(text), scope)).text;

describe("renumber", () => {
  it("renumbers a plan after a deleted and an inserted item, references included", () => {
    const text = fixture("renumber", "deleted-and-inserted.txt");
    assert.equal(renumber(text), fixture("renumber", "deleted-and-inserted.renumbered.txt"));
  });

  it("renumbers articles and the clauses and Nơi nhận that cite them, not other documents", () => {
    const text = fixture("renumber", "articles.txt");
    assert.equal(renumber(text), fixture("renumber", "articles.renumbered.txt"));
  });

  it("is idempotent", () => {
    for (const name of ["deleted-and-inserted", "articles"]) {
      const once = renumber(fixture("renumber", `${name}.txt`));
      assert.equal(renumber(once), once);
      assert.deepEqual(renumberEdits(parse(once)), []);
    }
  });

  it("touches only the lists intersecting the given range (and children whose prefix moves)", () => {
    const text = fixture("renumber", "deleted-and-inserted.txt");
    // Line 18 (0-based 17) is the second "3. Cải cách tài chính công": its list is II's children.
    const out = renumber(text, { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } });
    const lines = out.split("\n");
    assert.equal(lines[17], "4. Cải cách tài chính công");
    assert.equal(lines[18], "4.1. Thực hiện cơ chế tự chủ, theo mục 3.1 nêu trên.");
    // The 1.1/1.3/1.4 list under "1." does not intersect the range and keeps its numbers.
    assert.equal(lines[11], "1.3. Kiểm tra việc thực hiện (xem mục 1.4).");
  });

  it("keeps Markdown and CRLF intact", () => {
    const text = "KẾ HOẠCH\r\nVề việc thử\r\n**1.** Một\r\n3. Hai\r\n5. Ba\r\n";
    assert.equal(renumber(text), "KẾ HOẠCH\r\nVề việc thử\r\n**1.** Một\r\n2. Hai\r\n3. Ba\r\n");
  });
});

describe("renumber (found by the property tests)", () => {
  it("does not take an article's own heading for a reference to it", () => {
    const text = "QUYẾT ĐỊNH\nVề việc thử\nĐiều 1. Một, theo Điều 1.\nĐiều 1. Hai\nĐiều 3. Ba, như Điều 3 Quyết định này.\n";
    const edits = renumberEdits(parse(text));
    assert.equal(new Set(edits.map((e) => `${e.range.start.line}:${e.range.start.character}`)).size, edits.length);
    assert.equal(renumber(text), "QUYẾT ĐỊNH\nVề việc thử\nĐiều 1. Một, theo Điều 1.\nĐiều 2. Hai\nĐiều 3. Ba, như Điều 3 Quyết định này.\n");
  });
});
