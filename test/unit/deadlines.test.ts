// Deadline extraction: which dates are deadlines, their items, forms, years and last days.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { toIso, weekdayName } from "../../server/src/core/calendar/index.js";
import { extractDeadlines, inferYear, judgeDeadline, type Deadline } from "../../server/src/core/deadlines.js";
import { DEFAULT_CONFIG, parse, runRules, type ResolvedConfig } from "../../server/src/core/index.js";
import { deadlineRules } from "../../server/src/rules/deadline/index.js";
import { fixture, ROOT, SEEDS } from "../helpers.js";

const DAY_BEFORE: ResolvedConfig = { ...DEFAULT_CONFIG, deadline: { ...DEFAULT_CONFIG.deadline, before: "day-before" } };

function summary(d: Deadline) {
  return {
    line: d.dateRange.start.line + 1,
    item: d.item,
    cue: d.cueText,
    date: d.dateText,
    lastDay: d.lastDay ? toIso(d.lastDay) : null,
    weekday: d.lastDay ? weekdayName(d.lastDay, "vi") : null,
  };
}

function wrap(body: string, date = "Huế, ngày 15 tháng 10 năm 2025"): string {
  return [
    "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 12/UBND-NC",
    date,
    "V/v triển khai nhiệm vụ",
    "Kính gửi: Các sở, ban, ngành.",
    body,
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT, NC.",
    "CHỦ TỊCH",
    "Nguyễn Văn A",
  ].join("\n");
}

const extract = (text: string, config: ResolvedConfig = DEFAULT_CONFIG) => extractDeadlines(parse(text), config);

describe("deadlines: the seeds", () => {
  it("seed 000 (Khánh Hòa, 12/9/2013): 20/9, 30/9 and 31/10/2013, all working days", () => {
    const ds = extract(fixture(SEEDS.chiThi));
    assert.deepEqual(ds.map(summary), [
      { line: 26, item: "5. a)", cue: "chậm nhất ngày", date: "31/10/2013", lastDay: "2013-10-31", weekday: "Thứ Năm" },
      { line: 42, item: "5. e)", cue: "trước ngày", date: "20/9/2013", lastDay: "2013-09-20", weekday: "Thứ Sáu" },
      { line: 42, item: "5. e)", cue: "trước ngày", date: "30/9/2013", lastDay: "2013-09-30", weekday: "Thứ Hai" },
    ]);
    assert.ok(ds.every((d) => d.issueDate && toIso(d.issueDate) === "2013-09-12"));
    assert.equal(ds[0]!.sentence, "Các báo cáo này gửi về Sở Kế hoạch và Đầu tư chậm nhất ngày 31/10/2013.");
    for (const d of ds) {
      const j = judgeDeadline(d, DEFAULT_CONFIG);
      assert.equal(j.day!.working, true);
      assert.equal(j.beforeIssue, false);
    }
    assert.deepEqual(
      ds.map((d) => judgeDeadline(d, DEFAULT_CONFIG).workingDays),
      [35, 6, 12],
    );
    assert.deepEqual(runRules(parse(fixture(SEEDS.chiThi)), deadlineRules, DEFAULT_CONFIG), []);
  });

  it("seed 003 (Kon Tum, meeting 14/8/2015): “trước ngày 25/8/2015” (Tuesday) and “trước 30/9/2015” (Wednesday)", () => {
    const ds = extract(fixture(SEEDS.thongBao));
    assert.deepEqual(ds.map(summary), [
      { line: 33, item: "2.3", cue: "trước ngày", date: "25/8/2015", lastDay: "2015-08-25", weekday: "Thứ Ba" },
      { line: 35, item: "2.3", cue: "trước", date: "30/9/2015", lastDay: "2015-09-30", weekday: "Thứ Tư" },
    ]);
    // The scrape has no header: no issue date, so nothing to count from, and the meeting date is no deadline.
    assert.ok(ds.every((d) => d.issueDate === null && !d.yearInferred));
    assert.deepEqual(runRules(parse(fixture(SEEDS.thongBao)), deadlineRules, DEFAULT_CONFIG), []);
  });

  it("finds no deadline among the citation dates of seeds 001, 002, 004", () => {
    for (const seed of [SEEDS.news, SEEDS.quyetDinh, SEEDS.congVan]) assert.deepEqual(extract(fixture(seed)), [], seed);
  });

  it("finds the deadlines of the examples, and none in their data period", () => {
    const cv = extract(readFileSync(path.join(ROOT, "examples", "cong-van-bao-cao-so-lieu.vbhc.txt"), "utf8"));
    // "tính từ ngày 01/01/2025 đến hết ngày 31/10/2025" is the period of the figures, not a deadline.
    assert.deepEqual(
      cv.map((d) => d.dateText),
      ["20/11/2025", "05/12/2025"],
    );
    const kh = extract(readFileSync(path.join(ROOT, "examples", "ke-hoach-chuyen-doi-so.vbhc.md"), "utf8"));
    assert.deepEqual(
      kh.map((d) => [d.item, d.dateText, d.cue]),
      [
        ["II. 1.1.", "31/3/2025", "before"],
        ["II. 1.3.", "30/6/2025", "before"],
        ["II. 2.2.", "9 tháng 09 năm 2025", "on"],
        ["II. 3.", "15/10/2025", "before"],
        ["III. 1.", "10/6/2025", "before"],
        ["III. 1.", "05/12/2025", "before"],
        ["III. 3.", "14/02/2025", "before"],
      ],
    );
  });
});

