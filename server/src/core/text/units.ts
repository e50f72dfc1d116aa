// The text layer's first step: splits a text into physical lines and lines into segments (a
// whole line, or one cell of a pipe table), each with a cleaned text — NFC, Markdown emphasis
// and heading marks removed, underscore emphasis around a whole cell removed, "&nbsp;" read as a
// space, trimmed — and a map back to the original characters.
// logical.ts then joins the segments that continue one another into logical units.

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
  /** 0-based line number (of the unit's first line when it spans several). */
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
  /** The emphasis markers ("**", or "*" when one opens the cell) do not pair up within the unit. */
  emOpen: boolean;
  /** The unit starts with an emphasis marker: an odd one there opens emphasis that goes on past the line. */
  emStart: boolean;
  /** A cell of a pipe-table row (never joined with the lines around it). */
  cell: boolean;
  /** A Markdown heading ("# …", "## …"): a crawler's section title or a document's title. */
  heading: boolean;
  /**
   * For a unit that spans several physical lines: the clean index where each following line's
   * text starts (line + 1, line + 2, …). Characters of the maps are within their own line.
   * null: one line.
   */
  breaks: Int32Array | null;
  /**
   * For a unit joined from whole lines: those lines' units, in order (part k starts at clean index
   * breaks[k - 1]); the maps are read through them, so a join allocates no per-character map.
   */
  parts: readonly Unit[] | null;
  /** The last slice of `text` taken for the model, kept so the next version's model shares the string. */
  lastSlice: { from: number; to: number; text: string } | null;
}

const COMBINING = /[\u0300-\u036f]/;
const NBSP_ENTITY = "&nbsp;";

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x3000 || c === 0x200b;
}

function underscoresIn(line: string, from: number, to: number): number {
  let n = 0;
  for (let i = line.indexOf("_", from); i >= 0 && i < to; i = line.indexOf("_", i + 1)) n++;
  return n;
}

/**
 * Length (1 or 2) of an underscore emphasis marker at the start (`atStart`) or the end of [from, to),
 * or 0: the run must touch a letter or digit on its inner side ("_ Chương I" is OCR noise, not emphasis).
 */
function underscoreRun(line: string, from: number, to: number, atStart: boolean): number {
  let n = 0;
  if (atStart) while (from + n < to && line.charCodeAt(from + n) === 95 /* _ */) n++;
  else while (to - n - 1 >= from && line.charCodeAt(to - n - 1) === 95) n++;
  if (n < 1 || n > 2 || n >= to - from) return 0;
  const inner = atStart ? line.charCodeAt(from + n) : line.charCodeAt(to - n - 1);
  return isSpace(inner) ? 0 : n;
}

/**
 * Cleans original characters [from, to) of `line`. Emphasis markers (* and the "**" pairs)
 * are dropped except a leading "* " bullet; a leading Markdown heading "#… " is dropped.
 */
