// The header block: where it starts (past a crawler's page top), the agency lines, the Quốc hiệu
// and Tiêu ngữ, the number and the place-date.
import type { Header, NumberField, Range, TextSpan } from "../model.js";
import { docNumberAt, type Span } from "./grammar.js";
import { isBlank, typeNameOf, type CUnit } from "./classified.js";
import type { Cursor } from "./cursor.js";
import { cover, datePart, dateValue, joinSpans, spanRange, textSpan } from "./spans.js";
import { readsAsSummary } from "./title.js";

/** How far into a document a header may start (scraped pages put menus above it). */
const HEADER_SEARCH_UNITS = 60;
/** The longest line in lower case that is read as the Quốc hiệu (its 34 letters, markers and a dash). */
const NATIONAL_TITLE_MAX_LENGTH = 60;
/** How far into a document the Quốc hiệu may stand (a crawler's page can put a long summary above it). */
const QUOC_HIEU_SEARCH_UNITS = 200;

/** Finds where the header starts; returns the units before it (scrape noise). */
export function findHeaderStart(c: Cursor): CUnit[] {
  const found = quocHieuAnchor(c) ?? firstHeaderElement(c);
  if (found < 0) return pageTopAboveTitle(c);
  let start = found;
  // Agency lines above: capitals, not a type name, not a crawler's Markdown heading ("## VĂN BẢN").
  while (start > 0) {
    const prev = c.units[start - 1]!;
    if (isBlank(prev) || (prev.upper && !prev.heading && !typeNameOf(prev))) start--;
    else break;
  }
  while (start < found && isBlank(c.units[start]!)) start++;
  return skipTo(c, start);
}

/** Moves the cursor to `start`; the units passed over are page noise (a title may be set among them). */
function skipTo(c: Cursor, start: number): CUnit[] {
  const noise = c.units.slice(c.i, start).filter((u) => !isBlank(u));
  c.titleAbove = titleInHeadings(noise);
  c.i = start;
  return noise;
}

/**
 * A crawler's page that kept the document without its header: the page's own title and its table
 * of facts ("# Nghị định 253/2026/NĐ-CP", "## THÔNG TIN VĂN BẢN", "| Số hiệu | 253/2026/NĐ-CP |",
 * "## VĂN BẢN") stand above the type name in capitals ("NGHỊ ĐỊNH"): they are the page's, not the
 * document's. Only headings and table cells may stand there, so a document's own text never goes.
 */
function pageTopAboveTitle(c: Cursor): CUnit[] {
  const limit = Math.min(c.units.length, HEADER_SEARCH_UNITS);
  for (let j = c.i; j < limit; j++) {
    const u = c.units[j]!;
    if (isBlank(u)) continue;
    if (typeNameOf(u) && !u.heading && !u.cell) return j === c.i ? [] : skipTo(c, j);
    if (!u.heading && !u.cell) return [];
  }
  return [];
}

/**
 * The Quốc hiệu or the Tiêu ngữ anchors the header when there is one: a crawler's page puts
 * its own "Số hiệu:", "Ngày ban hành:" and title above the document. The header starts with
 * the number or place-date just above the anchor (a header table read row by row), or at it.
 */
function quocHieuAnchor(c: Cursor): number | null {
  const limit = Math.min(c.units.length, QUOC_HIEU_SEARCH_UNITS);
  for (let j = 0; j < limit; j++) {
    const u = c.units[j]!;
    const k = u.cls.kind;
    if (k !== "nationalTitle" && k !== "motto") continue;
    // "Cộng hòa xã hội chủ nghĩa Việt Nam để hỗ trợ …" in running text names the State; the
    // Quốc hiệu is a line of its own (in capitals, or short).
    if (k === "nationalTitle" && !u.upper && u.text.length > NATIONAL_TITLE_MAX_LENGTH) continue;
    let start = j;
    for (let back = j - 1; back >= 0 && j - back <= 3; back--) {
      const kb = c.units[back]!.cls.kind;
      if (kb === "number" || kb === "placeDate") start = back;
      else if (!isBlank(c.units[back]!) && !c.units[back]!.upper) break;
    }
    return start;
  }
  return null;
}