describe("deadlines: reading “trước ngày X”", () => {
  it("reads X as the last day by default and the day before with deadline.before = day-before", () => {
    const by = extract(fixture(SEEDS.chiThi)).map((d) => toIso(d.lastDay!));
    const strict = extract(fixture(SEEDS.chiThi), DAY_BEFORE).map((d) => toIso(d.lastDay!));
    assert.deepEqual(by, ["2013-10-31", "2013-09-20", "2013-09-30"]);
    // "chậm nhất ngày X" names X in either reading.
    assert.deepEqual(strict, ["2013-10-31", "2013-09-19", "2013-09-29"]);
  });

  it("judges the day that really is the last one: 29/9/2013 is a Sunday", () => {
    const findings = runRules(parse(fixture(SEEDS.chiThi)), deadlineRules, DAY_BEFORE);
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.range.start.line + 1]),
      [["deadline/non-working-day", 42]],
    );
    assert.match(findings[0]!.message.vi, /Chủ nhật 29\/09\/2013/);
  });

  it("reads “trước tháng M” as the end of M, or of the month before", () => {
    const text = wrap("1. Hoàn thành việc rà soát trước tháng 12/2025.");
    assert.equal(toIso(extract(text)[0]!.lastDay!), "2025-12-31");
    assert.equal(toIso(extract(text, DAY_BEFORE)[0]!.lastDay!), "2025-11-30");
  });
});

describe("deadlines: forms", () => {
  it("reads days, months, quarters and ranges, with the item and the sentence", () => {
    const ds = extract(
      wrap(
        [
          "1. Sở Nội vụ báo cáo chậm nhất ngày 20 tháng 10 năm 2025; Sở Tư pháp báo cáo hạn ngày 22/10/2025.",
          "2. Hoàn thành trong tháng 11/2025 và tổng kết trong quý IV năm 2025.",
          "a) Đoàn kiểm tra làm việc từ ngày 03/11 đến hết ngày 14/11/2025.",
          "- Tổ chức Hội nghị vào ngày 27/10/2025 tại trụ sở.",
        ].join("\n"),
      ),
    );
    assert.deepEqual(
      ds.map((d) => [d.item, d.form, d.cue, d.dateText, toIso(d.lastDay!)]),
      [
        ["1.", "day", "by", "20 tháng 10 năm 2025", "2025-10-20"],
        ["1.", "day", "by", "22/10/2025", "2025-10-22"],
        ["2.", "month", "within", "tháng 11/2025", "2025-11-30"],
        ["2.", "quarter", "within", "quý IV năm 2025", "2025-12-31"],
        ["2. a)", "day", "range", "14/11/2025", "2025-11-14"],
        ["2. a)", "day", "on", "27/10/2025", "2025-10-27"],
      ],
    );
    assert.equal(ds[1]!.sentence, "Sở Tư pháp báo cáo hạn ngày 22/10/2025.");
    assert.equal(toIso(ds[4]!.start!.date!), "2025-11-03");
    assert.equal(ds[4]!.cueText, "từ ngày … đến hết ngày");
  });

  it("keeps tasks whose verb looks like a fact word (“ban hành kế hoạch trước”, “đăng ký trước”)", () => {
    const ds = extract(wrap("1. Các sở ban hành kế hoạch trước ngày 24/10/2025; các xã đăng ký trước ngày 27/10/2025."));
    assert.deepEqual(
      ds.map((d) => d.dateText),
      ["24/10/2025", "27/10/2025"],
    );
  });

  it("reads a time of day or a weekday between the cue and the date", () => {
    const ds = extract(wrap("1. Nộp hồ sơ trước 17 giờ 00 ngày 24/10/2025; gửi báo cáo chậm nhất 16h30 thứ Sáu, ngày 31/10/2025."));
    assert.deepEqual(
      ds.map((d) => [d.cueText, d.dateText, d.cue]),
      [
        ["trước 17 giờ 00 ngày", "24/10/2025", "before"],
        ["chậm nhất 16h30 thứ Sáu, ngày", "31/10/2025", "by"],
      ],
    );
  });

  it("gives exact ranges through Markdown and NFD text", () => {
    const nfd = "1. Gửi báo cáo trước ngày 20/10/2025.".normalize("NFD");
    const text = wrap(`${nfd}\n2. Gửi **chậm nhất ngày 24/10/2025** về Sở.`);
    const ds = extract(text);
    const doc = parse(text);
    const slice = (d: Deadline) => {
      const start = doc.lineStarts[d.dateRange.start.line]! + d.dateRange.start.character;
      const end = doc.lineStarts[d.dateRange.end.line]! + d.dateRange.end.character;
      return text.slice(start, end);
    };
    assert.deepEqual(ds.map(slice), ["20/10/2025", "24/10/2025"]);
    assert.deepEqual(
      ds.map((d) => d.cueText),
      ["trước ngày", "chậm nhất ngày"],
    );
  });
});

