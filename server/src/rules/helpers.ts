// Small helpers shared by rules (kept out of the family folders: one rule per file there).
import type { Item, Range, TextEdit, TextSpan, VbhcDocument } from "../core/index.js";
import { renumberEdits } from "../core/renumber.js";

/** A range covering characters [from, to) of a single-line span's ORIGINAL text, when the
 * span's text is a verbatim copy of the original (no Markdown or NFD mapping inside). */
export function subRange(span: TextSpan, from: number, to: number): Range {
  const { start } = span.range;
  return {
    start: { line: start.line, character: start.character + from },
    end: { line: start.line, character: start.character + to },
  };
}

const LIST_FIXES = new WeakMap<readonly Item[], TextEdit[] | undefined>();

/**
 * The fix of a numbering finding: renumber the whole list (and references into it). Several
 * findings in one list share one computation.
 */
export function renumberListFix(document: VbhcDocument, items: readonly Item[]): TextEdit[] | undefined {
  if (LIST_FIXES.has(items)) return LIST_FIXES.get(items);
  const edits = renumberEdits(document, { start: items[0]!.range.start, end: items[items.length - 1]!.range.end });
  const fix = edits.length > 0 ? edits : undefined;
  LIST_FIXES.set(items, fix);
  return fix;
}

/** How a marker reads: "1.", "2.3", "a)", "Điều 3.". */
export function markerText(item: Item, label = item.marker.label): string {
  const word = { part: "Phần ", chapter: "Chương ", section: "Mục ", article: "Điều " }[item.marker.style as string] ?? "";
  return `${word}${label}${item.marker.punct}`;
}
