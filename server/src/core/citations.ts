// Citations of other documents inside a document: "Quyết định số 595/QĐ-UBND ngày 05/3/2013 của
// UBND tỉnh về …", "Nghị định 30/2020/NĐ-CP", "Chỉ thị số 25-CT/TU", "Luật Tổ chức chính quyền địa
// phương ngày 19/6/2015", the short forms "Quyết định 595/QĐ-UBND" and "Nghị định 30".
//
// Scanning is linear: a cheap test (a document-type word followed, within a few characters, by a
// digit or "ngày"/"năm") picks candidate positions, and the inline grammar (CitationAt) runs on a
// bounded slice from there. Ranges are exact positions in the ORIGINAL text (UTF-16, per line).
// It reads the text layer's logical units (core/parser/index.ts logicalUnits): a citation wrapped
// over lines ("Quyết định số 1346/QĐ-UBND" / "ngày 06/4/2016 …", "… của Thủ" / "tướng Chính phủ")
// is read whole, in NFC with emphasis markers set aside, and mapped back to the original text.
import { isValidDate } from "./dates.js";
import type { DatePart, DateValue, DocNumber, Range, Section, TextSpan, VbhcDocument } from "./model.js";
import { oncePer, TextMemo } from "./memo.js";
import { citationsAt, type RawCitation, type RawDate, type RawPart, type Span } from "./parser/grammar.js";
import { logicalUnits, type LogicalUnit } from "./parser/index.js";
import { lineInRange } from "./positions.js";
import { sectionOfLine } from "./sections.js";

/** A document number as cited, with its range. */
export interface CitedNumber extends DocNumber {
  range: Range;
}

export interface Citation {
  /** From the type word to the end of what was read (summary included). */
  range: Range;
  /** The type word as written and its canonical form ("Quyết định", "Luật", "Văn bản"). */
  type: TextSpan;
  kind: string;
  number: CitedNumber | null;
  /** A law's name ("Tổ chức chính quyền địa phương"). */
  name: TextSpan | null;
  /** The date of the cited document: right after the number, or after the issuer. */
  date: DateValue | null;
  /** "năm 2015" written in place of a date. */
  yearOnly: DatePart | null;
  issuer: TextSpan | null;
  summary: TextSpan | null;
  /** The section (main document or attachment) the citation is in. */
  section: Section;
  /** In a căn cứ line of a preamble, in its proposal line ("Theo đề nghị … tại Tờ trình số …"), or elsewhere. */
  context: "basis" | "proposal" | "text";
  /** For a short form ("Nghị định 30"): the earlier full citation it abbreviates, if any. */
  antecedent: Citation | null;
  /**
   * The clean text before the type word in its logical unit (at most LEAD_CHARS characters): what
   * a rule reads to see how the citation is introduced ("Căn cứ ", "ban hành ngày … kèm theo ").
   */
  lead: string;
  /** In a Markdown heading or a table cell: a document named in short, not running text. */
  inHeadingOrCell: boolean;
}

/** How much of the text before a citation is kept in its `lead`. */
export const LEAD_CHARS = 80;

/** Canonical spelling of each type word (lower-case NFC key). */
const CANONICAL: Record<string, string> = {
  "thông tư liên tịch": "Thông tư liên tịch",
  "nghị quyết liên tịch": "Nghị quyết liên tịch",
  "nghị quyết": "Nghị quyết",
  "nghị định": "Nghị định",
  "quyết định": "Quyết định",
  "chỉ thị": "Chỉ thị",
  "thông tư": "Thông tư",
  "kế hoạch": "Kế hoạch",
  "công văn": "Công văn",
  "văn bản": "Văn bản",
  "thông báo": "Thông báo",
  "hướng dẫn": "Hướng dẫn",
  "công điện": "Công điện",
  "chương trình": "Chương trình",
  "tờ trình": "Tờ trình",
  "báo cáo": "Báo cáo",
  "quy định": "Quy định",
  "quy chế": "Quy chế",
  "kết luận": "Kết luận",
  "pháp lệnh": "Pháp lệnh",
  lệnh: "Lệnh",
  "bộ luật": "Bộ luật",
  luật: "Luật",
  "hiến pháp": "Hiến pháp",
};

export function canonicalType(word: string): string {
  return CANONICAL[word.normalize("NFC").toLowerCase().replace(/\s+/g, " ")] ?? word;
}

