// The working calendar of state agencies: Monday to Friday, minus the public holidays of the
// labour code in force on each day (holiday-data.ts), the days announced each year (Tết, the
// second Quốc khánh day, swaps), make-up days for holidays that fall on a weekend, and the
// team's own days off and worked weekend days from config.
import type { CivilDate } from "../dates.js";
import type { HolidayConfig, LocalizedText } from "../rule.js";
import { addDays, dayNumber, fromDayNumber, parseIso, toIso, weekday, weekdayName } from "./civil.js";
import { ANNOUNCED, NATIONAL_DAY_ADJACENT_NAME, REPORTED_HOLIDAYS, STATUTES, TET_NAME, type HolidaySource, type Statute, type Swap } from "./holiday-data.js";
import { hungKingsDate, tetDate, toLunar } from "./lunar.js";
import { oncePer } from "../memo.js";

export type DayOffKind = "holiday" | "tet" | "national-day-adjacent" | "make-up" | "swap" | "config" | "reported";

/** Why a day is off. */
export interface DayOff {
  kind: DayOffKind;
  name: LocalizedText;
  /** The law or announcement behind it. */
  basis: LocalizedText;
  sources: readonly HolidaySource[];
}

export interface DayInfo {
  date: CivilDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  weekend: boolean;
  /** Every reason the day is off (a holiday that falls on a Sunday is listed too). */
  daysOff: DayOff[];
  /** A Saturday or Sunday worked in exchange for a day off. */
  workedWeekend: { basis: LocalizedText } | null;
  working: boolean;
}

interface YearTable {
  offs: Map<string, DayOff[]>;
  worked: Map<string, LocalizedText>;
}

function statuteOn(iso: string): Statute | null {
  // The latest statute in force wins (the 2007 amendment supersedes the 1994 list).
  let found: Statute | null = null;
  for (const s of STATUTES) if (iso >= s.from && (s.to === null || iso <= s.to)) found = s;
  return found;
}

function lunarLabel(d: CivilDate): LocalizedText {
  const l = toLunar(d);
  if (l.month === 1 && l.day <= 10) return { vi: `mùng ${l.day} tháng Giêng`, en: `day ${l.day} of the 1st lunar month` };
  if (l.month === 12) return { vi: `${l.day} tháng Chạp`, en: `day ${l.day} of the 12th lunar month` };
  return { vi: `${l.day}/${l.month} âm lịch`, en: `lunar ${l.day}/${l.month}` };
}

const CONFIG_BASIS: LocalizedText = { vi: "cấu hình holidays.daysOff", en: "config holidays.daysOff" };
const CONFIG_WORKED: LocalizedText = { vi: "cấu hình holidays.workingDays", en: "config holidays.workingDays" };

/** The second Quốc khánh day when no announcement is known: the day that joins 2/9 to a weekend (Wednesday: the day before, as in 2026). */
const NATIONAL_DAY_DEFAULT_OFFSET = [1, 1, -1, -1, 1, -1, -1]; // by weekday of 2/9, Sunday first

let ALL_SWAPS: Swap[] | null = null;
function allSwaps(): Swap[] {
  ALL_SWAPS ??= Object.values(ANNOUNCED).flatMap((a) => a.swaps ?? []);
  return ALL_SWAPS;
}

function announcementBasis(sources: readonly HolidaySource[]): LocalizedText {
  const title = sources[0]?.title ?? "";
  return { vi: title, en: title };
}

export class WorkingCalendar {
  private readonly years = new Map<number, YearTable>();
  /** Day number → working day (memo for counting working days over long periods). */
  private readonly working = new Map<number, boolean>();
  private readonly extraOff: Map<number, string[]>;
  private readonly extraWorked: Map<number, string[]>;

  constructor(config: HolidayConfig = { daysOff: [], workingDays: [] }) {
    this.extraOff = byYear(config.daysOff);
    this.extraWorked = byYear(config.workingDays);
  }

