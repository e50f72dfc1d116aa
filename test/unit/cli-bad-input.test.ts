// Bad input on the command line: every problem named on stderr with its file, the other files
// still checked, exit 2 when something could not be checked, files never half-written.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FIXTURES, ROOT } from "../helpers.js";

const BIN = path.join(ROOT, "bin", "vbhc.js");
const ONE = path.join(FIXTURES, "cli", "chi-thi-mot-loi.vbhc.txt");
const vbhc = (args: string[], cwd = ROOT) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", VBHC_LOCALE: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const temp = () => mkdtempSync(path.join(tmpdir(), "vbhc-bad-"));

describe("vbhc check on bad input", () => {
  it("a directory without documents", () => {
    const dir = temp();
    writeFileSync(path.join(dir, "notes.txt"), "x");
    const r = vbhc(["check", dir]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `vbhc: ${dir}: no .vbhc, .vbhc.txt, .vbhc.md, .docx file in this directory\n`);
  });

  it("decodes UTF-16 with a byte order mark", () => {
    const dir = temp();
    const text = readFileSync(ONE, "utf8");
    writeFileSync(path.join(dir, "utf16.vbhc.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const r = vbhc(["check", "--format", "compact", dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /utf16\.vbhc\.txt:9:26: warning .*\[header\/date-format\]/);
  });

  it("a symlink loop, named or inside a folder, is reported and the rest is checked", () => {
    const dir = temp();
    copyFileSync(ONE, path.join(dir, "ok.vbhc.txt"));
    symlinkSync(path.join(dir, "b.vbhc"), path.join(dir, "a.vbhc"));
    symlinkSync(path.join(dir, "a.vbhc"), path.join(dir, "b.vbhc"));
    mkdirSync(path.join(dir, "sub"));
    symlinkSync(dir, path.join(dir, "sub", "up"));
    const r = vbhc(["check", "--format", "compact", path.join(dir, "a.vbhc"), dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.vbhc: too many levels of symbolic links/);
    assert.equal(r.stdout.split("\n").filter((l) => l.includes("ok.vbhc.txt:9:26")).length, 1, r.stdout);
  });

  it("a registry file that is missing or has a bad row is named with the problem; the files are still checked", () => {
    const dir = temp();
    const doc = path.join(dir, "doc.vbhc.txt");
    copyFileSync(ONE, doc);
    writeFileSync(path.join(dir, "team.csv"), "type,number,date\nQuyết định,12/QĐ-UBND,2015-99-40\n");
    writeFileSync(path.join(dir, ".vbhcrc.json"), JSON.stringify({ registry: ["team.csv", "missing.json"] }));
    const r = vbhc(["check", "--format", "compact", doc], dir);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      `vbhc: ${path.join(dir, "team.csv")}: row 2: 'date' must be a valid date (YYYY-MM-DD or DD/MM/YYYY), not "2015-99-40"\n` +
        `vbhc: ${path.join(dir, "missing.json")}: registry file: no such file or directory\n`,
    );
    assert.match(r.stdout, /doc\.vbhc\.txt:9:26: warning .*\[header\/date-format\]/);
  });

  it("--fix leaves a read-only file alone and says so", () => {
    const dir = temp();
    const file = path.join(dir, "ro.vbhc.txt");
    copyFileSync(ONE, file);
    chmodSync(file, 0o444);
    const r = vbhc(["check", "--fix", file]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `vbhc: ${file}: the file is read-only; not fixed\n`);
    assert.equal(readFileSync(file, "utf8"), readFileSync(ONE, "utf8"));
  });

  it("--fix writes through a temporary file and keeps the mode", () => {
    const dir = temp();
    const file = path.join(dir, "mode.vbhc.txt");
    copyFileSync(ONE, file);
    chmodSync(file, 0o640);
    assert.equal(vbhc(["check", "--fix", file]).code, 0);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.match(readFileSync(file, "utf8"), /ngày 12 tháng 9 năm 2013/);
    assert.deepEqual(spawnSync("ls", ["-A", dir], { encoding: "utf8" }).stdout.trim().split("\n"), ["mode.vbhc.txt"], "no temporary file left behind");
  });

  it("exits 2 when nothing could be checked at all", () => {
    const r = vbhc(["check", "/no/such/file.vbhc", "/no/such/dir/"]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "Không có vấn đề nào.\n");
    assert.equal(r.stderr.trim().split("\n").length, 2);
  });
});