export function cleanCell(line: string, from: number, to: number, lineNo: number, column: number, cell = false): Unit {
  // Trim in the original first.
  while (from < to && isSpace(line.charCodeAt(from))) from++;
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--;
  let heading = false;
  if (line.charCodeAt(from) === 35 /* # */) {
    let h = from;
    while (h < to && line.charCodeAt(h) === 35) h++;
    if (h < to && line.charCodeAt(h) === 32 && h - from <= 6) {
      heading = true;
      from = h;
      while (from < to && isSpace(line.charCodeAt(from))) from++;
    }
  }
  // "_Hà Nội, ngày 05 tháng 02 năm 2010_", "__Nguyễn Tấn Dũng__": underscore emphasis around the
  // whole cell (inside a word an underscore is a character: "file_data_2").
  // A run at one end only opens or closes emphasis that a wrap carried over from or onto the next
  // line ("_Hà Nội, ngày 05" / "tháng 02 năm 2010_").
  const openRun = underscoreRun(line, from, to, true);
  const closeRun = underscoreRun(line, from, to, false);
  let underscoreOdd = false;
  if (openRun > 0 && closeRun > 0 && to - from > openRun + closeRun) {
    from += openRun;
    to -= closeRun;
  } else if (openRun > 0 && closeRun === 0 && underscoresIn(line, from, to) === openRun) {
    from += openRun;
    underscoreOdd = true;
  } else if (closeRun > 0 && openRun === 0 && underscoresIn(line, from, to) === closeRun) {
    // (A line with an underscore inside, "8. _Dịch vụ … Internet_", pairs its own.)
    to -= closeRun;
    underscoreOdd = true;
  }
  const startsWithMarker = underscoreOdd && openRun > 0;
  const raw = line.slice(from, to);
  if (raw.indexOf("*") < 0 && !COMBINING.test(raw) && raw.indexOf(NBSP_ENTITY) < 0) {
    return {
      line: lineNo,
      column,
      text: raw,
      base: from,
      starts: null,
      ends: null,
      boldMarks: 0,
      emOpen: underscoreOdd,
      emStart: startsWithMarker,
      cell,
      heading,
      breaks: null,
      parts: null,
      lastSlice: null,
    };
  }
  let out = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let boldMarks = 0;
  let singleMarks = 0;
  // A lone "*" inside a line is as often a literal ("(*.gov.vn)", "(*)") as italics: only one
  // that opens the cell counts as emphasis that may go on on the next line.
  const italicAtStart = line.charCodeAt(from) === 42 && line.charCodeAt(from + 1) !== 42 && line.charCodeAt(from + 1) !== 32;
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
          singleMarks++;
          i++;
        }
        continue;
      }
    }
    if (c === 38 /* & */ && line.startsWith(NBSP_ENTITY, i)) {
      // An HTML non-breaking space left by a web page ("&nbsp;" alone on a line): a space.
      out += " ";
      starts.push(i);
      ends.push(i + NBSP_ENTITY.length);
      i += NBSP_ENTITY.length;
      continue;
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
  return {
    line: lineNo,
    column,
    text,
    base: from,
    starts: s,
    ends: e,
    boldMarks,
    emOpen: boldMarks % 2 === 1 || (italicAtStart && singleMarks % 2 === 1) || underscoreOdd,
    emStart: line.charCodeAt(from) === 42 || startsWithMarker,
    cell,
    heading,
    breaks: null,
    parts: null,
    lastSlice: null,
  };
}

/** Original character offset (within its line) where clean character i starts. */
export function origStart(unit: Unit, i: number): number {
  if (unit.parts) {
    const k = partOf(unit, i);
    const part = unit.parts[k]!;
    // The space that joins two lines stands at the end of the first.
    return origStart(part, Math.min(i - partStart(unit, k), part.text.length));
  }
  return unit.starts ? unit.starts[i]! : unit.base + i;
}

/** Original character offset (within its line) just after clean character i - 1 (the end of a span ending at i). */
export function origEnd(unit: Unit, i: number): number {
  if (i <= 0) return origStart(unit, 0);
  if (unit.parts) {
    const k = partOf(unit, i - 1);
    const part = unit.parts[k]!;
    return origEnd(part, Math.min(i - partStart(unit, k), part.text.length));
  }
  return unit.ends ? unit.ends[i - 1]! : unit.base + i;
}

/** The part of a joined unit that clean character i belongs to (the joining space: the part before it). */
function partOf(unit: Unit, i: number): number {
  const breaks = unit.breaks!;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function partStart(unit: Unit, k: number): number {
  return k === 0 ? 0 : unit.breaks![k - 1]!;
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
          const unit = cleanCell(line, from, i, lineNo, units.length, true);
          if (unit.text.length > 0) units.push(unit);
          from = i + 1;
        }
      }
      // A line of only "|" is layout: one empty unit keeps the line counted.
      if (units.length === 0) units.push(cleanCell(line, 0, 0, lineNo, 0, true));
      return units;
    }
  }
  return [cleanCell(line, 0, line.length, lineNo, 0)];
}

