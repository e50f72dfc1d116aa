// The working calendar: civil day arithmetic, the Vietnamese lunar calendar (UTC+7), public
// holidays by the labour code in force, the days announced for 2024–2026, make-up days, config.
import assert from "node:assert/strict";
import {
  addDays,
  dayNumber,
  fromDayNumber,
  fromLunar,
  hungKingsDate,
  parseIso,
  tetDate,
  toIso,
  toLunar,
  weekday,
  weekdayName,
  WorkingCalendar,
} from "../../server/src/core/calendar/index.js";
import type { CivilDate } from "../../server/src/core/dates.js";

const d = (iso: string): CivilDate => parseIso(iso)!;

describe("calendar: civil dates", () => {
  it("counts days without any time zone", () => {
    assert.equal(dayNumber(d("1970-01-01")), 0);
    assert.equal(toIso(fromDayNumber(dayNumber(d("2024-02-29")) + 1)), "2024-03-01");
    assert.equal(toIso(addDays(d("2025-12-31"), 1)), "2026-01-01");
    assert.equal(toIso(addDays(d("2000-03-01"), -1)), "2000-02-29");
    for (let n = dayNumber(d("1900-01-01")); n < dayNumber(d("2101-01-01")); n += 37) {
      assert.equal(dayNumber(fromDayNumber(n)), n);
    }
  });

  it("names weekdays in Vietnamese and English", () => {
    assert.equal(weekdayName(d("2015-08-25"), "vi"), "Thứ Ba");
    assert.equal(weekdayName(d("2015-09-30"), "vi"), "Thứ Tư");
    assert.equal(weekdayName(d("2013-09-29"), "vi"), "Chủ nhật");
    assert.equal(weekdayName(d("2026-02-17"), "en"), "Tuesday");
    assert.equal(weekday(d("2026-08-22")), 6);
  });

  it("rejects dates that do not exist", () => {
    assert.equal(parseIso("2025-02-29"), null);
    assert.equal(parseIso("2025-04-31"), null);
    assert.equal(parseIso("25/8/2015"), null);
  });
});

