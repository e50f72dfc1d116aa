// The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7 with Hồ Ngọc Đức's
// published algorithm ("Thuật toán tính âm lịch", based on the astronomical formulas in Jean
// Meeus, "Astronomical Algorithms"): a lunar month starts on the local (UTC+7) day of a new
// moon; month 11 is the month holding the winter solstice; in a year of 13 months the leap month
// is the first month after month 11 that holds no major solar term (trung khí).
//
// Computed for UTC+7 rather than China's UTC+8, it differs from the Chinese calendar when a
// new moon or a solar term falls between 16:00 and 17:00 UTC: Tết 2007 is 17/02 in Vietnam
// (18/02 in China), Tết 1985 is 21/01 (20/02), Tết 2030 is 02/02 (03/02).
//
// Valid for the years this linter meets (roughly 1900–2100). Pure functions of civil dates.
import type { CivilDate } from "../dates.js";

/** UTC+7, Vietnam's time zone since 1975 (the calendar is computed for it). */
export const VIETNAM_TIME_ZONE = 7;

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year in which the month falls (Tết of `year` is 1/1 of it). */
  year: number;
  /** A leap month (tháng nhuận) repeats the number of the month before it. */
  leap: boolean;
}

const INT = Math.floor;
const DEG = Math.PI / 180;
/** Mean length of a synodic month, days. */
const SYNODIC = 29.530588853;
/** Julian day of the reference new moon (1900-01-01 13:52 UT). */
const NEW_MOON_EPOCH = 2415021.076998695;

/** Julian day number of a civil date (Gregorian, Julian before 15/10/1582). */
export function julianDay(d: CivilDate): number {
  const a = INT((14 - d.month) / 12);
  const y = d.year + 4800 - a;
  const m = d.month + 12 * a - 3;
  let jd = d.day + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) jd = d.day + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  return jd;
}

export function fromJulianDay(jd: number): CivilDate {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return {
    day: e - INT((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * INT(m / 10),
    year: b * 100 + d - 4800 + INT(m / 10),
  };
}

/** Time (Julian day, UT, fractional) of the k-th new moon after the 1900 epoch (Meeus ch. 49, abridged). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DEG) + 0.0021 * Math.sin(2 * DEG * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DEG * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * F) - 0.0051 * Math.sin(DEG * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (M - Mpr)) + 0.0004 * Math.sin(DEG * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * F - M)) - 0.0006 * Math.sin(DEG * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * F - Mpr)) + 0.0005 * Math.sin(DEG * (2 * Mpr + M));
  // ΔT (terrestrial minus universal time), in days.
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude (radians, 0…2π) at Julian day jd (UT, fractional). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DEG * M);
  dl += (0.019993 - 0.000101 * T) * Math.sin(DEG * 2 * M) + 0.00029 * Math.sin(DEG * 3 * M);
  let L = (L0 + dl) * DEG;
  L -= Math.PI * 2 * INT(L / (Math.PI * 2));
  return L;
}

/** The local day (Julian day number) on which the k-th new moon falls. */
function newMoonDay(k: number, tz: number): number {
  return INT(newMoon(k) + 0.5 + tz / 24);
}

/** Which 30° sector (0…11) the sun is in at the start of local day `jdn`. */
function sunSector(jdn: number, tz: number): number {
  return INT((sunLongitude(jdn - 0.5 - tz / 24) / Math.PI) * 6);
}

/** First day (Julian day number) of lunar month 11 of civil year `year` (the month of the winter solstice). */
function lunarMonth11(year: number, tz: number): number {
  const off = julianDay({ year, month: 12, day: 31 }) - 2415021;
  const k = INT(off / SYNODIC);
  let nm = newMoonDay(k, tz);
  if (sunSector(nm, tz) >= 9) nm = newMoonDay(k - 1, tz);
  return nm;
}

/** In a 13-month year starting at month 11 `a11`: the offset (from month 11) of the leap month. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = INT((a11 - NEW_MOON_EPOCH) / SYNODIC + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a civil date. */
export function toLunar(d: CivilDate, tz = VIETNAM_TIME_ZONE): LunarDate {
  const jd = julianDay(d);
  const k = INT((jd - NEW_MOON_EPOCH) / SYNODIC);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > jd) monthStart = newMoonDay(k, tz);
  let a11 = lunarMonth11(d.year, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = d.year;
    a11 = lunarMonth11(d.year - 1, tz);
  } else {
    year = d.year + 1;
    b11 = lunarMonth11(d.year + 1, tz);
  }
  const day = jd - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leap };
}

/** The civil date of a lunar date; null when it does not exist (a leap month the year lacks, day 30 of a 29-day month). */
export function fromLunar(l: LunarDate, tz = VIETNAM_TIME_ZONE): CivilDate | null {
  let a11: number;
  let b11: number;
  if (l.month < 11) {
    a11 = lunarMonth11(l.year - 1, tz);
    b11 = lunarMonth11(l.year, tz);
  } else {
    a11 = lunarMonth11(l.year, tz);
    b11 = lunarMonth11(l.year + 1, tz);
  }
  let off = l.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (l.leap && l.month !== leapMonth) return null;
    if (l.leap || off >= leapOff) off += 1;
  } else if (l.leap) {
    return null;
  }
  const k = INT(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC);
  const monthStart = newMoonDay(k + off, tz);
  const result = fromJulianDay(monthStart + l.day - 1);
  // Day 30 of a 29-day month would be the next month's first day.
  if (l.day > 29 && toLunar(result, tz).day !== l.day) return null;
  return result;
}

/** Tết Nguyên đán: 1 tháng Giêng of lunar year `year`. */
export function tetDate(year: number, tz = VIETNAM_TIME_ZONE): CivilDate {
  return fromLunar({ day: 1, month: 1, year, leap: false }, tz)!;
}

/** Giỗ Tổ Hùng Vương: 10 tháng 3 (not the leap month) of lunar year `year`. */
export function hungKingsDate(year: number, tz = VIETNAM_TIME_ZONE): CivilDate {
  return fromLunar({ day: 10, month: 3, year, leap: false }, tz)!;
}