/** The line on which clean character i of the unit stands. */
export function lineOfIndex(unit: Unit, i: number): number {
  const breaks = unit.breaks;
  if (!breaks) return unit.line;
  let k = 0;
  while (k < breaks.length && breaks[k]! <= i) k++;
  return unit.line + k;
}

/** The last physical line of the unit. */
export function lastLine(unit: Unit): number {
  return unit.line + (unit.breaks ? unit.breaks.length : 0);
}

/**
 * One logical unit made of consecutive units (a paragraph hard-wrapped over several lines):
 * their texts joined by one space. The space stands at the end of the line it follows (a zero
 * width in the original), so every clean character still maps into the original text.
 */
export function joinUnits(parts: readonly Unit[]): Unit {
  const first = parts[0]!;
  if (parts.length === 1) return first;
  const breaks = new Int32Array(parts.length - 1);
  let text = first.text;
  let boldMarks = first.boldMarks;
  let emOpen = first.emOpen;
  let nested = first.breaks !== null;
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k]!;
    text += " ";
    breaks[k - 1] = text.length;
    text += p.text;
    boldMarks += p.boldMarks;
    emOpen = emOpen !== p.emOpen;
    if (p.breaks) nested = true;
  }
  const joined: Unit = {
    line: first.line,
    column: first.column,
    text,
    base: first.base,
    starts: null,
    ends: null,
    boldMarks,
    emOpen,
    emStart: first.emStart,
    cell: false,
    heading: first.heading,
    breaks,
    parts,
    lastSlice: null,
  };
  return nested ? materialized(joined, parts) : joined;
}

/** A joined unit whose parts span several lines themselves: its maps and breaks written out. */
function materialized(joined: Unit, parts: readonly Unit[]): Unit {
  const n = joined.text.length;
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  const breaks: number[] = [];
  let at = 0;
  parts.forEach((p, k) => {
    if (k > 0) {
      const end = origEnd(parts[k - 1]!, parts[k - 1]!.text.length);
      starts[at] = end;
      ends[at] = end;
      at++;
      breaks.push(at);
    }
    if (p.breaks) for (const b of p.breaks) breaks.push(at + b);
    for (let i = 0; i < p.text.length; i++, at++) {
      starts[at] = origStart(p, i);
      ends[at] = origEnd(p, i + 1);
    }
  });
  const last = parts[parts.length - 1]!;
  const end = origEnd(last, last.text.length);
  starts[n] = end;
  ends[n] = end;
  return { ...joined, starts, ends, breaks: Int32Array.from(breaks), parts: null };
}

/**
 * Clean characters [s, e) of a unit as a unit of its own (trimmed), with its map: for a line or a
 * cell that holds several elements run together ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng").
 */
export function sliceUnit(unit: Unit, s: number, e: number): Unit {
  const t = unit.text;
  while (s < e && isSpace(t.charCodeAt(s))) s++;
  while (e > s && isSpace(t.charCodeAt(e - 1))) e--;
  const text = t.slice(s, e);
  if (!unit.starts && !unit.breaks) {
    return { ...unit, text, base: unit.base + s, emOpen: false, emStart: false, lastSlice: null };
  }
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  for (let k = 0; k < text.length; k++) {
    starts[k] = origStart(unit, s + k);
    ends[k] = origEnd(unit, s + k + 1);
  }
  const end = text.length > 0 ? ends[text.length - 1]! : origStart(unit, s);
  starts[text.length] = end;
  ends[text.length] = end;
  let breaks: Int32Array | null = null;
  let line = unit.line;
  if (unit.breaks) {
    line = lineOfIndex(unit, s);
    const kept = Array.from(unit.breaks)
      .filter((b) => b > s && b < e)
      .map((b) => b - s);
    breaks = kept.length > 0 ? Int32Array.from(kept) : null;
  }
  return { ...unit, line, text, base: starts[0]!, starts, ends, breaks, parts: null, emOpen: false, emStart: false, lastSlice: null };
}
