// Shared helpers of the header/* rules (not a rule). They read the model; where the model
// lacks something (a header line the parser did not take in, the parts of a number), they
// look at the ORIGINAL lines next to the ranges the model gives, never re-parsing the document.
import type { Header, NumberField, Range, Section, TextSpan, VbhcDocument } from "../core/index.js";
import { DOCUMENT_TYPE_CODES, TYPE_NAMES } from "../core/facts/document-types.js";
import { originalText } from "../core/sections.js";
import { lineRange, lineText } from "./lines.js";

/** A header that is more than a lone place-date line: agency, national title, motto or number. */
export function isFormalHeader(header: Header | null): header is Header {
  return !!header && (header.agency.length > 0 || !!header.nationalTitle || !!header.motto || !!header.number);
}

import { isPartyDocument } from "../core/kinds.js";

export { isPartyDocument };

/** The text of a single-line span exactly as in the original (no Markdown, no NFD inside). */
export function isVerbatim(document: VbhcDocument, span: TextSpan): boolean {
  return span.range.start.line === span.range.end.line && originalText(document, span.range) === span.text;
}

/** Upper-case letters without diacritics, Đ folded to D: for comparing abbreviations and spellings. */
export function foldLetters(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .toUpperCase();
}

// --- Raw lines around a header --------------------------------------------------------------

/** One cell of an original line (the whole line outside a pipe table), cleaned for matching. */
export interface RawCell {
  line: number;
  /** Character offset of the cell's first non-space character in the line. */
  start: number;
  /** Character offset just after the cell's last non-space character. */
  end: number;
  /** NFC, emphasis markers and a heading mark removed, trimmed. */
  clean: string;
}

/** Longer cells are body text, never a header line. */
const MAX_CELL = 160;

function cellsOf(document: VbhcDocument, line: number): RawCell[] {
  const text = lineText(document, line);
  const trimmed = text.trim();
  const cells: RawCell[] = [];
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to <= from || to - from > MAX_CELL) return;
    const clean = text
      .slice(from, to)
      .replace(/\*+/g, "")
      .replace(/^#{1,6}\s+/, "")
      .trim()
      .normalize("NFC");
    if (clean) cells.push({ line, start: from, end: to, clean });
  };
  if (trimmed.startsWith("|") || trimmed.endsWith("|")) {
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === "|") {
        push(from, i);
        from = i + 1;
      }
    }
  } else {
    push(0, text.length);
  }
  return cells;
}

/**
 * The cells of the lines where a section's header is laid out: from a few lines above the header
 * (main document only: a line the parser left as noise) down to the line before the title, or a few
 * lines below the header when there is no title.
 */
export function headerCells(document: VbhcDocument, section: Section): RawCell[] {
  const header = section.header;
  if (!header) return [];
  const last = document.lineStarts.length - 1;
  const isMain = section === document;
  let from = header.range.start.line;
  if (isMain) from = Math.max(0, from - 3);
  let to: number;
  if (section.title && section.title.range.start.line > header.range.end.line) to = section.title.range.start.line - 1;
  else to = Math.min(last, header.range.end.line + 8);
  const cells: RawCell[] = [];
  for (let line = from; line <= to; line++) cells.push(...cellsOf(document, line));
  return cells;
}

/** The first cells with letters after a line (where the title, or the summary, is expected). */
export function cellsAfterLine(document: VbhcDocument, after: number, count: number): RawCell[] {
  const last = document.lineStarts.length - 1;
  const cells: RawCell[] = [];
  for (let line = after + 1; line <= last && cells.length < count; line++) {
    for (const c of cellsOf(document, line)) if (/\p{L}/u.test(c.clean)) cells.push(c);
  }
  return cells.slice(0, count);
}

/** "KẾ HOẠCH", "Thông tư": a type name alone on its line, in any case. */
export function isTypeName(text: string): boolean {
  return TYPE_NAMES.has(text.toUpperCase().replace(/\s+/g, " "));
}

/** Has letters and no lower-case letter. */
export function isUpperLine(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase();
}

/** An agency-like line near the header that the model did not take in (left above it as noise). */
export function agencyNearby(cells: readonly RawCell[]): boolean {
  return cells.some((c) => {
    const t = c.clean.toLowerCase();
    return (
      isUpperLine(c.clean) &&
      c.clean.length <= 80 &&
      !isTypeName(c.clean) &&
      !NATIONAL_TITLE_START.test(t) &&
      !MOTTO_START.test(t) &&
      !/^số\b/.test(t) &&
      !/^v\/v\b/.test(t)
    );
  });
}

const MOTTO_START = /^độc\s*lập/;
const NATIONAL_TITLE_START = /^cộng\s*h(?:òa|oà|oa)\b/;

// Anywhere in a cell: a plain-text rendering of the header table puts both columns on one line
// ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
const MOTTO_ANYWHERE = /độc\s*lập\s*[-–—‐‑−,]?\s*tự\s*do/;
const NATIONAL_TITLE_ANYWHERE = /cộng\s*h(?:òa|oà|oa)\s+xã\s+hội/;

