// citation/year-mismatch — a legal normative document's number carries the year it was issued
// ("30/2020/NĐ-CP"); the date cited with it must fall in that year (Luật Ban hành văn bản quy phạm
// pháp luật; Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3, điểm a: numbers run
// within a year).
import { findCitations } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";

export const yearMismatch: Rule = {
  id: "citation/year-mismatch",
  description: {
    vi: "Năm trong số, ký hiệu của văn bản được viện dẫn (30/2020/NĐ-CP) khớp với năm của ngày ban hành được ghi kèm.",
    en: "The year inside a cited number (30/2020/NĐ-CP) matches the year of the date cited with it.",
  },
  messages: {
    mismatch: {
      vi: 'Số "{number}" mang năm {year} nhưng năm ban hành được ghi là {cited}; số và ngày ban hành phải cùng một năm.',
      en: 'The number "{number}" carries the year {year} but the cited year is {cited}; the number and the date of issue belong to the same year.',
    },
  },
  severity: "warning",
  fixable: false,
  source:
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3, điểm a; Luật Ban hành văn bản quy phạm pháp luật (số, ký hiệu văn bản quy phạm pháp luật ghi năm ban hành)",
  check(context) {
    for (const c of findCitations(context.document)) {
      const y = c.number?.year;
      if (!y || c.number?.form !== "state") continue;
      const part = c.date?.year ?? c.yearOnly;
      if (part?.text.length !== 4 || part.text === y) continue;
      context.report({
        range: part.range,
        messageId: "mismatch",
        data: { number: c.number.raw, year: y, cited: part.text },
      });
    }
  },
};
