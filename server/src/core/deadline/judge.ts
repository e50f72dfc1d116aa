// Judging a deadline against the working calendar (shared by the rules, hints, hover and CLI),
// and how its date reads in a message or is rewritten for a suggestion.
import { compareDates, formatShort } from "../calendar/civil.js";
import { calendarFor, type DayInfo } from "../calendar/holidays.js";
import type { CivilDate } from "../dates.js";
import type { LocalizedText, ResolvedConfig } from "../rule.js";
import type { Deadline, DeadlinePart } from "./types.js";

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
