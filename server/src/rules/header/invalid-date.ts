// header/invalid-date — the date of issue on the place-date line must exist: no 31/9, no 29/02
// in a common year, no month 13. Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4
// điểm b: the time of issue is the day, month and year the document is issued.
import type { Rule } from "../../core/index.js";
import { daysInMonth, isLeapYear } from "../../core/dates.js";
import { sections } from "../../core/sections.js";
import { dateWordStart } from "../header-support.js";

export const invalidDate: Rule = {
  id: "header/invalid-date",
  description: {
    vi: "Ngày, tháng, năm ban hành ở dòng địa danh – thời gian là một ngày có thật.",
    en: "The date of issue on the place-date line is a date that exists.",
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
      let why: { vi: string; en: string } | null = null;
      if (year && (year.text.length !== 4 || year.value < 1945 || year.value > 2100)) {
        why = { vi: `năm “${year.text}” không hợp lệ`, en: `the year “${year.text}” is not valid` };
      } else if (month && (month.value < 1 || month.value > 12)) {
        why = { vi: `không có tháng ${month.text}`, en: `there is no month ${month.text}` };
      } else if (day && day.value < 1) {
        why = { vi: `không có ngày ${day.text}`, en: `there is no day ${day.text}` };
      } else if (day && month) {
        const max = year ? daysInMonth(year.value, month.value) : month.value === 2 ? 29 : daysInMonth(2000, month.value);
        if (day.value > max) {
          why =
            month.value === 2 && year && day.value === 29 && !isLeapYear(year.value)
              ? { vi: `năm ${year.value} không nhuận, tháng 2 chỉ có 28 ngày`, en: `${year.value} is not a leap year: February has 28 days` }
              : { vi: `tháng ${month.value} chỉ có ${max} ngày`, en: `month ${month.value} has only ${max} days` };
        }
      } else if (day && day.value > 31) {
        why = { vi: `không có ngày ${day.text}`, en: `there is no day ${day.text}` };
      }
      if (!why) continue;
      context.report({
        range: { start: dateWordStart(document, date.range), end: date.range.end },
        message: {
          vi: `Ngày ban hành không có thật: ${why.vi}.`,
          en: `The date of issue does not exist: ${why.en}.`,
        },
      });
    }
  },
};
