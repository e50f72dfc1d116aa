// The closing/* and basis/* rules on the real documents of test/fixtures/seeds (web scrapes):
// the defects the scrapes really have are found, and the valid forms they show are not flagged.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CONFIG, fixAll, parse, runRules, type Finding, type ResolvedConfig } from "../../server/src/core/index.js";
import { basisRules } from "../../server/src/rules/basis/index.js";
import { closingRules } from "../../server/src/rules/closing/index.js";
import { fixture, ROOT, SEEDS } from "../helpers.js";

const MINE = ["basis/punctuation", "basis/citation-incomplete", ...closingRules.map((r) => r.id)];
const rules = [...basisRules, ...closingRules].filter((r) => MINE.includes(r.id));

function check(text: string, config: Partial<ResolvedConfig> = {}): Finding[] {
  return runRules(parse(text), rules, { ...DEFAULT_CONFIG, ...config });
}

function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1}`);
}

/** The original text under a single-line range. */
function under(text: string, f: Finding): string {
  const line = text.split(/\r\n|\r|\n/)[f.range.start.line]!;
  return line.slice(f.range.start.character, f.range.end.character);
}

describe("closing/* and basis/* rules on the seeds", () => {
  it("seed 000 (Chỉ thị, scrape): recipients and signer lost in the scrape, nothing else", () => {
    const text = fixture(SEEDS.chiThi);
    const findings = check(text);
    assert.deepEqual(summary(findings), ["closing/missing-recipients 46:1", "closing/missing-signer 46:13"]);
    assert.equal(under(text, findings[0]!), "Nơi nhận:");
    assert.equal(under(text, findings[1]!), "TM. ỦY BAN NHÂN DÂN");
    // The body ends "… Chỉ thị này./.": no end-mark finding; the truncated "TM." block is left
    // to missing-signer, not reported as a signature-authority violation.
  });

  it("seed 001 (news article): no closing, no header — nothing to judge", () => {
    assert.deepEqual(check(fixture(SEEDS.news)), []);
  });

  it("seed 002 (Quyết định of 06/4/2016 with its plan): valid under Thông tư 01/2011", () => {
    const text = fixture(SEEDS.quyetDinh);
    // "Theo đề nghị … của Sở Nội vụ," is how the 2011 standard ends the preamble; the
    // attached plan has no Nơi nhận of its own; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH is valid.
    assert.deepEqual(check(text), []);
  });

  it("seed 002 judged by Nghị định 30/2020 (config standard nd30): the final comma is reported and fixed", () => {
    const text = fixture(SEEDS.quyetDinh);
    const findings = check(text, { standard: "nd30" });
    assert.deepEqual(summary(findings), ["basis/punctuation 26:70"]);
    assert.equal(under(text, findings[0]!), ",");
    assert.deepEqual(
      findings[0]!.fix?.map((e) => e.newText),
      ["."],
    );
  });

  it("seed 003 (Thông báo without header): TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG valid, '+' sub-items accepted", () => {
    const text = fixture(SEEDS.thongBao);
    const findings = check(text);
    // Only "Lưu: VT- TH2.": the unit follows "VT" after a comma.
    assert.deepEqual(summary(findings), ["closing/recipients-format 50:10"]);
    assert.equal(under(text, findings[0]!), "- ");
    assert.match(fixAll(text, rules).text, /- Lưu: VT, TH2\.\n/);
  });

  it("seed 004 (Công văn): the body ends with a stray ' /'; CHỦ TỊCH signing alone is valid", () => {
    const text = fixture(SEEDS.congVan);
    const findings = check(text);
    assert.deepEqual(summary(findings), ["closing/missing-end-mark 58:179"]);
    assert.equal(under(text, findings[0]!), ". /");
    const fixed = fixAll(text, rules).text;
    assert.match(fixed, /Chủ tịch Ủy ban nhân dân tỉnh\.\/\.\n/);
    assert.equal(fixAll(fixed, rules).text, fixed);
  });

  it("the examples are clean", () => {
    const dir = path.join(ROOT, "examples");
    for (const name of readdirSync(dir)) {
      assert.deepEqual(summary(check(readFileSync(path.join(dir, name), "utf8"))), [], name);
    }
  });
});
