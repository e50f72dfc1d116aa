// Deadlines (thời hạn) in the body of a document: each date a task must be done by, with the
// numbered item and the sentence it belongs to, its form (a day, a month, a quarter, a "từ …
// đến …" range), the year inferred from the issue date when the text leaves it out, and the
// last day to meet it as config reads "trước ngày X".
//
// A date is a deadline only when a cue names it one, right before it: "trước (ngày)",
// "chậm nhất (ngày)", "hạn", "trong ngày", "đến (hết) ngày", "trong/trước tháng …",
// "trong quý …", "từ … đến …"; "vào ngày X" is a scheduled date. Dates with no cue — the date of
// a meeting ("Ngày 14/8/2015, …"), of a cited document ("Quyết định số … ngày 05/3/2013"), of a
// reported fact ("đã gửi trước ngày …"), of a data period ("số liệu tính từ … đến …"), a
// recurring date ("trước ngày 15/12 hằng năm") — are never deadlines. Only the body is read
// (not the header, title, căn cứ or closing). See docs/deadlines.md.
import { addDays, compareDates, formatShort, lastDayOfMonth } from "./calendar/civil.js";
import { calendarFor, type DayInfo } from "./calendar/holidays.js";
import { daysInMonth, isLeapYear, isValidDate, type CivilDate } from "./dates.js";
import type { DateValue, Item, Range, Section, TextSpan, VbhcDocument } from "./model.js";
import { datesAt, type RawDate } from "./parser/grammar.js";
import { TextMemo } from "./memo.js";
import { lineUnits, origEnd, origStart } from "./text/units.js";
import type { LocalizedText, ResolvedConfig } from "./rule.js";
import { sections } from "./sections.js";

export type DeadlineForm = "day" | "month" | "quarter";

/**
 * How the cue names the last day: "before" ("trước ngày X": X or the day before, by config),
 * "by" ("chậm nhất ngày X", "hạn X", "trong ngày X": X itself), "until" ("đến hết ngày X"),
 * "within" ("trong tháng 10": the month's last day), "on" ("vào ngày X": a scheduled date),
 * "range" ("từ ngày A đến ngày B": B is the last day).
 */
export type DeadlineCue = "before" | "by" | "until" | "within" | "on" | "range";

export interface DeadlinePart {
  value: number;
  text: string;
}

export interface Deadline {
  /** 0 for the document, 1… for its attachments (sections()). */
  section: number;
  form: DeadlineForm;
  cue: DeadlineCue;
  /** The cue as written ("trước ngày", "chậm nhất ngày", "trong tháng"). */
  cueText: string;
  /** From the cue to the end of the date. */
  range: Range;
  /** The date expression that names the last day ("25/8/2015", "25 tháng 8 năm 2015", "tháng 10/2019", "quý III/2025"). */
  dateRange: Range;
  dateText: string;
  /** Values as written (a quarter has no month, a month no day). */
  written: { day: DeadlinePart | null; month: DeadlinePart | null; quarter: number | null; year: DeadlinePart | null };
  /** Numeric ("25/8/2015"), worded ("25 tháng 8 năm 2015"), or the month/quarter word form. */
  style: { kind: "numeric"; separator: string } | { kind: "worded" } | { kind: "month" } | { kind: "quarter" };
  /** dateText is the original text of dateRange (no Markdown or NFD inside): edits can be offered. */
  verbatim: boolean;
  /** The year used: written, or inferred from the issue date; null when neither is known. */
  year: number | null;
  yearInferred: boolean;
  /** The written day with its year (day form); null when it does not exist or the year is unknown. */
  date: CivilDate | null;
  /** Why the written date cannot exist; null otherwise. */
  invalid: LocalizedText | null;
  /** The last day to meet the deadline. */
  lastDay: CivilDate | null;
  /** "từ ngày A đến ngày B": A. */
  start: { text: string; range: Range; date: CivilDate | null } | null;
  /** The numbered item the date is in ("2.3", "5. e)"); null before the first item. */
  item: string | null;
  /** The sentence that holds the date: the task. */
  sentence: string;
  /** The complete issue date of the section (or of the document, for an attachment without one). */
  issueDate: CivilDate | null;
}

// ---------------------------------------------------------------------------------------------
// Scanning one line of text.

interface Candidate {
  form: DeadlineForm;
  /** Offsets in the cleaned text. */
  cueScanEnd: number;
  start: number;
  end: number;
  hasNgay: boolean;
  day: DeadlinePart | null;
  month: DeadlinePart | null;
  quarter: number | null;
  year: DeadlinePart | null;
  style: Deadline["style"];
}

