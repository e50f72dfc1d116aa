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
import { addDays, lastDayOfMonth } from "./calendar/civil.js";
import { daysInMonth, isValidDate, type CivilDate } from "./dates.js";
import type { Item, Range, Section, TextSpan, VbhcDocument } from "./model.js";
import { datesAt } from "./parser/grammar.js";
import { TextMemo } from "./memo.js";
import { lineUnits, origEnd, origStart } from "./text/units.js";
import type { LocalizedText, ResolvedConfig } from "./rule.js";
import { sections } from "./sections.js";
import { deadlinesInText, NONE, type TextDeadline } from "./deadline/in-text.js";
import { lowerKeepingLength, scanCandidates, type Candidate, type DateLookup } from "./deadline/scan.js";
import type { Deadline, DeadlineCue } from "./deadline/types.js";
import { inferYear, invalidReason, issueInfo, quarterEnd, type IssueInfo } from "./deadline/year.js";

export type { Deadline, DeadlineCue, DeadlineForm, DeadlinePart } from "./deadline/types.js";
export { describeDeadline, judgeDeadline, rewriteDate, type DeadlineJudgement } from "./deadline/judge.js";
export { inferYear } from "./deadline/year.js";

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
// Items.

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

// ---------------------------------------------------------------------------------------------
// Placing each paragraph's deadlines in the document.

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
