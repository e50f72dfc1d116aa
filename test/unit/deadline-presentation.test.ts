// Deadlines at a glance: inlay hints, hover, `vbhc deadlines` (table, JSON, iCalendar), and the
// suggestions of deadline/non-working-day and deadline/ambiguous-year as code actions.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { runDeadlines } from "../../server/src/cli/deadlines.js";
import type { Io } from "../../server/src/cli/io.js";
import { DEFAULT_CONFIG, fixAll, parse, runRules, type Finding, type ResolvedConfig } from "../../server/src/core/index.js";
import { foldLine } from "../../server/src/core/ics.js";
import { codeActions } from "../../server/src/features/codeActions.js";
import { deadlineHover } from "../../server/src/features/deadlineHover.js";
import { inlayHints } from "../../server/src/features/inlayHints.js";
import { deadlineRules } from "../../server/src/rules/deadline/index.js";
import { fixture, SEEDS } from "../helpers.js";

const SEED_000 = "test/fixtures/seeds/000_ae7ad5a171d3ceed.txt";
const SEED_003 = "test/fixtures/seeds/003_f2b59ffc97c34792.txt";
const TET = "test/fixtures/deadline/non-working-day/bad-tet-2026.txt";
const NO_YEAR = "test/fixtures/deadline/ambiguous-year/bad-khong-ghi-nam.txt";
const EN: ResolvedConfig = { ...DEFAULT_CONFIG, locale: "en" };

function cli(args: string[], stdin = ""): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (s: string) => (stdout += s),
    stderr: (s: string) => (stderr += s),
    readStdin: () => new TextEncoder().encode(stdin),
    isTty: false,
    stderrIsTty: false,
    env: { SOURCE_DATE_EPOCH: "1767225600" }, // 2026-01-01T00:00:00Z
  } as Io;
  const code = runDeadlines(args, io);
  return { code, stdout, stderr };
}

describe("deadline presentation: inlay hints", () => {
  it("shows the weekday and the working days left after each deadline of seed 000", () => {
    const hints = inlayHints(parse(fixture(SEEDS.chiThi)), DEFAULT_CONFIG);
    assert.deepEqual(hints, [
      { position: { line: 25, character: 767 }, label: "Thứ Năm, còn 35 ngày làm việc", paddingLeft: true },
      { position: { line: 41, character: 505 }, label: "Thứ Sáu, còn 6 ngày làm việc", paddingLeft: true },
      { position: { line: 41, character: 763 }, label: "Thứ Hai, còn 12 ngày làm việc", paddingLeft: true },
    ]);
    assert.deepEqual(
      inlayHints(parse(fixture(SEEDS.chiThi)), EN).map((h) => h.label),
      ["Thursday, 35 working days left", "Friday, 6 working days left", "Monday, 12 working days left"],
    );
  });

  it("shows only the weekday when the document has no issue date (seed 003)", () => {
    assert.deepEqual(
      inlayHints(parse(fixture(SEEDS.thongBao)), DEFAULT_CONFIG).map((h) => h.label),
      ["Thứ Ba", "Thứ Tư"],
    );
  });

  it("tags days off, inferred years, months and quarters", () => {
    assert.deepEqual(
      inlayHints(parse(readFileSync(TET, "utf8")), DEFAULT_CONFIG).map((h) => h.label),
      [
        "Thứ Tư (nghỉ Tết), còn 30 ngày làm việc",
        "Thứ Hai (nghỉ bù), còn 75 ngày làm việc",
        "Thứ Hai (nghỉ hoán đổi), còn 163 ngày làm việc",
        "Thứ Hai, còn 31 ngày làm việc",
      ],
    );
    assert.deepEqual(
      inlayHints(parse(readFileSync(NO_YEAR, "utf8")), DEFAULT_CONFIG).map((h) => h.label),
      [
        "Thứ Ba 25/11/2025, còn 3 ngày làm việc",
        "Thứ Năm 15/01/2026, còn 39 ngày làm việc",
        "hạn cuối Thứ Tư 31/12/2025, còn 29 ngày làm việc",
        "hạn cuối Thứ Ba 31/03/2026, còn 87 ngày làm việc",
      ],
    );
    const strict: ResolvedConfig = { ...DEFAULT_CONFIG, deadline: { before: "day-before", minWorkingDays: 5 } };
    assert.deepEqual(
      inlayHints(parse(fixture(SEEDS.chiThi)), strict).map((h) => h.label),
      ["Thứ Năm, còn 35 ngày làm việc", "hạn cuối Thứ Năm 19/09/2013, còn 5 ngày làm việc", "hạn cuối Chủ nhật 29/09/2013, còn 11 ngày làm việc"],
    );
  });

  it("gives only the hints inside the requested range", () => {
    const doc = parse(fixture(SEEDS.chiThi));
    const hints = inlayHints(doc, DEFAULT_CONFIG, { start: { line: 30, character: 0 }, end: { line: 45, character: 0 } });
    assert.deepEqual(
      hints.map((h) => h.position.line),
      [41, 41],
    );
  });
});

