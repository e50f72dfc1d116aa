// The header/* rules on the five real seed documents: exactly the findings a careful reviewer
// expects, no more (scrapes without a header must not be flooded), and fixes that are stable.
import assert from "node:assert/strict";
import { DEFAULT_CONFIG, fixAll, parse, runRules, type Finding, type ResolvedConfig } from "../../server/src/core/index.js";
import { headerRules } from "../../server/src/rules/header/index.js";
import { fixture, SEEDS } from "../helpers.js";

interface Seen {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

function run(seed: string, config: ResolvedConfig = DEFAULT_CONFIG): { text: string; findings: Finding[]; seen: Seen[] } {
  const text = fixture(seed);
  const document = parse(text);
  const findings = runRules(document, headerRules, config);
  const seen = findings.map((f) => {
    const { start, end } = f.range;
    const lineText = text.slice(document.lineStarts[start.line], document.lineStarts[start.line]! + document.lineLengths[start.line]!);
    return {
      ruleId: f.ruleId,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      text: start.line === end.line ? lineText.slice(start.character, end.character) : lineText.slice(start.character),
    };
  });
  return { text, findings, seen };
}

describe("header rules on the seeds", () => {
  it("000 — Chỉ thị: the month written “09”, and the motto lost in the scrape", () => {
    const { seen, findings } = run(SEEDS.chiThi);
    assert.deepEqual(seen, [
      { ruleId: "header/missing-national-title", line: 3, column: 19, endLine: 3, endColumn: 53, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
      { ruleId: "header/date-format", line: 4, column: 43, endLine: 4, endColumn: 45, text: "09" },
    ]);
    assert.match(findings[0]!.message.vi, /Thiếu Tiêu ngữ/);
  });

  it("001 — a news article without a header: nothing", () => {
    assert.deepEqual(run(SEEDS.news).seen, []);
  });

  it("002 — Quyết định with an attached plan: the plan's blank day, nothing on the national title", () => {
    const { seen, findings } = run(SEEDS.quyetDinh);
    assert.deepEqual(seen, [{ ruleId: "header/missing-date", line: 58, column: 10, endLine: 58, endColumn: 31, text: "ngày tháng 4 năm 2016" }]);
    assert.equal(findings[0]!.severity, "warning");
    assert.match(findings[0]!.message.vi, /còn để trống \(ngày\)/);
    // In a draft the date is written at signing.
    assert.deepEqual(run(SEEDS.quyetDinh, { ...DEFAULT_CONFIG, draft: true }).seen, []);
  });

  it("003 — a Thông báo that lost its header: nothing", () => {
    assert.deepEqual(run(SEEDS.thongBao).seen, []);
  });

  it("004 — Công văn: “852J /UBND-NC”, nothing on the national title, motto or V/v", () => {
    const { seen, findings } = run(SEEDS.congVan);
    assert.deepEqual(seen, [{ ruleId: "header/number-format", line: 9, column: 5, endLine: 9, endColumn: 18, text: "852J /UBND-NC" }]);
    const f = findings[0]!;
    assert.match(f.message.vi, /“852J” phải viết bằng chữ số Ả Rập/);
    assert.match(f.message.vi, /dấu cách thừa/);
    // Only the stray space is fixed; the letter has no certain correction.
    assert.deepEqual(f.fix, [{ range: { start: { line: 8, character: 8 }, end: { line: 8, character: 9 } }, newText: "" }]);
  });

  it("fixes on every seed are stable and lose nothing but what they replace", () => {
    for (const seed of Object.values(SEEDS)) {
      const once = fixAll(fixture(seed), headerRules, DEFAULT_CONFIG);
      const twice = fixAll(once.text, headerRules, DEFAULT_CONFIG);
      assert.equal(twice.text, once.text, seed);
    }
    const fixed = fixAll(fixture(SEEDS.congVan), headerRules, DEFAULT_CONFIG).text;
    assert.ok(fixed.includes("Số: 852J/UBND-NC\n"));
    assert.equal(fixed.length, fixture(SEEDS.congVan).length - 1);
  });
});