describe("calendar: lunar dates (Vietnamese calendar, UTC+7)", () => {
  const TET = [
    "2007-02-17",
    "2013-02-10",
    "2015-02-19",
    "2016-02-08",
    "2019-02-05",
    "2020-01-25",
    "2023-01-22",
    "2024-02-10",
    "2025-01-29",
    "2026-02-17",
    "2030-02-02",
  ];
  for (const iso of TET) {
    it(`Tết ${iso.slice(0, 4)} is ${iso}`, () => {
      assert.equal(toIso(tetDate(Number(iso.slice(0, 4)))), iso);
    });
  }

  it("differs from the Chinese calendar (UTC+8) where it should", () => {
    assert.equal(toIso(tetDate(2030, 8)), "2030-02-03");
    assert.equal(toIso(tetDate(2007, 8)), "2007-02-18");
    // Years where the Vietnamese calendar differs, from vacanza/holidays' table (cross-check).
    assert.equal(toIso(tetDate(1985)), "1985-01-21");
    assert.equal(toIso(tetDate(2053)), "2053-02-18");
  });

  for (const [year, iso] of [
    [2019, "2019-04-14"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
    [2024, "2024-04-18"],
  ] as const) {
    it(`Giỗ Tổ Hùng Vương ${year} is ${iso}`, () => {
      assert.equal(toIso(hungKingsDate(year)), iso);
    });
  }

  it("converts both ways over 2000–2040 (every day)", () => {
    for (let n = dayNumber(d("2000-01-01")); n <= dayNumber(d("2040-12-31")); n++) {
      const day = fromDayNumber(n);
      const back = fromLunar(toLunar(day));
      assert.ok(back && dayNumber(back) === n, `round trip of ${toIso(day)}`);
    }
  });

  it("knows the end of the lunar year and leap months", () => {
    assert.deepEqual(toLunar(d("2026-02-16")), { day: 29, month: 12, year: 2025, leap: false });
    assert.deepEqual(toLunar(d("2024-02-09")), { day: 30, month: 12, year: 2023, leap: false });
    // 2023 had a leap second month (tháng 2 nhuận Quý Mão: 22/3–19/4/2023).
    assert.deepEqual(toLunar(d("2023-03-22")), { day: 1, month: 2, year: 2023, leap: true });
    assert.equal(fromLunar({ day: 1, month: 2, year: 2024, leap: true }), null);
  });
});

/** Weekdays off of a year (plain weekends left out), as ISO dates. */
function weekdaysOff(c: WorkingCalendar, year: number): string[] {
  return c
    .daysOffIn(year)
    .map((x) => x.date)
    .filter((iso) => {
      const wd = weekday(d(iso));
      return wd !== 0 && wd !== 6;
    });
}

describe("calendar: public holidays as announced, 2024–2026", () => {
  const c = new WorkingCalendar();

  it("2024: Tết 08/02–14/02, 30/4–1/5 bridged by 29/4 (04/5 worked), Quốc khánh 2/9–3/9", () => {
    assert.deepEqual(weekdaysOff(c, 2024), [
      "2024-01-01",
      "2024-02-08",
      "2024-02-09",
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
      "2024-04-18",
      "2024-04-29",
      "2024-04-30",
      "2024-05-01",
      "2024-09-02",
      "2024-09-03",
    ]);
    assert.deepEqual(c.workedWeekendsIn(2024), ["2024-05-04"]);
    assert.equal(c.isWorkingDay(d("2024-05-04")), true);
  });

  it("2025: Tết Monday 27/01 to Friday 31/01, 2/5 off (26/4 worked), Quốc khánh 1/9–2/9", () => {
    assert.deepEqual(weekdaysOff(c, 2025), [
      "2025-01-01",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-05-02",
      "2025-09-01",
      "2025-09-02",
    ]);
    assert.deepEqual(c.workedWeekendsIn(2025), ["2025-04-26"]);
  });

  it("2026: 2/1 off (10/1 worked), Tết Monday 16/02 to Friday 20/02, Giỗ Tổ made up on 27/4, 31/8 off (22/8 worked)", () => {
    assert.deepEqual(weekdaysOff(c, 2026), [
      "2026-01-01",
      "2026-01-02",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-04-27",
      "2026-04-30",
      "2026-05-01",
      "2026-08-31",
      "2026-09-01",
      "2026-09-02",
    ]);
    assert.deepEqual(c.workedWeekendsIn(2026), ["2026-01-10", "2026-08-22"]);
  });

  it("says why a day is off, with its basis", () => {
    const tet = c.dayInfo(d("2026-02-18"));
    assert.equal(tet.working, false);
    assert.equal(tet.daysOff[0]!.name.vi, "Tết Âm lịch (mùng 2 tháng Giêng)");
    assert.equal(tet.daysOff[0]!.kind, "tet");
    assert.match(tet.daysOff[0]!.basis.vi, /kienthuc\.net\.vn/);
    const makeUp = c.dayInfo(d("2026-04-27"));
    assert.equal(makeUp.daysOff[0]!.kind, "make-up");
    assert.equal(makeUp.daysOff[0]!.name.vi, "nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (trùng Chủ nhật 26/04/2026)");
    assert.equal(makeUp.daysOff[0]!.basis.vi, "Bộ luật Lao động 2019, Điều 111 khoản 3");
    const sunday = c.dayInfo(d("2026-04-26"));
    assert.deepEqual([sunday.weekend, sunday.daysOff[0]!.name.vi], [true, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"]);
  });
});

describe("calendar: make-up days and earlier codes", () => {
  const c = new WorkingCalendar();

  it("makes up holidays that fall on a weekend on the next free working days (2023)", () => {
    // Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday: off until Wednesday 3/5.
    assert.deepEqual(
      weekdaysOff(c, 2023).filter((x) => x >= "2023-04-01" && x <= "2023-05-31"),
      ["2023-05-01", "2023-05-02", "2023-05-03"],
    );
    // Quốc khánh on Saturday 2/9: 1/9 (Friday) and the make-up Monday 4/9.
    assert.deepEqual(
      weekdaysOff(c, 2023).filter((x) => x >= "2023-08-01"),
      ["2023-09-01", "2023-09-04"],
    );
    assert.equal(c.dayInfo(d("2023-01-02")).daysOff[0]!.kind, "make-up");
  });

  it("applies the 2012 code before 2021: one Quốc khánh day, no adjacent day", () => {
    assert.equal(c.isWorkingDay(d("2020-09-02")), false);
    assert.equal(c.isWorkingDay(d("2020-09-01")), true);
    assert.equal(c.isWorkingDay(d("2020-09-03")), true);
    assert.equal(c.dayInfo(d("2020-09-02")).daysOff[0]!.basis.vi, "Bộ luật Lao động 2012, Điều 115");
    // Giỗ Tổ 2015 (Tuesday 28/4) under the 2012 code.
    assert.equal(c.dayInfo(d("2015-04-28")).daysOff[0]!.name.vi, "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
  });

  it("follows the default rule for a year without an announcement (Tết 2027: 29 tháng Chạp to mùng 4)", () => {
    assert.deepEqual(
      weekdaysOff(c, 2027).filter((x) => x < "2027-03-01"),
      ["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"],
    );
    // Quốc khánh 2027 on a Thursday: the adjacent day is Friday 3/9.
    assert.equal(c.dayInfo(d("2027-09-03")).daysOff[0]!.kind, "national-day-adjacent");
  });

  it("keeps 24/11 (Ngày Văn hóa Việt Nam, reported) out until it applies", () => {
    assert.equal(c.isWorkingDay(d("2026-11-24")), true);
  });

  it("adds config days off and worked days", () => {
    const cfg = new WorkingCalendar({ daysOff: ["2026-11-24", "not-a-date"], workingDays: ["2026-06-13"] });
    assert.equal(cfg.isWorkingDay(d("2026-11-24")), false);
    assert.equal(cfg.dayInfo(d("2026-11-24")).daysOff[0]!.kind, "config");
    assert.equal(cfg.isWorkingDay(d("2026-06-13")), true);
    assert.equal(new WorkingCalendar().isWorkingDay(d("2026-06-13")), false);
  });

  it("counts working days after the issue date, the last day included", () => {
    assert.equal(c.workingDaysBetween(d("2013-09-12"), d("2013-09-30")), 12);
    assert.equal(c.workingDaysBetween(d("2025-12-11"), d("2025-12-15")), 2);
    assert.equal(c.workingDaysBetween(d("2025-12-11"), d("2025-12-11")), 0);
    assert.equal(c.workingDaysBetween(d("2026-02-13"), d("2026-02-23")), 1);
    assert.equal(toIso(c.workingDayOnOrAfter(d("2026-02-18"))), "2026-02-23");
    assert.equal(toIso(c.workingDayOnOrAfter(d("2024-04-27"))), "2024-05-02");
  });
});
