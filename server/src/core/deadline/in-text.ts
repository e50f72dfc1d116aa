// The deadlines of one paragraph's text, from its text alone (no document, no calendar): the cue
// right before each date ("trước ngày", "chậm nhất", "trong tháng", "từ … đến …"), the words
// that make a date a fact rather than a task, and the sentence that holds it.
import { isLetter, scanCandidates, type Candidate, type DateLookup } from "./scan.js";
import type { DeadlineCue } from "./types.js";

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
/** Before the cue: a recurring date ("tổ chức hằng năm vào ngày 31 tháng 5"). */
const RECURRING_BEFORE = /(?:^|[^\p{L}])(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)\s*,?\s*$/u;
/**
 * After a date without a year: a year counted from something else, so a date every year ("trước
 * ngày 28 tháng 02 năm sau liền kề năm báo cáo", "ngày 15/01 của năm tiếp theo").
 */
const RELATIVE_YEAR_AFTER = /^\s*(?:của\s+)?năm\s+(?:sau|tiếp theo|kế tiếp)(?![\p{L}])/u;
const RELATIVE_YEAR_REST = /^\s*(?:sau|tiếp theo|kế tiếp)(?![\p{L}])/u;
const ENDS_WITH_YEAR_WORD = /năm\s*$/u;

/** A date that comes back every year (or quarter, month, week): never one task's deadline. */
function recurring(lower: string, c: Candidate, cueStart: number): boolean {
  const after = lower.slice(c.end, c.end + 24);
  if (RECURRING_AFTER.test(after) || RECURRING_BEFORE.test(lower.slice(Math.max(0, cueStart - 24), cueStart))) return true;
  if (c.year) return false;
  // The date grammar may have taken the "năm" of "năm sau" as the start of a missing year.
  return RELATIVE_YEAR_AFTER.test(after) || (ENDS_WITH_YEAR_WORD.test(lower.slice(c.start, c.end)) && RELATIVE_YEAR_REST.test(after));
}

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

interface Pending {
  cand: Candidate;
  cue: Cue;
  excluded: boolean;
  deadlineStart: number;
}

/** A deadline as the text of its paragraph alone shows it (no document, no calendar). */
export interface TextDeadline {
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
export function deadlinesInText(t: string, lower: string, dateAt: DateLookup): readonly TextDeadline[] {
  const candidates = scanCandidates(t, lower, dateAt);
  if (candidates.length === 0) return NONE;
  const found: TextDeadline[] = [];
  let pending: Pending | null = null;
  for (const c of candidates) {
    const cue = findCue(lower, t, c);
    const prevPending: Pending | null = pending;
    pending = null;
    if (!cue) continue;
    if (recurring(lower, c, cue.start)) continue;
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

export const NONE: readonly TextDeadline[] = Object.freeze([]) as readonly TextDeadline[];
