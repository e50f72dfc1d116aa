// numbering/letter-sequence — points are lettered in Vietnamese alphabet order
// (a b c d đ e g h i k l m n o p q r s t u v x y): no f, j, w, z.
// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6.
import type { Item, MessageData, Rule } from "../../core/index.js";
import { numberedLists, sequenceBreaks, VIETNAMESE_LETTERS } from "../../core/numbering.js";
import { sections } from "../../core/sections.js";
import { markerText, renumberListFix } from "../helpers.js";

export const letterSequence: Rule = {
  id: "numbering/letter-sequence",
  description: {
    vi: "Các điểm đánh theo thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, i, k… (không dùng f, j, w, z).",
    en: "Points are lettered in Vietnamese alphabet order: a, b, c, d, đ, e, g, h, i, k… (no f, j, w, z).",
  },
  messages: {
    notALetter: {
      vi: '"{label}" không có trong bảng chữ cái tiếng Việt dùng để đánh số điểm (a, b, c, d, đ, e, g…).',
      en: '"{label}" is not in the Vietnamese alphabet used to letter points (a, b, c, d, đ, e, g…).',
    },
    first: { vi: 'Các điểm bắt đầu từ "{want}", không phải "{found}".', en: 'Points start at "{want}", not "{found}".' },
    next: {
      vi: 'Sai thứ tự chữ cái: sau "{previous}" là "{want}", không phải "{found}".',
      en: 'Out of order: after "{previous}" comes "{want}", not "{found}".',
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      for (const list of numberedLists(section)) {
        if (list.style !== "letter") continue;
        const ordinal = (i: Item) => {
          const k = VIETNAMESE_LETTERS.indexOf(i.marker.label);
          return k >= 0 ? k + 1 : null;
        };
        for (const { item, index: k, expected } of sequenceBreaks(list.items, null, ordinal)) {
          if (!VIETNAMESE_LETTERS.includes(expected)) continue; // past "y": nothing to suggest
          const wantText = markerText(item, expected);
          const message: { messageId: string; data: MessageData } = !VIETNAMESE_LETTERS.includes(item.marker.label)
            ? { messageId: "notALetter", data: { label: item.marker.label } }
            : k === 0
              ? { messageId: "first", data: { want: wantText, found: markerText(item) } }
              : { messageId: "next", data: { previous: markerText(list.items[k - 1]!), want: wantText, found: markerText(item) } };
          const fix = renumberListFix(document, list.items);
          context.report({ range: item.marker.range, ...message, ...(fix ? { fix } : {}) });
        }
      }
    }
  },
};
