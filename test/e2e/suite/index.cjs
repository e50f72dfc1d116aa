// Entry point loaded by VS Code as extensionTestsPath: runs the mocha suite inside the real
// extension host. Results go to the console with a "[vbhc-e2e]" prefix, which the runner
// (test/e2e/run.mjs) relays; the workbench reports pass/fail through the exit code.
"use strict";
const path = require("node:path");
const Mocha = require("mocha");

function reporter(runner) {
  const say = (s) => console.log(`[vbhc-e2e] ${s}`);
  runner.on("pass", (t) => say(`  ✔ ${t.fullTitle()} (${t.duration} ms)`));
  runner.on("fail", (t, err) => say(`  ✖ ${t.fullTitle()}\n${err && err.stack ? err.stack : err}`));
  runner.once("end", () => say(`e2e: ${runner.stats.passes} passed, ${runner.stats.failures} failed`));
}

function run() {
  const mocha = new Mocha({ ui: "bdd", color: false, timeout: 30000, reporter });
  mocha.addFile(path.join(__dirname, "editor.test.cjs"));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} real-editor tests failed`)) : resolve()));
  });
}

module.exports = { run };
