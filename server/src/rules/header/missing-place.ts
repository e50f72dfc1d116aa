// header/missing-place — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4 điểm a và c:
// the time of issue is preceded by the place (the administrative unit where the issuing agency
// has its seat), then a comma.
import { DRAFTED_KINDS } from "../../core/rule.js";
import type { Range, Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { headerCells, isFormalHeader, rawDateLine } from "../header-support.js";
import { lineRange } from "../lines.js";

const hasLetter = (text: string) => /\p{L}/u.test(text);

export const missingPlace: Rule = {
  id: "header/missing-place",
  description: {
    vi: "Dòng thời gian ban hành có địa danh ở trước (“Long An, ngày 06 tháng 4 năm 2016”).",
    en: "The date of issue is preceded by the place name (“Long An, ngày 06 tháng 4 năm 2016”).",
  },
  messages: {
    missing: {
      vi: "Thiếu địa danh trước ngày tháng ban hành: ghi tên đơn vị hành chính nơi cơ quan đóng trụ sở, sau đó là dấu phẩy (ví dụ “Long An, ngày 06 tháng 4 năm 2016”).",
      en: "The place is missing before the date: write the administrative unit where the agency has its seat, then a comma (for example “Long An, ngày 06 tháng 4 năm 2016”).",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4, điểm a và c",
  // A law passed by an assembly has no place-date line: its date is the day it was passed (docs/document-kinds.md).
  kinds: DRAFTED_KINDS,
  check(context) {
    const { document } = context;
    const report = (range: Range) => context.report({ range, messageId: "missing" });
    for (const section of sections(document)) {
      const header = section.header;
      if (!header) continue;
      const placeDate = header.placeDate;
      if (placeDate) {
        // "…, ngày 05 tháng 3 năm 2020": a placeholder where the place should be.
        if (!hasLetter(placeDate.place.text)) report(placeDate.range);
        continue;
      }
      if (!isFormalHeader(header)) continue;
      const raw = rawDateLine(document, headerCells(document, section));
      if (raw && !hasLetter(raw.place)) report(lineRange(raw.cell.line, raw.cell.start, raw.cell.end));
    }
  },
};
