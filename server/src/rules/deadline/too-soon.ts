// deadline/too-soon — a deadline that leaves fewer than deadline.minWorkingDays working days
// (default 5) after the issue date: the document may reach its recipients after the time to act
// has gone. Working days are counted from the day after the issue date to the last day, both
// the counting and its start as Bộ luật Dân sự 2015, Điều 147–148 count a period; weekends,
// public holidays and make-up days are not counted. A hint (info): short deadlines are sometimes
// meant.
import { TASK_KINDS } from "../../core/rule.js";
import { formatShort } from "../../core/calendar/civil.js";
import { extractDeadlines, judgeDeadline } from "../../core/deadlines.js";
import type { Rule } from "../../core/index.js";
import { asWritten, dayPhrase } from "../deadline-support.js";

export const tooSoon: Rule = {
  id: "deadline/too-soon",
  description: {
    vi: "Thời hạn dành đủ số ngày làm việc tối thiểu (cấu hình deadline.minWorkingDays) kể từ ngày ban hành.",
    en: "A deadline leaves the minimum number of working days (config deadline.minWorkingDays) after the issue date.",
  },
  messages: {
    noWorkingDay: {
      vi: "Thời hạn “{deadline}” (ngày cuối: {lastDay}) không để lại ngày làm việc nào sau ngày ban hành {issueDate}; nên dành ít nhất {min} ngày làm việc.",
      en: "The deadline “{deadline}” (last day: {lastDay}) leaves no working day after the issue date {issueDate}; allow at least {min} working days.",
    },
    oneWorkingDay: {
      vi: "Thời hạn “{deadline}” (ngày cuối: {lastDay}) chỉ để lại {days} ngày làm việc sau ngày ban hành {issueDate}; nên dành ít nhất {min} ngày làm việc.",
      en: "The deadline “{deadline}” (last day: {lastDay}) leaves only {days} working day after the issue date {issueDate}; allow at least {min} working days.",
    },
    fewWorkingDays: {
      vi: "Thời hạn “{deadline}” (ngày cuối: {lastDay}) chỉ để lại {days} ngày làm việc sau ngày ban hành {issueDate}; nên dành ít nhất {min} ngày làm việc.",
      en: "The deadline “{deadline}” (last day: {lastDay}) leaves only {days} working days after the issue date {issueDate}; allow at least {min} working days.",
    },
  },
  severity: "info",
  fixable: false,
  source: "Bộ luật Dân sự 2015, Điều 147–148 (cách tính thời hạn); số ngày tối thiểu theo cấu hình của cơ quan",
  // The tasks an administrative document assigns; a law or decree sets general time limits (docs/document-kinds.md).
  kinds: TASK_KINDS,
  check(context) {
    const min = context.config.deadline.minWorkingDays;
    for (const d of extractDeadlines(context.document, context.config)) {
      if (d.cue === "on") continue; // a meeting date is not a time to act
      const j = judgeDeadline(d, context.config);
      if (!j.tooSoon || j.workingDays === null || !d.lastDay || !d.issueDate) continue;
      const n = j.workingDays;
      const data = { deadline: asWritten(d), lastDay: dayPhrase(d.lastDay), issueDate: formatShort(d.issueDate), min };
      context.report({
        range: d.dateRange,
        ...(n === 0 ? { messageId: "noWorkingDay", data } : { messageId: n === 1 ? "oneWorkingDay" : "fewWorkingDays", data: { ...data, days: n } }),
      });
    }
  },
};
