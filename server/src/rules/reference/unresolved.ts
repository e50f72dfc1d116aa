// reference/unresolved — an internal reference ("khoản 2 Điều 3", "tại mục 1.4") that points
// to nothing in this document. References to other documents are not judged here.
import type { Rule } from "../../core/index.js";
import { findReferences, resolveReference } from "../../core/references.js";
import { originalText } from "../../core/sections.js";

const KIND = {
  point: { vi: "điểm", en: "point" },
  clause: { vi: "khoản", en: "clause" },
  article: { vi: "Điều", en: "Article" },
  section: { vi: "mục", en: "section" },
} as const;

export const unresolved: Rule = {
  id: "reference/unresolved",
  description: {
    vi: "Dẫn chiếu nội bộ (Điều, khoản, điểm, mục) phải trỏ tới phần có trong văn bản.",
    en: "An internal reference (article, clause, point, section) points to a part that exists in the document.",
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6",
  check(context) {
    for (const ref of findReferences(context.document)) {
      const res = resolveReference(ref);
      if (res.status !== "unresolved") continue;
      const kind = KIND[res.missing.kind];
      const written = originalText(context.document, ref.range);
      const outer = ref.parts[ref.parts.indexOf(res.missing) + 1];
      const where = outer ? { vi: ` trong ${KIND[outer.kind].vi} ${outer.label}`, en: ` in ${KIND[outer.kind].en} ${outer.label}` } : { vi: "", en: "" };
      context.report({
        range: ref.range,
        message: {
          vi: `Dẫn chiếu "${written}" không tìm thấy: văn bản này không có ${kind.vi} ${res.missing.label}${where.vi}.`,
          en: `Reference "${written}" points nowhere: this document has no ${kind.en} ${res.missing.label}${where.en}.`,
        },
      });
    }
  },
};
