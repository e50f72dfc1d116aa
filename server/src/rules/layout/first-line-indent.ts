// layout/first-line-indent — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm e:
// a body paragraph's first line is indented 1 cm or 1,27 cm. Word and templates also write
// 1,25 cm; anything from 0,95 to 1,32 cm is taken as one of the two. A paragraph that starts with a
// tab is indented by it (Word's tab stops are 1,27 cm apart unless set otherwise).
import type { Rule } from "../../core/index.js";
import { lineRange } from "../lines.js";
import { bodyParagraphs } from "../layout-elements.js";
import { LAYOUT_KINDS, millimetres } from "../layout-support.js";

const MIN_MM = 9.5;
const MAX_MM = 13.2;

export const firstLineIndent: Rule = {
  id: "layout/first-line-indent",
  description: {
    vi: "Đoạn văn nội dung lùi đầu dòng 1 cm hoặc 1,27 cm.",
    en: "Body paragraphs have a first-line indent of 1 cm or 1.27 cm.",
  },
  messages: {
    indent: {
      vi: "Đoạn văn lùi đầu dòng {found} mm; quy định lùi 1 cm hoặc 1,27 cm.",
      en: "The paragraph's first line is indented {found} mm; the decree sets 1 cm or 1.27 cm.",
    },
  },
  severity: "info",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm e",
  kinds: LAYOUT_KINDS,
  check(context) {
    for (const p of bodyParagraphs(context.document)) {
      const indent = p.firstLineMm ?? 0;
      if ((indent >= MIN_MM && indent <= MAX_MM) || (indent === 0 && p.text.startsWith("\t"))) continue;
      context.report({ range: lineRange(p.index, 0, p.text.length), messageId: "indent", data: { found: millimetres(indent) } });
    }
  },
};
