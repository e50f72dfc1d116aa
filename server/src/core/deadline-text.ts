// How a deadline reads to a person: the inlay hint after it ("Thứ Tư, còn 12 ngày làm việc"),
// its hover, its status in `vbhc deadlines`, and its calendar event. One wording for the editor
// and the CLI.
import { formatShort, sameDate, toIso, weekdayName } from "./calendar/civil.js";
import type { DayInfo, DayOff } from "./calendar/holidays.js";
import { describeDeadline, extractDeadlines, judgeDeadline, type Deadline, type DeadlineJudgement } from "./deadlines.js";
import { runRules } from "./engine.js";
import type { IcsEvent } from "./ics.js";
import type { VbhcDocument } from "./model.js";
import type { Finding, Locale, ResolvedConfig, Rule } from "./rule.js";

export interface DeadlineRow {
  deadline: Deadline;
  judgement: DeadlineJudgement;
  /** Findings of the deadline rules on this deadline (rules that config turns off report nothing). */
  findings: Finding[];
}

/** Each deadline of the document with its judgement and the findings the deadline rules report on it. */
export function deadlineRows(document: VbhcDocument, config: ResolvedConfig, rules: readonly Rule[]): DeadlineRow[] {
  const deadlines = extractDeadlines(document, config);
  const findings = rules.length > 0 ? runRules(document, rules, config) : [];
  const key = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
    `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  const byRange = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = key(f.range);
    const list = byRange.get(k);
    if (list) list.push(f);
    else byRange.set(k, [f]);
  }
  return deadlines.map((deadline) => ({ deadline, judgement: judgeDeadline(deadline, config), findings: byRange.get(key(deadline.dateRange)) ?? [] }));
}

const TAGS: Record<Locale, Record<DayOff["kind"] | "worked", string>> = {
  vi: {
    holiday: "nghỉ lễ",
    tet: "nghỉ Tết",
    "national-day-adjacent": "nghỉ lễ",
    reported: "nghỉ lễ",
    "make-up": "nghỉ bù",
    swap: "nghỉ hoán đổi",
    config: "ngày nghỉ",
    worked: "làm bù",
  },
  en: {
    holiday: "public holiday",
    tet: "Tết holiday",
    "national-day-adjacent": "public holiday",
    reported: "public holiday",
    "make-up": "day off in lieu",
    swap: "swapped day off",
    config: "day off",
    worked: "worked weekend day",
  },
};

function dayTag(day: DayInfo, locale: Locale): string {
  const first = day.daysOff[0];
  if (first) return ` (${TAGS[locale][first.kind]})`;
  if (day.workedWeekend) return ` (${TAGS[locale].worked})`;
  return "";
}

/** The last day differs from what the text names (a month, a quarter, "trước ngày X" read strictly) or its year was inferred. */
function showsDate(d: Deadline): boolean {
  return d.form !== "day" || d.yearInferred || !d.date || !d.lastDay || !sameDate(d.date, d.lastDay);
}

/** The inlay hint after a deadline: "Thứ Tư, còn 12 ngày làm việc". */
export function deadlineHint(d: Deadline, j: DeadlineJudgement, locale: Locale): string {
  const vi = locale === "vi";
  if (d.invalid) return vi ? "ngày không có thật" : "no such date";
  if (!d.lastDay || !j.day) return vi ? "không rõ năm" : "year unknown";
  const weekday = weekdayName(d.lastDay, locale);
  let text = showsDate(d)
    ? `${d.form !== "day" || (d.date && !sameDate(d.date, d.lastDay)) ? (vi ? "hạn cuối " : "last day ") : ""}${weekday} ${formatShort(d.lastDay)}`
    : weekday;
  text += dayTag(j.day, locale);
  if (j.beforeIssue) text += vi ? ", trước ngày ban hành" : ", before the issue date";
  else if (j.workingDays !== null) {
    const n = j.workingDays;
    text += vi
      ? n === 0
        ? ", không còn ngày làm việc"
        : `, còn ${n} ngày làm việc`
      : n === 0
        ? ", no working day left"
        : `, ${n} working day${n === 1 ? "" : "s"} left`;
  }
  return text;
}

function reading(d: Deadline, config: ResolvedConfig, locale: Locale): string {
  const vi = locale === "vi";
  const last = d.lastDay ? formatShort(d.lastDay) : "?";
  switch (d.cue) {
    case "before":
      if (d.form === "day") {
        return config.deadline.before === "day-before"
          ? vi
            ? `“trước ngày X” được hiểu là hạn đến hết ngày liền trước X: ngày cuối ${last} (cấu hình \`deadline.before\`: \`day-before\`)`
            : `“trước ngày X” is read as ending the day before X: last day ${last} (config \`deadline.before\`: \`day-before\`)`
          : vi
            ? `“trước ngày X” được hiểu là hạn đến hết ngày X: ngày cuối ${last} (cấu hình \`deadline.before\`: \`by\`)`
            : `“trước ngày X” is read as “by X”: last day ${last} (config \`deadline.before\`: \`by\`)`;
      }
      return vi
        ? `ngày cuối ${last} (cấu hình \`deadline.before\`: \`${config.deadline.before}\`)`
        : `last day ${last} (config \`deadline.before\`: \`${config.deadline.before}\`)`;
    case "on":
      return vi ? `ngày thực hiện đã định: ${last}` : `scheduled for ${last}`;
    case "range":
      return vi
        ? `từ ${d.start?.date ? formatShort(d.start.date) : (d.start?.text ?? "?")} đến hết ngày ${last}`
        : `from ${d.start?.date ? formatShort(d.start.date) : (d.start?.text ?? "?")} to the end of ${last}`;
    case "within":
    case "until":
    case "by":
      return vi ? `hạn đến hết ngày ${last}` : `due by the end of ${last}`;
  }
}

