// Entry point of the `vbhc` command (bundled to dist/cli.js).
import { readFileSync } from "node:fs";
import { main } from "./cli/main.js";

process.exitCode = main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
});