/** Laws, codes, ordinances and the Constitution: cited by name and date. */
export function isLawKind(kind: string): boolean {
  return kind === "Luật" || kind === "Bộ luật" || kind === "Hiến pháp" || kind === "Pháp lệnh";
}

// The cheap test. The alternatives are literals, longest first. A type word must not follow a
// letter or digit: that is tested on each match (see letterOrDigitBefore), not by a look-behind,
// which would run at every position of every line and cost three times the whole search.
const TYPE_WORD =
  /(?:Thông tư liên tịch|Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Công văn|văn bản|Thông báo|Hướng dẫn|Công điện|Chương trình|Tờ trình|Báo cáo|Quy định|Quy chế|Kết luận|Pháp lệnh|Lệnh|Bộ luật|Luật|Hiến pháp)(?![\p{L}\p{N}])/giu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Is the character before `at` (a whole code point) a letter or a digit? */
export function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  const low = code >= 0xdc00 && code <= 0xdfff && at >= 2;
  return LETTER_OR_DIGIT.test(low ? text.slice(at - 2, at) : text[at - 1]!);
}

/**
 * What must follow a type word for the Citation grammar to match: a number right after it
 * ("Nghị định số 30/…", "Quyết định 12/…": DocType, NumberIntro, DocNumber), or, after a law's
 * capitalised type word ("Luật Đất đai ngày …", "Bộ luật … năm 2015"), a date or a year soon.
 * "quy định tại khoản 2 Điều 4" (most candidates, and never a citation) stops here.
 */
const NUMBER_NEXT = /^[ \t]*(?:số[ \t]*:?)?[ \t]*[0-9]/iu;
const LAW_TYPE = /^(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh)$/iu;
const DATE_SOON = /[0-9]|ngày|năm/i;

/** How far after a law's type word its date may come: a name reads up to 160 characters. */
const LAW_DATE_WINDOW = 200;

export function mayStartCitation(raw: string, at: number, word: string): boolean {
  const from = at + word.length;
  if (NUMBER_NEXT.test(raw.slice(from, from + 60))) return true;
  return LAW_TYPE.test(word) && "BLHP".includes(word[0]!) && DATE_SOON.test(raw.slice(from, from + LAW_DATE_WINDOW));
}
/** The longest slice the grammar reads from one candidate. */
const SLICE = 400;

const CITATIONS = oncePer(scan);

/** Every citation of another document in the model (scrape noise skipped); computed once per model. */
export function findCitations(document: VbhcDocument): Citation[] {
  return CITATIONS(document);
}

function preambleLines(document: VbhcDocument): Map<number, "basis" | "proposal"> {
  const lines = new Map<number, "basis" | "proposal">();
  for (const s of [document, ...document.attachments]) {
    for (const l of s.preamble?.lines ?? []) {
      for (let i = l.text.range.start.line; i <= l.text.range.end.line; i++) lines.set(i, l.kind);
    }
  }
  return lines;
}

interface Candidate {
  unit: LogicalUnit;
  at: number;
  word: number;
  /** The unit's text from the candidate on (bounded). */
  slice: string;
}

/** Candidate slices per parser call: one call per document, or per this many characters. */
const BATCH_CHARS = 200_000;

/** A type word in a unit's text that may start a citation. */
interface LineCandidate {
  at: number;
  word: number;
}

const NO_CANDIDATES: readonly LineCandidate[] = Object.freeze([]) as readonly LineCandidate[];
/** Unit texts → where a citation may start in them (the type-word search runs once per distinct text). */
const LINE_CANDIDATES = new TextMemo<readonly LineCandidate[]>();
/** Slices → what the grammar reads there (one grammar call for all slices not seen before). */
const SLICE_CITATIONS = new TextMemo<RawCitation | null>();

function lineCandidates(raw: string): readonly LineCandidate[] {
  return LINE_CANDIDATES.through(raw, () => {
    const found: LineCandidate[] = [];
    TYPE_WORD.lastIndex = 0;
    for (let m = raw.length < 4 ? null : TYPE_WORD.exec(raw); m; m = TYPE_WORD.exec(raw)) {
      const at = m.index;
      if (letterOrDigitBefore(raw, at)) {
        // As a look-behind would: try again from the next position ("xBộ luật" still finds "luật").
        TYPE_WORD.lastIndex = at + 1;
        continue;
      }
      if (!mayStartCitation(raw, at, m[0])) continue;
      found.push({ at, word: m[0].length });
    }
    return found.length > 0 ? found : NO_CANDIDATES;
  });
}

