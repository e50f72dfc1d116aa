// header/invalid-date — the date of issue on the place-date line must exist: no 31/9, no 29/02
// in a common year, no month 13. Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4
// điểm b: the time of issue is the day, month and year the document is issued.
import type { MessageData, Rule } from "../../core/index.js";
import { daysInMonth, isLeapYear } from "../../core/dates.js";
import { sections } from "../../core/sections.js";
import { dateWordStart } from "../header-support.js";

export const invalidDate: Rule = {
  id: "header/invalid-date",
  description: {
    vi: "Ngày, tháng, năm ban hành ở dòng địa danh – thời gian là một ngày có thật.",
    en: "The date of issue on the place-date line is a date that exists.",
  },
  messages: {
    badYear: { vi: "Ngày ban hành không có thật: năm “{year}” không hợp lệ.", en: "The date of issue does not exist: the year “{year}” is not valid." },
    noMonth: { vi: "Ngày ban hành không có thật: không có tháng {month}.", en: "The date of issue does not exist: there is no month {month}." },
    noDay: { vi: "Ngày ban hành không có thật: không có ngày {day}.", en: "The date of issue does not exist: there is no day {day}." },
    notLeapYear: {
      vi: "Ngày ban hành không có thật: năm {year} không nhuận, tháng 2 chỉ có 28 ngày.",
      en: "The date of issue does not exist: {year} is not a leap year: February has 28 days.",
    },
    dayOutOfMonth: {
      vi: "Ngày ban hành không có thật: tháng {month} chỉ có {days} ngày.",
      en: "The date of issue does not exist: month {month} has only {days} days.",
    },
  },
  severity: "error",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4, điểm b",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const date = section.header?.placeDate?.date;
      if (!date) continue;
      const { day, month, year } = date;
      let why: { messageId: string; data: MessageData } | null = null;
      if (year && (year.text.length !== 4 || year.value < 1945 || year.value > 2100)) {
        why = { messageId: "badYear", data: { year: year.text } };
      } else if (month && (month.value < 1 || month.value > 12)) {
        why = { messageId: "noMonth", data: { month: month.text } };
      } else if (day && day.value < 1) {
        why = { messageId: "noDay", data: { day: day.text } };
      } else if (day && month) {
        const max = year ? daysInMonth(year.value, month.value) : month.value === 2 ? 29 : daysInMonth(2000, month.value);
        if (day.value > max) {
          why =
            month.value === 2 && year && day.value === 29 && !isLeapYear(year.value)
              ? { messageId: "notLeapYear", data: { year: year.value } }
              : { messageId: "dayOutOfMonth", data: { month: month.value, days: max } };
        }
      } else if (day && day.value > 31) {
        why = { messageId: "noDay", data: { day: day.text } };
      }
      if (!why) continue;
      context.report({ range: { start: dateWordStart(document, date.range), end: date.range.end }, ...why });
    }
  },
};
