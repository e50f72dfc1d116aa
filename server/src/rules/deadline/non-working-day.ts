// deadline/non-working-day — the last day of a deadline falls on a Saturday, a Sunday, a public
// holiday (Bộ luật Lao động 2019, Điều 112: 1/1, Tết Âm lịch, 10/3 âm lịch, 30/4, 1/5, 2/9 and
// its adjacent day; the 2012 list before 2021), a make-up day (Điều 111 khoản 3) or a day off
// announced for the year. Such a deadline runs on to the end of the next working day (Bộ luật
// Dân sự 2015, Điều 148 khoản 5): the text then says one day and means another. The next
// working day is offered as a suggestion, never applied by --fix: moving a deadline is the
// drafter's decision.
import { TASK_KINDS } from "../../core/rule.js";
import { extractDeadlines, judgeDeadline, rewriteDate } from "../../core/deadlines.js";
import { addDays } from "../../core/calendar/civil.js";
import type { Rule, Suggestion } from "../../core/index.js";
import { asWritten, dayOffPhrase, dayPhrase } from "../deadline-support.js";

export const nonWorkingDay: Rule = {
  id: "deadline/non-working-day",
  description: {
    vi: "Ngày cuối của thời hạn là ngày làm việc (không phải thứ Bảy, Chủ nhật, ngày nghỉ lễ, Tết, nghỉ bù).",
    en: "The last day of a deadline is a working day (not a Saturday, Sunday, public holiday, Tết or make-up day).",
  },
  messages: {
    dayOff: {
      vi: "Ngày cuối của thời hạn “{deadline}” là ngày nghỉ: {dayOff}. Theo Điều 148 Bộ luật Dân sự 2015, hạn sẽ kéo đến hết ngày làm việc tiếp theo ({nextWorkingDay}); nên ghi hạn vào một ngày làm việc.",
      en: "The last day of the deadline “{deadline}” is a day off: {dayOff}. Under Article 148 of the Civil Code 2015 it runs on to the end of the next working day ({nextWorkingDay}); set the deadline on a working day.",
    },
    dayOffDayBefore: {
      vi: "Ngày cuối của thời hạn “{deadline}” (đọc “trước ngày X” là hạn đến hết ngày liền trước X) là ngày nghỉ: {dayOff}. Theo Điều 148 Bộ luật Dân sự 2015, hạn sẽ kéo đến hết ngày làm việc tiếp theo ({nextWorkingDay}); nên ghi hạn vào một ngày làm việc.",
      en: "The last day of the deadline “{deadline}” (reading “trước ngày X” as ending the day before X) is a day off: {dayOff}. Under Article 148 of the Civil Code 2015 it runs on to the end of the next working day ({nextWorkingDay}); set the deadline on a working day.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112; Bộ luật Dân sự 2015, Điều 148 khoản 5",
  // The tasks an administrative document assigns; a law or decree sets general time limits (docs/document-kinds.md).
  kinds: TASK_KINDS,
  check(context) {
    const { config } = context;
    for (const d of extractDeadlines(context.document, config)) {
      const j = judgeDeadline(d, config);
      if (!j.nonWorking || !j.day || !j.nextWorkingDay) continue;
      const off = dayOffPhrase(j.day);
      const next = dayPhrase(j.nextWorkingDay);
      // "trước ngày X" read strictly ends the day before X: the text names the day after the last day.
      const strict = d.cue === "before" && config.deadline.before === "day-before";
      const newText = rewriteDate(d, strict ? addDays(j.nextWorkingDay, 1) : j.nextWorkingDay);
      const suggestions: Suggestion[] = newText
        ? [
            {
              title: {
                vi: `Đổi thành “${newText}” (ngày làm việc tiếp theo: ${next.vi})`,
                en: `Change to “${newText}” (the next working day: ${next.en})`,
              },
              edits: [{ range: d.dateRange, newText }],
            },
          ]
        : [];
      context.report({
        range: d.dateRange,
        messageId: strict ? "dayOffDayBefore" : "dayOff",
        data: { deadline: asWritten(d), dayOff: off, nextWorkingDay: next },
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
};
