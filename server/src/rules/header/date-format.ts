// header/date-format — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4, điểm b:
// a day below 10 and the months 1 and 2 are written with a leading zero; the decree's model
// lines write the other months without one.
import type { DatePart, Rule } from "../../core/index.js";
import { originalText, sections } from "../../core/sections.js";

export function expectedDay(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function expectedMonth(value: number): string {
  return value <= 2 ? `0${value}` : String(value);
}

export const dateFormat: Rule = {
  id: "header/date-format",
  description: {
    vi: "Ngày, tháng ở dòng địa danh – thời gian ban hành viết đúng thể thức (ngày dưới 10 và tháng 1, 2 thêm số 0 ở trước).",
    en: "The day and month of the place-date line are written as the format requires (a leading zero for days below 10 and for months 1 and 2 only).",
  },
  messages: {
    day: {
      vi: 'Ngày viết là "ngày {want}", không phải "ngày {found}" (ngày dưới 10 thêm số 0 ở trước).',
      en: 'Write the day as "ngày {want}", not "ngày {found}" (days below 10 take a leading zero).',
    },
    month: {
      vi: 'Tháng viết là "tháng {want}", không phải "tháng {found}" (chỉ tháng 1, 2 thêm số 0 ở trước).',
      en: 'Write the month as "tháng {want}", not "tháng {found}" (only months 1 and 2 take a leading zero).',
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4, điểm b",
  check(context) {
    const { document } = context;
    const checkPart = (part: DatePart | null, expected: (v: number) => string, max: number, what: "day" | "month") => {
      if (!part || part.value < 1 || part.value > max) return; // header/invalid-date's concern
      const want = expected(part.value);
      if (part.text === want) return;
      // Only fix when the digits are contiguous in the original (no Markdown inside them).
      const certain = originalText(document, part.range) === part.text;
      context.report({
        range: part.range,
        messageId: what,
        data: { want, found: part.text },
        ...(certain ? { fix: [{ range: part.range, newText: want }] } : {}),
      });
    };
    for (const section of sections(document)) {
      const date = section.header?.placeDate?.date;
      if (!date) continue;
      checkPart(date.day, expectedDay, 31, "day");
      checkPart(date.month, expectedMonth, 12, "month");
    }
  },
};
