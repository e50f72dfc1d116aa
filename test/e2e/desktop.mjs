// The same real-editor suite in desktop VS Code, for machines that can download it
// (@vscode/test-electron fetches a VS Code build at run time; CI here cannot, so `npm test`
// uses test/e2e/run.mjs with the VS Code server from npm instead).
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runTests } from "@vscode/test-electron";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const workspace = mkdtempSync(path.join(tmpdir(), "vbhc-e2e-desktop-"));
cpSync(path.join(root, "test", "e2e", "workspace"), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, "test", "e2e", "suite", "index.cjs"),
    launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust"],
  });
} catch (error) {
  console.error("vbhc e2e (desktop):", error);
  process.exit(1);
}
