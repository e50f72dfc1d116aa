// Civil dates (Asia/Ho_Chi_Minh): plain year-month-day values, never a Date at midnight
// in some time zone, so no arithmetic can shift a day.
import type { DateValue } from "./model.js";

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** "2013-09-12" when the date is complete and exists; otherwise null. */
export function isoDate(date: DateValue | null | undefined): string | null {
  if (!date?.day || !date.month || !date.year) return null;
  const [y, m, d] = [date.year.value, date.month.value, date.day.value];
  if (!isValidDate(y, m, d)) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Today's civil date in Asia/Ho_Chi_Minh, whatever the machine's time zone. */
export function todayInVietnam(now: Date = new Date()): CivilDate {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

/** "ngày 05 tháng 3 năm 2025": a leading zero for days below 10 and for months 1 and 2 only. */
export function formatVietnameseDate(d: CivilDate): string {
  const day = d.day < 10 ? `0${d.day}` : String(d.day);
  const month = d.month <= 2 ? `0${d.month}` : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}
