// `npm run bench:profile`: where the time of a check goes, per MB of the benchmark corpus —
// parsing, the shared analyses (citations, deadlines, references), then each rule alone.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CONFIG, parse, runRules } from "../../server/src/core/index.js";
import { findCitations } from "../../server/src/core/citations.js";
import { extractDeadlines } from "../../server/src/core/deadlines.js";
import { findReferences } from "../../server/src/core/references.js";
import { allRules } from "../../server/src/rules/index.js";
import { corpusSizes, generateDocument, wordBank } from "./corpus.js";

const ROOT = process.env.VBHC_ROOT!;
const FIXTURES = path.join(ROOT, "test", "fixtures");
const words = wordBank(FIXTURES);
const sizes = corpusSizes(160, 7);
const docs = [
  ...sizes.map((size, k) => generateDocument(1000 + k, words, { size })),
  ...["000_ae7ad5a171d3ceed", "002_bde8ca152358eecf", "003_f2b59ffc97c34792", "004_5578de96a9f99e7c"].map((s) => readFileSync(path.join(FIXTURES, "seeds", `${s}.txt`), "utf8")),
];
const mb = docs.reduce((s, d) => s + Buffer.byteLength(d), 0) / 1e6;
const rounds = Number(process.env.VBHC_PROFILE_ROUNDS ?? 3);
const totals = new Map<string, number>();
const add = (k: string, ms: number) => totals.set(k, (totals.get(k) ?? 0) + ms);

for (let round = 0; round < rounds + 1; round++) {
  for (const text of docs) {
    // Fresh copies of the text so the parser's line cache does not flatter the figures.
    const fresh = (" " + text).slice(1);
    let t = performance.now();
    const document = parse(fresh);
    const parseMs = performance.now() - t;
    t = performance.now();
    findCitations(document);
    const citeMs = performance.now() - t;
    t = performance.now();
    extractDeadlines(document, DEFAULT_CONFIG);
    const deadlineMs = performance.now() - t;
    t = performance.now();
    findReferences(document);
    const refMs = performance.now() - t;
    if (round === 0) continue; // warm-up
    add("parse", parseMs);
    add("analysis: citations", citeMs);
    add("analysis: deadlines", deadlineMs);
    add("analysis: references", refMs);
    for (const rule of allRules) {
      t = performance.now();
      runRules(document, [rule], DEFAULT_CONFIG);
      add(`rule ${rule.id}`, performance.now() - t);
    }
  }
}
const rows = [...totals].map(([k, ms]) => [k, ms / rounds / mb] as const).sort((a, b) => b[1] - a[1]);
const total = rows.reduce((s, [, v]) => s + v, 0);
console.log(`corpus ${docs.length} documents, ${mb.toFixed(1)} MB; total ${total.toFixed(0)} ms/MB = ${(1000 / total).toFixed(1)} MB/s`);
for (const [k, v] of rows) if (v >= 0.5) console.log(`${v.toFixed(1).padStart(7)} ms/MB  ${k}`);
