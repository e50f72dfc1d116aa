// Bundles test/property/fuzz.ts and runs it on every core with different seeds.
// VBHC_FUZZ_RUNS (default 1,000,000, split across the processes) and VBHC_FUZZ_SEED set the run.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = path.join(root, "dist", "fuzz.cjs");
await esbuild.build({
  entryPoints: [path.join(root, "test", "property", "fuzz.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: out,
  logLevel: "warning",
});
const jobs = availableParallelism();
const runs = Number(process.env.VBHC_FUZZ_RUNS ?? 1_000_000);
const seed = Number(process.env.VBHC_FUZZ_SEED ?? Date.now() % 1e9);
const codes = await Promise.all(
  Array.from(
    { length: jobs },
    (_, k) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [out], {
          stdio: "inherit",
          env: { ...process.env, VBHC_ROOT: root, VBHC_FUZZ_RUNS: String(Math.ceil(runs / jobs)), VBHC_FUZZ_SEED: String(seed + k * 1000) },
        });
        child.on("exit", (code) => resolve(code ?? 1));
      }),
  ),
);
const failed = codes.filter((c) => c !== 0).length;
console.log(`fuzz: ${jobs - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
