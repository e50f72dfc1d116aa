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
  let quoteOpen = false;
  let introduced = false;
  /** The open items when a quotation began: the document's own lists go on from there after it. */
  let stackBeforeQuote: typeof stack | null = null;
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
    const ownText = u.cls.kind === "item" ? u.text.slice(u.cls.text[0]) : u.text;
    // An instruction ("3. Sửa đổi, bổ sung Điều 4 như sau:") ends a quotation whose closing mark was lost.
    if (quoteOpen && INSTRUCTION.test(ownText)) quoteOpen = false;
    const quoted = quoteOpen || opensQuote(introduced, u.text);
    quoteOpen = quoteStateAfter(quoteOpen, introduced, u.text);
    introduced = u.text.endsWith(":");
    if (quoted && stackBeforeQuote === null) stackBeforeQuote = stack.slice();
    else if (!quoted && stackBeforeQuote !== null) {
      stack.splice(0, stack.length, ...stackBeforeQuote);
      stackBeforeQuote = null;
    }
    if (u.cls.kind === "item" && !inTableRow(c, c.i - 1)) {
      const m = u.cls.marker;
      const marker: Marker = { style: m.style, label: m.label, punct: m.punct, range: spanRange(u, m.span[0], m.span[1]) };
      const item: Item = {
        marker,
        text: textSpan(u, u.cls.text[0], u.cls.text[1]),
        range: spanRange(u, 0, u.text.length),
        children: [],
        paragraphs: [],
        ...(quoted ? { quoted: true as const } : {}),
      };
      const key = levelKey(marker);
      const at = stack.findIndex((s) => s.key === key);
      if (at >= 0) stack.length = at;
      else if (STRUCTURAL_STYLES.has(marker.style)) {
        // A heading (Phần, Chương, Mục, Điều, "I.") is never inside a list item: "- Luật Tổ chức …"
        // / "### Điều 1.", "2. Người tham gia …" / "II. VỀ …" close the list first.
        while (stack.length > 0 && LIST_STYLES.has(stack[stack.length - 1]!.item.marker.style)) stack.pop();
        // Nor inside a heading of its own rank or below: "Mục 2" after the clauses of "Điều 13"
        // when no "Mục 1" was met (a law that starts its sections later, a copy that lost one).
        const rank = HEADING_RANK[marker.style];
        if (rank !== undefined) {
          while (stack.length > 0 && (HEADING_RANK[stack[stack.length - 1]!.item.marker.style] ?? -1) >= rank) stack.pop();
        }
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
const STRUCTURAL_STYLES = new Set<Marker["style"]>(["part", "chapter", "section", "article", "upper", "roman"]);
/** The headings of a legal text from the highest: Phần, Chương, Mục, Điều. */
const HEADING_RANK: Partial<Record<Marker["style"], number>> = { part: 0, chapter: 1, section: 2, article: 3 };

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

/**
 * A unit that starts a quotation — the new wording an amending document quotes, an excerpt of
 * another document: a curly mark at its start ("“Điều 52. …"), or a straight one right after a
 * line ending in ":" ('… như sau:' / '"1. Đối tượng …'); followed by what starts a heading, an
 * item or a sentence (not a wrapped line's lower-case word, not OCR debris).
 */
function opensQuote(introduced: boolean, text: string): boolean {
  return (text.startsWith("“") || (introduced && text.startsWith('"'))) && QUOTED_START.test(text.slice(1, 3));
}

/** Quoted wording starts as a heading, an item or a sentence does: "Điều 4.", "1.", "c)", a capital. */
const QUOTED_START = /^(?:[\p{Lu}0-9]|[a-zđ]\))/u;
/** An amending instruction: "Sửa đổi, bổ sung Điều 4 như sau:", "Bổ sung khoản 3a vào sau khoản 3 như sau:". */
const INSTRUCTION = /^(?:Sửa đổi|Bổ sung|Bãi bỏ|Thay thế|Thay cụm từ)[^“”"]{0,200}như sau:$/u;

/**
 * Whether a quotation is open after the unit. One opens only where a text introduces it: at the
 * start of a unit right after one ending in ":" ("… như sau:" / "“Điều 3. …"), or after a colon
 * on the same line ("… như sau: “1. …"); a stray mark elsewhere (OCR debris) opens nothing. Curly
 * marks close it; a straight one at the end of a unit does ('… mẫu".').
 */
function quoteStateAfter(open: boolean, introduced: boolean, text: string): boolean {
  let from = 0;
  if (!open) {
    if (opensQuote(introduced, text)) from = 1;
    else {
      const colon = text.search(INLINE_OPENING);
      if (colon < 0) return false;
      from = text.indexOf("“", colon) + 1;
    }
  }
  let state = true;
  for (let k = from; k < text.length; k++) {
    const ch = text[k];
    if (ch === "“") state = true;
    else if (ch === "”") state = false;
  }
  if (text.length > 1 && STRAIGHT_CLOSE.test(text)) state = false;
  return state;
}

/** "… như sau: “1. …": a quotation opened on the line that introduces it. */
const INLINE_OPENING = /:[ \t]*“/;
const STRAIGHT_CLOSE = /"[.;,]*$/;
