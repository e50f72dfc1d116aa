// numbering/sequence — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6 (nội dung):
// parts, sections and items are numbered in order; a list under a new parent starts again at 1.
import type { MessageData, Rule } from "../../core/index.js";
import { numberedLists, parentLabel, sequenceBreaks } from "../../core/numbering.js";
import { sections } from "../../core/sections.js";
import { markerText, renumberListFix } from "../helpers.js";

const STYLES = new Set(["arabic", "upper", "roman", "hierarchical", "part", "chapter", "section"]);

export const sequence: Rule = {
  id: "numbering/sequence",
  description: {
    vi: "Số thứ tự các phần, mục, khoản liền mạch: 1, 2, 3…; I, II, III…; 1.1, 1.2…; mỗi cấp đánh lại từ 1 dưới một mục mới.",
    en: "Numbered items follow each other: 1, 2, 3…; I, II, III…; 1.1, 1.2…; each level starts again at 1 under a new parent.",
  },
  messages: {
    first: {
      vi: 'Danh sách bắt đầu từ "{found}"; số thứ tự đầu tiên là "{want}".',
      en: 'The list starts at "{found}"; its first number is "{want}".',
    },
    next: {
      vi: 'Số thứ tự không liền mạch: sau "{previous}" là "{want}", không phải "{found}".',
      en: 'Out of sequence: after "{previous}" comes "{want}", not "{found}".',
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      for (const list of numberedLists(section)) {
        if (!STYLES.has(list.style)) continue;
        const prefix = list.style === "hierarchical" ? (parentLabel(list.parent) ?? null) : null;
        for (const { item, index: k, expected } of sequenceBreaks(list.items, prefix)) {
          const want = markerText(item, expected);
          const message: { messageId: string; data: MessageData } =
            k === 0
              ? { messageId: "first", data: { found: markerText(item), want } }
              : { messageId: "next", data: { previous: markerText(list.items[k - 1]!), want, found: markerText(item) } };
          const fix = renumberListFix(document, list.items);
          context.report({ range: item.marker.range, ...message, ...(fix ? { fix } : {}) });
        }
      }
    }
  },
};
