// Assembles the block structure of a document from classified units (lines or table cells).
// The grammar says what each line is; this module says where each block starts and ends.
import { isLegalNormativeType, TYPE_NAMES } from "../facts/document-types.js";
import type { Addressees, Body, Closing, DatePart, DateValue, Header, Item, Marker, NumberField, Preamble, Range, Section, TextSpan, Title } from "../model.js";
import { classifyLines, CUT_MARK, docNumberAt, lineReading, type LineClass, type LineReading, type RawDate, type Span } from "./grammar.js";
import { lastLine, lineOfIndex, origEnd, origStart, type Unit } from "../text/units.js";
import { isBefore } from "../positions.js";
import { RANK_BEFORE_NAME } from "./glued.js";

export interface CUnit extends Unit {
  cls: LineClass;
  /** Has letters and no lower-case letter. */
  upper: boolean;
}

/** "(Đã ký)", "(đã ký)", "Đã ký": printed where a signature stood. */
const SIGNED_MARK = /^\(?\s*đã\s+ký\s*\)?$/i;
/** How many paragraphs may open a preamble before its first căn cứ. */
const PREAMBLE_INTRO_UNITS = 6;
/** How far into a document a header may start (scraped pages put menus above it). */
const HEADER_SEARCH_UNITS = 60;
/** The longest line in lower case that is read as the Quốc hiệu (its 34 letters, markers and a dash). */
const NATIONAL_TITLE_MAX_LENGTH = 60;
/** How far into a document the Quốc hiệu may stand (a crawler's page can put a long summary above it). */
const QUOC_HIEU_SEARCH_UNITS = 200;

/** Classifies all units of a document with one grammar call over the candidate lines. */
export function classifyUnits(units: readonly Unit[]): CUnit[] {
  const candidates: number[] = [];
  const texts: string[] = [];
  const readings: LineReading[] = [];
  units.forEach((u, k) => {
    const reading = lineReading(u.text);
    if (reading !== "plain") {
      candidates.push(k);
      texts.push(u.text);
      readings.push(reading);
    }
  });
  const classes = classifyLines(texts, readings);
  // The units become CUnits in place (every unit gains the same two fields in the same order).
  const out = units as CUnit[];
  for (const u of out) {
    u.cls = PLAIN_TEXT;
    u.upper = isUpperText(u.text);
  }
  candidates.forEach((k, i) => {
    const { cls, cut } = classes[i]!;
    const u = out[k]!;
    u.cls = u.text.length > cut ? withFullRest(cls, cut + CUT_MARK.length, u.text.length) : cls;
  });
  return out;
}

const PLAIN_TEXT: LineClass = Object.freeze({ kind: "text" });

/** A copy of a classified unit moved to another line (a line above it was added or removed). */
export function onLine(u: CUnit, line: number): CUnit {
  return { ...u, line };
}

/** The class with its "rest of the line" span reaching the end of the full line (a copy: classes are shared). */
export function withFullRest(cls: LineClass, cut: number, full: number): LineClass {
  const fix = (s: Span | null): Span | null => (s && s[1] === cut ? [s[0], full] : s);
  switch (cls.kind) {
    case "item":
    case "summary":
      return cls.text[1] === cut ? { ...cls, text: fix(cls.text)! } : cls;
    case "signature":
    case "recipientsLabel":
    case "addressee":
      return cls.rest[1] === cut ? { ...cls, rest: fix(cls.rest)! } : cls;
    case "number":
      return cls.value && cls.value[1] === cut ? { ...cls, value: fix(cls.value) } : cls;
    default:
      return cls;
  }
}

export function isUpperText(text: string): boolean {
  if (text.length > 400) return false;
  // Most lines show a lower-case letter within their first characters.
  const head = text.slice(0, 12);
  if (head !== head.toUpperCase()) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** "Nguyễn Văn A", "Hoàng Quốc Khánh": a signer's name. */
/** Academic titles that may precede a signer's name: "TS. Nguyễn Văn A", "PGS.TS. Lê B". */
const ACADEMIC_TITLE = /^(?:(?:GS|PGS|TS|ThS|BS|KS|CN|NGƯT|NGND|TTƯT)\.\s*)+/;

export function isNameLike(text: string): boolean {
  text = text.replace(ACADEMIC_TITLE, "").replace(RANK_BEFORE_NAME, "");
  if (text.length < 3 || text.length > 50) return false;
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 7) return false;
  for (const w of words) {
    const first = w[0]!;
    if (first === first.toLowerCase()) return false;
    const rest = w.slice(1);
    if (rest !== rest.toLowerCase() || /[0-9,;:!?()/]/.test(w)) return false;
  }
  return true;
}