describe("deadline presentation: hover", () => {
  it("explains a deadline on mùng 2 Tết", () => {
    const doc = parse(readFileSync(TET, "utf8"));
    const hover = deadlineHover(doc, DEFAULT_CONFIG, { line: 8, character: 100 });
    assert.ok(hover);
    assert.deepEqual(hover.range, { start: { line: 8, character: 86 }, end: { line: 8, character: 107 } });
    assert.deepEqual(hover.contents, {
      kind: "markdown",
      value: [
        "**Thời hạn: Thứ Tư 18/02/2026**",
        "",
        "- Cách đọc: “trước ngày 18/02/2026” — “trước ngày X” được hiểu là hạn đến hết ngày X: ngày cuối 18/02/2026 (cấu hình `deadline.before`: `by`).",
        "- Ngày nghỉ: Tết Âm lịch (mùng 2 tháng Giêng) — Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 (kienthuc.net.vn, 13/10/2025; thanhnien.vn, 13/10/2025).",
        "- Ngày làm việc tiếp theo: Thứ Hai 23/02/2026 (hạn kéo đến ngày này theo Điều 148 Bộ luật Dân sự 2015).",
        "- Còn 30 ngày làm việc kể từ ngày ban hành 05/01/2026.",
        "- Mục I. 1.",
      ].join("\n"),
    });
  });

  it("shows the inferred year, in English too", () => {
    const doc = parse(readFileSync(NO_YEAR, "utf8"));
    const hover = deadlineHover(doc, EN, { line: 8, character: 80 });
    assert.equal(
      (hover!.contents as { value: string }).value,
      [
        "**Deadline: Tuesday 25/11/2025**",
        "",
        "- Reading: “trước ngày 25/11” — “trước ngày X” is read as “by X”: last day 25/11/2025 (config `deadline.before`: `by`).",
        "- No year written: read as 2025 (inferred from the issue date).",
        "- 3 working days after the issue date 20/11/2025.",
        "- Item 1.",
      ].join("\n"),
    );
  });

  it("has nothing to say away from a deadline", () => {
    assert.equal(deadlineHover(parse(readFileSync(TET, "utf8")), DEFAULT_CONFIG, { line: 8, character: 5 }), null);
    assert.equal(deadlineHover(parse(fixture(SEEDS.thongBao)), DEFAULT_CONFIG, { line: 8, character: 3 }), null);
  });
});

