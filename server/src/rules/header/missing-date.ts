// header/missing-date — Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm d and Phụ lục I, Phần I,
// Mục II, khoản 4 điểm b: the header has a place-date line, and the time of issue "phải được
// viết đầy đủ" — day, month and year. A paper document gets its date (and number) after it is
// signed (Điều 15 khoản 2), so a draft (config `draft`) may leave the date blank.
import { DRAFTED_KINDS } from "../../core/rule.js";
import type { Range, Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { dateWordStart, headerCells, isFormalHeader, numberLineRange, rawDateLine } from "../header-support.js";

const PART_NAMES = { day: ["ngày", "day"], month: ["tháng", "month"], year: ["năm", "year"] } as const;

export const missingDate: Rule = {
  id: "header/missing-date",
  description: {
    vi: "Văn bản có dòng địa danh và thời gian ban hành, ghi đủ ngày, tháng, năm (bản dự thảo được để trống ngày tháng năm).",
    en: "The document has a place-date line with the day, month and year filled in (a draft may leave them blank).",
  },
  messages: {
    blank: {
      vi: "Thời gian ban hành còn để trống ({blank}): văn bản ban hành phải ghi đầy đủ ngày, tháng, năm.",
      en: "The date of issue is left blank ({blank}): an issued document must give the day, month and year in full.",
    },
    missing: {
      vi: "Thiếu địa danh và thời gian ban hành văn bản: ghi “<địa danh>, ngày … tháng … năm …” dưới Quốc hiệu, Tiêu ngữ, cùng hàng với số, ký hiệu.",
      en: "The place and date of issue are missing: write “<place>, ngày … tháng … năm …” under the national title and motto, level with the number.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm d; Điều 15 khoản 2; Phụ lục I, Phần I, Mục II, khoản 4, điểm b",
  // A law passed by an assembly has no place-date line: its date is the day it was passed (docs/document-kinds.md).
  kinds: DRAFTED_KINDS,
  check(context) {
    const { document, config } = context;
    const reportBlanks = (range: Range, blank: (keyof typeof PART_NAMES)[]) => {
      // A draft is dated when it is signed (Điều 15 khoản 2): its blanks are expected.
      if (config.draft) return;
      const vi = blank.map((p) => PART_NAMES[p][0]).join(", ");
      const en = blank.map((p) => PART_NAMES[p][1]).join(", ");
      context.report({ range, messageId: "blank", data: { blank: { vi, en } } });
    };
    for (const section of sections(document)) {
      const header = section.header;
      if (!header) continue;
      const placeDate = header.placeDate;
      if (placeDate) {
        const { date } = placeDate;
        const blank = (["day", "month", "year"] as const).filter((p) => !date[p]);
        if (blank.length > 0) reportBlanks({ start: dateWordStart(document, date.range), end: date.range.end }, blank);
        continue;
      }
      if (!isFormalHeader(header)) continue;
      // A date line the parser did not read as one ("ngày … tháng … năm …" with dots, no place).
      const raw = rawDateLine(document, headerCells(document, section));
      if (raw) {
        const blank = (["day", "month", "year"] as const).filter((p) => !raw[p]);
        if (blank.length > 0) reportBlanks(raw.dateRange, blank);
        continue;
      }
      // A document attached to another takes its date from the decision that issues it.
      if (section !== document) continue;
      const range = header.number ? numberLineRange(header.number) : (header.motto ?? header.nationalTitle ?? header.agency[header.agency.length - 1])!.range;
      context.report({
        range,
        messageId: "missing",
      });
    }
  },
};
