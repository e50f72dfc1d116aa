// citation/future-date — a document can only cite what was issued on or before its own date: a
// cited date after the issue date is a typo in the date or the year (Nghị định 30/2020/NĐ-CP,
// Phụ lục I, Phần I, Mục II, khoản 4 (thời gian ban hành) and khoản 6, điểm b (viện dẫn)).
import { citedIso, findCitations } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";
import { originalText } from "../../core/sections.js";
import { issueDate } from "../citation-helpers.js";
import { shortDate } from "../../core/citation-text.js";

export const futureDate: Rule = {
  id: "citation/future-date",
  description: {
    vi: "Ngày của văn bản được viện dẫn không được sau ngày ban hành của chính văn bản đang soạn.",
    en: "A cited document's date is not after the issue date of the document citing it.",
  },
  messages: {
    afterIssue: {
      vi: "Văn bản được viện dẫn ghi ngày {cited}, sau ngày ban hành của chính văn bản này ({own}); kiểm tra lại ngày hoặc năm.",
      en: "The cited document is dated {cited}, after this document's own date ({own}); check the day or the year.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4 và khoản 6, điểm b",
  check(context) {
    const { document } = context;
    for (const c of findCitations(document)) {
      const cited = citedIso(c);
      if (!cited || !c.date) continue;
      const own = issueDate(document, c.section);
      if (!own || cited <= own) continue;
      context.report({
        range: c.date.range,
        messageId: "afterIssue",
        data: { cited: originalText(document, c.date.range), own: shortDate(own) },
      });
    }
  },
};
