// reference/unresolved — an internal reference ("khoản 2 Điều 3", "tại mục 1.4") that points
// to nothing in this document. References to other documents are not judged here.
import type { Rule } from "../../core/index.js";
import { findCitations } from "../../core/citations.js";
import type { Item } from "../../core/index.js";
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
  messages: {
    missing: {
      vi: 'Dẫn chiếu "{written}" không tìm thấy: văn bản này không có {kind} {label}.',
      en: 'Reference "{written}" points nowhere: this document has no {kind} {label}.',
    },
    missingIn: {
      vi: 'Dẫn chiếu "{written}" không tìm thấy: văn bản này không có {kind} {label} trong {outerKind} {outerLabel}.',
      en: 'Reference "{written}" points nowhere: this document has no {kind} {label} in {outerKind} {outerLabel}.',
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6",
  check(context) {
    let citedLines: Set<number> | null = null;
    for (const ref of findReferences(context.document)) {
      const res = resolveReference(ref);
      // In a list that names another document at its end, what does not resolve here is that document's.
      if (res.status !== "unresolved" || ref.listed) continue;
      // Under a lead-in that names another document ("1. Sửa đổi Nghị định số 207/2026/NĐ-CP như
      // sau:" / "a) Khoản 5 Điều 6 …"), a part this document does not have is that document's.
      citedLines ??= new Set(findCitations(context.document).map((c) => c.range.start.line));
      if (!ref.own && leadInCites(ref.section.body.items, ref.range.start.line, citedLines)) continue;
      const written = originalText(context.document, ref.range);
      const outer = ref.parts[ref.parts.indexOf(res.missing) + 1];
      const data = { written, kind: KIND[res.missing.kind], label: res.missing.label };
      context.report({
        range: ref.range,
        ...(outer ? { messageId: "missingIn", data: { ...data, outerKind: KIND[outer.kind], outerLabel: outer.label } } : { messageId: "missing", data }),
      });
    }
  },
};

/** Does the text of an item holding `line`, or of an item above it, cite another document? */
function leadInCites(items: readonly Item[], line: number, citedLines: ReadonlySet<number>): boolean {
  for (const item of items) {
    if (line < item.range.start.line || line > item.range.end.line) continue;
    // The item's own text (its lead-in), over every line it wraps onto.
    for (let l = item.text.range.start.line; l <= item.text.range.end.line; l++) if (citedLines.has(l)) return true;
    return leadInCites(item.children, line, citedLines);
  }
  return false;
}