/** The hover of a deadline, in Markdown. */
export function deadlineHoverMarkdown(d: Deadline, j: DeadlineJudgement, config: ResolvedConfig, locale: Locale): string {
  const vi = locale === "vi";
  const lines: string[] = [];
  const written = `${d.cueText ? `${d.cueText} ` : ""}${d.dateText}`;
  if (d.invalid) {
    lines.push(vi ? `**Thời hạn không có thật:** “${written}” — ${d.invalid.vi}.` : `**No such date:** “${written}” — ${d.invalid.en}.`);
    return lines.join("\n");
  }
  if (!d.lastDay || !j.day) {
    lines.push(
      vi
        ? `**Thời hạn:** “${written}” — không rõ năm (văn bản không có năm ban hành).`
        : `**Deadline:** “${written}” — year unknown (the document has no issue year).`,
    );
    return lines.join("\n");
  }
  const title = vi ? "Thời hạn" : "Deadline";
  lines.push(`**${title}: ${weekdayName(d.lastDay, locale)} ${formatShort(d.lastDay)}**`, "");
  lines.push(`- ${vi ? "Cách đọc" : "Reading"}: “${written}” — ${reading(d, config, locale)}.`);
  if (d.form !== "day") lines.push(`- ${vi ? "Kỳ hạn" : "Period"}: ${describeDeadline(d)[locale]}.`);
  if (d.yearInferred && d.year !== null) {
    lines.push(
      vi ? `- Không ghi năm: hiểu là năm ${d.year} (suy ra từ ngày ban hành).` : `- No year written: read as ${d.year} (inferred from the issue date).`,
    );
  }
  for (const off of j.day.daysOff) lines.push(`- ${vi ? "Ngày nghỉ" : "Day off"}: ${off.name[locale]} — ${off.basis[locale]}.`);
  if (j.day.weekend && j.day.daysOff.length === 0 && !j.day.workedWeekend) {
    lines.push(vi ? `- Ngày nghỉ hằng tuần (${weekdayName(d.lastDay, "vi")}).` : `- Weekly rest day (${weekdayName(d.lastDay, "en")}).`);
  }
  if (j.day.workedWeekend)
    lines.push(vi ? `- Ngày làm bù (làm việc) — ${j.day.workedWeekend.basis.vi}.` : `- Worked weekend day — ${j.day.workedWeekend.basis.en}.`);
  if (j.nextWorkingDay && d.cue !== "on" && d.form === "day") {
    lines.push(
      vi
        ? `- Ngày làm việc tiếp theo: ${weekdayName(j.nextWorkingDay, "vi")} ${formatShort(j.nextWorkingDay)} (hạn kéo đến ngày này theo Điều 148 Bộ luật Dân sự 2015).`
        : `- Next working day: ${weekdayName(j.nextWorkingDay, "en")} ${formatShort(j.nextWorkingDay)} (the deadline runs on to it under Article 148 of the Civil Code 2015).`,
    );
  }
  if (d.issueDate) {
    const issue = formatShort(d.issueDate);
    if (j.beforeIssue) lines.push(vi ? `- Sớm hơn ngày ban hành ${issue}.` : `- Earlier than the issue date ${issue}.`);
    else if (j.workingDays !== null) {
      lines.push(
        vi
          ? `- Còn ${j.workingDays} ngày làm việc kể từ ngày ban hành ${issue}.`
          : `- ${j.workingDays} working day${j.workingDays === 1 ? "" : "s"} after the issue date ${issue}.`,
      );
    }
  }
  if (d.item) lines.push(`- ${vi ? "Mục" : "Item"} ${d.item}`);
  return lines.join("\n");
}

