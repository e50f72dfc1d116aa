// layout/font-size — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II (and its table of type,
// Mục V): each element of a văn bản hành chính has its type size — Quốc hiệu 12–13, Tiêu ngữ
// 13–14, agency 12–13, number 13, place and date 13–14, type and summary 13–14 (a Công văn's V/v
// 12–13), căn cứ and body 13–14, signature 13–14, "Nơi nhận" 12 and its list 11. A paragraph
// part of an element with letters in another size is reported once, at its first such run.
import type { Rule } from "../../core/index.js";
import { lineRange } from "../lines.js";
import { layoutElements } from "../layout-elements.js";
import { LAYOUT_KINDS, letterRuns, points } from "../layout-support.js";

export const fontSize: Rule = {
  id: "layout/font-size",
  description: {
    vi: "Mỗi thành phần thể thức có cỡ chữ theo Phụ lục I (Quốc hiệu 12–13, nội dung 13–14, nơi nhận 11…).",
    en: "Each element has the type size Phụ lục I sets (national title 12–13, body 13–14, recipient list 11…).",
  },
  messages: {
    size: {
      vi: "{element}: cỡ chữ {found}; quy định cỡ {required}.",
      en: "{element}: type size {found}; the decree sets {required}.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II và Mục V",
  kinds: LAYOUT_KINDS,
  check(context) {
    const layout = context.document.layout;
    if (!layout) return;
    for (const element of layoutElements(context.document)) {
      const [min, max] = element.size;
      const required = min === max ? points(min) : { vi: `${min}–${max}`, en: `${min}–${max}` };
      for (const part of element.parts) {
        const run = letterRuns(layout, part).find((r) => r.sizePt < min || r.sizePt > max);
        if (!run) continue;
        context.report({
          range: lineRange(part.line, run.from, run.to),
          messageId: "size",
          data: { element: element.name, found: points(run.sizePt), required },
        });
      }
    }
  },
};