describe("deadline presentation: vbhc deadlines", () => {
  it("lists every deadline as a table (seeds 000 and 003)", () => {
    const r = cli([SEED_000, SEED_003]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        "Tệp                                           Dòng  Mục    Hạn         Thứ      Tình trạng",
        "--------------------------------------------  ----  -----  ----------  -------  ----------------------------",
        "test/fixtures/seeds/000_ae7ad5a171d3ceed.txt    26  5. a)  31/10/2013  Thứ Năm  hợp lệ, còn 35 ngày làm việc",
        "test/fixtures/seeds/000_ae7ad5a171d3ceed.txt    42  5. e)  20/09/2013  Thứ Sáu  hợp lệ, còn 6 ngày làm việc",
        "test/fixtures/seeds/000_ae7ad5a171d3ceed.txt    42  5. e)  30/09/2013  Thứ Hai  hợp lệ, còn 12 ngày làm việc",
        "test/fixtures/seeds/003_f2b59ffc97c34792.txt    33  2.3    25/08/2015  Thứ Ba   hợp lệ",
        "test/fixtures/seeds/003_f2b59ffc97c34792.txt    35  2.3    30/09/2015  Thứ Tư   hợp lệ",
        "",
        "5 thời hạn trong 2 tệp; 0 cần xem lại.",
        "",
      ].join("\n"),
    );
  });

  it("says what is wrong in the status column (English)", () => {
    const r = cli(["--locale", "en", "examples/chi-thi-cai-cach-hanh-chinh.vbhc.txt", NO_YEAR]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        "File                                                         Line  Item   Deadline    Weekday    Status",
        "-----------------------------------------------------------  ----  -----  ----------  ---------  ------------------------------------------------------------------",
        "examples/chi-thi-cai-cach-hanh-chinh.vbhc.txt                  19  1. b)  30/04/2024  Tuesday    day off: Reunification Day (30 April); next working day 02/05/2024",
        "examples/chi-thi-cai-cach-hanh-chinh.vbhc.txt                  26  2. b)  30/09/2024  Monday     OK, 136 working days left",
        "examples/chi-thi-cai-cach-hanh-chinh.vbhc.txt                  32  3. c)  15/04/2024  Monday     OK, 21 working days left",
        "examples/chi-thi-cai-cach-hanh-chinh.vbhc.txt                  33  3. c)  05/12/2024  Thursday   OK, 184 working days left",
        "test/fixtures/deadline/ambiguous-year/bad-khong-ghi-nam.txt     9  1.     25/11/2025  Tuesday    no year, read as 2025; short: 3 working days",
        "test/fixtures/deadline/ambiguous-year/bad-khong-ghi-nam.txt    10  2.     15/01/2026  Thursday   no year, read as 2026",
        "test/fixtures/deadline/ambiguous-year/bad-khong-ghi-nam.txt    11  3.     31/12/2025  Wednesday  no year, read as 2025",
        "test/fixtures/deadline/ambiguous-year/bad-khong-ghi-nam.txt    12  4.     31/03/2026  Tuesday    no year, read as 2026",
        "",
        "8 deadlines in 2 files; 5 to review.",
        "",
      ].join("\n"),
    );
  });

  it("writes JSON for tools", () => {
    const r = cli(["--format", "json", SEED_003]);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { filePath: string; deadlines: Record<string, unknown>[] }[];
    assert.equal(json.length, 1);
    assert.equal(json[0]!.filePath, SEED_003);
    assert.deepEqual(json[0]!.deadlines[1], {
      line: 35,
      column: 106,
      endLine: 35,
      endColumn: 115,
      item: "2.3",
      text: "trước 30/9/2015",
      sentence: "Tham mưu Ủy ban nhân dân tỉnh Kế hoạch cải cách hành chính nhà nước của tỉnh giai đoạn 2016-2020 trước 30/9/2015.",
      form: "day",
      cue: "before",
      date: "2015-09-30",
      start: null,
      lastDay: "2015-09-30",
      weekday: "Thứ Tư",
      yearInferred: false,
      issueDate: null,
      workingDays: null,
      working: true,
      daysOff: [],
      nextWorkingDay: null,
      status: "hợp lệ",
      problems: [],
    });
    const tet = JSON.parse(cli(["--format", "json", "--locale", "en", TET]).stdout) as { deadlines: Record<string, unknown>[] }[];
    assert.deepEqual(tet[0]!.deadlines[0]!.daysOff, [{ kind: "tet", name: "Lunar New Year (Tết), day 2 of the 1st lunar month" }]);
    assert.equal(tet[0]!.deadlines[0]!.nextWorkingDay, "2026-02-23");
    assert.deepEqual(
      (tet[0]!.deadlines[0]!.problems as { ruleId: string }[]).map((p) => p.ruleId),
      ["deadline/non-working-day"],
    );
  });

  it("writes an iCalendar file of all-day events (seed 003, exact)", () => {
    const r = cli(["--format", "ics", SEED_003]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//vbhc//deadlines//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Thời hạn (vbhc)",
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        "BEGIN:VEVENT",
        "UID:abd2499e8ebe49aecb35ec2919f2b010@vbhc",
        "DTSTAMP:20260101T000000Z",
        "DTSTART;VALUE=DATE:20150825",
        "DTEND;VALUE=DATE:20150826",
        "SUMMARY:[2.3] …tục góp ý sau hội nghị để hoàn chỉnh và tr",
        " ình Ủy ban nhân dân tỉnh Báo cáo sơ kết công t…",
        "DESCRIPTION:Mục 2.3\\n…tục góp ý sau hội nghị để hoàn chỉn",
        " h và trình Ủy ban nhân dân tỉnh Báo cáo sơ kết công tác c",
        " ải cách hành chính Nhà nước giai đoạn I (2011-2015)\\, phương",
        "  hướng\\, nhiệm vụ cải cách hành chính Nhà nước giai đoạ",
        " n II (2016-2020) trước ngày 25/8/2015.\\nVăn bản: test/fixtures/seed",
        " s/003_f2b59ffc97c34792.txt\\, dòng 33\\nTình trạng: hợp lệ",
        "CATEGORIES:vbhc,Thời hạn",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:ea2b70bc5b1fd3c9da50a55d22e27c48@vbhc",
        "DTSTAMP:20260101T000000Z",
        "DTSTART;VALUE=DATE:20150930",
        "DTEND;VALUE=DATE:20151001",
        "SUMMARY:[2.3] Tham mưu Ủy ban nhân dân tỉnh Kế hoạch cải cách",
        "  hành chính nhà nước của tỉnh giai đoạn 20…",
        "DESCRIPTION:Mục 2.3\\nTham mưu Ủy ban nhân dân tỉnh Kế hoạch c",
        " ải cách hành chính nhà nước của tỉnh giai đoạn 2016-2020 t",
        " rước 30/9/2015.\\nVăn bản: test/fixtures/seeds/003_f2b59ffc97c34792.t",
        " xt\\, dòng 35\\nTình trạng: hợp lệ",
        "CATEGORIES:vbhc,Thời hạn",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
  });

  it("writes an .ics file that a calendar parser reads back (ical.js)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vbhc-ics-"));
    const out = path.join(dir, "thoi-han.ics");
    const r = cli(["--format", "ics", "-o", out, "examples/", SEED_000, SEED_003, TET, NO_YEAR]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "");
    const text = readFileSync(out, "utf8");
    // RFC 5545 §3.1: CRLF line ends, lines of at most 75 octets.
    assert.ok(!/[^\r]\n/.test(text), "bare LF");
    for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line, "utf8") <= 75, line);
    const calendar = new ICAL.Component(ICAL.parse(text));
    assert.equal(calendar.name, "vcalendar");
    assert.equal(calendar.getFirstPropertyValue("version"), "2.0");
    assert.equal(calendar.getFirstPropertyValue("prodid"), "-//vbhc//deadlines//VI");
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    assert.equal(events.length, 13 + 3 + 2 + 4 + 4);
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length, "UIDs are unique");
    for (const e of events) {
      assert.match(e.uid, /^[0-9a-f]{32}(-\d+)?@vbhc$/);
      assert.equal(e.startDate.isDate, true);
      assert.equal(e.endDate.isDate, true);
      assert.equal(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime(), 86400000);
      assert.ok(e.component.getFirstPropertyValue("dtstamp"));
    }
    const tet = events.find((e) => e.startDate.toString() === "2026-02-18")!;
    assert.equal(tet.summary, "[I. 1.] Các sở, ban, ngành ban hành kế hoạch cải cách hành chính của đơn vị, gửi Sở Nội vụ trước …");
    assert.match(
      tet.description,
      /^Mục I\. 1\.\nCác sở, ban, ngành .* trước ngày 18\/02\/2026\.\nVăn bản: .*bad-tet-2026\.txt, dòng 9\nTình trạng: ngày nghỉ: Tết Âm lịch \(mùng 2 tháng Giêng\); ngày làm việc tiếp theo 23\/02\/2026$/,
    );
  });

  it("keeps UIDs when lines move, so a re-import updates the events", () => {
    const text = readFileSync(TET, "utf8");
    const a = cli(["--format", "ics", "-"], text).stdout.match(/^UID:.*$/gm);
    const b = cli(["--format", "ics", "-"], `\n\n${text}`).stdout.match(/^UID:.*$/gm);
    assert.deepEqual(a, b);
  });

  it("folds long lines without splitting a character or an escape", () => {
    const folded = foldLine(`DESCRIPTION:${"ạ".repeat(40)}\\,${"b".repeat(40)}`);
    for (const line of folded.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75);
    assert.equal(folded.replace(/\r\n /g, ""), `DESCRIPTION:${"ạ".repeat(40)}\\,${"b".repeat(40)}`);
    assert.ok(!folded.split("\r\n").some((l) => l.endsWith("\\")));
  });

  it("reads stdin, and exits 2 on usage or I/O errors while listing the readable files", () => {
    assert.match(cli(["-"], fixture(SEEDS.thongBao)).stdout, /^<stdin> {4}33 {2}2\.3 {2}25\/08\/2015/m);
    const bad = cli(["--format", "xml", SEED_000]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format expects table, json or ics/);
    assert.match(bad.stderr, /Usage:/);
    assert.equal(cli([]).code, 2);
    assert.equal(cli(["--before", "sau", SEED_000]).code, 2);
    const missing = cli([SEED_003, "test/fixtures/khong-co.txt"]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /khong-co\.txt: no such file or directory/);
    assert.match(missing.stdout, /2 thời hạn trong 1 tệp/);
    assert.equal(cli(["--help"]).code, 0);
  });

  it("reads “trước ngày” strictly with --before day-before", () => {
    const r = cli(["--before", "day-before", SEED_000]);
    assert.match(r.stdout, /29\/09\/2013 {2}Chủ nhật {2}ngày nghỉ: Chủ nhật; ngày làm việc tiếp theo 30\/09\/2013/);
  });

  it("says so when there is no deadline", () => {
    assert.equal(cli([`test/fixtures/seeds/002_bde8ca152358eecf.txt`]).stdout, "Không có thời hạn nào.\n");
    assert.ok(!existsSync("thoi-han.ics"));
  });
});

