// citation/invalid-date — the date of a cited document exists: no 31/9, no 29/02 in a common
// year, no month 13 (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm b: the
// first mention gives the date of issue; a date that cannot exist identifies nothing).
import { findCitations } from "../../core/citations.js";
import { daysInMonth } from "../../core/dates.js";
import type { MessageData, Rule } from "../../core/index.js";
import { originalText } from "../../core/sections.js";

export const invalidDate: Rule = {
  id: "citation/invalid-date",
  description: {
    vi: "Ngày ban hành của văn bản được viện dẫn phải là ngày có thật (không có 31/9, 29/02 năm không nhuận, tháng 13…).",
    en: "The date of a cited document exists (no 31/9, no 29/02 in a common year, no month 13…).",
  },
  messages: {
    noMonth: {
      vi: 'Ngày "{date}" của văn bản được viện dẫn không tồn tại (không có tháng {month}).',
      en: 'The cited date "{date}" does not exist (there is no month {month}).',
    },
    notLeapYear: {
      vi: 'Ngày "{date}" của văn bản được viện dẫn không tồn tại (năm {year} không nhuận, tháng 02 có 28 ngày).',
      en: 'The cited date "{date}" does not exist ({year} is not a leap year; February has 28 days).',
    },
    dayOutOfMonth: {
      vi: 'Ngày "{date}" của văn bản được viện dẫn không tồn tại (tháng {month} có {days} ngày).',
      en: 'The cited date "{date}" does not exist (month {month} has {days} days).',
    },
  },
  severity: "error",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm b",
  check(context) {
    const { document } = context;
    for (const c of findCitations(document)) {
      const d = c.date;
      if (!d?.day || !d.month) continue;
      const [day, month] = [d.day.value, d.month.value];
      // A date without its year is judged in a leap year (29/02 may exist).
      const year = d.year?.value ?? 2000;
      let why: { messageId: string; data: MessageData } | null = null;
      if (month < 1 || month > 12) why = { messageId: "noMonth", data: { month } };
      else if (day < 1 || day > daysInMonth(year, month)) {
        const max = daysInMonth(year, month);
        why = month === 2 && day === 29 ? { messageId: "notLeapYear", data: { year } } : { messageId: "dayOutOfMonth", data: { month, days: max } };
      }
      if (!why) continue;
      const written = originalText(document, d.range);
      context.report({ range: d.range, messageId: why.messageId, data: { date: written, ...why.data } });
    }
  },
};
