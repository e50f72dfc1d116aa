// numbering/mixed-style — one list, one style of punctuation: "1.1" then "1.2." or "a)" then
// "b." mixes two. The majority of the list decides (ties: the first item).
// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6.
import type { Rule, TextEdit } from "../../core/index.js";
import { labelRange, numberedLists } from "../../core/numbering.js";
import { sections } from "../../core/sections.js";
import { markerText } from "../helpers.js";

export const mixedStyle: Rule = {
  id: "numbering/mixed-style",
  description: {
    vi: "Các mục cùng một danh sách dùng cùng một kiểu dấu sau số thứ tự (1. hoặc 1); 1.1 hoặc 1.1.; a) hoặc a.).",
    en: "Items of one list use one style of punctuation after the number (1. or 1); 1.1 or 1.1.; a) or a.).",
  },
  messages: {
    mixed: {
      vi: 'Kiểu đánh số không thống nhất: "{found}" trong danh sách viết theo kiểu "{want}".',
      en: 'Mixed numbering style: "{found}" in a list written like "{want}".',
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      for (const list of numberedLists(section)) {
        const counts = new Map<string, number>();
        for (const i of list.items) counts.set(i.marker.punct, (counts.get(i.marker.punct) ?? 0) + 1);
        if (counts.size < 2) continue;
        let dominant = list.items[0]!.marker.punct;
        for (const [punct, n] of counts) if (n > counts.get(dominant)!) dominant = punct;
        for (const item of list.items) {
          if (item.marker.punct === dominant) continue;
          const label = labelRange(document, item.marker);
          let fix: TextEdit[] | undefined;
          if (label) {
            const end = label.end.character;
            fix = [{ range: { start: label.end, end: { line: label.end.line, character: end + item.marker.punct.length } }, newText: dominant }];
          }
          const want = markerText({ ...item, marker: { ...item.marker, punct: dominant } });
          context.report({
            range: item.marker.range,
            messageId: "mixed",
            data: { found: markerText(item), want },
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
  },
};