function typeNameOf(u: CUnit): string | null {
  if (!u.upper) return null;
  const name = u.text.replace(/\s+/g, " ");
  return TYPE_NAMES.has(name) ? name : null;
}

/** Ranges and spans in the original text. */
export function spanRange(u: Unit, s: number, e: number): Range {
  if (!u.breaks) {
    return {
      start: { line: u.line, character: origStart(u, s) },
      end: { line: u.line, character: e > s ? origEnd(u, e) : origStart(u, s) },
    };
  }
  const startLine = lineOfIndex(u, s);
  return {
    start: { line: startLine, character: origStart(u, s) },
    end: e > s ? { line: lineOfIndex(u, e - 1), character: origEnd(u, e) } : { line: startLine, character: origStart(u, s) },
  };
}

export function textSpan(u: Unit, s = 0, e = u.text.length): TextSpan {
  return { text: sliceOf(u, s, e), range: spanRange(u, s, e) };
}

/** u.text.slice(s, e), the same string object as last time when the unit is reused by a later version. */
function sliceOf(u: Unit, s: number, e: number): string {
  if (s === 0 && e >= u.text.length) return u.text;
  const last = u.lastSlice;
  if (last && last.from === s && last.to === e) return last.text;
  const text = u.text.slice(s, e);
  u.lastSlice = { from: s, to: e, text };
  return text;
}

function joinSpans(spans: TextSpan[]): TextSpan {
  if (spans.length === 1) return spans[0]!;
  return {
    text: spans.map((s) => s.text).join(" "),
    range: { start: spans[0]!.range.start, end: spans[spans.length - 1]!.range.end },
  };
}

function cover(a: Range, b: Range): Range {
  return { start: a.start, end: b.end };
}

function datePart(u: Unit, p: { text: string; span: Span } | null): DatePart | null {
  if (!p) return null;
  return { text: p.text, value: Number.parseInt(p.text, 10), range: spanRange(u, p.span[0], p.span[1]) };
}

export function dateValue(u: Unit, d: RawDate, offset = 0): DateValue {
  const shift = (p: { text: string; span: Span } | null) => (p ? { text: p.text, span: [p.span[0] + offset, p.span[1] + offset] as Span } : null);
  return {
    form: d.form,
    day: datePart(u, shift(d.day)),
    month: datePart(u, shift(d.month)),
    year: datePart(u, shift(d.year)),
    range: spanRange(u, d.span[0] + offset, d.span[1] + offset),
  };
}

const isBlank = (u: CUnit) => u.cls.kind === "blank" || u.cls.kind === "separator" || u.cls.kind === "directive";

/** A cursor over the units with the block parsers. */
export class Assembler {
  private i = 0;
  noiseAfterStart: CUnit | null = null;
  /** A Công văn's "V/v …" met inside the header (under the number, in the same cell). */
  private headerSummary: CUnit | null = null;
  /** A title a crawler's page set as Markdown headings above the header ("# NGHỊ ĐỊNH" / "## Quy định …"). */
  private titleAbove: { type: CUnit; summary: CUnit | null } | null = null;

  constructor(readonly units: CUnit[]) {}

  private peek(offset = 0): CUnit | undefined {
    return this.units[this.i + offset];
  }

  private skipBlank(): void {
    while (this.i < this.units.length && isBlank(this.units[this.i]!)) this.i++;
  }

  /** Index of the next non-blank unit at or after j. */
  private nextSolid(j: number): number {
    while (j < this.units.length && isBlank(this.units[j]!)) j++;
    return j;
  }

  get done(): boolean {
    return this.i >= this.units.length;
  }

