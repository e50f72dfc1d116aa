// `npm run fuzz`: the properties of properties.ts on a million inputs (and more), plus the
// linear-time check: no input twice as large takes more than three times as long.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parse } from "../../server/src/core/index.js";
import { checkModel, checkRulesAndFixes, mutated, oddText } from "./properties.js";

const ROOT = process.env.VBHC_ROOT!;
const FIXTURES = path.join(ROOT, "test", "fixtures");
const total = Number(process.env.VBHC_FUZZ_RUNS ?? 1_000_000);
const seed = Number(process.env.VBHC_FUZZ_SEED ?? Date.now() % 1e9);
const documents = ["seeds", "parser"].flatMap((d) =>
  readdirSync(path.join(FIXTURES, d))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(path.join(FIXTURES, d, f), "utf8")),
);
const started = performance.now();
const report = (label: string, runs: number, t0: number) => console.log(`fuzz: ${label}: ${runs} inputs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Most inputs are short odd strings through every rule and fix; one in a hundred is a mutated real
// document, whose full fix-twice check is the slow part.
const small = Math.round(total * 0.99);
let t0 = performance.now();
fc.assert(
  fc.property(oddText, (text) => checkRulesAndFixes(text, false)),
  { numRuns: small, seed },
);
report("odd strings, rules and fixes", small, t0);
t0 = performance.now();
const big = total - small;
fc.assert(
  fc.property(mutated(documents), (text) => checkRulesAndFixes(text, true)),
  { numRuns: big, seed: seed + 1 },
);
report("mutated documents, rules and fixes twice", big, t0);

// Extremes: 10 MB on one line, 100,000 short lines.
t0 = performance.now();
checkModel("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020; ".repeat(210_000));
checkModel(Array.from({ length: 100_000 }, (_, k) => (k % 7 === 0 ? `${k % 50}. Mục` : k % 5 === 0 ? "- ý" : "văn bản")).join("\n"));
report("a 10 MB line and 100,000 short lines", 2, t0);

// Linear time: doubling the input never more than triples the time. Every line is made unique
// so that the line cache cannot help, and the fastest of five runs is compared (GC noise only
// ever adds time).
t0 = performance.now();
const base = documents.join("\n");
let previous = 0;
let serial = 0;
for (let copies = 2; copies <= 32; copies *= 2) {
  const runs: number[] = [];
  let size = 0;
  for (let k = 0; k < 5; k++) {
    const text = Array.from({ length: copies }, () => base)
      .join("\n")
      .replace(/\n/g, () => ` ${serial++}\n`);
    size = text.length;
    const s = performance.now();
    parse(text);
    runs.push(performance.now() - s);
  }
  const ms = Math.min(...runs);
  if (previous > 5 && ms > previous * 3)
    throw new Error(`parse time not linear: ${copies / 2}× took ${previous.toFixed(1)} ms, ${copies}× took ${ms.toFixed(1)} ms`);
  console.log(`fuzz: parse ${((size * 2) / 1e6).toFixed(1)} MB in ${ms.toFixed(1)} ms`);
  previous = ms;
}
report("linear time", 6, t0);
console.log(`fuzz: ${total + 8} inputs, 0 failures, seed ${seed}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