/** Without a Quốc hiệu: the first number or place-date line, unless a title comes first. */
function firstHeaderElement(c: Cursor): number {
  const limit = Math.min(c.units.length, HEADER_SEARCH_UNITS);
  for (let j = 0; j < limit; j++) {
    const u = c.units[j]!;
    const k = u.cls.kind;
    if (k === "number" || k === "placeDate") return j;
    // A title before any header element: a document without a header.
    if (typeNameOf(u) || k === "summary") return -1;
  }
  return -1;
}

export function parseHeader(c: Cursor): Header | null {
  c.skipBlank();
  const first = c.peek();
  if (!first) return null;
  const header: Header = { range: spanRange(first, 0, 0), agency: [], nationalTitle: null, motto: null, number: null, placeDate: null };
  let last: CUnit | null = null;
  let any = false;
  while (!c.done) {
    const u = c.peek()!;
    const cls = u.cls;
    if (isBlank(u)) {
      c.i++;
      continue;
    }
    if (cls.kind === "nationalTitle" && !header.nationalTitle) {
      let span = textSpan(u);
      c.i++;
      if (!cls.complete) {
        const next = c.peek();
        if (next?.upper && /VIỆT\s*NAM/.test(next.text)) {
          span = joinSpans([span, textSpan(next)]);
          c.i++;
        }
      }
      header.nationalTitle = span;
    } else if (cls.kind === "motto" && !header.motto) {
      header.motto = textSpan(u);
      c.i++;
    } else if (cls.kind === "number" && !header.number) {
      header.number = numberField(c, u, cls.label, cls.value);
    } else if (cls.kind === "summary" && header.number && !c.headerSummary) {
      // "Số: 1414/TCT-CS" and "V/v …" in one cell of the header table: the title of a Công
      // văn, read by parseTitle.
      c.headerSummary = u;
      c.i++;
    } else if (cls.kind === "placeDate" && !header.placeDate) {
      const date = dateValue(u, cls.date);
      let range = spanRange(u, 0, u.text.length);
      c.i++;
      const next = c.peek();
      if (!date.year && next && next.cls.kind === "yearTail") {
        date.year = datePart(next, next.cls.year);
        date.range = cover(date.range, date.year!.range);
        range = cover(range, spanRange(next, 0, next.text.length));
        c.i++;
      }
      header.placeDate = { range, place: textSpan(u, cls.place[0], cls.place[1]), date };
    } else if (u.upper && !u.heading && !header.placeDate && !typeNameOf(u) && cls.kind !== "signature" && !u.text.endsWith(":")) {
      header.agency.push(textSpan(u));
      c.i++;
    } else {
      break;
    }
    any = true;
    last = c.units[c.i - 1]!;
  }
  if (!any || !last) return null;
  header.range = cover(spanRange(first, 0, 0), spanRange(last, 0, last.text.length));
  header.range.start = startOf(first);
  return header;
}

function startOf(u: CUnit): Range["start"] {
  return spanRange(u, 0, 0).start;
}

function numberField(c: Cursor, u: CUnit, label: Span, value: Span | null): NumberField {
  c.i++;
  let valueSpan: TextSpan | null = value ? textSpan(u, value[0], value[1]) : null;
  if (!valueSpan) {
    // "Số:" alone: the number is on the next line.
    const next = c.peek();
    if (next && /^[0-9]/.test(next.text) && next.text.length < 40) {
      valueSpan = textSpan(next);
      c.i++;
    }
  }
  const labelSpan = textSpan(u, label[0], value ? value[0] : label[1]);
  labelSpan.text = labelSpan.text.trimEnd();
  const raw = valueSpan ? docNumberAt(valueSpan.text) : null;
  return {
    label: labelSpan,
    value: valueSpan,
    parsed: raw ? { form: raw.form, number: raw.number, year: raw.year, symbol: raw.symbol, raw: raw.raw } : null,
  };
}

/**
 * The title of a crawler's page that rebuilt the document: a heading that is a type name, and the
 * heading right under it when it reads as a summary ("## Quy định chính sách …"; not the page's
 * own section title "## THÔNG TIN VĂN BẢN").
 */
function titleInHeadings(noise: readonly CUnit[]): { type: CUnit; summary: CUnit | null } | null {
  const k = noise.findIndex((u) => u.heading && typeNameOf(u) !== null);
  if (k < 0) return null;
  const next = noise[k + 1];
  const summary = next?.heading && next.cls.kind === "text" && (!next.upper || readsAsSummary(next.text)) ? next : null;
  return { type: noise[k]!, summary };
}
