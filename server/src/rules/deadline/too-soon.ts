// deadline/too-soon — a deadline that leaves fewer than deadline.minWorkingDays working days
// (default 5) after the issue date: the document may reach its recipients after the time to act
// has gone. Working days are counted from the day after the issue date to the last day, both
// the counting and its start as Bộ luật Dân sự 2015, Điều 147–148 count a period; weekends,
// public holidays and make-up days are not counted. A hint (info): short deadlines are sometimes
// meant.
import { formatShort } from "../../core/calendar/civil.js";
import { extractDeadlines, judgeDeadline } from "../../core/deadlines.js";
import type { Rule } from "../../core/index.js";
import { dayPhrase, quoted } from "../deadline-support.js";

export const tooSoon: Rule = {
  id: "deadline/too-soon",
  description: {
    vi: "Thời hạn dành đủ số ngày làm việc tối thiểu (cấu hình deadline.minWorkingDays) kể từ ngày ban hành.",
    en: "A deadline leaves the minimum number of working days (config deadline.minWorkingDays) after the issue date.",
  },
  severity: "info",
  fixable: false,
  source: "Bộ luật Dân sự 2015, Điều 147–148 (cách tính thời hạn); số ngày tối thiểu theo cấu hình của cơ quan",
  check(context) {
    const min = context.config.deadline.minWorkingDays;
    for (const d of extractDeadlines(context.document, context.config)) {
      if (d.cue === "on") continue; // a meeting date is not a time to act
      const j = judgeDeadline(d, context.config);
      if (!j.tooSoon || j.workingDays === null || !d.lastDay || !d.issueDate) continue;
      const last = dayPhrase(d.lastDay);
      const issue = formatShort(d.issueDate);
      const n = j.workingDays;
      context.report({
        range: d.dateRange,
        message:
          n === 0
            ? {
                vi: `Thời hạn ${quoted(d)} (ngày cuối: ${last.vi}) không để lại ngày làm việc nào sau ngày ban hành ${issue}; nên dành ít nhất ${min} ngày làm việc.`,
                en: `The deadline ${quoted(d)} (last day: ${last.en}) leaves no working day after the issue date ${issue}; allow at least ${min} working days.`,
              }
            : {
                vi: `Thời hạn ${quoted(d)} (ngày cuối: ${last.vi}) chỉ để lại ${n} ngày làm việc sau ngày ban hành ${issue}; nên dành ít nhất ${min} ngày làm việc.`,
                en: `The deadline ${quoted(d)} (last day: ${last.en}) leaves only ${n} working day${n === 1 ? "" : "s"} after the issue date ${issue}; allow at least ${min} working days.`,
              },
      });
    }
  },
};