describe("deadlines: dates that are not deadlines are never judged", () => {
  it("ignores meetings, citations, facts, data periods, effect dates, yearly dates and numbers", () => {
    const text = wrap(
      [
        "Ngày 12/12/2025, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về cải cách hành chính.",
        "Thực hiện Quyết định số 595/QĐ-UBND ngày 05/3/2013 của Ủy ban nhân dân tỉnh và Công văn số 75/UBND-NC ngày 31/9/2023;",
        "Các sở đã gửi báo cáo trước ngày 10/10/2025; văn bản ban hành trước ngày 01/01/2021 vẫn được áp dụng.",
        "Số liệu tính từ ngày 01/01/2025 đến hết ngày 30/9/2025; số liệu từ ngày 01/7/2025 đến ngày 30/9/2025.",
        "Quy chế có hiệu lực từ ngày 01/10/2025 đến ngày 31/12/2030.",
        "Tính đến ngày 30/9/2025, toàn tỉnh có 80% hồ sơ được số hóa.",
        "Đến ngày 30/9/2025, các huyện đã hoàn thành việc rà soát.",
        "Báo cáo năm gửi trước ngày 15/12 hằng năm; báo cáo tháng trước ngày 20 hằng tháng.",
        "Rút ngắn từ 20-30% thời gian giải quyết theo mục 1.4 giai đoạn 2021-2025.",
        "Kết quả kiểm tra trong tháng 8/2025 cho thấy nhiều đơn vị chậm trễ; trong quý III vừa qua, số hồ sơ tăng.",
        "Trong quý III/2025, toàn tỉnh đã tiếp nhận 5.000 hồ sơ.",
      ].join("\n"),
    );
    assert.deepEqual(
      extract(text).map((d) => d.dateText),
      [],
    );
    assert.deepEqual(runRules(parse(text), deadlineRules, DEFAULT_CONFIG), []);
  });

  it("never reads the header, the title, the căn cứ or the closing", () => {
    const text = [
      "ỦY BAN NHÂN DÂN TỈNH LONG AN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 10/QĐ-UBND",
      "Long An, ngày 06 tháng 4 năm 2016",
      "QUYẾT ĐỊNH",
      "Về việc hoàn thành báo cáo trước ngày 01/01/2016",
      "ỦY BAN NHÂN DÂN TỈNH LONG AN",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
      "QUYẾT ĐỊNH:",
      "Điều 1. Giao Sở Nội vụ báo cáo trước ngày 20/4/2016.",
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu: VT (trước ngày 01/01/2016).",
      "CHỦ TỊCH",
      "Trần Văn Cần",
    ].join("\n");
    assert.deepEqual(
      extract(text).map((d) => d.dateText),
      ["20/4/2016"],
    );
  });
});

describe("deadlines: the year", () => {
  const issue = (iso: string | null, year: number | null = null, month: number | null = null) => {
    if (!iso) return { date: null, year, month };
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return { date: { year: y, month: m, day: d }, year: y, month: m };
  };

  it("infers the issue year, or the next one for a day within six months after the issue date", () => {
    assert.equal(inferYear(issue("2015-08-14"), 8, 25), 2015);
    assert.equal(inferYear(issue("2025-11-20"), 1, 15), 2026);
    assert.equal(inferYear(issue("2025-11-20"), 11, 10), 2025); // passed, and before-issue says so
    assert.equal(inferYear(issue("2025-03-10"), 2, 20), 2025);
    assert.equal(inferYear(issue(null, 2016, 4), 2, 1), 2016);
    assert.equal(inferYear(issue(null, 2016, 11), 2, 1), 2017);
    assert.equal(inferYear(issue(null), 8, 25), null);
  });

  it("marks an inferred year and keeps a written one", () => {
    const ds = extract(wrap("1. Gửi báo cáo trước ngày 25/10 và chậm nhất ngày 15/01/2026; tổng kết trong quý I."));
    assert.deepEqual(
      ds.map((d) => [d.dateText, d.year, d.yearInferred]),
      [
        ["25/10", 2025, true],
        ["15/01/2026", 2026, false],
        ["quý I", 2026, true],
      ],
    );
  });
});