  /** Finds where the header starts; returns the units before it (scrape noise). */
  findHeaderStart(): CUnit[] {
    const found = this.quocHieuAnchor() ?? this.firstHeaderElement();
    if (found < 0) return [];
    let start = found;
    // Agency lines above: capitals, not a type name, not a crawler's Markdown heading ("## VĂN BẢN").
    while (start > 0) {
      const prev = this.units[start - 1]!;
      if (isBlank(prev) || (prev.upper && !prev.heading && !typeNameOf(prev))) start--;
      else break;
    }
    while (start < found && isBlank(this.units[start]!)) start++;
    const noise = this.units.slice(this.i, start).filter((u) => !isBlank(u));
    this.titleAbove = titleInHeadings(noise);
    this.i = start;
    return noise;
  }

  /**
   * The Quốc hiệu or the Tiêu ngữ anchors the header when there is one: a crawler's page puts
   * its own "Số hiệu:", "Ngày ban hành:" and title above the document. The header starts with
   * the number or place-date just above the anchor (a header table read row by row), or at it.
   */
  private quocHieuAnchor(): number | null {
    const limit = Math.min(this.units.length, QUOC_HIEU_SEARCH_UNITS);
    for (let j = 0; j < limit; j++) {
      const u = this.units[j]!;
      const k = u.cls.kind;
      if (k !== "nationalTitle" && k !== "motto") continue;
      // "Cộng hòa xã hội chủ nghĩa Việt Nam để hỗ trợ …" in running text names the State; the
      // Quốc hiệu is a line of its own (in capitals, or short).
      if (k === "nationalTitle" && !u.upper && u.text.length > NATIONAL_TITLE_MAX_LENGTH) continue;
      let start = j;
      for (let back = j - 1; back >= 0 && j - back <= 3; back--) {
        const kb = this.units[back]!.cls.kind;
        if (kb === "number" || kb === "placeDate") start = back;
        else if (!isBlank(this.units[back]!) && !this.units[back]!.upper) break;
      }
      return start;
    }
    return null;
  }

  /** Without a Quốc hiệu: the first number or place-date line, unless a title comes first. */
  private firstHeaderElement(): number {
    const limit = Math.min(this.units.length, HEADER_SEARCH_UNITS);
    for (let j = 0; j < limit; j++) {
      const u = this.units[j]!;
      const k = u.cls.kind;
      if (k === "number" || k === "placeDate") return j;
      // A title before any header element: a document without a header.
      if (typeNameOf(u) || k === "summary") return -1;
    }
    return -1;
  }

  parseHeader(): Header | null {
    this.skipBlank();
    const first = this.peek();
    if (!first) return null;
    const header: Header = { range: spanRange(first, 0, 0), agency: [], nationalTitle: null, motto: null, number: null, placeDate: null };
    let last: CUnit | null = null;
    let any = false;
    while (!this.done) {
      const u = this.peek()!;
      const cls = u.cls;
      if (isBlank(u)) {
        this.i++;
        continue;
      }
      if (cls.kind === "nationalTitle" && !header.nationalTitle) {
        let span = textSpan(u);
        this.i++;
        if (!cls.complete) {
          const next = this.peek();
          if (next?.upper && /VIỆT\s*NAM/.test(next.text)) {
            span = joinSpans([span, textSpan(next)]);
            this.i++;
          }
        }
        header.nationalTitle = span;
      } else if (cls.kind === "motto" && !header.motto) {
        header.motto = textSpan(u);
        this.i++;
      } else if (cls.kind === "number" && !header.number) {
        header.number = this.numberField(u, cls.label, cls.value);
      } else if (cls.kind === "summary" && header.number && !this.headerSummary) {
        // "Số: 1414/TCT-CS" and "V/v …" in one cell of the header table: the title of a Công
        // văn, read by parseTitle.
        this.headerSummary = u;
        this.i++;
      } else if (cls.kind === "placeDate" && !header.placeDate) {
        const date = dateValue(u, cls.date);
        let range = spanRange(u, 0, u.text.length);
        this.i++;
        const next = this.peek();
        if (!date.year && next && next.cls.kind === "yearTail") {
          date.year = datePart(next, next.cls.year);
          date.range = cover(date.range, date.year!.range);
          range = cover(range, spanRange(next, 0, next.text.length));
          this.i++;
        }
        header.placeDate = { range, place: textSpan(u, cls.place[0], cls.place[1]), date };
      } else if (u.upper && !u.heading && !header.placeDate && !typeNameOf(u) && cls.kind !== "signature" && !u.text.endsWith(":")) {
        header.agency.push(textSpan(u));
        this.i++;
      } else {
        break;
      }
      any = true;
      last = this.units[this.i - 1]!;
    }
    if (!any || !last) return null;
    header.range = cover(spanRange(first, 0, 0), spanRange(last, 0, last.text.length));
    header.range.start = this.startOf(first);
    return header;
  }

