// header/missing-title — Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ and Phụ lục I, Phần I,
// Mục II, khoản 5: under the header comes the type name with the summary (trích yếu), or for a
// Công văn the summary after "V/v".
import type { Range, Rule, Section } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { cellsAfterLine, isFormalHeader, isTypeName, isUpperLine, numberLineRange } from "../header-support.js";

export const missingTitle: Rule = {
  id: "header/missing-title",
  description: {
    vi: "Dưới phần đầu văn bản có tên loại và trích yếu nội dung (hoặc “V/v …” đối với công văn).",
    en: "Under the header comes the type name and summary (or “V/v …” for a Công văn).",
  },
  messages: {
    missing: {
      vi: "Thiếu tên loại và trích yếu nội dung văn bản: dưới phần đầu ghi tên loại bằng chữ in hoa (ví dụ “KẾ HOẠCH”) và trích yếu ngay dưới; công văn thì ghi trích yếu sau “V/v”, dưới số, ký hiệu.",
      en: "The type name and summary are missing: under the header write the type name in capitals (for example “KẾ HOẠCH”) with the summary right below it; a Công văn gives its summary after “V/v”, under the number.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ; Phụ lục I, Phần I, Mục II, khoản 5",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const header = section.header;
      if (section.title || !isFormalHeader(header)) continue;
      // A title the parser did not recognise: a type outside its list (THÔNG TƯ, GIẤY PHÉP…),
      // a type name in lower case, or a "V/v" line in an unusual layout.
      const next = cellsAfterLine(document, header.range.end.line, 3);
      const seen = next.some((c) => (isUpperLine(c.clean) && c.clean.length <= 100) || /^v\/v\b/i.test(c.clean) || isTypeName(c.clean));
      if (seen) continue;
      context.report({
        range: lastComponent(section),
        messageId: "missing",
      });
    }
  },
};

function lastComponent(section: Section): Range {
  const h = section.header!;
  if (h.placeDate) return h.placeDate.range;
  if (h.number) return numberLineRange(h.number);
  return (h.motto ?? h.nationalTitle ?? h.agency[h.agency.length - 1])!.range;
}
