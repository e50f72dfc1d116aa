// layout/font-family — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 4: the font is
// Times New Roman, in the Unicode character set of TCVN 6909:2001, black. A paragraph with letters
// in another font (Arial, or an old TCVN3 font such as .VnTime) is reported once, at its first such
// run; a run whose font nothing in the file sets (Word's own default) is not judged.
import type { Rule } from "../../core/index.js";
import { lineRange } from "../lines.js";
import { LAYOUT_KINDS } from "../layout-support.js";

/** Times New Roman, also under a face's name as some templates store it ("Times New Roman Italic"). */
const REQUIRED = /^times new roman(?: (?:regular|bold|italic|bold italic))?$/;
const LETTER = /\p{L}/u;

export const fontFamily: Rule = {
  id: "layout/font-family",
  description: {
    vi: "Phông chữ Times New Roman, bộ mã Unicode theo TCVN 6909:2001.",
    en: "The font is Times New Roman, in Unicode (TCVN 6909:2001).",
  },
  messages: {
    otherFont: {
      vi: "Đoạn này dùng phông “{font}”; văn bản hành chính dùng phông Times New Roman, bộ mã Unicode (TCVN 6909:2001).",
      en: "This paragraph uses the font “{font}”; administrative documents use Times New Roman, in Unicode (TCVN 6909:2001).",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 4",
  kinds: LAYOUT_KINDS,
  check(context) {
    const layout = context.document.layout;
    if (!layout) return;
    for (const paragraph of layout.paragraphs) {
      const run = paragraph.runs.find(
        (r) => r.font !== null && !REQUIRED.test(r.font.trim().toLowerCase()) && LETTER.test(paragraph.text.slice(r.start, r.end)),
      );
      if (!run) continue;
      context.report({ range: lineRange(paragraph.index, run.start, run.end), messageId: "otherFont", data: { font: run.font! } });
    }
  },
};
