// Entry point of the `vbhc` command (bundled to dist/cli.js). The same file runs the worker
// threads of a parallel check.
import { readFileSync } from "node:fs";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { runWorker, type WorkerData } from "./cli/check.js";
import { main } from "./cli/main.js";

if (!isMainThread && (workerData as { vbhcWorker?: boolean } | null)?.vbhcWorker) {
  runWorker(parentPort!, workerData as WorkerData);
} else {
  main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readFileSync(0),
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    env: process.env,
  }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`vbhc: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
