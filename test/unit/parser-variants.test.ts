// Messy real-world variants (hard wraps, pipes, emphasis inside words, CRLF, BOM, NFD…):
// each test/fixtures/parser/<name>.txt has the model it must give in <name>.expected.json.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "../../server/src/core/index.js";
import { outline } from "../../server/src/core/outline.js";
import { fixture, FIXTURES } from "../helpers.js";

interface Expected {
  hasHeader: boolean;
  agency: string[] | null;
  number: string | null;
  place: string | null;
  date: string | null;
  type: string | null;
  summary: string | null;
  items: string[];
  recipients: string[] | null;
  signature: string[] | null;
  signer: string | null;
}

const dir = path.join(FIXTURES, "parser");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4));

describe("parser on messy variants", () => {
  it("has variant fixtures", () => assert.ok(names.length >= 10));
  for (const name of names) {
    it(name, () => {
      const expected = JSON.parse(fixture("parser", `${name}.expected.json`)) as Expected;
      const o = outline(parse(fixture("parser", `${name}.txt`)));
      const h = o.header;
      const actual: Expected = {
        hasHeader: h !== null,
        agency: h ? h.agency : null,
        number: h ? h.number : null,
        place: h ? h.place : null,
        date: h ? h.date : null,
        type: o.title ? o.title.type : null,
        summary: o.title ? o.title.summary : null,
        items: o.items.map((i) => (i.style === "article" ? `Điều ${i.label}` : i.label)),
        recipients: o.closing ? o.closing.recipients : null,
        signature: o.closing ? o.closing.signature : null,
        signer: o.closing ? o.closing.signer : null,
      };
      assert.deepEqual(actual, { ...expected, agency: expected.hasHeader ? (expected.agency ?? []) : null });
    });
  }
});
