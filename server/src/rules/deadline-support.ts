// Computed fragments of the deadline/* rules' messages (kept out of the family folder: one rule per
// file there). The wording around them is in each rule's `messages`.
import { formatShort, weekdayName } from "../core/calendar/civil.js";
import type { DayInfo } from "../core/calendar/holidays.js";
import type { CivilDate } from "../core/dates.js";
import type { Deadline } from "../core/deadlines.js";
import type { LocalizedText } from "../core/index.js";

/** "trước ngày 25/8/2015": the deadline as written, cue included (the messages quote it). */
export function asWritten(d: Deadline): string {
  return `${d.cueText ? `${d.cueText} ` : ""}${d.dateText}`;
}

/** "Thứ Ba 25/08/2015". */
export function dayPhrase(day: CivilDate): LocalizedText {
  return { vi: `${weekdayName(day, "vi")} ${formatShort(day)}`, en: `${weekdayName(day, "en")} ${formatShort(day)}` };
}

/** Why a day is off: "Chủ nhật 29/09/2013" or "Thứ Ba 30/04/2024, Ngày Chiến thắng (30/4)". */
export function dayOffPhrase(info: DayInfo): LocalizedText {
  const day = dayPhrase(info.date);
  if (info.daysOff.length === 0) return day;
  return {
    vi: `${day.vi}, ${info.daysOff.map((o) => o.name.vi).join("; ")}`,
    en: `${day.en}, ${info.daysOff.map((o) => o.name.en).join("; ")}`,
  };
}
