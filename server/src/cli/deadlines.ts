// `vbhc deadlines <files…>`: every deadline of the documents as a table (file, line, item, last
// day, weekday, status), as JSON, or as an iCalendar file a team imports into its calendar.
import { parseArgs } from "node:util";
import { formatShort, toIso, weekdayName } from "../core/calendar/civil.js";
import { ConfigError, ConfigResolver } from "../core/config.js";
import { charCount, deadlineStatus, icsEvents, type DeadlineRow, type FileDeadlines } from "../core/deadline-text.js";
import { toICalendar } from "../core/ics.js";
import { DEFAULT_CONFIG, type Locale, type ResolvedConfig } from "../core/index.js";
import { cliService, fileDocument, writeAtomically } from "./check-file.js";
import { decodeText, describeIoError, expandPaths, readTextFile } from "./files.js";
import { UsageError, type Io } from "./io.js";

export const DEADLINES_USAGE = `Usage:
  vbhc deadlines [options] <files|directories|globs…>   list every deadline (- reads stdin)

Options:
  --format table|json|ics   output format (default: table); ics is an iCalendar file
                            (RFC 5545) of all-day events
  -o, --output FILE         write the output to FILE instead of standard output
  --locale vi|en            language (default: vi)
  --before by|day-before    how "trước ngày X" is read: X is the last day (by, default)
                            or the day before X is (day-before); overrides config
  --config FILE             use this config file instead of .vbhcrc.* discovery

Exit codes: 0 listed (whatever the deadlines' status), 2 usage or I/O error.
`;

const HEADINGS: Record<Locale, string[]> = {
  vi: ["Tệp", "Dòng", "Mục", "Hạn", "Thứ", "Tình trạng"],
  en: ["File", "Line", "Item", "Deadline", "Weekday", "Status"],
};

function pad(s: string, n: number, right = false): string {
  const fill = " ".repeat(Math.max(0, n - charCount(s)));
  return right ? fill + s : s + fill;
}

function dateCell(row: DeadlineRow): string {
  const d = row.deadline;
  return d.lastDay ? formatShort(d.lastDay) : d.dateText;
}

export function formatTable(files: readonly FileDeadlines[], locale: Locale): string {
  const rows: string[][] = [];
  for (const f of files) {
    for (const row of f.rows) {
      const d = row.deadline;
      rows.push([
        f.filePath,
        String(d.dateRange.start.line + 1),
        d.item ?? "—",
        dateCell(row),
        d.lastDay ? weekdayName(d.lastDay, locale) : "—",
        deadlineStatus(row, locale),
      ]);
    }
  }
  const total = rows.length;
  const flagged = files.reduce((n, f) => n + f.rows.filter((r) => r.findings.length > 0).length, 0);
  const withDeadlines = files.filter((f) => f.rows.length > 0).length;
  if (total === 0) return locale === "vi" ? "Không có thời hạn nào.\n" : "No deadlines found.\n";
  const table = [HEADINGS[locale], ...rows];
  const widths = HEADINGS[locale].map((_, c) => Math.max(...table.map((r) => charCount(r[c]!))));
  const lines = table.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c]!, c === 1))).join("  "));
  lines.splice(1, 0, widths.map((w, c) => "-".repeat(c === widths.length - 1 ? Math.max(...table.map((r) => charCount(r[c]!))) : w)).join("  "));
  const summary =
    locale === "vi"
      ? `${total} thời hạn trong ${withDeadlines} tệp; ${flagged} cần xem lại.`
      : `${total} deadline${total === 1 ? "" : "s"} in ${withDeadlines} file${withDeadlines === 1 ? "" : "s"}; ${flagged} to review.`;
  return `${lines.join("\n")}\n\n${summary}\n`;
}

