// layout/margins — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 3: top and bottom
// margins 20–25 mm, left 30–35 mm, right 15–20 mm. A page turned along its width (tables) is
// left alone: the decree gives the margins of the upright page only.
import type { LocalizedText, Rule } from "../../core/index.js";
import { LAYOUT_KINDS, millimetres, sectionRange, TOLERANCE_MM } from "../layout-support.js";

const SIDES = [
  { side: "top", name: { vi: "lề trên", en: "top margin" }, min: 20, max: 25 },
  { side: "bottom", name: { vi: "lề dưới", en: "bottom margin" }, min: 20, max: 25 },
  { side: "left", name: { vi: "lề trái", en: "left margin" }, min: 30, max: 35 },
  { side: "right", name: { vi: "lề phải", en: "right margin" }, min: 15, max: 20 },
] as const;

export const margins: Rule = {
  id: "layout/margins",
  description: {
    vi: "Lề trang: trên và dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm.",
    en: "Page margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.",
  },
  messages: {
    outOfRange: {
      vi: "{found}; quy định: lề trên, lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm.",
      en: "{found}; the decree sets top and bottom margins of 20–25 mm, left 30–35 mm, right 15–20 mm.",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 3",
  kinds: LAYOUT_KINDS,
  check(context) {
    const layout = context.document.layout;
    if (!layout) return;
    for (const section of layout.sections) {
      const set = section.marginsMm;
      if (!set || section.orientation === "landscape") continue;
      const wrong = SIDES.filter(({ side, min, max }) => set[side] < min - TOLERANCE_MM || set[side] > max + TOLERANCE_MM);
      if (wrong.length === 0) continue;
      const found: LocalizedText = {
        vi: wrong.map(({ side, name }) => `${name.vi} ${millimetres(set[side]).vi} mm`).join(", "),
        en: wrong.map(({ side, name }) => `${name.en} ${millimetres(set[side]).en} mm`).join(", "),
      };
      found.vi = found.vi[0]!.toUpperCase() + found.vi.slice(1);
      found.en = found.en[0]!.toUpperCase() + found.en.slice(1);
      context.report({ range: sectionRange(layout, section), messageId: "outOfRange", data: { found } });
    }
  },
};
