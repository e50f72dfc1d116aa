// deadline/ambiguous-year — a deadline written without its year ("trước ngày 25/8", "trong tháng
// 10") is read in the year of the issue date (or the next year, when the day has already passed
// and falls within six months after it). The finding shows the date as read, so the drafter can
// check it, and suggests writing the year. Nghị định 30/2020/NĐ-CP asks for the day, month and
// year of a document's date in full (Phụ lục I, Phần I, Mục II, khoản 4, điểm b); a deadline
// deserves the same.
import { TASK_KINDS } from "../../core/rule.js";
import { formatShort } from "../../core/calendar/civil.js";
import { describeDeadline, extractDeadlines } from "../../core/deadlines.js";
import type { Rule, Suggestion } from "../../core/index.js";
import { asWritten, dayPhrase } from "../deadline-support.js";

export const ambiguousYear: Rule = {
  id: "deadline/ambiguous-year",
  description: {
    vi: "Thời hạn ghi rõ năm; khi không ghi, năm được suy ra từ ngày ban hành và hiển thị để kiểm tra.",
    en: "A deadline gives its year; when it does not, the year is inferred from the issue date and shown for checking.",
  },
  messages: {
    noYearToInfer: {
      vi: "Thời hạn “{deadline}” không ghi năm và văn bản không có năm ban hành để suy ra; nên ghi rõ năm.",
      en: "The deadline “{deadline}” gives no year, and the document has no issue year to infer it from; write the year.",
    },
    inferredFromDate: {
      vi: "Thời hạn “{deadline}” không ghi năm: hiểu là {read} (theo ngày ban hành {issueDate}); nên ghi rõ năm.",
      en: "The deadline “{deadline}” gives no year: read as {read} (from the issue date {issueDate}); write the year.",
    },
    inferredFromYear: {
      vi: "Thời hạn “{deadline}” không ghi năm: hiểu là {read} (theo năm ban hành); nên ghi rõ năm.",
      en: "The deadline “{deadline}” gives no year: read as {read} (from the issue year); write the year.",
    },
  },
  severity: "info",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4, điểm b (ngày, tháng, năm viết đầy đủ)",
  // The tasks an administrative document assigns; a law or decree sets general time limits (docs/document-kinds.md).
  kinds: TASK_KINDS,
  check(context) {
    for (const d of extractDeadlines(context.document, context.config)) {
      if (d.written.year || d.invalid) continue;
      if (!d.yearInferred || d.year === null) {
        context.report({
          range: d.dateRange,
          messageId: "noYearToInfer",
          data: { deadline: asWritten(d) },
        });
        continue;
      }
      const read = d.form === "day" && d.date ? dayPhrase(d.date) : describeDeadline(d);
      const insert = d.style.kind === "numeric" ? `${d.style.separator}${d.year}` : ` năm ${d.year}`;
      const suggestions: Suggestion[] = d.verbatim
        ? [
            {
              title: { vi: `Ghi rõ năm: “${d.dateText}${insert}”`, en: `Write the year: “${d.dateText}${insert}”` },
              edits: [{ range: { start: d.dateRange.end, end: d.dateRange.end }, newText: insert }],
            },
          ]
        : [];
      context.report({
        range: d.dateRange,
        ...(d.issueDate
          ? { messageId: "inferredFromDate", data: { deadline: asWritten(d), read, issueDate: formatShort(d.issueDate) } }
          : { messageId: "inferredFromYear", data: { deadline: asWritten(d), read } }),
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
};