function scan(document: VbhcDocument): Citation[] {
  const preamble = preambleLines(document);
  const candidates: Candidate[] = [];
  for (const unit of logicalUnits(document)) {
    if (lineInRange(unit.line, document.noiseBefore) || lineInRange(unit.line, document.noiseAfter)) continue;
    for (const { at, word } of lineCandidates(unit.text)) candidates.push({ unit, at, word, slice: unit.text.slice(at, at + SLICE) });
  }
  // Parse the slices not seen before in as few calls as possible.
  const parsed: (RawCitation | null | undefined)[] = candidates.map((c) => SLICE_CITATIONS.get(c.slice));
  const fresh = candidates.flatMap((_c, i) => (parsed[i] === undefined ? [i] : []));
  for (let i = 0; i < fresh.length; ) {
    let size = 0;
    let j = i;
    while (j < fresh.length && (j === i || size + candidates[fresh[j]!]!.slice.length < BATCH_CHARS)) size += candidates[fresh[j++]!]!.slice.length + 1;
    const batch = fresh.slice(i, j);
    citationsAt(batch.map((k) => candidates[k]!.slice)).forEach((c, n) => {
      parsed[batch[n]!] = c;
      SLICE_CITATIONS.set(candidates[batch[n]!]!.slice, c);
    });
    i = j;
  }
  const out: Citation[] = [];
  let resumeUnit: LogicalUnit | null = null;
  let resumeAt = 0;
  candidates.forEach((cand, i) => {
    const c = parsed[i];
    if (!c) return;
    // Inside the number, date or issuer of the previous citation: not a citation of its own.
    if (cand.unit === resumeUnit && cand.at < resumeAt) return;
    const { unit, at, slice } = cand;
    const rangeAt: At = (s, e) => unit.range(at + s, at + e);
    const citation = build(document, c, slice, rangeAt, unit, preamble.get(unit.line) ?? "text", unit.text.slice(Math.max(0, at - LEAD_CHARS), at));
    if (!citation) return;
    SPANS.set(citation, { unit, at, headEnd: at + Math.max(cand.word, c.end), end: at + c.fullEnd });
    out.push(citation);
    // Continue after the number, date and issuer: the summary may cite other documents.
    resumeUnit = unit;
    resumeAt = at + Math.max(cand.word, c.end);
  });
  linkShortForms(out);
  return out;
}

/** Where a citation sits in its logical unit (offsets into `unit.text`). */
export interface CitationSpan {
  unit: LogicalUnit;
  /** The type word. */
  at: number;
  /** After the number, date and issuer (where the summary, if any, begins). */
  headEnd: number;
  /** After the summary. */
  end: number;
}

const SPANS = new WeakMap<Citation, CitationSpan>();

/** The logical unit a citation was read from, and its offsets there (null for an unpacked citation). */
export function citationSpan(c: Citation): CitationSpan | null {
  return SPANS.get(c) ?? null;
}

/** A law's "name" that is the word "này" (this): the citing document itself. */
const SELF_NAME = /^này(?![\p{L}\p{N}])/u;

/** The original range of [s, e) of the slice. */
type At = (s: number, e: number) => Range;

function rangeOf(span: Span, at: At): Range {
  return at(span[0], span[1]);
}

function textSpan(slice: string, span: Span, at: At): TextSpan {
  return { text: slice.slice(span[0], span[1]).replace(/\s+/g, " ").trim(), range: rangeOf(span, at) };
}

function datePart(part: RawPart | null, at: At): DatePart | null {
  return part ? { text: part.text, value: Number(part.text), range: rangeOf(part.span, at) } : null;
}

function dateValue(d: RawDate, at: At): DateValue {
  return { form: d.form, day: datePart(d.day, at), month: datePart(d.month, at), year: datePart(d.year, at), range: rangeOf(d.span, at) };
}