/** The status of a deadline in the `vbhc deadlines` table: "hợp lệ, còn 12 ngày làm việc" or what the rules found. */
export function deadlineStatus(row: DeadlineRow, locale: Locale): string {
  const vi = locale === "vi";
  const { deadline: d, judgement: j } = row;
  const parts: string[] = [];
  for (const f of row.findings) {
    switch (f.ruleId) {
      case "deadline/invalid-date":
        parts.push(vi ? "ngày không có thật" : "no such date");
        break;
      case "deadline/before-issue":
        parts.push(vi ? "trước ngày ban hành" : "before the issue date");
        break;
      case "deadline/non-working-day": {
        const why = j.day?.daysOff[0] ? j.day.daysOff[0].name[locale] : d.lastDay ? weekdayName(d.lastDay, locale) : "";
        const next = j.nextWorkingDay ? formatShort(j.nextWorkingDay) : "?";
        parts.push(vi ? `ngày nghỉ: ${why}; ngày làm việc tiếp theo ${next}` : `day off: ${why}; next working day ${next}`);
        break;
      }
      case "deadline/ambiguous-year":
        parts.push(d.yearInferred ? (vi ? `không ghi năm, hiểu là ${d.year}` : `no year, read as ${d.year}`) : vi ? "không rõ năm" : "year unknown");
        break;
      case "deadline/too-soon":
        parts.push(vi ? `gấp: ${j.workingDays} ngày làm việc` : `short: ${j.workingDays} working day${j.workingDays === 1 ? "" : "s"}`);
        break;
      default:
        parts.push(f.message[locale]);
    }
  }
  if (parts.length > 0) return parts.join("; ");
  if (j.workingDays !== null)
    return vi ? `hợp lệ, còn ${j.workingDays} ngày làm việc` : `OK, ${j.workingDays} working day${j.workingDays === 1 ? "" : "s"} left`;
  return vi ? "hợp lệ" : "OK";
}

/** The deadlines of one file, as `vbhc deadlines` and the editor's deadline list show them. */
export interface FileDeadlines {
  filePath: string;
  config: ResolvedConfig;
  rows: DeadlineRow[];
}

/** Characters as a person counts them (a surrogate pair is one): for padding and shortening text. */
export function charCount(s: string): number {
  return [...s].length;
}

function shorten(s: string, n: number): string {
  return charCount(s) <= n ? s : `${[...s].slice(0, n - 1).join("")}…`;
}

/** One all-day calendar event per deadline whose last day is known. */
export function icsEvents(files: readonly FileDeadlines[], locale: Locale): IcsEvent[] {
  const events: IcsEvent[] = [];
  for (const f of files) {
    for (const row of f.rows) {
      const d = row.deadline;
      if (!d.lastDay) continue;
      const task = shorten(d.sentence.replace(/[.;]$/, ""), 90);
      const line = d.dateRange.start.line + 1;
      const status = deadlineStatus(row, locale);
      const where = locale === "vi" ? `Văn bản: ${f.filePath}, dòng ${line}` : `Document: ${f.filePath}, line ${line}`;
      const item = d.item ? (locale === "vi" ? `Mục ${d.item}\n` : `Item ${d.item}\n`) : "";
      events.push({
        uidKey: [f.filePath, d.item ?? "", d.sentence, d.dateText, toIso(d.lastDay)].join("\n"),
        date: d.lastDay,
        summary: `${d.item ? `[${d.item}] ` : ""}${task}`,
        description: `${item}${d.sentence}\n${where}\n${locale === "vi" ? "Tình trạng" : "Status"}: ${status}`,
        categories: ["vbhc", locale === "vi" ? "Thời hạn" : "Deadline"],
      });
    }
  }
  return events;
}
