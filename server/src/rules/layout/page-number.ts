// layout/page-number — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 7: pages are
// numbered from 1 in Arabic numerals, centred in the top margin, and the first page shows no
// number. A section whose page number is in the footer or not centred is reported, and the first
// section when its first page — the document's — shows the number. A later section (an appendix,
// numbered on its own) may show its first page's number; a section with no page number is not
// reported (a one-page document needs none, and the page count is not known before Word lays the
// document out).
import type { LocalizedText, Rule } from "../../core/index.js";
import { LAYOUT_KINDS, sectionRange } from "../layout-support.js";

const PROBLEMS: Record<"footer" | "notCentred" | "firstPage", LocalizedText> = {
  footer: { vi: "số trang đặt ở lề dưới", en: "the page number is in the bottom margin" },
  notCentred: { vi: "số trang không canh giữa", en: "the page number is not centred" },
  firstPage: { vi: "trang thứ nhất cũng hiện số trang", en: "the first page shows its number too" },
};

export const pageNumber: Rule = {
  id: "layout/page-number",
  description: {
    vi: "Số trang canh giữa ở lề trên, không hiển thị ở trang thứ nhất.",
    en: "Page numbers are centred in the top margin and not shown on the first page.",
  },
  messages: {
    placement: {
      vi: "Số trang: {problems}; quy định đặt canh giữa trong phần lề trên, không hiển thị số trang thứ nhất.",
      en: "Page numbers: {problems}; the decree centres them in the top margin and shows none on the first page.",
    },
  },
  severity: "info",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 7",
  kinds: LAYOUT_KINDS,
  check(context) {
    const layout = context.document.layout;
    if (!layout) return;
    for (const [k, section] of layout.sections.entries()) {
      const number = section.pageNumber;
      if (!number) continue;
      const found = [
        ...(number.part === "footer" ? [PROBLEMS.footer] : []),
        ...(number.align !== "center" ? [PROBLEMS.notCentred] : []),
        ...(number.onFirstPage && k === 0 ? [PROBLEMS.firstPage] : []),
      ];
      if (found.length === 0) continue;
      const problems = { vi: found.map((p) => p.vi).join(", "), en: found.map((p) => p.en).join(", ") };
      context.report({ range: sectionRange(layout, section), messageId: "placement", data: { problems } });
    }
  },
};
