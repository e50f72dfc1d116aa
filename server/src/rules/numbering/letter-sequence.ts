// numbering/letter-sequence — points are lettered in Vietnamese alphabet order
// (a b c d đ e g h i k l m n o p q r s t u v x y): no f, j, w, z.
// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6.
import type { Item, Rule } from "../../core/index.js";
import { numberedLists, sequenceBreaks, VIETNAMESE_LETTERS } from "../../core/numbering.js";
import { sections } from "../../core/sections.js";
import { markerText, renumberListFix } from "../helpers.js";

export const letterSequence: Rule = {
  id: "numbering/letter-sequence",
  description: {
    vi: "Các điểm đánh theo thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, i, k… (không dùng f, j, w, z).",
    en: "Points are lettered in Vietnamese alphabet order: a, b, c, d, đ, e, g, h, i, k… (no f, j, w, z).",
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
          const message = !VIETNAMESE_LETTERS.includes(item.marker.label)
            ? {
                vi: `"${item.marker.label}" không có trong bảng chữ cái tiếng Việt dùng để đánh số điểm (a, b, c, d, đ, e, g…).`,
                en: `"${item.marker.label}" is not in the Vietnamese alphabet used to letter points (a, b, c, d, đ, e, g…).`,
              }
            : k === 0
              ? { vi: `Các điểm bắt đầu từ "${wantText}", không phải "${markerText(item)}".`, en: `Points start at "${wantText}", not "${markerText(item)}".` }
              : {
                  vi: `Sai thứ tự chữ cái: sau "${markerText(list.items[k - 1]!)}" là "${wantText}", không phải "${markerText(item)}".`,
                  en: `Out of order: after "${markerText(list.items[k - 1]!)}" comes "${wantText}", not "${markerText(item)}".`,
                };
          const fix = renumberListFix(document, list.items);
          context.report({ range: item.marker.range, message, ...(fix ? { fix } : {}) });
        }
      }
    }
  },
};