/** A motto-like text near the header that the model did not take in (a layout it did not follow). */
export function mottoNearby(cells: readonly RawCell[]): boolean {
  return cells.some((c) => MOTTO_ANYWHERE.test(c.clean.toLowerCase()));
}

/** A national-title-like text near the header that the model did not take in (also in lower case). */
export function nationalTitleNearby(cells: readonly RawCell[]): boolean {
  return cells.some((c) => NATIONAL_TITLE_ANYWHERE.test(c.clean.toLowerCase()));
}

/** A place-date line the grammar did not recognise: no place, placeholders ("…") or no comma. */
export interface RawDateLine {
  cell: RawCell;
  /** Text before "ngày" (without the comma), trimmed. */
  place: string;
  day: string | null;
  month: string | null;
  year: string | null;
  /** Range of "ngày … năm …" in the original, when it could be located exactly. */
  dateRange: Range;
}

const BLANK = "[\\s.…_]*";
// Anchored on both ends; each blank run is followed by a digit or a fixed word, never by another
// run of the same characters, so a failing match cannot backtrack badly (cells are short anyway).
const RAW_DATE = new RegExp(
  `^(?<place>[^,]{0,60}?),?${BLANK}ngày${BLANK}(?:(?<day>\\d{1,2})${BLANK})?tháng${BLANK}(?:(?<month>\\d{1,2})${BLANK})?năm${BLANK}(?:(?<year>\\d{4})${BLANK})?$`,
  "i",
);

export function rawDateLine(document: VbhcDocument, cells: readonly RawCell[]): RawDateLine | null {
  for (const cell of cells) {
    if (cell.clean.length > 100 || !/ngày/i.test(cell.clean)) continue;
    const m = RAW_DATE.exec(cell.clean);
    if (!m) continue;
    const g = m.groups!;
    const text = lineText(document, cell.line);
    const at = text.toLowerCase().indexOf("ngày", cell.start);
    const ngay = at >= cell.start && at < cell.end ? at : cell.start;
    return {
      cell,
      place: (g.place ?? "").trim(),
      day: g.day ?? null,
      month: g.month ?? null,
      year: g.year ?? null,
      dateRange: lineRange(cell.line, ngay, cell.end),
    };
  }
  return null;
}

/** Where "ngày" of a place-date line starts (the model's date range starts after it). */
export function dateWordStart(document: VbhcDocument, range: Range): Range["start"] {
  const text = lineText(document, range.start.line);
  const before = text.slice(0, range.start.character).toLowerCase();
  const at = before.lastIndexOf("ngày");
  return at >= 0 ? { line: range.start.line, character: at } : range.start;
}

// --- Number and symbol ------------------------------------------------------------------------

const DASHES = "-–—‐‑−";

export interface SymbolGroup {
  text: string;
  /** Offsets in the field text. */
  from: number;
  to: number;
}

