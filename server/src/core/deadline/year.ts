// The year of a deadline written without one, inferred from the issue date, and why a written
// date cannot exist.
import { compareDates, lastDayOfMonth } from "../calendar/civil.js";
import { daysInMonth, isLeapYear, isValidDate, type CivilDate } from "../dates.js";
import type { DateValue } from "../model.js";
import type { LocalizedText } from "../rule.js";

export interface IssueInfo {
  date: CivilDate | null;
  year: number | null;
  month: number | null;
}

export function issueInfo(date: DateValue | null | undefined): IssueInfo {
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

export function invalidReason(day: number, month: number, year: number | null, yearText: string | null, hasNgay: boolean): LocalizedText | null {
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

export function quarterEnd(year: number, quarter: number): CivilDate {
  return lastDayOfMonth(year, quarter * 3);
}
