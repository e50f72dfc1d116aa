// layout/page-size — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 1 and 2: văn bản hành
// chính are printed on A4 paper (210 mm × 297 mm), along its length; a page of tables may be
// turned along its width. A section whose paper is not A4 either way round is reported.
import type { Rule } from "../../core/index.js";
import { LAYOUT_KINDS, millimetres, sectionRange, TOLERANCE_MM } from "../layout-support.js";

const isA4 = (a: number, b: number) => Math.abs(Math.min(a, b) - 210) <= TOLERANCE_MM + 0.5 && Math.abs(Math.max(a, b) - 297) <= TOLERANCE_MM + 0.5;

export const pageSize: Rule = {
  id: "layout/page-size",
  description: {
    vi: "Văn bản trình bày trên khổ giấy A4 (210 mm × 297 mm).",
    en: "The document is laid out on A4 paper (210 mm × 297 mm).",
  },
  messages: {
    notA4: {
      vi: "Khổ giấy {width} mm × {height} mm; văn bản hành chính trình bày trên khổ A4 (210 mm × 297 mm).",
      en: "The paper is {width} mm × {height} mm; administrative documents are laid out on A4 (210 mm × 297 mm).",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 1 và 2",
  kinds: LAYOUT_KINDS,
  check(context) {
    const layout = context.document.layout;
    if (!layout) return;
    for (const section of layout.sections) {
      if (section.widthMm === null || section.heightMm === null || isA4(section.widthMm, section.heightMm)) continue;
      context.report({
        range: sectionRange(layout, section),
        messageId: "notA4",
        data: { width: millimetres(section.widthMm), height: millimetres(section.heightMm) },
      });
    }
  },
};
