// `npm run bench:profile`: where the time of a check goes, per MB, on the synthetic benchmark
// corpus and on the real corpus (test/corpus/real: public State documents as they arrive).
// For a CPU profile: node test/bench/run.mjs --profile --cpu-prof
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { breakdown } from "./breakdown.js";
import { corpusSizes, generateDocument, wordBank } from "./corpus.js";

const ROOT = process.env.VBHC_ROOT!;
const FIXTURES = path.join(ROOT, "test", "fixtures");
const words = wordBank(FIXTURES);
const docs = [
  ...corpusSizes(160, 7).map((size, k) => generateDocument(1000 + k, words, { size })),
  ...["000_ae7ad5a171d3ceed", "002_bde8ca152358eecf", "003_f2b59ffc97c34792", "004_5578de96a9f99e7c"].map((s) =>
    readFileSync(path.join(FIXTURES, "seeds", `${s}.txt`), "utf8"),
  ),
];
const REAL = path.join(ROOT, "test", "corpus", "real", "docs");
const real = readdirSync(REAL).flatMap((source) => readdirSync(path.join(REAL, source)).map((f) => readFileSync(path.join(REAL, source, f), "utf8")));
const rounds = Number(process.env.VBHC_PROFILE_ROUNDS ?? 3);
for (const [name, set] of [
  ["synthetic", docs],
  ["real", real],
] as const) {
  const b = breakdown(set, rounds);
  console.log(
    `${name} corpus: ${set.length} documents, ${b.megabytes.toFixed(1)} MB; total ${b.totalMsPerMb.toFixed(0)} ms/MB = ${(1000 / b.totalMsPerMb).toFixed(1)} MB/s`,
  );
  for (const p of b.parts) if (p.msPerMb >= 0.5) console.log(`${p.msPerMb.toFixed(1).padStart(7)} ms/MB  ${p.name}`);
}
