// layout/emphasis — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II (and its table of type,
// Mục V): bold for the Quốc hiệu, Tiêu ngữ, document type, summary, signing authority and
// signer's name, and the "Nơi nhận" label (also italic); italic for the place and date and the
// căn cứ; upright for the number and the recipient list; a Công văn's V/v not bold. A paragraph
// part of an element with letters the other way is reported once for each property.
import type { LocalizedText, Rule } from "../../core/index.js";
import { lineRange } from "../lines.js";
import { layoutElements } from "../layout-elements.js";
import { LAYOUT_KINDS, letterRuns } from "../layout-support.js";

const BOLD: LocalizedText = { vi: "in đậm", en: "bold" };
const NOT_BOLD: LocalizedText = { vi: "không in đậm", en: "not bold" };
const ITALIC: LocalizedText = { vi: "in nghiêng", en: "italic" };
const UPRIGHT: LocalizedText = { vi: "chữ đứng", en: "upright" };

export const emphasis: Rule = {
  id: "layout/emphasis",
  description: {
    vi: "Mỗi thành phần thể thức in đậm, in nghiêng hay chữ đứng theo Phụ lục I.",
    en: "Each element is bold, italic or upright as Phụ lục I sets.",
  },
  messages: {
    emphasis: {
      vi: "{element} phải {required}; ở đây {found}.",
      en: "{element} must be {required}; here it is {found}.",
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
      for (const part of element.parts) {
        const runs = letterRuns(layout, part);
        const checks = [
          { want: element.bold, has: (r: (typeof runs)[number]) => r.bold, required: element.bold ? BOLD : NOT_BOLD, found: element.bold ? NOT_BOLD : BOLD },
          {
            want: element.italic,
            has: (r: (typeof runs)[number]) => r.italic,
            required: element.italic ? ITALIC : UPRIGHT,
            found: element.italic ? UPRIGHT : ITALIC,
          },
        ];
        for (const { want, has, required, found } of checks) {
          if (want === undefined) continue;
          const run = runs.find((r) => has(r) !== want);
          if (!run) continue;
          context.report({ range: lineRange(part.line, run.from, run.to), messageId: "emphasis", data: { element: element.name, required, found } });
        }
      }
    }
  },
};
