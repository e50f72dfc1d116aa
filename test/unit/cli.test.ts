// The built CLI (dist/cli.js via bin/vbhc.js), as a user or a CI job runs it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FIXTURES, ROOT, SEEDS } from "../helpers.js";

const BIN = path.join(ROOT, "bin", "vbhc.js");
// A complete Chỉ thị whose only defect is "tháng 09": the CLI's output is exact on it.
const ONE_DEFECT = path.join(FIXTURES, "cli", "chi-thi-mot-loi.vbhc.txt");
const ONE_DEFECT_REL = "test/fixtures/cli/chi-thi-mot-loi.vbhc.txt";

function vbhc(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", VBHC_LOCALE: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempCopy(file: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "vbhc-cli-"));
  const target = path.join(dir, path.basename(file));
  copyFileSync(file, target);
  return target;
}

describe("vbhc CLI", () => {
  it("reports header/date-format on the date line (stylish, Vietnamese)", () => {
    const r = vbhc(["check", ONE_DEFECT_REL]);
    assert.equal(r.code, 0, r.stderr); // a warning is not an error
    assert.equal(
      r.stdout,
      [
        ONE_DEFECT_REL,
        '  9:26    cảnh báo  Tháng viết là "tháng 9", không phải "tháng 09" (chỉ tháng 1, 2 thêm số 0 ở trước).  header/date-format',
        "",
        "✖ 1 vấn đề (0 lỗi, 1 cảnh báo, 0 thông tin)",
        "  1 có thể sửa tự động bằng --fix",
        "",
      ].join("\n"),
    );
  });

  it("prints ESLint-shaped JSON in English", () => {
    const r = vbhc(["check", "--format", "json", "--locale", "en", ONE_DEFECT]);
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(ONE_DEFECT, "utf8");
    const [file] = JSON.parse(r.stdout);
    assert.equal(file.filePath, ONE_DEFECT);
    assert.equal(file.errorCount, 0);
    assert.equal(file.warningCount, 1);
    const [m] = file.messages;
    assert.deepEqual(
      { ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn },
      { ruleId: "header/date-format", severity: 1, line: 9, column: 26, endLine: 9, endColumn: 28 },
    );
    assert.equal(m.message, 'Write the month as "tháng 9", not "tháng 09" (only months 1 and 2 take a leading zero).');
    assert.equal(text.slice(m.fix.range[0], m.fix.range[1]), "09");
    assert.equal(m.fix.text, "9");
  });

  it("exits 1 when a finding is at error level (--rule)", () => {
    const r = vbhc(["check", "--rule", "header/date-format=error", ONE_DEFECT]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, / lỗi {2}Tháng viết là/);
  });

  it("--fix repairs the file; a second run finds nothing fixable", () => {
    const file = tempCopy(ONE_DEFECT);
    const before = readFileSync(file, "utf8");
    const r = vbhc(["check", "--fix", file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "Không có vấn đề nào.\n");
    const after = readFileSync(file, "utf8");
    assert.equal(after, before.replace("ngày 12 tháng 09 năm 2013", "ngày 12 tháng 9 năm 2013"));
    assert.notEqual(after, before);
    assert.equal(vbhc(["check", "--fix", file]).code, 0);
    assert.equal(readFileSync(file, "utf8"), after);
  });

  it("checks the other files when one is missing, and exits 2", () => {
    const r = vbhc(["check", "no-such-file.vbhc", ONE_DEFECT]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "vbhc: no-such-file.vbhc: no such file or directory\n");
    assert.match(r.stdout, /header\/date-format/);
  });

  it("names the first bad byte of a non-UTF-8 file and skips binary files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vbhc-cli-"));
    writeFileSync(path.join(dir, "latin1.vbhc"), Buffer.from([0x53, 0x1b, 0x3a, 0x20, 0x31, 0x0a, 0x48, 0xe0, 0x20, 0x4e]));
    writeFileSync(path.join(dir, "image.vbhc"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const r = vbhc(["check", dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /latin1\.vbhc: not valid UTF-8 \(first bad byte at offset 7\)/);
    assert.match(r.stderr, /image\.vbhc: binary file \(NUL byte at offset 4\), skipped/);
  });

  it("reads stdin with -", () => {
    const r = vbhc(["check", "-"], { input: readFileSync(ONE_DEFECT) });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^<stdin>\n {2}9:26 /);
  });

  it("searches directories for .vbhc, .vbhc.txt and .vbhc.md files", () => {
    const r = vbhc(["check", "--format", "json", "examples/"]);
    const files = JSON.parse(r.stdout)
      .map((f: { filePath: string }) => f.filePath)
      .sort();
    assert.deepEqual(files, [
      path.join("examples", "chi-thi-cai-cach-hanh-chinh.vbhc.txt"),
      path.join("examples", "cong-van-bao-cao-so-lieu.vbhc.txt"),
      path.join("examples", "ke-hoach-chuyen-doi-so.vbhc.md"),
    ]);
  });

  it("prints the outline as text and JSON", () => {
    const text = vbhc(["outline", path.join(FIXTURES, SEEDS.congVan)]);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Header \(3\)\n {2}agency: ỦY BAN NHÂN DÂN\n {2}agency: TỈNH SƠN LA\n/);
    assert.match(text.stdout, /\n {4}1\.11\. Tiếp tục tổ chức kiểm tra/);
    const json = JSON.parse(vbhc(["outline", "--format", "json", path.join(FIXTURES, SEEDS.congVan)]).stdout);
    assert.equal(json.header.number, "852J /UBND-NC");
    assert.equal(json.closing.signer, "Hoàng Quốc Khánh");
  });

  it("explains usage errors with exit 2", () => {
    for (const args of [[], ["lint"], ["check"], ["check", "--format", "xml", "x"], ["check", "--rule", "nope", "x"], ["check", "--bogus", "x"]]) {
      const r = vbhc(args);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, /^vbhc: .+\n\nUsage:/);
    }
  });
});

describe("vbhc renumber", () => {
  it("prints a diff, and --write applies it", () => {
    const file = tempCopy(path.join(FIXTURES, "renumber", "articles.txt"));
    const diff = vbhc(["renumber", file]);
    assert.equal(diff.code, 0, diff.stderr);
    assert.match(diff.stdout, /^--- .*articles\.txt$/m);
    assert.match(diff.stdout, /^-Điều 4\. Chánh Văn phòng thi hành\.$/m);
    assert.match(diff.stdout, /^\+Điều 3\. Chánh Văn phòng thi hành\.$/m);
    assert.match(diff.stdout, /\n-- Như Điều 4;\n\+- Như Điều 3;\n/);
    const write = vbhc(["renumber", "--write", file]);
    assert.equal(write.code, 0, write.stderr);
    assert.equal(readFileSync(file, "utf8"), readFileSync(path.join(FIXTURES, "renumber", "articles.renumbered.txt"), "utf8"));
    const again = vbhc(["renumber", file]);
    assert.equal(again.stdout, "");
    assert.match(again.stderr, /numbering is already in sequence/);
  });
});
