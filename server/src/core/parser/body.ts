// The body: paragraphs and the tree of numbered items, each under the nearest item of a higher
// level.
import type { Body, Item, Marker } from "../model.js";
import { isBefore } from "../positions.js";
import { isBlank, type CUnit } from "./classified.js";
import { startsClosing } from "./closing.js";
import type { Cursor } from "./cursor.js";
import { cover, spanRange, textSpan } from "./spans.js";

export function parseBody(c: Cursor): Body {
  const body: Body = { range: null, paragraphs: [], items: [] };
  const stack: { key: string; item: Item }[] = [];
  let first: CUnit | null = null;
  let last: CUnit | null = null;
  while (!c.done) {
    const u = c.peek()!;
    if (isBlank(u)) {
      c.i++;
      continue;
    }
    if (u.cls.kind === "noise" || startsClosing(c, c.i)) break;
    first ??= u;
    last = u;
    c.i++;
    if (u.cls.kind === "item" && !inTableRow(c, c.i - 1)) {
      const m = u.cls.marker;
      const marker: Marker = { style: m.style, label: m.label, punct: m.punct, range: spanRange(u, m.span[0], m.span[1]) };
      const item: Item = {
        marker,
        text: textSpan(u, u.cls.text[0], u.cls.text[1]),
        range: spanRange(u, 0, u.text.length),
        children: [],
        paragraphs: [],
      };
      const key = levelKey(marker);
      const at = stack.findIndex((s) => s.key === key);
      if (at >= 0) stack.length = at;
      else if (STRUCTURAL_STYLES.has(marker.style)) {
        // A heading (Phần, Chương, Mục, Điều, "I.") is never inside a list item: "- Luật Tổ chức …"
        // / "### Điều 1.", "2. Người tham gia …" / "II. VỀ …" close the list first.
        while (stack.length > 0 && LIST_STYLES.has(stack[stack.length - 1]!.item.marker.style)) stack.pop();
      }
      const parent = stack[stack.length - 1];
      (parent ? parent.item.children : body.items).push(item);
      stack.push({ key, item });
    } else {
      const span = textSpan(u);
      const parent = stack[stack.length - 1];
      (parent ? parent.item.paragraphs : body.paragraphs).push(span);
    }
  }
  for (const item of body.items) finishItem(item);
  if (first && last) body.range = cover(spanRange(first, 0, 0), spanRange(last, 0, last.text.length));
  return body;
}

/** Markers of headings, which lists never contain. */
const STRUCTURAL_STYLES = new Set<Marker["style"]>(["part", "chapter", "section", "article", "roman"]);
/** Markers of list items (numbers, letters, dashes). */
const LIST_STYLES = new Set<Marker["style"]>(["arabic", "hierarchical", "letter", "bullet"]);

const HIERARCHICAL_KEYS = Array.from({ length: 8 }, (_, n) => `hierarchical:${n}`);

function dots(label: string): number {
  let n = 0;
  for (let i = label.indexOf("."); i >= 0; i = label.indexOf(".", i + 1)) n++;
  return n;
}

function levelKey(m: Marker): string {
  if (m.style === "hierarchical") return HIERARCHICAL_KEYS[dots(m.label) + 1] ?? `hierarchical:${dots(m.label) + 1}`;
  if (m.style === "bullet") return m.label === "-+" ? "bullet:+" : `bullet:${m.label}`;
  return m.style;
}

function finishItem(item: Item): void {
  let end = item.range.end;
  const lastPara = item.paragraphs[item.paragraphs.length - 1];
  if (lastPara && isBefore(end, lastPara.range.end)) end = lastPara.range.end;
  for (const child of item.children) {
    finishItem(child);
    if (isBefore(end, child.range.end)) end = child.range.end;
  }
  item.range = { start: item.range.start, end };
}

/**
 * A cell of a table row with other cells on its line ("| 1. | An Giang | AGG |", "| **20.09** | …"):
 * a row's number or a code, not an item of the body's lists — tables number their own rows. (A
 * line that only ends in a stray "|", as OCR leaves them, is no table.)
 */
function inTableRow(c: Cursor, k: number): boolean {
  const u = c.units[k]!;
  if (!u.cell) return false;
  const sameRow = (v: CUnit | undefined) => v?.cell === true && v.line === u.line;
  return sameRow(c.units[k - 1]) || sameRow(c.units[k + 1]);
}
