// `npm run corpus:ledger`: rewrites test/corpus/real/metamorphic-known.json, the list of documents
// (and widths) whose model or findings still change when re-wrapped. Run it after a fix, read the
// diff: an entry that disappears is a fix; an entry that appears is a regression to fix, not to
// record — the ledger may only shrink unless the change is reviewed and explained in the commit.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { REAL } from "./outline-match.js";
import { differences, invariant, metamorphicDocuments, REWRAP_WIDTHS, rewrap } from "./metamorphic.js";

const KNOWN_FILE = path.join(REAL, "metamorphic-known.json");
const before = JSON.parse(readFileSync(KNOWN_FILE, "utf8")) as { failures: Record<string, number[]> };
const documents = metamorphicDocuments();
const failures: Record<string, number[]> = {};
let pairs = 0;
for (const d of documents) {
  const base = invariant(d.text);
  for (const width of REWRAP_WIDTHS) {
    if (differences(base, invariant(rewrap(d.text, width))).length > 0) {
      (failures[d.id] ??= []).push(width);
      pairs++;
    }
  }
}
const ledger = {
  _comment:
    "Documents (and widths) whose model or findings still change when re-wrapped (test/property/metamorphic.test.ts). Shrink it; never grow it to make a change pass. Rewritten by `npm run corpus:ledger`.",
  documents: documents.length,
  widths: REWRAP_WIDTHS,
  failingPairs: pairs,
  failures,
};
writeFileSync(KNOWN_FILE, `${JSON.stringify(ledger, null, 1)}\n`);
const key = (id: string, w: number) => `${id} at ${w}`;
const was = new Set(Object.entries(before.failures).flatMap(([id, ws]) => ws.map((w) => key(id, w))));
const now = new Set(Object.entries(failures).flatMap(([id, ws]) => ws.map((w) => key(id, w))));
const fixed = [...was].filter((k) => !now.has(k));
const added = [...now].filter((k) => !was.has(k));
console.log(`${pairs} failing pairs of ${documents.length * REWRAP_WIDTHS.length} (was ${was.size}); fixed ${fixed.length}, new ${added.length}`);
for (const k of added) console.log(`  new: ${k}`);