describe("deadline presentation: suggestions", () => {
  function findingsOf(file: string, ruleId: string): Finding[] {
    return runRules(parse(readFileSync(file, "utf8")), deadlineRules, DEFAULT_CONFIG).filter((f) => f.ruleId === ruleId);
  }

  it("deadline/non-working-day suggests the next working day, never as an automatic fix", () => {
    const [tet] = findingsOf(TET, "deadline/non-working-day");
    assert.equal(tet!.fix, undefined);
    assert.deepEqual(tet!.suggestions, [
      {
        title: {
          vi: "Đổi thành “23/02/2026” (ngày làm việc tiếp theo: Thứ Hai 23/02/2026)",
          en: "Change to “23/02/2026” (the next working day: Monday 23/02/2026)",
        },
        edits: [{ range: { start: { line: 8, character: 97 }, end: { line: 8, character: 107 } }, newText: "23/02/2026" }],
      },
    ]);
    const text = readFileSync(TET, "utf8");
    assert.equal(fixAll(text, deadlineRules, DEFAULT_CONFIG).text, text, "--fix never moves a deadline");
  });

  it("deadline/ambiguous-year suggests writing the inferred year", () => {
    const findings = findingsOf(NO_YEAR, "deadline/ambiguous-year");
    assert.deepEqual(
      findings.map((f) => f.suggestions![0]!.edits[0]!.newText),
      ["/2025", " năm 2026", " năm 2025", " năm 2026"],
    );
  });

  it("offers suggestions as quick fixes the user may choose, outside fix-all", () => {
    const document = parse(readFileSync(TET, "utf8"));
    const findings = runRules(document, deadlineRules, DEFAULT_CONFIG);
    const range = { start: { line: 8, character: 100 }, end: { line: 8, character: 100 } };
    const actions = codeActions({
      uri: "file:///tet.vbhc",
      document,
      findings,
      range,
      rules: deadlineRules,
      config: DEFAULT_CONFIG,
      toDiagnostic: (f) => ({ range: f.range, message: f.message.vi }),
    });
    const suggestion = actions.find((a) => a.title.startsWith("Đổi thành"));
    assert.ok(suggestion);
    assert.equal(suggestion.kind, "quickfix");
    assert.notEqual(suggestion.isPreferred, true);
    assert.deepEqual(suggestion.edit!.changes!["file:///tet.vbhc"], [
      { range: { start: { line: 8, character: 97 }, end: { line: 8, character: 107 } }, newText: "23/02/2026" },
    ]);
    const all = codeActions({
      uri: "file:///tet.vbhc",
      document,
      findings,
      range,
      only: ["source.fixAll"],
      rules: deadlineRules,
      config: DEFAULT_CONFIG,
      toDiagnostic: (f) => ({ range: f.range, message: f.message.vi }),
    });
    assert.deepEqual(all, []);
  });
});
