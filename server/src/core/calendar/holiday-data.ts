// The holiday data behind the working calendar: which law lists the public holidays on a given
// date, and the days the Government announced for each year (Tết, the second Quốc khánh day,
// swapped working days). Data only — the rules that use it are in holidays.ts. A new statute
// or a new year's announcement is a change here, with its source, never in code.
//
// Scope: the working calendar of cán bộ, công chức, viên chức (state agencies working Monday to
// Friday, Quyết định 188/1999/QĐ-TTg). Days a province adds, or a team's own, go in config
// (`holidays.daysOff`, `holidays.workingDays`).
//
// Each source says how it was checked: "law" (the statute's text, quoted in a secondary copy we
// could read), "announcement" (the Government's decision as reported by the press or a
// provincial notice that reproduces it), "secondary" (a press or reference page only),
// "unverified" (reported, not confirmed). See docs/deadlines.md.

export interface HolidaySource {
  /** The document or page. */
  title: string;
  url?: string;
  check: "law" | "announcement" | "secondary" | "unverified";
}

export interface LocalizedName {
  vi: string;
  en: string;
}

/** A public holiday on a fixed solar date. */
export interface SolarHoliday {
  key: string;
  month: number;
  day: number;
  name: LocalizedName;
}

/** A public holiday on a lunar date (Vietnamese calendar, UTC+7). */
export interface LunarHoliday {
  key: string;
  lunarMonth: number;
  lunarDay: number;
  name: LocalizedName;
}

/** The list of public holidays of one labour code, for the dates it was in force. */
export interface Statute {
  key: string;
  title: LocalizedName;
  /** First day in force (ISO). */
  from: string;
  /** Last day in force (ISO); null while in force. */
  to: string | null;
  solar: SolarHoliday[];
  lunar: LunarHoliday[];
  /** Days of Tết Âm lịch off (the exact days are decided each year). */
  tetDays: number;
  /** Quốc khánh has a second day, adjacent to 2/9, decided each year. */
  nationalDayAdjacent: boolean;
  /** Where the code says a holiday that falls on the weekly rest day is made up. */
  makeUp: LocalizedName;
  sources: HolidaySource[];
}