function build(document: VbhcDocument, c: RawCitation, slice: string, at: At, unit: LogicalUnit, context: Citation["context"], lead: string): Citation | null {
  const line = unit.line;
  const kind = canonicalType(c.type.text);
  let number: CitedNumber | null = c.number
    ? { form: c.number.form, number: c.number.number, year: c.number.year, symbol: c.number.symbol, raw: c.number.raw, range: rangeOf(c.number.span, at) }
    : null;
  // "Thông tư 01/2011": number and year, a short form without the symbol.
  if (number?.form === "state" && !number.year && number.symbol && /^\d{4}$/.test(number.symbol)) {
    number = { ...number, form: "bare", year: number.symbol, symbol: null };
  }
  const name = c.name ? textSpan(slice, c.name, at) : null;
  // "Luật này", "Bộ luật này có hiệu lực từ ngày …": the document itself, not a cited one.
  if (name && SELF_NAME.test(name.text)) return null;
  // A law needs its name or a number; other types need a number.
  if (!number && !(isLawKind(kind) && (name || kind === "Hiến pháp"))) return null;
  const rawDate = c.date ?? c.lateDate;
  return {
    range: rangeOf([0, c.fullEnd], at),
    type: { text: c.type.text, range: rangeOf(c.type.span, at) },
    kind,
    number,
    name,
    date: rawDate ? dateValue(rawDate, at) : null,
    yearOnly: datePart(c.yearOnly, at),
    issuer: c.issuer ? textSpan(slice, c.issuer, at) : null,
    summary: c.summary ? textSpan(slice, c.summary, at) : null,
    section: sectionOfLine(document, line),
    context,
    antecedent: null,
    lead,
    inHeadingOrCell: unit.headingOrCell,
  };
}

/** "Nghị định 30" after "Nghị định số 30/2020/NĐ-CP": link the short form to its first mention. */
function linkShortForms(citations: Citation[]): void {
  const seen = new Map<string, Citation>();
  for (const c of citations) {
    if (!c.number) continue;
    const key = `${c.kind}|${stripZeros(c.number.number).toUpperCase()}`;
    if (c.number.form === "bare") c.antecedent = seen.get(key) ?? null;
    else seen.set(key, c);
  }
}

function stripZeros(n: string): string {
  const s = n.replace(/^0+(?=\d)/, "");
  return s;
}

// Keys ------------------------------------------------------------------------------------

/** "30/2020/NĐ-CP", "595/QĐ-UBND", "25-CT/TU": upper case, no spaces, no leading zeros. */
export function numberKey(n: Pick<DocNumber, "form" | "number" | "year" | "symbol">, withYear = true): string | null {
  if (!n.symbol || n.form === "bare") return null;
  const num = stripZeros(n.number).toUpperCase();
  const symbol = n.symbol.replace(/\s+/g, "").normalize("NFC").toUpperCase();
  if (n.form === "party") return `${num}-${symbol}`;
  return withYear && n.year ? `${num}/${n.year}/${symbol}` : `${num}/${symbol}`;
}

/** A law's name for matching: lower case, single spaces, "Luật"/"Bộ luật" dropped, "uỷ" → "ủy". */
export function nameKey(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/^(bộ luật|luật|pháp lệnh)\s+/, "")
    .replace(/uỷ/g, "ủy")
    .replace(/hoà/g, "hòa")
    .replace(/\s+/g, " ")
    .replace(/[,.;]+$/, "")
    .trim();
}

/** The cited date as "2020-03-05" when complete and valid. */
export function citedIso(c: Citation): string | null {
  const d = c.date;
  if (!d?.day || !d.month || !d.year) return null;
  if (!isValidDate(d.year.value, d.month.value, d.day.value)) return null;
  return `${String(d.year.value).padStart(4, "0")}-${String(d.month.value).padStart(2, "0")}-${String(d.day.value).padStart(2, "0")}`;
}

/** The cited year: from the date, "năm 2015", or the year inside the number. */
export function citedYear(c: Citation): number | null {
  if (c.date?.year) return c.date.year.value;
  if (c.yearOnly) return c.yearOnly.value;
  if (c.number?.year) return Number(c.number.year);
  return null;
}

/** Groups of a state symbol ("QĐ-UBND" → ["QĐ", "UBND"]) or a Party symbol ("CT/TU" → ["CT", "TU"]). */
export function symbolGroups(n: Pick<DocNumber, "symbol">): string[] {
  return (n.symbol ?? "")
    .split(/[-/]/)
    .map((g) => g.trim())
    .filter((g) => g.length > 0);
}
