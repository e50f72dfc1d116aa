// layout/paragraph-spacing — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm e:
// body paragraphs are set at least 6 pt apart. The decree does not say before or after: the gap
// above a paragraph is the space after the one above it plus its own space before, as Word lays
// them out; an empty paragraph above (a blank line) is gap enough.
import type { Rule } from "../../core/index.js";
import { lineRange } from "../lines.js";
import { bodyParagraphs } from "../layout-elements.js";
import { LAYOUT_KINDS, points } from "../layout-support.js";

export const paragraphSpacing: Rule = {
  id: "layout/paragraph-spacing",
  description: {
    vi: "Các đoạn văn nội dung cách nhau tối thiểu 6 pt.",
    en: "Body paragraphs are at least 6 pt apart.",
  },
  messages: {
    tight: {
      vi: "Khoảng cách đoạn {found} pt; quy định tối thiểu 6 pt giữa các đoạn văn.",
      en: "The paragraph spacing is {found} pt; the decree sets at least 6 pt between paragraphs.",
    },
  },
  severity: "info",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm e",
  kinds: LAYOUT_KINDS,
  check(context) {
    const paragraphs = context.document.layout?.paragraphs ?? [];
    for (const p of bodyParagraphs(context.document)) {
      const above = paragraphs[p.index - 1];
      if (!above || above.text.trim() === "") continue;
      const spacing = (above.spacingAfterPt ?? 0) + (p.spacingBeforePt ?? 0);
      if (spacing >= 6) continue;
      context.report({ range: lineRange(p.index, 0, p.text.length), messageId: "tight", data: { found: points(spacing) } });
    }
  },
};
