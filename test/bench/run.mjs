// `npm run bench`: bundles test/bench/bench.ts (so the core runs as it ships, not through a
// TypeScript loader) and runs it. VBHC_BENCH_QUICK=1 makes a smaller, faster pass.
// `--profile` runs test/bench/profile.ts instead: the time per MB of parsing and of each rule.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const profile = process.argv.includes("--profile");
const entry = profile ? "profile" : "bench";
const out = path.join(root, "dist", `${entry}.cjs`);
await esbuild.build({
  entryPoints: [path.join(root, "test", "bench", `${entry}.ts`)],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: out,
  logLevel: "warning",
  banner: { js: 'const __vbhcImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
  define: { "import.meta.url": "__vbhcImportMetaUrl" },
});
const extra = process.argv.slice(2).filter((a) => a !== "--profile");
const r = spawnSync(process.execPath, [...extra, out], { stdio: "inherit", env: { ...process.env, VBHC_ROOT: root } });
process.exit(r.status ?? 1);