export function formatDeadlinesJson(files: readonly FileDeadlines[], locale: Locale): string {
  return JSON.stringify(
    files.map((f) => ({
      filePath: f.filePath,
      deadlines: f.rows.map((row) => {
        const { deadline: d, judgement: j } = row;
        return {
          line: d.dateRange.start.line + 1,
          column: d.dateRange.start.character + 1,
          endLine: d.dateRange.end.line + 1,
          endColumn: d.dateRange.end.character + 1,
          item: d.item,
          text: `${d.cueText ? `${d.cueText} ` : ""}${d.dateText}`,
          sentence: d.sentence,
          form: d.form,
          cue: d.cue,
          date: d.date ? toIso(d.date) : null,
          start: d.start?.date ? toIso(d.start.date) : null,
          lastDay: d.lastDay ? toIso(d.lastDay) : null,
          weekday: d.lastDay ? weekdayName(d.lastDay, locale) : null,
          yearInferred: d.yearInferred,
          issueDate: d.issueDate ? toIso(d.issueDate) : null,
          workingDays: j.workingDays,
          working: j.day ? j.day.working : null,
          daysOff: j.day ? j.day.daysOff.map((o) => ({ kind: o.kind, name: o.name[locale] })) : [],
          nextWorkingDay: j.nextWorkingDay ? toIso(j.nextWorkingDay) : null,
          status: deadlineStatus(row, locale),
          problems: row.findings.map((x) => ({ ruleId: x.ruleId, severity: x.severity, message: x.message[locale] })),
        };
      }),
    })),
    null,
    2,
  );
}

function stampFrom(env: NodeJS.ProcessEnv): Date {
  // Reproducible output (tests, builds): SOURCE_DATE_EPOCH as the reproducible-builds spec.
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

export function runDeadlines(args: string[], io: Io): number {
  try {
    return run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`vbhc: ${(error as Error).message}\n\n${DEADLINES_USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`vbhc: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function run(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "table" },
      output: { type: "string", short: "o" },
      locale: { type: "string" },
      before: { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(DEADLINES_USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== "table" && format !== "json" && format !== "ics") throw new UsageError(`--format expects table, json or ics, got "${format}"`);
  const localeValue = values.locale ?? (io.env.VBHC_LOCALE || "vi");
  if (localeValue !== "vi" && localeValue !== "en") throw new UsageError(`--locale expects vi or en, got "${localeValue}"`);
  const locale: Locale = localeValue;
  if (values.before !== undefined && values.before !== "by" && values.before !== "day-before") {
    throw new UsageError(`--before expects by or day-before, got "${values.before}"`);
  }
  if (positionals.length === 0) throw new UsageError("deadlines: give at least one file, directory or glob (or - for stdin)");

  const resolver = new ConfigResolver({ ...(values.config ? { configFile: values.config } : {}), base: { ...DEFAULT_CONFIG, locale } });
  const configOf = (file: string): ResolvedConfig => {
    const config = resolver.forFile(file).config;
    return {
      ...config,
      locale,
      deadline: { ...config.deadline, ...(values.before ? { before: values.before as "by" | "day-before" } : {}) },
    };
  };

  let problems = 0;
  const results: FileDeadlines[] = [];
  const add = (filePath: string, text: string, config: ResolvedConfig) => {
    const service = cliService();
    const doc = fileDocument(filePath, text);
    results.push({ filePath, config, rows: service.deadlineRows(doc, config) });
    service.forget(doc.uri);
  };
  const { files, problems: found } = expandPaths(positionals.filter((p) => p !== "-"));
  for (const p of found) {
    io.stderr(`vbhc: ${p.path}: ${p.message}\n`);
    problems++;
  }
  if (positionals.includes("-")) {
    const decoded = decodeText(io.readStdin());
    if ("problem" in decoded) {
      io.stderr(`vbhc: <stdin>: ${decoded.problem}\n`);
      problems++;
    } else add("<stdin>", decoded.text, configOf("stdin.vbhc"));
  }
  for (const file of files) {
    const read = readTextFile(file);
    if ("problem" in read) {
      io.stderr(`vbhc: ${file}: ${read.problem}\n`);
      problems++;
      continue;
    }
    add(file, read.text, configOf(file));
  }

  const output =
    format === "table"
      ? formatTable(results, locale)
      : format === "json"
        ? `${formatDeadlinesJson(results, locale)}\n`
        : toICalendar(icsEvents(results, locale), {
            calendarName: locale === "vi" ? "Thời hạn (vbhc)" : "Deadlines (vbhc)",
            stamp: stampFrom(io.env),
          });
  if (values.output) {
    try {
      writeAtomically(values.output, output);
    } catch (error) {
      io.stderr(`vbhc: ${values.output}: ${describeIoError(error)}\n`);
      return 2;
    }
  } else {
    io.stdout(output);
  }
  return problems > 0 ? 2 : 0;
}
