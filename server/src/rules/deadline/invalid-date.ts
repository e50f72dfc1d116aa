// deadline/invalid-date — a deadline must be a day that exists: no 31/9, no 31/4, no 29/02 in a
// common year, no month 13. A period is counted in days of the solar calendar and ends at the end
// of its last day (Bộ luật Dân sự 2015, Điều 146–148): a day that does not exist gives no end.
import { TASK_KINDS } from "../../core/rule.js";
import { extractDeadlines } from "../../core/deadlines.js";
import type { Rule } from "../../core/index.js";
import { asWritten } from "../deadline-support.js";

export const invalidDate: Rule = {
  id: "deadline/invalid-date",
  description: {
    vi: "Thời hạn giao trong văn bản là một ngày có thật (không có 31/9, 31/4, 29/02 năm không nhuận, tháng 13).",
    en: "A deadline set in the document is a day that exists (no 31/9, 31/4, 29/02 in a common year, month 13).",
  },
  messages: {
    invalid: {
      vi: "Thời hạn “{deadline}” không có thật: {reason}.",
      en: "The deadline “{deadline}” does not exist: {reason}.",
    },
  },
  severity: "error",
  fixable: false,
  source: "Bộ luật Dân sự 2015, Điều 146–148 (thời hạn tính theo ngày dương lịch, kết thúc vào cuối ngày cuối cùng)",
  // The tasks an administrative document assigns; a law or decree sets general time limits (docs/document-kinds.md).
  kinds: TASK_KINDS,
  check(context) {
    for (const d of extractDeadlines(context.document, context.config)) {
      if (!d.invalid) continue;
      context.report({
        range: d.dateRange,
        messageId: "invalid",
        data: { deadline: asWritten(d), reason: d.invalid },
      });
    }
  },
};
