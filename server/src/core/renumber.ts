// Renumbering: the edits that give every list intersecting a range its proper sequence,
// keeping each list's style, cascading to hierarchical children ("2.1" follows "2." when it
// becomes "3."), and updating the internal references that point into renumbered items.
import type { Item, Range, Section, VbhcDocument } from "./model.js";
import { articles, labelFor, labelRange, numberedLists, parentLabel } from "./numbering.js";
import { findReferences, resolveReference } from "./references.js";
import type { TextEdit } from "./rule.js";
import { sections } from "./sections.js";

function intersects(a: Range, b: Range): boolean {
  return !(a.end.line < b.start.line || a.start.line > b.end.line);
}

function listRange(items: readonly Item[]): Range {
  return { start: items[0]!.range.start, end: items[items.length - 1]!.range.end };
}

/** New labels for the items of one section; only items whose label changes are present. */
function sectionLabels(section: Section, scope: Range | null): Map<Item, string> {
  const next = new Map<Item, string>();
  const labelOf = (i: Item | null) => (i ? (next.get(i) ?? i.marker.label) : null);
  for (const list of numberedLists(section)) {
    const inScope = scope === null || intersects(listRange(list.items), scope);
    const parentChanged = list.parent !== null && next.has(list.parent);
    if (!inScope && !(list.style === "hierarchical" && parentChanged)) continue;
    const prefix = list.style === "hierarchical" ? (parentLabel(list.parent) !== null ? labelOf(list.parent) : null) : null;
    list.items.forEach((item, k) => {
      let label: string;
      if (inScope) {
        label = labelFor(item.marker, k + 1, prefix);
      } else {
        // Outside the scope only the parent's prefix changes; the list keeps its own numbers.
        const own = item.marker.label.split(".").pop()!;
        label = `${prefix}.${own}`;
      }
      if (label !== item.marker.label) next.set(item, label);
    });
  }
  const arts = articles(section);
  if (arts.length > 0 && (scope === null || arts.some((a) => intersects(a.range, scope)))) {
    arts.forEach((a, k) => {
      if (a.marker.label !== String(k + 1)) next.set(a, String(k + 1));
    });
  }
  return next;
}

/** Edits that renumber every list intersecting `scope` (the whole document when null). */
export function renumberEdits(document: VbhcDocument, scope: Range | null = null): TextEdit[] {
  const edits: TextEdit[] = [];
  const relabelled = new Map<Item, string>();
  for (const section of sections(document)) {
    for (const [item, label] of sectionLabels(section, scope)) {
      const range = labelRange(document, item.marker);
      if (!range) continue;
      relabelled.set(item, label);
      edits.push({ range, newText: label });
    }
  }
  if (relabelled.size === 0) return edits;
  // References are resolved against the old numbering, then pointed at the new labels.
  const edited = new Set(edits.map((e) => `${e.range.start.line}:${e.range.start.character}`));
  for (const ref of findReferences(document)) {
    for (const { part, item } of resolveReference(ref).chain) {
      const label = relabelled.get(item);
      const key = `${part.range.start.line}:${part.range.start.character}`;
      if (label === undefined || part.label === "này" || label === part.label || edited.has(key)) continue;
      edited.add(key);
      edits.push({ range: part.range, newText: label });
    }
  }
  return edits;
}
