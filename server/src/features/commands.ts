// Commands the server executes for the extension (workspace/executeCommand). The extension's
// own commands (vbhc.newFromTemplate, vbhc.renumberSection…) call these: the document logic
// stays here, on the server side.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Range, TextEdit } from "vscode-languageserver-types";
import { isoDate } from "../core/dates.js";
import type { Locale, ResolvedConfig, VbhcDocument } from "../core/index.js";
import { weekdayName } from "../core/calendar/civil.js";
import { deadlineRows, deadlineStatus, icsEvents } from "../core/deadline-text.js";
import { toICalendar } from "../core/ics.js";
import { deadlineRules } from "../rules/deadline/index.js";
import { renumberEdits } from "../core/renumber.js";
import { fillTemplate, TEMPLATES, type AgencySettings } from "../core/templates.js";
import { packageRoot } from "../package-root.js";

export { SERVER_COMMANDS } from "./command-ids.js";

export interface DeadlineListItem {
  line: number;
  character: number;
  item: string | null;
  date: string | null;
  weekday: string | null;
  status: string;
  problem: boolean;
}

/** The deadlines of one document, for the "Show deadlines" quick pick. */
export function listDeadlines(document: VbhcDocument, config: ResolvedConfig): DeadlineListItem[] {
  return deadlineRows(document, config, deadlineRules).map((row) => {
    const d = row.deadline;
    const day = d.lastDay;
    return {
      line: d.dateRange.start.line,
      character: d.dateRange.start.character,
      item: d.item ?? null,
      date: day ? `${String(day.day).padStart(2, "0")}/${String(day.month).padStart(2, "0")}/${day.year}` : null,
      weekday: day ? weekdayName(day, config.locale) : null,
      status: deadlineStatus(row, config.locale),
      problem: row.findings.length > 0,
    };
  });
}

/** An iCalendar file of the deadlines of the given documents. */
export function deadlinesIcs(files: { filePath: string; document: VbhcDocument; config: ResolvedConfig }[], locale: Locale): string {
  const withRows = files.map((f) => ({ filePath: f.filePath, config: f.config, rows: deadlineRows(f.document, f.config, deadlineRules) }));
  return toICalendar(icsEvents(withRows, locale), { calendarName: locale === "vi" ? "Thời hạn (vbhc)" : "Deadlines (vbhc)", stamp: new Date() });
}

const TEMPLATE_DIR = path.join(packageRoot(), "snippets", "templates");

export function listTemplates(): { id: string; name: string }[] {
  return TEMPLATES.map(({ id, name }) => ({ id, name }));
}

export function templateText(id: string, agency: AgencySettings | undefined): string | null {
  const info = TEMPLATES.find((t) => t.id === id);
  if (!info) return null;
  return fillTemplate(readFileSync(path.join(TEMPLATE_DIR, info.file), "utf8"), agency ?? {});
}

/** Renumber the lists intersecting the selection (the whole document when none is given). */
export function renumberSection(document: VbhcDocument, range: Range | null): TextEdit[] {
  return renumberEdits(document, range);
}

/** What the status bar shows: the type and number of the document. */
export function documentInfo(document: VbhcDocument): { type: string | null; number: string | null; date: string | null } {
  return {
    type: document.title?.kind ?? null,
    number: document.header?.number?.value?.text ?? null,
    date: isoDate(document.header?.placeDate?.date),
  };
}