  private startOf(u: CUnit): Range["start"] {
    return spanRange(u, 0, 0).start;
  }

  private numberField(u: CUnit, label: Span, value: Span | null): NumberField {
    this.i++;
    let valueSpan: TextSpan | null = value ? textSpan(u, value[0], value[1]) : null;
    if (!valueSpan) {
      // "Số:" alone: the number is on the next line.
      const next = this.peek();
      if (next && /^[0-9]/.test(next.text) && next.text.length < 40) {
        valueSpan = textSpan(next);
        this.i++;
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

  parseTitle(): Title | null {
    this.skipBlank();
    const u = this.peek();
    const type = u ? typeNameOf(u) : null;
    if (!type && this.titleAbove && u?.cls.kind !== "summary") return this.titleFromAbove(this.titleAbove);
    if (!u || (!type && this.headerSummary)) return this.vvTitle(this.headerSummary, false);
    if (type) {
      this.i++;
      const title: Title = { range: spanRange(u, 0, u.text.length), type: textSpan(u), kind: type, summary: null, vv: null, attachedTo: null };
      const j = this.nextSolid(this.i);
      const s = this.units[j];
      // An upper-case line followed by căn cứ is the enacting authority, not a summary.
      const after = s ? this.units[this.nextSolid(j + 1)] : undefined;
      // Legal normative documents (a law, a decree, a circular) name no authority there: the line
      // under the type is always their name ("LUẬT" / "LAO ĐỘNG" / "Căn cứ …").
      const isAuthority =
        s?.upper &&
        !isLegalNormativeType(type) &&
        after !== undefined &&
        (after.cls.kind === "basis" || after.cls.kind === "proposal") &&
        !readsAsSummary(s.text);
      // A crawler's section heading after a blank line ("# NGHỊ QUYẾT" / "" / "## VĂN BẢN") is not a
      // summary; a heading in capitals right under the type is ("# QUY CHẾ" / "# TUYỂN SINH …").
      const pageHeading = s?.heading && s.upper && s.line !== lastLine(u) + 1 && !readsAsSummary(s.text);
      if (s && j - this.i <= 2 && !isAuthority && !pageHeading && (s.cls.kind === "text" || s.cls.kind === "summary")) {
        this.i = j;
        if (s.cls.kind === "summary") {
          // "V/v" under a type name (header/summary-format reports it): keep both parts.
          title.vv = { range: spanRange(s, 0, s.cls.text[0]), colon: s.cls.colon };
          title.summary = this.summaryLines(s.cls.text[0]);
        } else {
          title.summary = this.summaryLines(0);
        }
        title.range = cover(title.range, title.summary.range);
      }
      this.attachedReference(title);
      return title;
    }
    return this.vvTitle(u, true);
  }

  private titleFromAbove(above: { type: CUnit; summary: CUnit | null }): Title {
    this.titleAbove = null;
    const { type, summary } = above;
    const title: Title = {
      range: spanRange(type, 0, type.text.length),
      type: textSpan(type),
      kind: typeNameOf(type)!,
      summary: null,
      vv: null,
      attachedTo: null,
    };
    if (summary) {
      title.summary = textSpan(summary);
      title.range = cover(title.range, title.summary.range);
    }
    return title;
  }

  /** A Công văn's title from its "V/v …" unit: at the cursor (`here`, continued while it wraps) or met in the header. */
  private vvTitle(vv: CUnit | null, here: boolean): Title | null {
    this.headerSummary = null;
    if (vv?.cls.kind !== "summary") return null;
    const cls = vv.cls;
    let summary = textSpan(vv, cls.text[0], cls.text[1]);
    if (here) {
      this.i++;
      summary = this.continueSummary(vv, summary);
    }
    const vvRange = spanRange(vv, 0, cls.text[0]);
    return { range: cover(vvRange, summary.range), type: null, kind: "CÔNG VĂN", summary, vv: { range: vvRange, colon: cls.colon }, attachedTo: null };
  }

  /** The summary under a type name: one line, continued while the text visibly wraps. */
  private summaryLines(from: number): TextSpan {
    const u = this.peek()!;
    this.i++;
    return this.continueSummary(u, textSpan(u, from));
  }

  private continueSummary(first: CUnit, span: TextSpan): TextSpan {
    const spans = [span];
    let prev = first;
    let bold = first.boldMarks;
    while (!this.done) {
      const next = this.peek()!;
      if (next.line !== lastLine(prev) + 1 || next.cls.kind !== "text") break;
      const boldOpen = bold % 2 === 1;
      const wraps = !/[.;:!?)]$/.test(prev.text) && startsLower(next.text);
      // A law's session line ("CỦA QUỐC HỘI KHÓA XII, KỲ HỌP THỨ 5") is not part of its name.
      const upperPair = prev.upper && next.upper && !typeNameOf(next) && !SESSION_LINE.test(next.text);
      if (!boldOpen && !wraps && !upperPair) break;
      spans.push(textSpan(next));
      bold += next.boldMarks;
      prev = next;
      this.i++;
    }
    return joinSpans(spans);
  }

  private attachedReference(title: Title): void {
    const u = this.peek();
    if (u?.cls.kind !== "attachedReference") return;
    const spans = [textSpan(u)];
    this.i++;
    let prev = u;
    while (!spans[spans.length - 1]!.text.includes(")")) {
      const next = this.peek();
      if (!next || next.line !== lastLine(prev) + 1 || isBlank(next)) break;
      spans.push(textSpan(next));
      prev = next;
      this.i++;
    }
    title.attachedTo = joinSpans(spans);
    title.range = cover(title.range, title.attachedTo.range);
  }

  parseAddressees(): Addressees | null {
    this.skipBlank();
    const u = this.peek();
    if (u?.cls.kind !== "addressee") return null;
    const cls = u.cls;
    this.i++;
    const label = textSpan(u, 0, cls.rest[0]);
    label.text = label.text.trimEnd();
    const items: TextSpan[] = [];
    if (cls.rest[1] > cls.rest[0]) items.push(textSpan(u, cls.rest[0], cls.rest[1]));
    let range = spanRange(u, 0, u.text.length);
    for (;;) {
      const j = this.nextSolid(this.i);
      const next = this.units[j];
      if (next?.cls.kind !== "item" || next.cls.marker.style !== "bullet") break;
      items.push(textSpan(next, next.cls.text[0], next.cls.text[1]));
      range = cover(range, spanRange(next, 0, next.text.length));
      this.i = j + 1;
    }
    return { range, label, items };
  }

  /** `withIntro`: paragraphs may come before the first căn cứ (a titled document, not a Công văn, whose body paragraphs may cite a căn cứ of their own). */
  parsePreamble(withIntro: boolean): Preamble | null {
    const start = this.i;
    let j = this.nextSolid(this.i);
    // A crawler's section headings above the căn cứ ("## VĂN BẢN", "## QUYẾT NGHỊ") are not the preamble's.
    while (this.units[j]?.heading && this.units[j]!.upper && this.units[j]!.cls.kind === "text") j = this.nextSolid(j + 1);
    let authority: TextSpan | null = null;
    const a = this.units[j];
    if (a?.upper && a.cls.kind === "text" && !a.text.endsWith(":")) {
      const k = this.nextSolid(j + 1);
      const after = this.units[k];
      if (after && (after.cls.kind === "basis" || after.cls.kind === "proposal")) {
        authority = textSpan(a);
        j = k;
      }
    }
    const intro: TextSpan[] = [];
    const firstKind = this.units[j]?.cls.kind;
    if (withIntro && firstKind !== "basis" && firstKind !== "proposal") {
      // A few plain paragraphs, then căn cứ: they open the preamble.
      let k = j;
      for (let n = 0; n < PREAMBLE_INTRO_UNITS; n++) {
        const u = this.units[k];
        if (u?.cls.kind !== "text" || u.upper) break;
        k = this.nextSolid(k + 1);
        const next = this.units[k];
        if (next && (next.cls.kind === "basis" || next.cls.kind === "proposal")) {
          for (let m = j; m < k; m++) if (!isBlank(this.units[m]!)) intro.push(textSpan(this.units[m]!));
          j = k;
          break;
        }
      }
    }
    const lines: Preamble["lines"] = [];
    let last: CUnit | null = null;
    for (;;) {
      const u = this.units[j];
      if (!u || (u.cls.kind !== "basis" && u.cls.kind !== "proposal")) break;
      const spans = [textSpan(u)];
      let prev = u;
      // A căn cứ hard-wrapped over several lines.
      while (!/[;,.:]$/.test(prev.text)) {
        const next = this.units[j + spans.length];
        if (!next || next.line !== lastLine(prev) + 1 || next.cls.kind !== "text") break;
        spans.push(textSpan(next));
        prev = next;
      }
      lines.push({ kind: u.cls.kind, text: joinSpans(spans) });
      last = prev;
      j = this.nextSolid(j + spans.length);
    }
    let enactment: TextSpan | null = null;
    const e = this.units[j];
    // ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"; not a heading of the body: "I. VỀ ĐỐI TƯỢNG ÁP DỤNG:").
    if (lines.length > 0 && e && e.upper && e.cls.kind !== "item" && /:$/.test(e.text) && e.text.length <= 40) {
      enactment = textSpan(e);
      last = e;
      j++;
    }
    if (lines.length === 0) {
      this.i = start;
      return null;
    }
    this.i = j;
    const first = authority ?? intro[0] ?? lines[0]!.text;
    return { range: cover(first.range, spanRange(last!, 0, last!.text.length)), authority, intro, lines, enactment };
  }

  /** True when u starts a closing: Nơi nhận, a signature authority, or a bare signer title then a name. */
  private startsClosing(j: number): boolean {
    const u = this.units[j]!;
    if (u.cls.kind === "recipientsLabel" || u.cls.kind === "signature") return true;
    if (this.signedNameAt(j)) return true;
    if (u.upper && u.cls.kind === "text" && u.text.length <= 60 && !typeNameOf(u)) {
      let k = this.nextSolid(j + 1);
      while (k < this.units.length && this.units[k]!.upper && this.units[k]!.text.length <= 60) k = this.nextSolid(k + 1);
      const name = this.units[k];
      if (!name || !isNameLike(name.text)) return false;
      const after = this.units[this.nextSolid(k + 1)];
      return !after || after.cls.kind === "noise" || isNameLike(after.text) || this.startsAttachment(after);
    }
    return false;
  }

  /** A signer's name alone, then "(Đã ký)": the closing of an old law copied without its signature block. */
  private signedNameAt(j: number): boolean {
    const u = this.units[j]!;
    if (u.cls.kind !== "text" || !isNameLike(u.text)) return false;
    const next = this.units[this.nextSolid(j + 1)];
    return next !== undefined && SIGNED_MARK.test(next.text);
  }

  private startsAttachment(u: CUnit): boolean {
    const k = u.cls.kind;
    return k === "placeDate" || k === "nationalTitle" || k === "number" || typeNameOf(u) !== null;
  }

  parseBody(): Body {
    const body: Body = { range: null, paragraphs: [], items: [] };
    const stack: { key: string; item: Item }[] = [];
    let first: CUnit | null = null;
    let last: CUnit | null = null;
    while (!this.done) {
      const u = this.peek()!;
      if (isBlank(u)) {
        this.i++;
        continue;
      }
      if (u.cls.kind === "noise" || this.startsClosing(this.i)) break;
      first ??= u;
      last = u;
      this.i++;
      if (u.cls.kind === "item") {
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

  parseClosing(): Closing | null {
    this.skipBlank();
    const startUnit = this.peek();
    if (!startUnit) return null;
    if (startUnit.cls.kind !== "recipientsLabel" && !this.startsClosing(this.i)) return null;
    const closing: Closing = { range: spanRange(startUnit, 0, 0), recipients: null, signature: [], signer: null };
    let inList = false;
    let lastItemUnit: CUnit | null = null;
    let last: CUnit = startUnit;
    while (!this.done) {
      const u = this.peek()!;
      const cls = u.cls;
      if (isBlank(u)) {
        this.i++;
        lastItemUnit = null;
        continue;
      }
      if (cls.kind === "noise") break;
      if (closing.signer) break;
      if (cls.kind === "recipientsLabel" && !closing.recipients) {
        closing.recipients = { label: textSpan(u, 0, cls.rest[0]), items: [] };
        closing.recipients.label.text = closing.recipients.label.text.trimEnd();
        if (cls.rest[1] > cls.rest[0]) closing.recipients.items.push(textSpan(u, cls.rest[0], cls.rest[1]));
        inList = true;
      } else if (cls.kind === "signature") {
        closing.signature.push(...splitSignature(u));
        // In a table the signature is the right column; the list goes on in the left one.
        if (u.column === 0) inList = false;
      } else if (inList && cls.kind === "item" && cls.marker.style === "bullet") {
        closing.recipients!.items.push(textSpan(u, cls.text[0], cls.text[1]));
        lastItemUnit = u;
      } else if (inList && cls.kind === "text" && DASH_THEN_NAME.test(u.text)) {
        // "-Sở LĐTBXH;": a recipient whose dash lost its space.
        closing.recipients!.items.push(textSpan(u, 1));
        lastItemUnit = u;
      } else if (inList && lastItemUnit && u.line === lastLine(lastItemUnit) + 1 && !u.upper && cls.kind === "text") {
        // A recipient wrapped onto the next line.
        const items = closing.recipients!.items;
        items[items.length - 1] = joinSpans([items[items.length - 1]!, textSpan(u)]);
        lastItemUnit = u;
      } else if (u.upper && !u.heading && !typeNameOf(u) && cls.kind !== "placeDate" && cls.kind !== "number" && cls.kind !== "nationalTitle") {
        // (A Markdown heading here is a crawler's section — "## GHI CHÚ", "## PHỤ LỤC" — not a signer's title.)
        closing.signature.push(textSpan(u));
        if (u.column === 0) inList = false;
      } else if ((closing.signature.length > 0 && isNameLike(u.text)) || this.signedNameAt(this.i)) {
        closing.signer = textSpan(u);
      } else if (closing.signature.length > 0 && u.text.length <= DEPUTY_LINE_MAX && DEPUTY_LINE.test(u.text)) {
        // The deputy's title in sentence case under "KT. THỦ TƯỚNG": "Phó Thủ tướng".
        closing.signature.push(textSpan(u));
      } else if (this.startsAttachment(u)) {
        break;
      } else {
        // Stray text between the list and the signature (a file name left by a scrape).
        inList = false;
      }
      last = u;
      this.i++;
    }
    closing.range = cover(closing.range, spanRange(last, 0, last.text.length));
    return closing;
  }

  parseSection(hasHeaderSearch: boolean): Section {
    const header = hasHeaderSearch ? this.parseHeader() : null;
    const title = this.parseTitle();
    const addressees = this.parseAddressees();
    const preamble = this.parsePreamble(title?.type !== null && title !== null);
    const body = this.parseBody();
    const closing = this.parseClosing();
    return { header, title, addressees, preamble, body, closing };
  }

  /** After a closing: an attached document starts here, or the rest is noise. */
  nextAttachmentStart(): boolean {
    this.skipBlank();
    const u = this.peek();
    if (!u) return false;
    if (this.startsAttachment(u)) return true;
    // An attachment that repeats the whole header starts with its agency lines.
    if (u.upper && u.cls.kind === "text") {
      let j = this.i;
      for (let seen = 0; seen < 6 && j < this.units.length; seen++, j = this.nextSolid(j + 1)) {
        const k = this.units[j]!.cls.kind;
        if (k === "nationalTitle" || k === "number" || k === "placeDate") return true;
        if (!this.units[j]!.upper) break;
      }
    }
    this.noiseAfterStart = u;
    return false;
  }
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

/**
 * An upper-case line under the type name, before the căn cứ: the summary when it reads as one
 * ("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU …", "VỀ VIỆC …", or longer than an authority's name), else the
 * enacting authority ("ỦY BAN NHÂN DÂN TỈNH LONG AN", "BỘ TRƯỞNG BỘ TÀI CHÍNH").
 */
const SUMMARY_START =
  /^(?:VỀ|V\/V|BAN HÀNH|QUY ĐỊNH|SỬA ĐỔI|BỔ SUNG|HƯỚNG DẪN|PHÊ DUYỆT|THÀNH LẬP|TRIỂN KHAI|THỰC HIỆN|TĂNG CƯỜNG|ĐIỀU CHỈNH|KIỆN TOÀN|BÃI BỎ|GIAO|QUẢN LÝ|CHI TIẾT|TỔ CHỨC THỰC HIỆN)\b/;
const AUTHORITY_MAX_LENGTH = 80;
const DASH_THEN_NAME = /^[-–]\p{Lu}/u;
const SESSION_LINE = /\bKỲ HỌP THỨ\b|^(?:CỦA\s+)?QUỐC HỘI\s+KH[OÓ]A\b/;

function readsAsSummary(text: string): boolean {
  return text.length > AUTHORITY_MAX_LENGTH || SUMMARY_START.test(text);
}

function startsLower(text: string): boolean {
  const c = text[0];
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

/** The deputy's title after "KT. <head's title>": "PHÓ CHỦ TỊCH", a minister's "THỨ TRƯỞNG". */
const DEPUTY_TITLE = /\s(?:PHÓ|THỨ TRƯỞNG)(?=\s|,|$)/;
/** A head's title ending a "TM. <body>" line (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 8). */
const HEAD_TITLE_AT_END =
  /\s(?:CHỦ TỊCH|THỦ TƯỚNG|TỔNG BÍ THƯ|BÍ THƯ|BỘ TRƯỞNG|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|TRƯỞNG BAN|CHỦ NHIỆM|TỔNG KIỂM TOÁN|HIỆU TRƯỞNG|THỐNG ĐỐC)$/;

/** A deputy's title written in sentence case ("Phó Thủ tướng", "Thứ trưởng"), and how long such a line may be. */
const DEPUTY_LINE = /^(?:Phó|Thứ trưởng)\s+\p{L}|^Thứ trưởng$/u;
const DEPUTY_LINE_MAX = 60;

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
 * "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line: split before each authority
 * prefix, before the deputy's title that follows "KT. …" ("PHÓ …", a minister's "THỨ TRƯỞNG"),
 * and between a collective body and its head's title after "TM." ("TM. CHÍNH PHỦ THỦ TƯỚNG",
 * "TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH").
 */
function splitSignature(u: CUnit): TextSpan[] {
  const text = u.text;
  const cuts = [0];
  const re = /\s(TM|KT|TL|TUQ|Q)\.\s/g;
  for (let m = re.exec(text); m; m = re.exec(text)) cuts.push(m.index + 1);
  const kt = text.indexOf("KT.");
  if (kt >= 0) {
    const deputy = DEPUTY_TITLE.exec(text.slice(kt + 3));
    if (deputy) cuts.push(kt + 3 + deputy.index + 1);
  }
  const tm = text.indexOf("TM.");
  if (tm >= 0) {
    const next = cuts.filter((c) => c > tm).sort((a, b) => a - b)[0] ?? text.length;
    const segment = text.slice(tm + 3, next).trimEnd();
    const head = HEAD_TITLE_AT_END.exec(segment);
    // At least two words of the body's name before the title ("TM. ĐOÀN CHỦ TỊCH" is a body).
    if (head && segment.slice(0, head.index).trim().split(/\s+/).length >= 2) cuts.push(tm + 3 + head.index + 1);
  }
  cuts.sort((a, b) => a - b);
  const spans: TextSpan[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const s = cuts[k]!;
    let e = k + 1 < cuts.length ? cuts[k + 1]! : text.length;
    while (e > s && text[e - 1] === " ") e--;
    if (e > s) spans.push(textSpan(u, s, e));
  }
  return spans;
}
