// Helpers shared by the closing/* and basis/* rules (kept out of the family folders: one rule
// per file there).
import type { Item, Position, Range, Section, TextSpan, VbhcDocument } from "../core/index.js";
import { originalText } from "../core/sections.js";

/** Types that carry no "Nơi nhận" in the forms of Nghị định 30/2020/NĐ-CP, Phụ lục III. */
const NO_RECIPIENT_TYPES = new Set(["HỢP ĐỒNG", "BẢN GHI NHỚ", "BẢN THỎA THUẬN", "BẢN THOẢ THUẬN"]);

/**
 * A section that is a document of its own, and so must carry a closing with recipients and a
 * signer: it has a header; an attached document ("Ban hành kèm theo …", or an attachment whose
 * header has no number) is issued with its parent and has neither (Phụ lục III, the "Mẫu văn bản
 * được ban hành kèm theo quyết định").
 */
export function isStandaloneDocument(section: Section, index: number): boolean {
  if (!section.header) return false;
  if (section.title?.attachedTo) return false;
  if (index > 0 && !section.header.number) return false;
  return !NO_RECIPIENT_TYPES.has(section.title?.kind ?? "");
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** The last line of text of a body (the span that ends last), or null for an empty body. */
export function lastBodySpan(section: Section): TextSpan | null {
  let best: TextSpan | null = null;
  const consider = (span: TextSpan) => {
    if (span.text.length === 0) return;
    if (!best || comparePositions(span.range.end, best.range.end) > 0) best = span;
  };
  const walk = (items: readonly Item[]) => {
    for (const item of items) {
      consider(item.text);
      item.paragraphs.forEach(consider);
      walk(item.children);
    }
  };
  section.body.paragraphs.forEach(consider);
  walk(section.body.items);
  return best;
}

/** Offset in document.text of a position. */
export function offsetOf(document: VbhcDocument, p: Position): number {
  return document.lineStarts[p.line]! + p.character;
}

/** A range of `length` characters ending where `span` ends (same line). */
export function rangeAtEnd(span: TextSpan, length: number): Range {
  const { end } = span.range;
  return { start: { line: end.line, character: end.character - length }, end: { ...end } };
}

/**
 * True when the last `tail.length` characters of the span's original text are `tail` itself and
 * they are the span's last clean characters: a fix may then replace them in place.
 */
export function endsVerbatim(document: VbhcDocument, span: TextSpan, tail: string): boolean {
  if (!span.text.endsWith(tail)) return false;
  const end = offsetOf(document, span.range.end);
  const startOfLine = document.lineStarts[span.range.end.line]!;
  if (end - tail.length < startOfLine) return false;
  return document.text.slice(end - tail.length, end) === tail;
}

/** The original text of a single-line span equals its clean text. */
export function isVerbatim(document: VbhcDocument, span: TextSpan): boolean {
  return span.range.start.line === span.range.end.line && originalText(document, span.range) === span.text;
}

export function emptyRangeAt(p: Position): Range {
  return { start: { ...p }, end: { ...p } };
}

const BULLETS = "-–•+";

export interface RecipientMarker {
  /** "-", "–", "•", "+", or "" when the line has none. */
  char: string;
  /** Where the marker is in the original text (empty at the item start when there is none). */
  range: Range;
  /** The item's text without a marker that the parser left inside it. */
  content: string;
}

/**
 * The bullet in front of a "Nơi nhận" item. The parser's item text starts after the bullet, so
 * the bullet is found in the original line just before the item (skipping spaces and Markdown
 * emphasis); an item on the label's own line ("Nơi nhận: - Như trên;") keeps its bullet inside
 * its text.
 */
export function recipientMarker(document: VbhcDocument, item: TextSpan): RecipientMarker {
  const first = item.text[0];
  if (first !== undefined && BULLETS.includes(first)) {
    const start = item.range.start;
    const content = item.text.slice(1).trimStart();
    return { char: first, range: { start: { ...start }, end: { line: start.line, character: start.character + 1 } }, content };
  }
  const { line, character } = item.range.start;
  const lineStart = document.lineStarts[line]!;
  let k = character - 1;
  while (k >= 0) {
    const c = document.text[lineStart + k]!;
    if (c === " " || c === "\t" || c === "*" || c === "\u00a0") k--;
    else break;
  }
  const c = k >= 0 ? document.text[lineStart + k]! : "";
  if (c && BULLETS.includes(c)) {
    return { char: c, range: { start: { line, character: k }, end: { line, character: k + 1 } }, content: item.text };
  }
  return { char: "", range: emptyRangeAt(item.range.start), content: item.text };
}

const ARCHIVE = /^Lưu(?=$|[\s:.,;])/i;

/** "Lưu: VT, NC." is the archive line of "Nơi nhận"; so is "Lưu VT." (without the colon). */
export function isArchiveItem(content: string): boolean {
  return ARCHIVE.test(content.normalize("NFC"));
}

export { isPartyDocument } from "../core/kinds.js";
