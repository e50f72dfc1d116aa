// `npm run demo`: check the bundled examples and show what the parser understood of one.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "bin", "vbhc.js");
const run = (args) => {
  console.log(`\n$ vbhc ${args.join(" ")}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });
  return r.status ?? 2;
};

const status = run(["check", "examples/"]);
run(["outline", "examples/chi-thi-cai-cach-hanh-chinh.vbhc.txt"]);
// Findings in the examples are the point of the demo; only a usage or I/O failure is a failure.
process.exitCode = status === 2 ? 2 : 0;