const LETTER = /\p{L}/u;
/** A letter of any script; ASCII answered without the Unicode regex (most characters are ASCII). */
const isLetter = (c: string | undefined) => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(c);
};
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

function lowerKeepingLength(t: string): string {
  const lower = t.toLowerCase();
  if (lower.length === t.length) return lower;
  let out = "";
  for (const ch of t) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const WORDED_AHEAD = /^ngày[\s….·_]*(?:\d{1,2}[\s….·_]*)?tháng/;
const NUMERIC_AHEAD = /^\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)/;
const MONTH_FORM = /^tháng\s*(\d{1,2})(?:\s*([/.-])\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\d/])/;
const QUARTER_FORM = /^quý\s*(iv|iii|ii|i|[1-4])(?:\s*[/-]\s*(\d{4})|\s+năm\s+(\d{4}))?(?![\p{L}\d])/u;
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Where a candidate can start: the scan jumps from one to the next (no per-character loop). */
const CANDIDATE_START = /ngày|tháng|quý|[0-9]/g;

type DateLookup = (slice: string) => RawDate | null;

function scanCandidates(t: string, lower: string, dateAt: DateLookup): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < t.length) {
    CANDIDATE_START.lastIndex = i;
    const next = CANDIDATE_START.exec(lower);
    if (!next) break;
    i = next.index;
    const prev = lower[i - 1];
    const wordStart = !isLetter(prev) && !isDigit(prev);
    if (wordStart && lower.startsWith("ngày", i) && !isLetter(lower[i + 4])) {
      // Cheap tests first: a failed grammar call costs far more than a regex.
      const worded = WORDED_AHEAD.test(lower.slice(i, i + 40)) ? dateAt(t.slice(i, i + 80)) : null;
      if (worded && worded.form === "worded") {
        if (worded.day && worded.month) {
          out.push({
            form: "day",
            cueScanEnd: i,
            start: i + worded.span[0],
            end: i + worded.span[1],
            hasNgay: true,
            day: part(worded.day),
            month: part(worded.month),
            quarter: null,
            year: worded.year ? part(worded.year) : null,
            style: { kind: "worded" },
          });
        }
        i += Math.max(worded.span[1], 4);
        continue;
      }
      let j = i + 4;
      while (t[j] === " " || t[j] === "\t") j++;
      if (isDigit(t[j])) {
        const c = numericAt(t, j, i, true, dateAt);
        if (c) {
          out.push(c);
          i = c.end;
          continue;
        }
      }
      i += 4;
      continue;
    }
    if (isDigit(t[i]) && !isDigit(prev) && !isLetter(prev) && prev !== "/" && prev !== "." && prev !== "-" && prev !== ":" && prev !== ",") {
      const c = numericAt(t, i, i, false, dateAt);
      if (c) {
        out.push(c);
        i = c.end;
        continue;
      }
      while (isDigit(t[i])) i++;
      continue;
    }
    if (wordStart && lower.startsWith("tháng", i)) {
      const m = MONTH_FORM.exec(lower.slice(i, i + 40));
      if (m && (m[2] === undefined || m[2] === "/" || m[3] === undefined)) {
        const yearText = m[3] ?? m[4];
        const monthText = m[1]!;
        out.push({
          form: "month",
          cueScanEnd: i,
          start: i,
          end: i + m[0].length,
          hasNgay: false,
          day: null,
          month: { value: Number(monthText), text: monthText },
          quarter: null,
          year: yearText ? { value: Number(yearText), text: yearText } : null,
          style: { kind: "month" },
        });
        i += m[0].length;
        continue;
      }
    }
    if (wordStart && lower.startsWith("quý", i)) {
      const m = QUARTER_FORM.exec(lower.slice(i, i + 30));
      if (m) {
        const yearText = m[2] ?? m[3];
        out.push({
          form: "quarter",
          cueScanEnd: i,
          start: i,
          end: i + m[0].length,
          hasNgay: false,
          day: null,
          month: null,
          quarter: ROMAN_QUARTER[m[1]!]!,
          year: yearText ? { value: Number(yearText), text: yearText } : null,
          style: { kind: "quarter" },
        });
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  return out;
}

function part(p: { text: string }): DeadlinePart {
  return { text: p.text, value: Number.parseInt(p.text, 10) };
}

/** A numeric date at t[at]; `cueEnd` is where the cue search ends ("ngày" when it precedes). */
function numericAt(t: string, at: number, cueEnd: number, hasNgay: boolean, dateAt: DateLookup): Candidate | null {
  if (!NUMERIC_AHEAD.test(t.slice(at, at + 12))) return null;
  const raw = dateAt(t.slice(at, at + 24));
  if (raw?.form !== "numeric" || !raw.day || !raw.month) return null;
  const sep = t.slice(at + raw.day.span[1], at + raw.month.span[0]).trim();
  const day = part(raw.day);
  const month = part(raw.month);
  // Without "ngày", only "25/8/2015" reads as a date ("20-30%", "1.4" do not), and only when it could be one.
  if (!hasNgay && (sep !== "/" || month.value < 1 || month.value > 12 || day.value < 1 || day.value > 31)) return null;
  return {
    form: "day",
    cueScanEnd: cueEnd,
    start: at + raw.span[0],
    end: at + raw.span[1],
    hasNgay,
    day,
    month,
    quarter: null,
    year: raw.year ? part(raw.year) : null,
    style: { kind: "numeric", separator: sep },
  };
}

interface Cue {
  cue: DeadlineCue | "from";
  start: number;
  text: string;
}

// Each pattern ends where the date (or its "ngày") starts. Longest forms first.
const DAY_CUES: { re: RegExp; cue: DeadlineCue | "from"; needsNgay?: boolean }[] = [
  { re: /(chậm nhất|muộn nhất)(?:\s+là)?(?:\s+vào)?(?:\s+trong)?\s*$/u, cue: "by" },
  { re: /không\s+(?:quá|muộn hơn|chậm hơn)\s*$/u, cue: "by" },
  { re: /(?:thời\s+)?hạn(?:\s+(?:chót|cuối))?(?:\s+(?:là|vào))?\s*:?\s*$/u, cue: "by" },
  { re: /(?:đến|tới)\s+hết\s*$/u, cue: "until" },
  { re: /hết\s*$/u, cue: "until", needsNgay: true },
  { re: /(?:đến|tới)\s*$/u, cue: "until" },
  { re: /trước\s*$/u, cue: "before" },
  { re: /trong\s*$/u, cue: "by", needsNgay: true },
  { re: /vào\s*$/u, cue: "on" },
  { re: /từ\s*$/u, cue: "from" },
];

const PERIOD_CUES: { re: RegExp; cue: DeadlineCue | "from" }[] = [
  { re: /(chậm nhất|muộn nhất)(?:\s+là)?(?:\s+(?:vào|trong))?\s*$/u, cue: "within" },
  { re: /(?:đến|tới)(?:\s+hết)?\s*$/u, cue: "until" },
  { re: /hết\s*$/u, cue: "until" },
  { re: /trước\s*$/u, cue: "before" },
  { re: /trong\s*$/u, cue: "within" },
  { re: /(?:hoàn thành|xong)\s*$/u, cue: "within" },
  { re: /vào\s*$/u, cue: "within" },
  { re: /từ\s*$/u, cue: "from" },
];

/** A time of day or a weekday between the cue and the date: "trước 17 giờ 00 (thứ Sáu,) ngày …". */
const TIME_OR_WEEKDAY_TAIL = /(?:\s*(?:\d{1,2}\s*(?:giờ|h|g)(?:\s*\d{1,2}(?:\s*phút|')?)?|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?)+\s*$/u;

function findCue(lower: string, t: string, c: Candidate): Cue | null {
  const from = Math.max(0, c.cueScanEnd - 80);
  const tail = lower.slice(from, c.cueScanEnd).replace(TIME_OR_WEEKDAY_TAIL, " ");
  const table = c.form === "day" ? DAY_CUES : PERIOD_CUES;
  for (const entry of table) {
    if ("needsNgay" in entry && entry.needsNgay && !c.hasNgay) continue;
    const m = entry.re.exec(tail);
    if (!m) continue;
    const start = from + m.index;
    if (isLetter(lower[start - 1])) continue; // "trước" must be a word of its own
    return { cue: entry.cue, start, text: t.slice(start, c.start).replace(/\s+/g, " ").trim() };
  }
  return null;
}

/** Words right before a cue that make the date a fact rather than a deadline. */
const REFERENCE_BEFORE_CUE =
  /(?:^|[^\p{L}])(?:(?:đã|tính|kể|trước đây)(?:\s+[^\s,;.:!?()]+){0,3}|(?:được\s+)?(?:ban hành|(?<!đăng\s)ký|phát sinh)|hiệu lực(?:\s+thi hành)?(?:\s+kể)?)\s*$/u;
/** In the clause before a "từ … đến …": a data period, not a task. */
const DATA_PERIOD = /(?:^|[^\p{L}])(?:số liệu|kỳ báo cáo|kỳ số liệu)(?:[^\p{L}]|$)/u;
/** After the date: a recurring date ("15/12 hằng năm", "ngày 20 hàng tháng"). */
const RECURRING_AFTER = /^\s*(?:của\s+)?(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)/u;

const PERIOD_FACT_AFTER = /^\s*(?:vừa qua|qua|vừa rồi|trước đó|cho thấy|đã|được ghi nhận|có\s)/u;
const PERIOD_FACT_BEFORE = /(?:^|[^\p{L}])(?:kết quả|tình hình|số liệu|so với)(?:[^\p{L}]|$)/u;
const PAST_AFTER = /(?:^|[^\p{L}])đã(?:[^\p{L}]|$)/u;

/** Looks at most this far around a date (keeps a paragraph of any length linear). */
const CLAUSE_WINDOW = 160;

function clauseAfter(lower: string, at: number): string {
  let k = at;
  const limit = Math.min(lower.length, at + CLAUSE_WINDOW);
  while (k < limit && !";.!?".includes(lower[k]!)) k++;
  return lower.slice(at, k);
}

function clauseBefore(lower: string, at: number): string {
  let k = at;
  const limit = Math.max(0, at - CLAUSE_WINDOW);
  while (k > limit && !",;.:!?()".includes(lower[k - 1]!)) k--;
  return lower.slice(k, at);
}

// ---------------------------------------------------------------------------------------------
// Mapping cleaned text back to the original.

interface SpanMap {
  start(i: number): number;
  end(i: number): number;
  verbatim: boolean;
}

function spanMap(document: VbhcDocument, span: TextSpan): SpanMap | null {
  const { line, character } = span.range.start;
  const lineStart = document.lineStarts[line]!;
  const lineText = document.text.slice(lineStart, lineStart + document.lineLengths[line]!);
  if (span.range.end.line === line && lineText.slice(character, span.range.end.character) === span.text) {
    return { start: (i) => character + i, end: (i) => character + i, verbatim: true };
  }
  for (const u of lineUnits(lineText, line)) {
    for (let k = 0; k <= u.text.length - span.text.length; k++) {
      if (origStart(u, k) !== character) continue;
      if (!u.text.startsWith(span.text, k)) continue;
      return { start: (i) => origStart(u, k + i), end: (i) => origEnd(u, k + i), verbatim: false };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dates and years.

interface IssueInfo {
  date: CivilDate | null;
  year: number | null;
  month: number | null;
}

function issueInfo(date: DateValue | null | undefined): IssueInfo {
  if (date?.year?.text.length !== 4) return { date: null, year: null, month: null };
  const year = date.year.value;
  const month = date.month && date.month.value >= 1 && date.month.value <= 12 ? date.month.value : null;
  const day = date.day?.value ?? null;
  const complete = month !== null && day !== null && isValidDate(year, month, day) ? { year, month, day } : null;
  return { date: complete, year, month };
}

/** The year of a day/month written without one: the issue year, or the next when the date would otherwise fall before the issue date and falls within six months after it in the next year. */
export function inferYear(issue: IssueInfo, month: number, day: number): number | null {
  if (issue.year === null) return null;
  const y = issue.year;
  if (issue.date) {
    const thisYear = { year: y, month, day: Math.min(day, daysInMonth(y, month)) };
    if (compareDates(thisYear, issue.date) >= 0) return y;
    const next = { year: y + 1, month, day: Math.min(day, daysInMonth(y + 1, month)) };
    return dayDiff(issue.date, next) <= 183 ? y + 1 : y;
  }
  if (issue.month !== null) {
    if (month >= issue.month) return y;
    return month + 12 - issue.month <= 6 ? y + 1 : y;
  }
  return y;
}

function dayDiff(a: CivilDate, b: CivilDate): number {
  return Date.UTC(b.year, b.month - 1, b.day) / 86400000 - Date.UTC(a.year, a.month - 1, a.day) / 86400000;
}

function invalidReason(day: number, month: number, year: number | null, yearText: string | null, hasNgay: boolean): LocalizedText | null {
  if (yearText !== null && (yearText.length !== 4 || Number(yearText) < 1945 || Number(yearText) > 2100)) {
    return { vi: `năm “${yearText}” không hợp lệ`, en: `the year “${yearText}” is not valid` };
  }
  if (month < 1 || month > 12) return hasNgay ? { vi: `không có tháng ${month}`, en: `there is no month ${month}` } : null;
  if (day < 1) return { vi: `không có ngày ${day}`, en: `there is no day ${day}` };
  const max = year !== null ? daysInMonth(year, month) : month === 2 ? 29 : daysInMonth(2000, month);
  if (day <= max) return null;
  if (month === 2 && day === 29 && year !== null && !isLeapYear(year)) {
    return { vi: `năm ${year} không nhuận, tháng 2 chỉ có 28 ngày`, en: `${year} is not a leap year: February has 28 days` };
  }
  return { vi: `tháng ${month} chỉ có ${max} ngày`, en: `month ${month} has only ${max} days` };
}

function quarterEnd(year: number, quarter: number): CivilDate {
  return lastDayOfMonth(year, quarter * 3);
}

// ---------------------------------------------------------------------------------------------
// Items and sentences.

function markerLabel(item: Item): string {
  const { style, label, punct } = item.marker;
  const word = { part: "Phần ", chapter: "Chương ", section: "Mục ", article: "Điều " }[style as string] ?? "";
  return `${word}${label}${punct}`;
}

function itemPath(chain: readonly Item[]): string | null {
  const numbered = chain.filter((i) => i.marker.style !== "bullet");
  const pieces: string[] = [];
  numbered.forEach((it, k) => {
    const next = numbered[k + 1];
    // "2." then "2.3": the hierarchical label already names its parent.
    if (next && next.marker.style === "hierarchical" && next.marker.label.startsWith(`${it.marker.label}.`)) return;
    pieces.push(markerLabel(it));
  });
  return pieces.length > 0 ? pieces.join(" ") : null;
}

const isSentenceEnd = (t: string, k: number) => ".;!?".includes(t[k]!) && (k + 1 >= t.length || /\s/.test(t[k + 1]!));

function sentenceAround(t: string, from: number, to: number): string {
  // The sentence ends at ". ", "; ", "! ", "? " or the end of the text; looked for within a window.
  let start = from;
  const lowest = Math.max(0, from - 600);
  while (start > lowest && !isSentenceEnd(t, start - 1)) start--;
  let end = to;
  const highest = Math.min(t.length, to + 600);
  while (end < highest && !isSentenceEnd(t, end)) end++;
  if (end < t.length && isSentenceEnd(t, end)) end++;
  // A long sentence is cut around the date, which stays in the task text.
  if (end - start > 300) {
    let a = Math.max(start, to - 240);
    let b = Math.min(end, a + 300);
    while (a > start && t[a - 1] !== " ") a--;
    while (b < end && t[b] !== " ") b++;
    return `${a > start ? "…" : ""}${t.slice(a, b).trim()}${b < end ? "…" : ""}`;
  }
  return t.slice(start, end).trim();
}

// ---------------------------------------------------------------------------------------------
// Extraction.

interface Pending {
  cand: Candidate;
  cue: Cue;
  excluded: boolean;
  deadlineStart: number;
}

/** A deadline as the text of its paragraph alone shows it (no document, no calendar). */
interface TextDeadline {
  candidate: Candidate;
  cue: DeadlineCue;
  cueText: string;
  /** Where the deadline starts in the text (its cue, or a range's "từ"). */
  rangeStart: number;
  /** A range's first date ("từ ngày A đến ngày B"). */
  startCandidate: Candidate | null;
  sentence: string;
}

/** The deadlines of a paragraph's text, from its text alone. */
function deadlinesInText(t: string, lower: string, dateAt: DateLookup): readonly TextDeadline[] {
  const candidates = scanCandidates(t, lower, dateAt);
  if (candidates.length === 0) return NONE;
  const found: TextDeadline[] = [];
  let pending: Pending | null = null;
  for (const c of candidates) {
    const cue = findCue(lower, t, c);
    const prevPending: Pending | null = pending;
    pending = null;
    if (!cue) continue;
    if (RECURRING_AFTER.test(lower.slice(c.end, c.end + 20))) continue;
    const clause = clauseBefore(lower, cue.start);
    // "đã gửi trước ngày …", "ban hành trước ngày …", "tính đến ngày …": facts, not deadlines; so is
    // a clause that opens with the date and reports what was done ("Đến ngày 31/12/2024, … đã …").
    let excluded =
      REFERENCE_BEFORE_CUE.test(clause) ||
      (clause.trim() === "" && PAST_AFTER.test(clauseAfter(lower, c.end))) ||
      // "Kết quả kiểm tra trong tháng 8/2025 cho thấy …", "trong quý I vừa qua": a time, not a deadline.
      (cue.cue === "within" &&
        /^(?:trong|vào)\b/u.test(cue.text.toLowerCase()) &&
        (PERIOD_FACT_AFTER.test(clauseAfter(lower, c.end)) || PERIOD_FACT_BEFORE.test(clause)));
    if (cue.cue === "from") {
      pending = { cand: c, cue, excluded: excluded || DATA_PERIOD.test(clause), deadlineStart: cue.start };
      continue;
    }
    let cueKind: DeadlineCue = cue.cue;
    let rangeStart = cue.start;
    let cueText = cue.text;
    let startCandidate: Candidate | null = null;
    if (cue.cue === "until" && prevPending && /^\s*,?\s*$/.test(lower.slice(prevPending.cand.end, cue.start))) {
      // "từ ngày A đến (hết) ngày B": one deadline, B its last day.
      if (prevPending.excluded) continue;
      cueKind = "range";
      rangeStart = prevPending.deadlineStart;
      cueText = `${prevPending.cue.text} … ${cue.text}`;
      startCandidate = prevPending.cand;
      excluded = false;
    }
    if (excluded) continue;
    found.push({ candidate: c, cue: cueKind, cueText, rangeStart, startCandidate, sentence: sentenceAround(t, rangeStart, c.end) });
  }
  return found.length > 0 ? found : NONE;
}

const NONE: readonly TextDeadline[] = Object.freeze([]) as readonly TextDeadline[];

/** Paragraph texts → their deadlines (the scan, the date grammar and the cue tests are skipped for a text seen before). */
const TEXT_DEADLINES = new TextMemo<readonly TextDeadline[]>();

/** The deadlines of one paragraph or item text, placed in the document and judged by its issue date. */
function placeDeadlines(document: VbhcDocument, job: SpanJob, found: readonly TextDeadline[], issue: IssueInfo, config: ResolvedConfig, out: Deadline[]): void {
  const { span, chain, sectionIndex } = job;
  const t = span.text;
  const map = spanMap(document, span);
  const line = span.range.start.line;
  const rangeOf = (s: number, e: number): Range =>
    map ? { start: { line, character: map.start(s) }, end: { line, character: e > s ? map.end(e) : map.start(s) } } : span.range;
  for (const f of found) {
    const c = f.candidate;
    const s = f.startCandidate;
    const dateRange = rangeOf(c.start, c.end);
    const dateText = t.slice(c.start, c.end);
    out.push(
      buildDeadline(c, {
        section: sectionIndex,
        cue: f.cue,
        cueText: f.cueText,
        range: rangeOf(f.rangeStart, c.end),
        dateRange,
        dateText,
        verbatim: map !== null && (map.verbatim || document.text.slice(offsetOf(document, dateRange.start), offsetOf(document, dateRange.end)) === dateText),
        start: s ? { text: t.slice(s.start, s.end), range: rangeOf(s.start, s.end), date: null } : null,
        item: itemPath(chain),
        sentence: f.sentence,
        issue,
        config,
        startCandidate: s,
      }),
    );
  }
}

function offsetOf(document: VbhcDocument, p: { line: number; character: number }): number {
  return document.lineStarts[p.line]! + p.character;
}

interface BuildInput {
  section: number;
  cue: DeadlineCue;
  cueText: string;
  range: Range;
  dateRange: Range;
  dateText: string;
  verbatim: boolean;
  start: Deadline["start"];
  item: string | null;
  sentence: string;
  issue: IssueInfo;
  config: ResolvedConfig;
  startCandidate: Candidate | null;
}

function buildDeadline(c: Candidate, b: BuildInput): Deadline {
  const strict = b.config.deadline.before === "day-before";
  let year: number | null = c.year ? c.year.value : null;
  let yearInferred = false;
  let date: CivilDate | null = null;
  let invalid: LocalizedText | null = null;
  let lastDay: CivilDate | null = null;
  if (c.form === "day") {
    const day = c.day!.value;
    const month = c.month!.value;
    if (year === null && month >= 1 && month <= 12) {
      year = inferYear(b.issue, month, Math.max(1, day));
      yearInferred = year !== null;
    }
    invalid = invalidReason(day, month, c.year ? c.year.value : year, c.year?.text ?? null, c.hasNgay);
    if (!invalid && year !== null && isValidDate(year, month, day)) {
      date = { year, month, day };
      lastDay = b.cue === "before" && strict ? addDays(date, -1) : date;
    }
  } else if (c.form === "month") {
    const month = c.month!.value;
    if (month < 1 || month > 12) {
      invalid = { vi: `không có tháng ${month}`, en: `there is no month ${month}` };
    } else {
      if (year === null) {
        year = inferYear(b.issue, month, daysInMonth(2001, month));
        yearInferred = year !== null;
      }
      if (year !== null) {
        lastDay = b.cue === "before" && strict ? addDays({ year, month, day: 1 }, -1) : lastDayOfMonth(year, month);
      }
    }
  } else {
    const q = c.quarter!;
    if (year === null) {
      year = inferYear(b.issue, q * 3, daysInMonth(2001, q * 3));
      yearInferred = year !== null;
    }
    if (year !== null) {
      lastDay = b.cue === "before" && strict ? addDays({ year, month: q * 3 - 2, day: 1 }, -1) : quarterEnd(year, q);
    }
  }
  let start = b.start;
  if (start && b.startCandidate) {
    const s = b.startCandidate;
    let sy = s.year?.value ?? null;
    if (sy === null && year !== null && s.month) sy = s.month.value > (c.month?.value ?? 12) ? year - 1 : year;
    const sd =
      s.form === "day" && s.day && s.month && sy !== null && isValidDate(sy, s.month.value, s.day.value)
        ? { year: sy, month: s.month.value, day: s.day.value }
        : null;
    start = { ...start, date: sd };
  }
  return {
    section: b.section,
    form: c.form,
    cue: b.cue,
    cueText: b.cueText,
    range: b.range,
    dateRange: b.dateRange,
    dateText: b.dateText,
    written: { day: c.day, month: c.month, quarter: c.quarter, year: c.year },
    style: c.style,
    verbatim: b.verbatim,
    year,
    yearInferred,
    date,
    invalid,
    lastDay,
    start,
    item: b.item,
    sentence: b.sentence,
    issueDate: b.issue.date,
  };
}

function sectionIssue(document: VbhcDocument, section: Section): IssueInfo {
  const own = issueInfo(section.header?.placeDate?.date);
  if (own.date || section === document) return own;
  const main = issueInfo(document.header?.placeDate?.date);
  return main.date || main.year !== null ? main : own;
}

const CACHE = new WeakMap<VbhcDocument, Map<string, Deadline[]>>();

/** The items a text sits in, innermost first. */
interface Chain {
  item: Item;
  parent: Chain | null;
}

function chainArray(chain: Chain | null): Item[] {
  const out: Item[] = [];
  for (let c = chain; c; c = c.parent) out.push(c.item);
  return out.reverse();
}

/** A paragraph or item text to scan, with where it sits. */
interface SpanJob {
  span: TextSpan;
  chain: readonly Item[];
  sectionIndex: number;
}

/** Every deadline form has a digit or a quarter ("quý I"). */
const POSSIBLE_DEADLINE = /[0-9]|qu[ýÝ]/i;

/** Every deadline in the body of the document and of its attachments, in text order. */
export function extractDeadlines(document: VbhcDocument, config: ResolvedConfig): Deadline[] {
  const key = config.deadline.before;
  let byKey = CACHE.get(document);
  const cached = byKey?.get(key);
  if (cached) return cached;
  const out: Deadline[] = [];
  const all = sections(document);
  const jobs: SpanJob[] = [];
  const found: (readonly TextDeadline[] | undefined)[] = [];
  all.forEach((section, sectionIndex) => {
    // The item chain is a linked list, made an array only for a text that may hold a deadline.
    const add = (span: TextSpan, chain: Chain | null) => {
      const known = TEXT_DEADLINES.get(span.text);
      if (known === NONE) return;
      if (known === undefined && !POSSIBLE_DEADLINE.test(span.text)) {
        TEXT_DEADLINES.set(span.text, NONE);
        return;
      }
      jobs.push({ span, chain: chainArray(chain), sectionIndex });
      found.push(known);
    };
    for (const p of section.body.paragraphs) add(p, null);
    const walk = (items: readonly Item[], chain: Chain | null) => {
      for (let k = 0; k < items.length; k++) {
        const item = items[k]!;
        const here: Chain = { item, parent: chain };
        add(item.text, here);
        for (let j = 0; j < item.paragraphs.length; j++) add(item.paragraphs[j]!, here);
        walk(item.children, here);
      }
    };
    walk(section.body.items, null);
  });
  // Texts not seen before: every date their scan may ask for is parsed in one grammar call (a
  // call costs more than a date), then each text is read.
  const fresh = jobs.flatMap((job, k) => (found[k] === undefined ? [{ k, t: job.span.text, lower: lowerKeepingLength(job.span.text) }] : []));
  if (fresh.length > 0) {
    const asked: string[] = [];
    const collect: DateLookup = (slice) => {
      asked.push(slice);
      return null;
    };
    for (const f of fresh) scanCandidates(f.t, f.lower, collect);
    const dateAt = datesAt(asked);
    for (const f of fresh) {
      const result = deadlinesInText(f.t, f.lower, dateAt);
      TEXT_DEADLINES.set(f.t, result);
      found[f.k] = result;
    }
  }
  const issues = all.map((section) => sectionIssue(document, section));
  jobs.forEach((job, k) => {
    const result = found[k]!;
    if (result.length > 0) placeDeadlines(document, job, result, issues[job.sectionIndex]!, config, out);
  });
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  if (!byKey) {
    byKey = new Map();
    CACHE.set(document, byKey);
  }
  byKey.set(key, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Judging a deadline against the working calendar (shared by the rules, hints, hover and CLI).

export interface DeadlineJudgement {
  /** The calendar's view of the last day; null when the last day is unknown. */
  day: DayInfo | null;
  /** Working days in (issue date, last day]; null when either is unknown or the last day is before the issue date. */
  workingDays: number | null;
  beforeIssue: boolean;
  /** The last day is a day off and the deadline is one whose last day matters (not a scheduled date, not a month or quarter). */
  nonWorking: boolean;
  /** Bộ luật Dân sự 2015, Điều 148 khoản 5: the first working day after a last day that is off. */
  nextWorkingDay: CivilDate | null;
  /** Fewer working days than deadline.minWorkingDays after the issue date. */
  tooSoon: boolean;
}

const JUDGEMENTS = new WeakMap<Deadline, WeakMap<ResolvedConfig, DeadlineJudgement>>();

/** The judgement of a deadline under a config (memoized: the five rules, hints and hover share it). */
export function judgeDeadline(d: Deadline, config: ResolvedConfig): DeadlineJudgement {
  let byConfig = JUDGEMENTS.get(d);
  const cached = byConfig?.get(config);
  if (cached) return cached;
  const j = judge(d, config);
  if (!byConfig) {
    byConfig = new WeakMap();
    JUDGEMENTS.set(d, byConfig);
  }
  byConfig.set(config, j);
  return j;
}

function judge(d: Deadline, config: ResolvedConfig): DeadlineJudgement {
  if (!d.lastDay) return { day: null, workingDays: null, beforeIssue: false, nonWorking: false, nextWorkingDay: null, tooSoon: false };
  const calendar = calendarFor(config.holidays);
  const day = calendar.dayInfo(d.lastDay);
  const beforeIssue = d.issueDate !== null && compareDates(d.lastDay, d.issueDate) < 0;
  const workingDays = d.issueDate !== null && !beforeIssue ? calendar.workingDaysBetween(d.issueDate, d.lastDay) : null;
  const nonWorking = d.form === "day" && d.cue !== "on" && !day.working;
  const nextWorkingDay = !day.working ? calendar.workingDayOnOrAfter(d.lastDay) : null;
  const min = config.deadline.minWorkingDays;
  const tooSoon = workingDays !== null && min > 0 && workingDays < min;
  return { day, workingDays, beforeIssue, nonWorking, nextWorkingDay, tooSoon };
}

/** How a deadline's date reads in a message: "25/08/2015", "tháng 10/2019", "quý III/2025". */
export function describeDeadline(d: Deadline): LocalizedText {
  if (d.form === "day") {
    if (d.date) return { vi: formatShort(d.date), en: formatShort(d.date) };
    return { vi: d.dateText, en: d.dateText };
  }
  if (d.form === "month") {
    const m = d.written.month!.value;
    const y = d.year ?? "?";
    return { vi: `tháng ${m}/${y}`, en: `month ${m}/${y}` };
  }
  const roman = ["I", "II", "III", "IV"][d.written.quarter! - 1]!;
  return { vi: `quý ${roman}/${d.year ?? "?"}`, en: `Q${d.written.quarter}/${d.year ?? "?"}` };
}

/** The date text rewritten to a new day in the style it was written in (for suggestions). */
export function rewriteDate(d: Deadline, to: CivilDate): string | null {
  const wDay = d.written.day;
  const wMonth = d.written.month;
  if (d.form !== "day" || !d.verbatim || !wDay || !wMonth) return null;
  // Keep the writer's zeros where the text shows them; otherwise write as Nghị định 30/2020/NĐ-CP
  // writes dates (a zero before days below 10 and months 1 and 2).
  const zero = (p: DeadlinePart) => p.text.length === 2 && p.value < 10;
  const padDay = wDay.value < 10 ? zero(wDay) : true;
  const padMonth = zero(wMonth) ? true : wMonth.value <= 2 ? false : to.month <= 2;
  const day = padDay && to.day < 10 ? `0${to.day}` : String(to.day);
  const month = padMonth && to.month < 10 ? `0${to.month}` : String(to.month);
  const withYear = d.written.year !== null || (d.year !== null && to.year !== d.year);
  if (d.style.kind === "numeric") {
    const sep = d.style.separator;
    return withYear ? `${day}${sep}${month}${sep}${to.year}` : `${day}${sep}${month}`;
  }
  return withYear ? `${day} tháng ${month} năm ${to.year}` : `${day} tháng ${month}`;
}
