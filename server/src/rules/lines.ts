// Line-level helpers for rules that read document.text directly (the style family): the
// original text of a line, scrape-noise lines, NFC with a map back to the original, and the
// header's number field. Kept out of the family folders: one rule per file there.
import type { Range, VbhcDocument } from "../core/index.js";
import { sections } from "../core/sections.js";
import { documentLines } from "../core/parser/index.js";

/** The original text of line `line`, without its line break. */
export function lineText(document: VbhcDocument, line: number): string {
  return documentLines(document)[line] ?? "";
}

/** A range on one line, characters [from, to) in UTF-16 code units. */
export function lineRange(line: number, from: number, to: number): Range {
  return { start: { line, character: from }, end: { line, character: to } };
}

/** True for a line that lies (even partly) in the scrape noise before or after the document. */
export function noiseTest(document: VbhcDocument): (line: number) => boolean {
  const spans: Array<[number, number]> = [];
  for (const r of [document.noiseBefore, document.noiseAfter]) {
    if (r) spans.push([r.start.line, r.end.line]);
  }
  // Called for every line by several rules: a plain loop, no closure or array per call.
  return (line) => {
    for (let k = 0; k < spans.length; k++) if (line >= spans[k]![0] && line <= spans[k]![1]) return true;
    return false;
  };
}

/** Whether `p` (line, character) lies inside `r`. */
export function rangeContains(r: Range, line: number, character: number): boolean {
  if (line < r.start.line || line > r.end.line) return false;
  if (line === r.start.line && character < r.start.character) return false;
  if (line === r.end.line && character >= r.end.character) return false;
  return true;
}

/** A test of whether a position lies in any of `ranges`, looked up by line (linear overall). */
export function containsTest(ranges: readonly Range[]): (line: number, character: number) => boolean {
  const byLine = new Map<number, Range[]>();
  for (const r of ranges) {
    for (let l = r.start.line; l <= r.end.line; l++) {
      const list = byLine.get(l);
      if (list) list.push(r);
      else byLine.set(l, [r]);
    }
  }
  return (line, character) => {
    const list = byLine.get(line);
    if (!list) return false;
    for (const r of list) if (rangeContains(r, line, character)) return true;
    return false;
  };
}

/** The number fields ("Số: 14/CT-UBND", label to value) of the document and its attachments. */
export function headerNumberRanges(document: VbhcDocument): Range[] {
  const out: Range[] = [];
  for (const section of sections(document)) {
    const number = section.header?.number;
    if (!number) continue;
    out.push({ start: number.label.range.start, end: (number.value ?? number.label).range.end });
  }
  return out;
}

export function isSpaceChar(c: string | undefined): boolean {
  return c === " " || c === "\u00a0";
}

const MARK = /\p{M}/u;

/** Length of the combining mark (\p{M}) at `i`, or 0 when the character there is not one. */
export function markLengthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x300) return 0; // fast path: ASCII and Latin-1 have no marks
  if (c <= 0x36f) return 1;
  const n = codePointLength(s, i);
  return MARK.test(s.slice(i, i + n)) ? n : 0;
}

/** A line in NFC with, for each NFC character, the original characters it comes from. */
export interface NfcLine {
  text: string;
  /** starts[i]: original offset where NFC character i's group starts. */
  starts: Int32Array;
  /** ends[i]: original offset just after NFC character i's group. */
  ends: Int32Array;
}

/**
 * The NFC form of `line` with a map back to the original, grouping each base character with
 * the combining marks that follow it. Returns null when the line is already NFC.
 */
export function nfcLine(line: string): NfcLine | null {
  if (line.normalize("NFC") === line) return null;
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < line.length) {
    let j = i + codePointLength(line, i);
    for (let n = markLengthAt(line, j); n > 0 && j < line.length; n = markLengthAt(line, j)) j += n;
    if (j === i + 1 && line.charCodeAt(i) < 0x300) {
      // Fast path: a lone character below U+0300 is its own NFC form.
      starts.push(i);
      ends.push(j);
      text += line[i];
      i = j;
      continue;
    }
    const group = line.slice(i, j).normalize("NFC");
    for (let k = 0; k < group.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    text += group;
    i = j;
  }
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Length in UTF-16 code units of the code point at `i`. */
export function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}
