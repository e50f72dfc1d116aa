// layout/line-spacing — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm e: the
// lines of a body paragraph are at least single spaced and at most 1,5 lines apart. Spacing set
// in points ("Exactly", "At least") is not judged: the decree speaks in lines only.
import type { Rule } from "../../core/index.js";
import { lineRange } from "../lines.js";
import { bodyParagraphs } from "../layout-elements.js";
import { LAYOUT_KINDS, points } from "../layout-support.js";

export const lineSpacing: Rule = {
  id: "layout/line-spacing",
  description: {
    vi: "Khoảng cách giữa các dòng của đoạn văn nội dung từ một dòng (single) đến 1,5 dòng.",
    en: "Body lines are spaced from single to 1.5 lines.",
  },
  messages: {
    spacing: {
      vi: "Khoảng cách dòng {found} dòng; quy định tối thiểu một dòng, tối đa 1,5 dòng.",
      en: "Lines are spaced {found} lines apart; the decree sets at least single and at most 1.5 lines.",
    },
  },
  severity: "info",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm e",
  kinds: LAYOUT_KINDS,
  check(context) {
    for (const p of bodyParagraphs(context.document)) {
      const line = p.lineSpacing;
      if (line?.rule !== "auto" || (line.value >= 0.99 && line.value <= 1.51)) continue;
      context.report({ range: lineRange(p.index, 0, p.text.length), messageId: "spacing", data: { found: points(line.value) } });
    }
  },
};
