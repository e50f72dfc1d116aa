// numbering/article-sequence — articles (Điều) are numbered 1, 2, 3… through the whole
// document, across Chương and Mục. Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6.
import type { Rule } from "../../core/index.js";
import { articles, sequenceBreaks } from "../../core/numbering.js";
import { sections } from "../../core/sections.js";
import { markerText, renumberListFix } from "../helpers.js";

export const articleSequence: Rule = {
  id: "numbering/article-sequence",
  description: {
    vi: "Các Điều đánh số liên tục 1, 2, 3… trong toàn văn bản, kể cả qua các Chương, Mục.",
    en: "Articles (Điều) are numbered 1, 2, 3… through the whole document, across chapters and sections.",
  },
  messages: {
    first: { vi: 'Điều đầu tiên là "{want}", không phải "{found}".', en: 'The first article is "{want}", not "{found}".' },
    next: {
      vi: 'Số Điều không liền mạch: sau "{previous}" là "{want}", không phải "{found}".',
      en: 'Articles out of sequence: after "{previous}" comes "{want}", not "{found}".',
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const arts = articles(section);
      for (const { item, index: k, expected } of sequenceBreaks(arts, null)) {
        const want = markerText(item, expected);
        const fix = renumberListFix(document, arts);
        context.report({
          range: item.marker.range,
          ...(k === 0
            ? { messageId: "first", data: { want, found: markerText(item) } }
            : { messageId: "next", data: { previous: markerText(arts[k - 1]!), want, found: markerText(item) } }),
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
