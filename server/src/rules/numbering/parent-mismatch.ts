// numbering/parent-mismatch — a hierarchical number repeats its parent's number: under "1."
// come "1.1", "1.2"; "2.3" under "1." is wrong. Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I,
// Mục II, khoản 6.
import type { Rule } from "../../core/index.js";
import { expectedLabels, numberedLists, parentLabel } from "../../core/numbering.js";
import { sections } from "../../core/sections.js";
import { markerText, renumberListFix } from "../helpers.js";

export const parentMismatch: Rule = {
  id: "numbering/parent-mismatch",
  description: {
    vi: "Số thứ tự nhiều cấp (1.1, 1.2…) mang đúng số của mục cha.",
    en: "A hierarchical number (1.1, 1.2…) carries its parent's number.",
  },
  messages: {
    mismatch: {
      vi: '"{item}" nằm dưới "{parent}" nên phải là "{want}".',
      en: '"{item}" sits under "{parent}", so it is "{want}".',
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      for (const list of numberedLists(section)) {
        const parent = parentLabel(list.parent);
        if (list.style !== "hierarchical" || parent === null) continue;
        const expected = expectedLabels(list);
        list.items.forEach((item, k) => {
          const prefix = item.marker.label.split(".").slice(0, -1).join(".");
          if (prefix === parent) return;
          const fix = renumberListFix(document, list.items);
          context.report({
            range: item.marker.range,
            messageId: "mismatch",
            data: { item: markerText(item), parent: markerText(list.parent!), want: markerText(item, expected[k]) },
            ...(fix ? { fix } : {}),
          });
        });
      }
    }
  },
};
