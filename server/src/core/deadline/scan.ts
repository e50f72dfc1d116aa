// Scanning a paragraph's text for the dates a deadline can name: a day ("ngày 25/8/2015",
// "25 tháng 8 năm 2015"), a month ("tháng 10/2019"), a quarter ("quý III/2025"). The scan jumps
// from one possible start to the next; the date grammar is asked only where a cheap test passes.
import type { RawDate } from "../parser/grammar.js";
import type { Deadline, DeadlineForm, DeadlinePart } from "./types.js";

export interface Candidate {
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
export const isLetter = (c: string | undefined) => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(c);
};
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

export function lowerKeepingLength(t: string): string {
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

export type DateLookup = (slice: string) => RawDate | null;

export function scanCandidates(t: string, lower: string, dateAt: DateLookup): Candidate[] {
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
