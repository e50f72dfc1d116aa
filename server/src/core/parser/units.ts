// Splits a text into lines and lines into logical units (a whole line, or one cell of a
// pipe table), each with a cleaned text — NFC, Markdown emphasis and heading marks removed,
// trimmed — and a map back to the original characters.

export interface LineTable {
  lineStarts: number[];
  lineLengths: number[];
}

/** Splits on LF, CRLF and lone CR, as LSP does. */
export function splitLines(text: string): LineTable {
  const lineStarts = [0];
  const lineLengths: number[] = [];
  if (text.indexOf("\r") < 0) {
    // LF only (the common case): the native search finds each break.
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
      lineLengths.push(i - lineStarts[lineStarts.length - 1]!);
      lineStarts.push(i + 1);
    }
    lineLengths.push(text.length - lineStarts[lineStarts.length - 1]!);
    return { lineStarts, lineLengths };
  }
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineLengths.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      lineStarts.push(start);
    }
  }
  lineLengths.push(text.length - start);
  return { lineStarts, lineLengths };
}

export interface Unit {
  /** 0-based line number. */
  line: number;
  /** Table cell index; 0 outside tables. */
  column: number;
  /** Cleaned text. */
  text: string;
  /** Original character (within the line) of clean character 0 when no map is needed. */
  base: number;
  /** Original character (within the line) where clean character i starts (length text.length + 1); null: base + i. */
  starts: Int32Array | null;
  /** Original character just after clean character i; null: base + i + 1. */
  ends: Int32Array | null;
  /** Count of "**" markers in the original cell (an odd count means bold continues on the next line). */
  boldMarks: number;
  /** The last slice of `text` taken for the model, kept so the next version's model shares the string. */
  lastSlice: { from: number; to: number; text: string } | null;
}

const COMBINING = /[\u0300-\u036f]/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x3000 || c === 0x200b;
}

/**
 * Cleans original characters [from, to) of `line`. Emphasis markers (* and the "**" pairs)
 * are dropped except a leading "* " bullet; a leading Markdown heading "#… " is dropped.
 */
export function cleanCell(line: string, from: number, to: number, lineNo: number, column: number): Unit {
  // Trim in the original first.
  while (from < to && isSpace(line.charCodeAt(from))) from++;
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--;
  if (line.charCodeAt(from) === 35 /* # */) {
    let h = from;
    while (h < to && line.charCodeAt(h) === 35) h++;
    if (h < to && line.charCodeAt(h) === 32 && h - from <= 6) {
      from = h;
      while (from < to && isSpace(line.charCodeAt(from))) from++;
    }
  }
  const raw = line.slice(from, to);
  if (raw.indexOf("*") < 0 && !COMBINING.test(raw)) {
    return { line: lineNo, column, text: raw, base: from, starts: null, ends: null, boldMarks: 0, lastSlice: null };
  }
  let out = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let boldMarks = 0;
  const needsNfc = COMBINING.test(raw);
  let i = from;
  while (i < to) {
    const c = line.charCodeAt(i);
    if (c === 42 /* * */) {
      const bulletStar = i === from && line.charCodeAt(i + 1) === 32;
      if (!bulletStar) {
        if (line.charCodeAt(i + 1) === 42) {
          boldMarks++;
          i += 2;
        } else {
          i++;
        }
        continue;
      }
    }
    if (needsNfc) {
      // A base character with its combining marks is one group; its NFC form maps to it.
      let j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && j < to) j++;
      while (j < to && COMBINING.test(line[j]!)) j++;
      const group = line.slice(i, j).normalize("NFC");
      for (let k = 0; k < group.length; k++) {
        out += group[k];
        starts.push(i);
        ends.push(j);
      }
      i = j;
      continue;
    }
    out += line[i];
    starts.push(i);
    ends.push(i + 1);
    i++;
  }
  // Markers removed from the ends can leave spaces: trim the clean text too.
  let a = 0;
  let b = out.length;
  while (a < b && isSpace(out.charCodeAt(a))) a++;
  while (b > a && isSpace(out.charCodeAt(b - 1))) b--;
  const text = out.slice(a, b);
  const s = new Int32Array(text.length + 1);
  const e = new Int32Array(text.length + 1);
  for (let k = 0; k < text.length; k++) {
    s[k] = starts[a + k]!;
    e[k] = ends[a + k]!;
  }
  const endOfText = text.length > 0 ? e[text.length - 1]! : from;
  s[text.length] = endOfText;
  e[text.length] = endOfText;
  return { line: lineNo, column, text, base: from, starts: s, ends: e, boldMarks, lastSlice: null };
}

/** Original character offset (within the line) where clean character i starts. */
export function origStart(unit: Unit, i: number): number {
  return unit.starts ? unit.starts[i]! : unit.base + i;
}

/** Original character offset just after clean character i - 1 (the end of a span ending at i). */
export function origEnd(unit: Unit, i: number): number {
  if (i <= 0) return origStart(unit, 0);
  return unit.ends ? unit.ends[i - 1]! : unit.base + i;
}

/**
 * The units of one line. A line is a table row when it starts or ends with "|";
 * then each non-empty cell is a unit of its own.
 */
export function lineUnits(line: string, lineNo: number): Unit[] {
  const pipe = line.indexOf("|");
  if (pipe >= 0) {
    const trimmed = line.trim();
    if (trimmed.startsWith("|") || trimmed.endsWith("|")) {
      const units: Unit[] = [];
      let from = 0;
      for (let i = 0; i <= line.length; i++) {
        if (i === line.length || line.charCodeAt(i) === 124) {
          const unit = cleanCell(line, from, i, lineNo, units.length);
          if (unit.text.length > 0) units.push(unit);
          from = i + 1;
        }
      }
      // A line of only "|" is layout: one empty unit keeps the line counted.
      if (units.length === 0) units.push(cleanCell(line, 0, 0, lineNo, 0));
      return units;
    }
  }
  return [cleanCell(line, 0, line.length, lineNo, 0)];
}