/** "852J /UBND-NC" taken apart: what a drafter wrote after "Số:", up to where it visibly ends. */
export interface NumberParts {
  /** The field: from the first character up to the first space that is not next to "/" or "-". */
  field: string;
  number: { text: string; from: number; to: number };
  /** "2015" in "17/2015/QĐ-UBND". */
  year: string | null;
  /** The groups of the symbol ("QĐ", "UBND"), without spaces; empty when there is no "/". */
  groups: SymbolGroup[];
  /** Whitespace runs inside the field, [from, to) offsets. */
  spaces: [number, number][];
  /** Offsets of dashes other than "-" between groups. */
  oddDashes: number[];
  hasSlash: boolean;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isJoin = (c: string | undefined) => c === "/" || (c !== undefined && DASHES.includes(c));

export function numberParts(value: string): NumberParts {
  // The field ends at a space run that neither follows nor precedes "/" or a dash.
  let end = 0;
  let i = 0;
  while (i < value.length) {
    if (isSpace(value[i])) {
      let j = i;
      while (j < value.length && isSpace(value[j])) j++;
      if (j < value.length && (isJoin(value[i - 1]) || isJoin(value[j]))) {
        i = j;
        continue;
      }
      break;
    }
    i++;
    end = i;
  }
  const field = value.slice(0, end);
  const spaces: [number, number][] = [];
  for (let k = 0; k < field.length; ) {
    if (isSpace(field[k])) {
      let j = k;
      while (j < field.length && isSpace(field[j])) j++;
      spaces.push([k, j]);
      k = j;
    } else k++;
  }
  const slashes: number[] = [];
  for (let k = 0; k < field.length; k++) if (field[k] === "/") slashes.push(k);
  const numEnd = slashes.length > 0 ? slashes[0]! : field.length;
  const nFrom = 0;
  let nTo = numEnd;
  while (nTo > nFrom && isSpace(field[nTo - 1])) nTo--;
  const number = { text: field.slice(nFrom, nTo), from: nFrom, to: nTo };
  let year: string | null = null;
  const groups: SymbolGroup[] = [];
  const oddDashes: number[] = [];
  if (slashes.length > 0) {
    if (slashes.length >= 2) year = field.slice(slashes[0]! + 1, slashes[1]).replace(/\s+/g, "");
    const symFrom = slashes[slashes.length - 1]! + 1;
    let from = symFrom;
    for (let k = symFrom; k <= field.length; k++) {
      const c = field[k];
      if (k === field.length || (c !== undefined && DASHES.includes(c))) {
        let a = from;
        let b = k;
        while (a < b && isSpace(field[a])) a++;
        while (b > a && isSpace(field[b - 1])) b--;
        groups.push({ text: field.slice(a, b).replace(/\s+/g, ""), from: a, to: b });
        if (c !== undefined && c !== "-") oddDashes.push(k);
        from = k + 1;
      }
    }
  }
  return { field, number, year, groups, spaces, oddDashes, hasSlash: slashes.length > 0 };
}

/** A number left for the văn thư to fill in: nothing, or only dots/underscores ("Số:    /QĐ-UBND"). */
export function isBlankNumber(text: string): boolean {
  return /^[\s.…_]*$/.test(text);
}

/** "25-CT/TU": a Party number, which has its own format. */
export function isPartyNumber(parts: NumberParts): boolean {
  return /^[0-9]+-/.test(parts.number.text);
}

// --- Type codes: core/facts/document-types.ts -----------------------------------------------
export { codeOwner, isKnownCode } from "../core/facts/document-types.js";

/** A text for a message: at most `max` characters. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Readable type name: "KẾ HOẠCH" → "Kế hoạch". */
export function typeLabel(name: string): string {
  const lower = name.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * True when an abbreviation plausibly stands for the issuing agency named in the header:
 * "UBND" for "ỦY BAN NHÂN DÂN", "SNV" for "SỞ NỘI VỤ", "UBND" written as such in "UBND TỈNH …".
 */
export function matchesAgency(code: string, header: Header): boolean {
  const want = foldLetters(code);
  if (want.length < 2) return false;
  for (const a of header.agency) {
    const words = foldLetters(a.text)
      .split(/[^A-Z0-9]+/)
      .filter((w) => w.length > 0);
    if (words.includes(want)) return true;
    const initials = words.map((w) => w[0]).join("");
    if (initials.startsWith(want)) return true;
  }
  return false;
}

/** "Số: 14/CT-UBND" as one range when it sits on one line; otherwise the label alone. */
export function numberLineRange(number: NumberField): Range {
  const end = number.value && number.value.range.end.line === number.label.range.start.line ? number.value.range.end : number.label.range.end;
  return { start: number.label.range.start, end };
}

/** Where a group of the number field is in the original, when the value is verbatim. */
export function fieldRange(value: TextSpan, from: number, to: number): Range {
  const { start } = value.range;
  return lineRange(start.line, start.character + from, start.character + to);
}

/** How the first group of a section's symbol is to be judged as a type code, if at all. */
export interface TypePosition {
  /** "named": the title names a type with a code; "letter": a Công văn (or Thư công), which has none. */
  mode: "named" | "letter";
  header: Header;
  value: TextSpan;
  parts: NumberParts;
  /** The first group of the symbol: the type code position. */
  code: SymbolGroup;
  /** The code the title asks for ("named" only). */
  expected: string | null;
  /** The type name of the title ("CHỈ THỊ"), or "CÔNG VĂN". */
  kind: string;
  /** The range of the code in the original; the whole value when it is not verbatim. */
  range: Range;
  /** True when the code's characters are exactly those of the original. */
  exact: boolean;
}

/**
 * The type position of a section's symbol, when it can be judged without guessing: under a type
 * title (the first group must be that type's code), or in a Công văn whose symbol visibly puts a
 * code before the agency's abbreviation ("852/KH-UBND" from an ỦY BAN NHÂN DÂN).
 */
export function typePosition(document: VbhcDocument, section: Section): TypePosition | null {
  const header = section.header;
  const value = header?.number?.value;
  const title = section.title;
  if (!header || !value || !title || isPartyDocument(section)) return null;
  const parts = numberParts(value.text.normalize("NFC"));
  if (!parts.hasSlash || isPartyNumber(parts)) return null;
  const code = parts.groups[0];
  if (!code || code.text.length === 0) return null;
  const exact = isVerbatim(document, value) && parts.field.slice(code.from, code.to) === code.text;
  const range = exact ? fieldRange(value, code.from, code.to) : value.range;
  const type = DOCUMENT_TYPE_CODES.find((t) => t.name === title.kind);
  if (!type) return null;
  if (title.type && type.code) {
    return { mode: "named", header, value, parts, code, expected: type.code, kind: title.kind, range, exact };
  }
  // A Công văn: the first group is the agency. Judge it only when the group after it is the
  // agency's abbreviation and the first is not.
  const next = parts.groups[1];
  if (!next || matchesAgency(code.text, header) || !matchesAgency(next.text, header)) return null;
  return { mode: "letter", header, value, parts, code, expected: null, kind: title.kind, range, exact };
}
