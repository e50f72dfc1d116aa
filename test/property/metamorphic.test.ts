// Metamorphic tests: re-laying a document out must not change what vbhc reads in it, nor what it
// finds (test/corpus/metamorphic.ts says what is compared). On every fixture document and every
// document of the real corpus but the OCR'd ones (their own line breaks are noise):
// - CRLF, a BOM, trailing spaces and NFD must change nothing (NFD: but the NFC rule's finding);
// - the header laid out as a Markdown table, as flattened cells or in bold must change nothing
//   (on the documents whose header is one element a line: the others are already laid out so);
// - re-wrapping at 30 to 120 columns must change nothing. It still does on some documents: those
//   are listed in test/corpus/real/metamorphic-known.json, each with the widths that fail. The test
//   fails on a failure not listed, and on a listed one that now passes (remove it from the list).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REAL } from "../corpus/outline-match.js";
import {
  differences,
  invariant,
  metamorphicDocuments,
  relayHeader,
  REWRAP_WIDTHS,
  rewrap,
  toCrlf,
  toNfd,
  withBom,
  withTrailingSpaces,
} from "../corpus/metamorphic.js";

const documents = metamorphicDocuments();
const KNOWN_FILE = path.join(REAL, "metamorphic-known.json");

describe("metamorphic: layout changes nothing", function () {
  this.timeout(600000);
  const base = new Map<string, ReturnType<typeof invariant>>();
  before(() => {
    for (const d of documents) base.set(d.id, invariant(d.text));
  });

  for (const [name, transform, ignore] of [
    ["CRLF line breaks", toCrlf, undefined],
    ["a byte-order mark", withBom, undefined],
    ["trailing spaces", withTrailingSpaces, undefined],
    ["decomposed Unicode (NFD)", toNfd, "style/unicode-normalization"],
  ] as const) {
    it(`${name}, on ${documents.length} documents`, () => {
      const failed = documents.flatMap((d) => {
        const diff = differences(base.get(d.id)!, invariant(transform(d.text)), ignore);
        return diff.length > 0 ? [`${d.id}: ${diff.join(", ")}`] : [];
      });
      assert.deepEqual(failed, []);
    });
  }

  for (const layout of ["table", "flattened", "bold"] as const) {
    it(`the header as ${layout === "table" ? "a Markdown table" : layout === "flattened" ? "flattened cells between '|' lines" : "bold elements"}, on every document whose header is one element a line`, () => {
      let relaid = 0;
      const failed = documents.flatMap((d) => {
        const text = relayHeader(d.text, layout);
        if (text === null) return [];
        relaid++;
        const diff = differences(base.get(d.id)!, invariant(text));
        return diff.length > 0 ? [`${d.id}: ${diff.join(", ")}`] : [];
      });
      assert.deepEqual(failed, []);
      assert.ok(relaid >= 15, `only ${relaid} documents could be relaid`);
    });
  }

  it(`re-wrapping at ${REWRAP_WIDTHS.join(", ")} columns (known failures listed)`, () => {
    const known = JSON.parse(readFileSync(KNOWN_FILE, "utf8")).failures as Record<string, number[]>;
    const now: Record<string, number[]> = {};
    for (const d of documents) {
      for (const width of REWRAP_WIDTHS) {
        if (differences(base.get(d.id)!, invariant(rewrap(d.text, width))).length > 0) (now[d.id] ??= []).push(width);
      }
    }
    const unexpected = Object.entries(now).flatMap(([id, ws]) => ws.filter((w) => !(known[id] ?? []).includes(w)).map((w) => `${id} at ${w}`));
    const fixed = Object.entries(known).flatMap(([id, ws]) => ws.filter((w) => !(now[id] ?? []).includes(w)).map((w) => `${id} at ${w}`));
    assert.deepEqual({ unexpected, fixed }, { unexpected: [], fixed: [] }, "run `npm run corpus:ledger` when a failure is fixed (and review any new one)");
  });
});
