// Inline suppression: the directive silences findings on the next line only.
import assert from "node:assert/strict";
import { check, DEFAULT_CONFIG } from "../../server/src/core/index.js";
import { allRules } from "../../server/src/rules/index.js";
import { fixture } from "../helpers.js";

const base = fixture("cli", "chi-thi-mot-loi.vbhc.txt");
const dateLine = "Khánh Hòa, ngày 12 tháng 09 năm 2013";
const codes = (text: string) => check(text, allRules, DEFAULT_CONFIG).findings.map((f) => `${f.range.start.line + 1} ${f.ruleId}`);

describe("inline suppression", () => {
  it("a Markdown comment silences the named rule on the next line", () => {
    const text = base.replace(dateLine, `<!-- vbhc-disable-next-line header/date-format -->\n${dateLine}`);
    assert.deepEqual(codes(text), []);
  });

  it("the plain-text form works the same, and other rules stay on", () => {
    const text = base.replace(dateLine, `// vbhc-disable-next-line style/double-space\n${dateLine}`);
    assert.deepEqual(codes(text), ["10 header/date-format"]);
    const all = base.replace(dateLine, `// vbhc-disable-next-line\n${dateLine}`);
    assert.deepEqual(codes(all), []);
  });

  it("silences only the next line, and the directive line is not content", () => {
    const text = base.replace("Số: 14/CT-UBND", "<!-- vbhc-disable-next-line header/date-format -->\nSố: 14/CT-UBND");
    assert.deepEqual(codes(text), ["10 header/date-format"]);
  });
});