const NEW_YEAR: SolarHoliday = { key: "new-year", month: 1, day: 1, name: { vi: "Tết Dương lịch (1/1)", en: "New Year's Day (1 January)" } };
const VICTORY: SolarHoliday = { key: "victory", month: 4, day: 30, name: { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30 April)" } };
const LABOUR: SolarHoliday = { key: "labour", month: 5, day: 1, name: { vi: "Ngày Quốc tế lao động (1/5)", en: "International Labour Day (1 May)" } };
const NATIONAL: SolarHoliday = { key: "national-day", month: 9, day: 2, name: { vi: "Quốc khánh (2/9)", en: "National Day (2 September)" } };
const HUNG_KINGS: LunarHoliday = {
  key: "hung-kings",
  lunarMonth: 3,
  lunarDay: 10,
  name: { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)" },
};

export const TET_NAME: LocalizedName = { vi: "Tết Âm lịch", en: "Lunar New Year (Tết)" };
export const NATIONAL_DAY_ADJACENT_NAME: LocalizedName = {
  vi: "Quốc khánh (ngày nghỉ liền kề 2/9)",
  en: "National Day holiday (the day adjacent to 2 September)",
};

/** The labour codes, oldest first. The list that applies to a day is the one in force on that day. */
export const STATUTES: Statute[] = [
  {
    key: "bllđ-1994",
    title: { vi: "Bộ luật Lao động 1994, Điều 73", en: "Labour Code 1994, Article 73" },
    from: "1995-01-01",
    to: "2006-12-31",
    solar: [NEW_YEAR, VICTORY, LABOUR, NATIONAL],
    lunar: [],
    tetDays: 4,
    nationalDayAdjacent: false,
    makeUp: { vi: "Bộ luật Lao động 1994, Điều 73", en: "Labour Code 1994, Article 73" },
    sources: [
      {
        title: "Bộ luật Lao động 1994, Điều 73 (bản tiếng Anh trên vbpl.vn, lưu trữ web.archive.org; trích qua vacanza/holidays)",
        url: "https://web.archive.org/web/20160630110506/http://vbpl.vn/TW/Pages/vbpqen-toanvan.aspx?ItemID=2835",
        check: "secondary",
      },
    ],
  },
  {
    // Giỗ Tổ Hùng Vương became a paid holiday with the 2007 amendment of the 1994 code.
    key: "bllđ-1994-2007",
    title: { vi: "Bộ luật Lao động 1994 (sửa đổi năm 2007), Điều 73", en: "Labour Code 1994 (as amended in 2007), Article 73" },
    from: "2007-01-01",
    to: "2013-04-30",
    solar: [NEW_YEAR, VICTORY, LABOUR, NATIONAL],
    lunar: [HUNG_KINGS],
    tetDays: 4,
    nationalDayAdjacent: false,
    makeUp: { vi: "Bộ luật Lao động 1994, Điều 73", en: "Labour Code 1994, Article 73" },
    sources: [
      {
        title:
          "Luật sửa đổi, bổ sung Điều 73 của Bộ luật Lao động (2007): thêm ngày Giỗ Tổ Hùng Vương (năm bắt đầu áp dụng theo vacanza/holidays; chưa đối chiếu văn bản gốc)",
        check: "unverified",
      },
    ],
  },
  {
    key: "bllđ-2012",
    title: { vi: "Bộ luật Lao động 2012, Điều 115", en: "Labour Code 2012, Article 115" },
    from: "2013-05-01",
    to: "2020-12-31",
    solar: [NEW_YEAR, VICTORY, LABOUR, NATIONAL],
    lunar: [HUNG_KINGS],
    tetDays: 5,
    nationalDayAdjacent: false,
    makeUp: { vi: "Bộ luật Lao động 2012, Điều 115 khoản 3", en: "Labour Code 2012, Article 115(3)" },
    sources: [
      {
        title: "Bộ luật Lao động số 10/2012/QH13, Điều 115 (vbpl.vn, lưu trữ web.archive.org)",
        url: "https://web.archive.org/web/20240917113133/https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=27615",
        check: "law",
      },
      {
        title: "Điều 115 khoản 3: ngày nghỉ lễ, tết trùng ngày nghỉ hằng tuần thì được nghỉ bù vào ngày kế tiếp (trích trên thptngosilienbg.edu.vn)",
        url: "http://thptngosilienbg.edu.vn/tin-giao-duc/pho-bien-phap-luat-1554720882.html",
        check: "law",
      },
    ],
  },
  {
    key: "bllđ-2019",
    title: { vi: "Bộ luật Lao động 2019, Điều 112", en: "Labour Code 2019, Article 112" },
    from: "2021-01-01",
    to: null,
    solar: [NEW_YEAR, VICTORY, LABOUR, NATIONAL],
    lunar: [HUNG_KINGS],
    tetDays: 5,
    nationalDayAdjacent: true,
    makeUp: { vi: "Bộ luật Lao động 2019, Điều 111 khoản 3", en: "Labour Code 2019, Article 111(3)" },
    sources: [
      {
        title: "Bộ luật Lao động số 45/2019/QH14, Điều 112 (vbpl.vn, lưu trữ web.archive.org)",
        url: "https://web.archive.org/web/20250221171552/https://vbpl.vn/TW/Pages/vbpq-van-ban-goc.aspx?ItemID=139264",
        check: "law",
      },
      {
        title:
          "Điều 111 khoản 3: ngày nghỉ hằng tuần trùng ngày nghỉ lễ, tết thì được nghỉ bù vào ngày làm việc kế tiếp (trích trong Thông báo 109/TB-UBND ngày 06/11/2025 của UBND TP Cần Thơ; news.laodong.vn)",
        url: "https://news.laodong.vn/giai-dap-phap-luat/di-lam-vao-ngay-tet-sau-nghi-le-nguoi-lao-dong-co-duoc-nghi-bu-khong-1000305.ldo",
        check: "law",
      },
      {
        title: "Điều 112 khoản 3: hằng năm Thủ tướng Chính phủ quyết định cụ thể ngày nghỉ Tết Âm lịch và Quốc khánh (điểm b, điểm đ khoản 1) (vinanet.vn)",
        url: "https://vinanet.vn/chinh-sach-viet-nam/tu-nam-2021-lich-nghi-le-tet-se-co-mot-so-thay-doi-723430.html",
        check: "law",
      },
    ],
  },
];

/**
 * A holiday reported as coming but not (yet) in a statute. It applies from `appliesFrom` once
 * that is set here (or a team adds the day to `holidays.daysOff`).
 */
export interface ReportedHoliday {
  key: string;
  month: number;
  day: number;
  name: LocalizedName;
  appliesFrom: string | null;
  sources: HolidaySource[];
}

export const REPORTED_HOLIDAYS: ReportedHoliday[] = [
  {
    key: "culture-day",
    month: 11,
    day: 24,
    name: { vi: "Ngày Văn hóa Việt Nam (24/11)", en: "Vietnam Culture Day (24 November)" },
    // Nghị quyết 80-NQ/TW (01/2026) sets the policy; Nghị quyết 30/NQ-CP (02/2026) tasks the
    // amendment of Bộ luật Lao động Điều 112 khoản 1. As of these reports the code is not yet
    // amended, so the day is not applied.
    appliesFrom: null,
    sources: [
      {
        title: "Nghị quyết 80-NQ/TW của Bộ Chính trị: chọn 24/11 là Ngày Văn hóa Việt Nam, ngày nghỉ hưởng nguyên lương (vietnamplus.vn, 13/01/2026)",
        url: "https://www.vietnamplus.vn/nguoi-lao-dong-vui-mung-khi-co-them-mot-ngay-nghi-le-vao-2411-hang-nam-post1088225.vnp",
        check: "unverified",
      },
      {
        title: "Nghị quyết 30/NQ-CP: giao sửa đổi khoản 1 Điều 112 Bộ luật Lao động để bổ sung ngày 24/11 (vneconomy.vn, 26/02/2026)",
        url: "https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm",
        check: "unverified",
      },
    ],
  },
];

/** A working day moved: `dayOff` (a weekday) is taken off and `workingDay` (a Saturday) is worked. */
export interface Swap {
  dayOff: string;
  workingDay: string;
  sources: HolidaySource[];
}

/** What the Government announced for one civil year. */
export interface AnnouncedYear {
  /** The statutory days of Tết Âm lịch (weekend days among them are made up after them). */
  tet?: { days: string[]; sources: HolidaySource[] };
  /** The second Quốc khánh day (Bộ luật Lao động 2019). */
  nationalDayAdjacent?: { day: string; sources: HolidaySource[] };
  swaps?: Swap[];
}

export const ANNOUNCED: Record<number, AnnouncedYear> = {
  2014: {
    swaps: [
      {
        dayOff: "2014-05-02",
        workingDay: "2014-04-26",
        sources: [{ title: "vacanza/holidays, VietnamStaticHolidays (2014)", check: "secondary" }],
      },
      {
        dayOff: "2014-09-01",
        workingDay: "2014-09-06",
        sources: [{ title: "vacanza/holidays, VietnamStaticHolidays (2014)", check: "secondary" }],
      },
    ],
  },
  2015: {
    swaps: [
      {
        dayOff: "2015-01-02",
        workingDay: "2014-12-27",
        sources: [
          {
            title: "Lịch nghỉ Tết Dương lịch 2015: làm thứ Bảy 27/12/2014, nghỉ thứ Sáu 02/01/2015 (baomoi.com)",
            url: "https://www.baomoi.com/clip-lich-nghi-tet-duong-lich-2015/c/15286031.epi",
            check: "secondary",
          },
        ],
      },
      {
        dayOff: "2015-04-29",
        workingDay: "2015-04-25",
        sources: [{ title: "vacanza/holidays, VietnamStaticHolidays (2015)", check: "secondary" }],
      },
    ],
  },
  2018: {
    swaps: [
      {
        dayOff: "2018-12-31",
        workingDay: "2019-01-05",
        sources: [
          {
            title: "Công văn 6519/VPCP-KGVX năm 2018 (thuvienphapluat.vn, trích qua vacanza/holidays)",
            url: "https://web.archive.org/web/20250427182343/https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-6519-VPCP-KGVX-2018-national-holidays-for-public-sector-employees/387625/tieng-anh.aspx",
            check: "secondary",
          },
        ],
      },
    ],
  },
  2019: {
    swaps: [
      {
        dayOff: "2019-04-29",
        workingDay: "2019-05-04",
        sources: [
          {
            title: "Công văn 6519/VPCP-KGVX năm 2018 (thuvienphapluat.vn, trích qua vacanza/holidays)",
            url: "https://web.archive.org/web/20250427182343/https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-6519-VPCP-KGVX-2018-national-holidays-for-public-sector-employees/387625/tieng-anh.aspx",
            check: "secondary",
          },
        ],
      },
    ],
  },
  2020: {
    tet: {
      // Nghỉ từ thứ Năm 23/01/2020 (29 tháng Chạp) đến hết thứ Tư 29/01/2020 (mùng 5).
      days: ["2020-01-23", "2020-01-24", "2020-01-25", "2020-01-26", "2020-01-27"],
      sources: [
        {
          title: "Sở Công Thương Đắk Lắk: nghỉ Tết Âm lịch 2020 từ 23/1 đến hết 29/1/2020",
          url: "https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2",
          check: "announcement",
        },
      ],
    },
  },
  2023: {
    tet: {
      // Nghỉ từ 20/01/2023 (29 tháng Chạp) đến hết 26/01/2023 (mùng 5).
      days: ["2023-01-20", "2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24"],
      sources: [
        {
          title: "Phó Thủ tướng đồng ý nghỉ Tết Âm lịch từ 20/1/2023 đến hết 26/1/2023 (pld.net.vn)",
          url: "https://pld.net.vn/tag/nghi-tet-nguyen-dan.html",
          check: "announcement",
        },
      ],
    },
  },
  2024: {
    tet: {
      // Nghỉ từ thứ Năm 08/02/2024 (29 tháng Chạp) đến hết thứ Tư 14/02/2024 (mùng 5): 5 ngày
      // Tết và 2 ngày nghỉ bù (khoản 3 Điều 111).
      days: ["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12"],
      sources: [
        {
          title: "Thông báo của Bộ LĐ-TB&XH về nghỉ Tết Âm lịch, Quốc khánh năm 2024 (sucsongtre.vn)",
          url: "https://sucsongtre.vn/doi-song/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-tet-nguyen-dan-giap-thin-7-ngay.html",
          check: "announcement",
        },
      ],
    },
    nationalDayAdjacent: {
      // Nghỉ từ thứ Bảy 31/8 đến hết thứ Ba 03/9/2024.
      day: "2024-09-03",
      sources: [
        {
          title: "Thông báo của Bộ LĐ-TB&XH về nghỉ Tết Âm lịch, Quốc khánh năm 2024 (sucsongtre.vn)",
          url: "https://sucsongtre.vn/doi-song/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-tet-nguyen-dan-giap-thin-7-ngay.html",
          check: "announcement",
        },
      ],
    },
    swaps: [
      {
        // Nghỉ 5 ngày từ thứ Bảy 27/4 đến hết thứ Tư 01/5/2024, làm bù thứ Bảy 04/5/2024.
        dayOff: "2024-04-29",
        workingDay: "2024-05-04",
        sources: [
          {
            title: "Công văn 2450/VPCP-KGVX ngày 12/4/2024 về hoán đổi ngày làm việc dịp 30/4 và 1/5/2024 (baophapluat.vn; xaydungchinhsach.chinhphu.vn)",
            url: "https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html",
            check: "announcement",
          },
        ],
      },
    ],
  },
  2025: {
    tet: {
      // Nghỉ từ thứ Bảy 25/01/2025 (26 tháng Chạp) đến hết Chủ nhật 02/02/2025 (mùng 5): 5 ngày
      // Tết, thứ Hai 27/01 đến thứ Sáu 31/01, và 4 ngày nghỉ hằng tuần.
      days: ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"],
      sources: [
        {
          title: "Công văn 8726/VPCP-KGVX ngày 26/11/2024 về nghỉ Tết Âm lịch và một số dịp nghỉ lễ năm 2025 (pld.net.vn; licham.prices.vn)",
          url: "https://pld.net.vn/tag/nghi-tet-nguyen-dan.html",
          check: "announcement",
        },
      ],
    },
    nationalDayAdjacent: {
      // Nghỉ từ thứ Bảy 30/8 đến hết thứ Ba 02/9/2025.
      day: "2025-09-01",
      sources: [
        {
          title: "Bộ Nội vụ: nghỉ Quốc khánh 2025 từ thứ Bảy 30/8 đến hết thứ Ba 2/9 (vietnamnews.vn, 04/8/2025)",
          url: "https://vietnamnews.vn/society/1722634/national-day-holiday-to-last-four-days.html",
          check: "announcement",
        },
      ],
    },
    swaps: [
      {
        // Nghỉ từ 30/4 đến hết 04/5/2025: hoán đổi thứ Sáu 02/5 sang thứ Bảy 26/4/2025.
        dayOff: "2025-05-02",
        workingDay: "2025-04-26",
        sources: [
          {
            title: "Các ngày nghỉ lễ 2025: hoán đổi ngày làm việc thứ Sáu 2/5 sang thứ Bảy 26/4/2025 (tet-amlich.com)",
            url: "https://www.tet-amlich.com/2024/11/cac-ngay-nghi-le-2025.html",
            check: "secondary",
          },
        ],
      },
    ],
  },
  2026: {
    tet: {
      // Nghỉ từ thứ Bảy 14/02/2026 (27 tháng Chạp) đến hết Chủ nhật 22/02/2026 (mùng 6): 5 ngày
      // Tết, thứ Hai 16/02 (29 tháng Chạp) đến thứ Sáu 20/02 (mùng 4), và 4 ngày nghỉ hằng tuần.
      days: ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"],
      sources: [
        {
          title: "Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 (kienthuc.net.vn, 13/10/2025; thanhnien.vn, 13/10/2025)",
          url: "https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html",
          check: "announcement",
        },
        {
          title: "Thông báo 109/TB-UBND ngày 06/11/2025 của UBND TP Cần Thơ (nghỉ Tết từ thứ Hai 16/02 đến hết thứ Sáu 20/02/2026)",
          check: "announcement",
        },
      ],
    },
    nationalDayAdjacent: {
      day: "2026-09-01",
      sources: [
        {
          title: "Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 (kienthuc.net.vn, 13/10/2025)",
          url: "https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html",
          check: "announcement",
        },
      ],
    },
    swaps: [
      {
        // Tết Dương lịch 2026: nghỉ từ thứ Năm 01/01 đến hết Chủ nhật 04/01, hoán đổi thứ Sáu 02/01 sang thứ Bảy 10/01/2026.
        dayOff: "2026-01-02",
        workingDay: "2026-01-10",
        sources: [
          {
            title: "Văn bản 12729/VPCP-KGVX ngày 25/12/2025 về nghỉ Tết Dương lịch năm 2026 (tracuuquyhoach.com; collector.com.tr)",
            url: "https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289",
            check: "announcement",
          },
        ],
      },
      {
        // Quốc khánh 2026: nghỉ từ thứ Bảy 29/8 đến hết thứ Tư 02/9, hoán đổi thứ Hai 31/8 sang thứ Bảy 22/8/2026.
        dayOff: "2026-08-31",
        workingDay: "2026-08-22",
        sources: [
          {
            title:
              "Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 (kienthuc.net.vn, 13/10/2025); Thông báo 109/TB-UBND ngày 06/11/2025 của UBND TP Cần Thơ",
            url: "https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html",
            check: "announcement",
          },
        ],
      },
    ],
  },
};
