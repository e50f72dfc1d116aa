// deadline/before-issue — a deadline earlier than the document's own issue date cannot be met: the
// task is late the day it is assigned. A period counts from the day after the day it is set
// (Bộ luật Dân sự 2015, Điều 147); the document's date is its place-date line (Nghị định
// 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4).
import { formatShort } from "../../core/calendar/civil.js";
import { extractDeadlines, judgeDeadline } from "../../core/deadlines.js";
import type { Rule } from "../../core/index.js";
import { dayPhrase, quoted } from "../deadline-support.js";

export const beforeIssue: Rule = {
  id: "deadline/before-issue",
  description: {
    vi: "Thời hạn không được sớm hơn ngày ban hành văn bản.",
    en: "A deadline is not earlier than the document's issue date.",
  },
  severity: "warning",
  fixable: false,
  source: "Bộ luật Dân sự 2015, Điều 147; Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4",
  check(context) {
    for (const d of extractDeadlines(context.document, context.config)) {
      const j = judgeDeadline(d, context.config);
      if (!j.beforeIssue || !d.lastDay || !d.issueDate) continue;
      const last = dayPhrase(d.lastDay);
      const issue = formatShort(d.issueDate);
      context.report({
        range: d.dateRange,
        message: {
          vi: `Thời hạn ${quoted(d)} (ngày cuối: ${last.vi}) sớm hơn ngày ban hành ${issue}.`,
          en: `The deadline ${quoted(d)} (last day: ${last.en}) is earlier than the issue date ${issue}.`,
        },
      });
    }
  },
};
