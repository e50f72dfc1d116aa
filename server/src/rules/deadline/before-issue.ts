// deadline/before-issue — a deadline earlier than the document's own issue date cannot be met: the
// task is late the day it is assigned. A period counts from the day after the day it is set
// (Bộ luật Dân sự 2015, Điều 147); the document's date is its place-date line (Nghị định
// 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4).
import { TASK_KINDS } from "../../core/rule.js";
import { formatShort } from "../../core/calendar/civil.js";
import { extractDeadlines, judgeDeadline } from "../../core/deadlines.js";
import type { Rule } from "../../core/index.js";
import { asWritten, dayPhrase } from "../deadline-support.js";

export const beforeIssue: Rule = {
  id: "deadline/before-issue",
  description: {
    vi: "Thời hạn không được sớm hơn ngày ban hành văn bản.",
    en: "A deadline is not earlier than the document's issue date.",
  },
  messages: {
    beforeIssue: {
      vi: "Thời hạn “{deadline}” (ngày cuối: {lastDay}) sớm hơn ngày ban hành {issueDate}.",
      en: "The deadline “{deadline}” (last day: {lastDay}) is earlier than the issue date {issueDate}.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Bộ luật Dân sự 2015, Điều 147; Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4",
  // The tasks an administrative document assigns; a law or decree sets general time limits (docs/document-kinds.md).
  kinds: TASK_KINDS,
  check(context) {
    for (const d of extractDeadlines(context.document, context.config)) {
      const j = judgeDeadline(d, context.config);
      if (!j.beforeIssue || !d.lastDay || !d.issueDate) continue;
      context.report({
        range: d.dateRange,
        messageId: "beforeIssue",
        data: { deadline: asWritten(d), lastDay: dayPhrase(d.lastDay), issueDate: formatShort(d.issueDate) },
      });
    }
  },
};
