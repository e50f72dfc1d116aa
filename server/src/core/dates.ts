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
  if (!date || !date.day || !date.month || !date.year) return null;
  const [y, m, d] = [date.year.value, date.month.value, date.day.value];
  if (!isValidDate(y, m, d)) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