  dayInfo(date: CivilDate): DayInfo {
    const table = this.year(date.year);
    const iso = toIso(date);
    const wd = weekday(date);
    const weekend = wd === 0 || wd === 6;
    const daysOff = table.offs.get(iso) ?? [];
    const worked = table.worked.get(iso);
    return {
      date,
      weekday: wd,
      weekend,
      daysOff,
      workedWeekend: worked && weekend ? { basis: worked } : null,
      working: worked ? true : !weekend && daysOff.length === 0,
    };
  }

  isWorkingDay(date: CivilDate): boolean {
    const n = dayNumber(date);
    let working = this.working.get(n);
    if (working === undefined) {
      working = this.dayInfo(date).working;
      this.working.set(n, working);
    }
    return working;
  }

  /** The date itself when it is a working day, otherwise the first working day after it. */
  workingDayOnOrAfter(date: CivilDate): CivilDate {
    let d = date;
    for (let i = 0; i < 60 && !this.isWorkingDay(d); i++) d = addDays(d, 1);
    return d;
  }

  /** Working days in (from, to]: the day of issue is not counted, the last day is (Bộ luật Dân sự 2015, Điều 147–148). */
  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    let n = 0;
    for (let k = a + 1; k <= b; k++) {
      const known = this.working.get(k);
      if (known ?? this.isWorkingDay(fromDayNumber(k))) n++;
    }
    return n;
  }

  /** Every day off of a year that is not a plain weekend day, with its reasons (for docs and tests). */
  daysOffIn(year: number): { date: string; daysOff: DayOff[] }[] {
    const t = this.year(year);
    return [...t.offs.entries()].map(([date, daysOff]) => ({ date, daysOff })).sort((a, b) => a.date.localeCompare(b.date));
  }

  /** Weekend days worked in a year (announced swaps and config). */
  workedWeekendsIn(year: number): string[] {
    return [...this.year(year).worked.keys()]
      .filter((iso) => {
        const wd = weekday(parseIso(iso)!);
        return wd === 0 || wd === 6;
      })
      .sort();
  }

  private year(y: number): YearTable {
    let t = this.years.get(y);
    if (!t) {
      t = this.build(y);
      this.years.set(y, t);
    }
    return t;
  }

  private build(y: number): YearTable {
    const offs = new Map<string, DayOff[]>();
    const worked = new Map<string, LocalizedText>();
    const add = (d: CivilDate, off: DayOff) => {
      const iso = toIso(d);
      const list = offs.get(iso);
      if (list) list.push(off);
      else offs.set(iso, [off]);
    };
    // 1. Statutory holidays, each by the code in force on its day.
    const statutory: { date: CivilDate; off: DayOff }[] = [];
    const statutoryDay = (d: CivilDate, kind: DayOffKind, name: LocalizedText, basis?: { basis: LocalizedText; sources: readonly HolidaySource[] }) => {
      const statute = statuteOn(toIso(d));
      if (!statute) return;
      statutory.push({ date: d, off: { kind, name, basis: basis?.basis ?? statute.title, sources: basis?.sources ?? statute.sources } });
    };
    const midYear = statuteOn(`${y}-07-01`);
    for (const h of midYear?.solar ?? []) {
      const d = { year: y, month: h.month, day: h.day };
      if (statuteOn(toIso(d))?.solar.some((s) => s.key === h.key)) statutoryDay(d, "holiday", h.name);
    }
    const hung = hungKingsDate(y);
    const hungStatute = statuteOn(toIso(hung));
    for (const h of hungStatute?.lunar ?? []) statutoryDay(hung, "holiday", h.name);
    // Tết: the announced days, else the last day of the lunar year and the first days of the new one.
    const tet = tetDate(y);
    const tetStatute = statuteOn(toIso(tet));
    if (tetStatute) {
      const announced = ANNOUNCED[y]?.tet;
      const days = announced ? announced.days.map((iso) => parseIso(iso)!) : Array.from({ length: tetStatute.tetDays }, (_, i) => addDays(tet, i - 1));
      for (const d of days) {
        const lunar = lunarLabel(d);
        statutoryDay(
          d,
          "tet",
          { vi: `${TET_NAME.vi} (${lunar.vi})`, en: `${TET_NAME.en}, ${lunar.en}` },
          announced ? { basis: announcementBasis(announced.sources), sources: announced.sources } : undefined,
        );
      }
    }
    // The second Quốc khánh day.
    const sep2 = { year: y, month: 9, day: 2 };
    if (statuteOn(toIso(sep2))?.nationalDayAdjacent) {
      const announced = ANNOUNCED[y]?.nationalDayAdjacent;
      const day = announced ? parseIso(announced.day)! : addDays(sep2, NATIONAL_DAY_DEFAULT_OFFSET[weekday(sep2)]!);
      statutoryDay(
        day,
        "national-day-adjacent",
        NATIONAL_DAY_ADJACENT_NAME,
        announced ? { basis: announcementBasis(announced.sources), sources: announced.sources } : undefined,
      );
    }
    // Holidays reported as coming apply once the data gives the date they apply from.
    for (const r of REPORTED_HOLIDAYS) {
      const d = { year: y, month: r.month, day: r.day };
      if (r.appliesFrom && toIso(d) >= r.appliesFrom) {
        statutory.push({ date: d, off: { kind: "reported", name: r.name, basis: announcementBasis(r.sources), sources: r.sources } });
      }
    }
    statutory.sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
    for (const s of statutory) add(s.date, s.off);

    // 2. Swaps announced for the year (a weekday off, a Saturday worked), whatever year announced them.
    for (const swap of allSwaps()) {
      const off = parseIso(swap.dayOff)!;
      const work = parseIso(swap.workingDay)!;
      const basis = announcementBasis(swap.sources);
      if (off.year === y) {
        add(off, {
          kind: "swap",
          name: {
            vi: `ngày nghỉ hoán đổi (làm bù ${weekdayName(work, "vi")} ${short(work)})`,
            en: `swapped day off (worked on ${weekdayName(work, "en")} ${short(work)})`,
          },
          basis,
          sources: swap.sources,
        });
      }
      if (work.year === y) worked.set(swap.workingDay, basis);
    }

    // 3. Config: extra days off and worked weekend days.
    for (const iso of this.extraOff.get(y) ?? []) {
      add(parseIso(iso)!, { kind: "config", name: { vi: "ngày nghỉ theo cấu hình", en: "day off set in config" }, basis: CONFIG_BASIS, sources: [] });
    }
    for (const iso of this.extraWorked.get(y) ?? []) worked.set(iso, CONFIG_WORKED);

    // 4. Make-up days: a holiday on a Saturday or Sunday is made up on the next working day
    // (Bộ luật Lao động 2019, Điều 111 khoản 3; 2012, Điều 115 khoản 3; 1994, Điều 73).
    const isFree = (d: CivilDate) => {
      const wd = weekday(d);
      const iso = toIso(d);
      return wd !== 0 && wd !== 6 && !offs.has(iso) && !worked.has(iso);
    };
    for (const s of statutory) {
      const wd = weekday(s.date);
      if (wd !== 0 && wd !== 6) continue;
      let d = addDays(s.date, 1);
      while (!isFree(d)) d = addDays(d, 1);
      const statute = statuteOn(toIso(s.date));
      add(d, {
        kind: "make-up",
        name: {
          vi: `nghỉ bù ${s.off.name.vi} (trùng ${weekdayName(s.date, "vi")} ${short(s.date)})`,
          en: `day off in lieu of ${s.off.name.en} (on ${weekdayName(s.date, "en")} ${short(s.date)})`,
        },
        basis: statute?.makeUp ?? s.off.basis,
        sources: statute?.sources ?? s.off.sources,
      });
    }
    return { offs, worked };
  }
}

function short(d: CivilDate): string {
  return `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

function byYear(isos: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const iso of isos) {
    const d = parseIso(iso);
    if (!d) continue;
    const list = out.get(d.year);
    if (list) list.push(toIso(d));
    else out.set(d.year, [toIso(d)]);
  }
  return out;
}

const CALENDARS = oncePer((config: HolidayConfig) => new WorkingCalendar(config));

/** One calendar per config object (config objects are not mutated once resolved). */
export function calendarFor(config: HolidayConfig): WorkingCalendar {
  return CALENDARS(config);
}
