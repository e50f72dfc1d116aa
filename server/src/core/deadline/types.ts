// What a deadline is: its form, its cue, the date as written and as read, where it sits.
import type { CivilDate } from "../dates.js";
import type { LocalizedText } from "../rule.js";
import type { Range } from "../model.js";

export type DeadlineForm = "day" | "month" | "quarter";

/**
 * How the cue names the last day: "before" ("trước ngày X": X or the day before, by config),
 * "by" ("chậm nhất ngày X", "hạn X", "trong ngày X": X itself), "until" ("đến hết ngày X"),
 * "within" ("trong tháng 10": the month's last day), "on" ("vào ngày X": a scheduled date),
 * "range" ("từ ngày A đến ngày B": B is the last day).
 */
export type DeadlineCue = "before" | "by" | "until" | "within" | "on" | "range";

export interface DeadlinePart {
  value: number;
  text: string;
}

export interface Deadline {
  /** 0 for the document, 1… for its attachments (sections()). */
  section: number;
  form: DeadlineForm;
  cue: DeadlineCue;
  /** The cue as written ("trước ngày", "chậm nhất ngày", "trong tháng"). */
  cueText: string;
  /** From the cue to the end of the date. */
  range: Range;
  /** The date expression that names the last day ("25/8/2015", "25 tháng 8 năm 2015", "tháng 10/2019", "quý III/2025"). */
  dateRange: Range;
  dateText: string;
  /** Values as written (a quarter has no month, a month no day). */
  written: { day: DeadlinePart | null; month: DeadlinePart | null; quarter: number | null; year: DeadlinePart | null };
  /** Numeric ("25/8/2015"), worded ("25 tháng 8 năm 2015"), or the month/quarter word form. */
  style: { kind: "numeric"; separator: string } | { kind: "worded" } | { kind: "month" } | { kind: "quarter" };
  /** dateText is the original text of dateRange (no Markdown or NFD inside): edits can be offered. */
  verbatim: boolean;
  /** The year used: written, or inferred from the issue date; null when neither is known. */
  year: number | null;
  yearInferred: boolean;
  /** The written day with its year (day form); null when it does not exist or the year is unknown. */
  date: CivilDate | null;
  /** Why the written date cannot exist; null otherwise. */
  invalid: LocalizedText | null;
  /** The last day to meet the deadline. */
  lastDay: CivilDate | null;
  /** "từ ngày A đến ngày B": A. */
  start: { text: string; range: Range; date: CivilDate | null } | null;
  /** The numbered item the date is in ("2.3", "5. e)"); null before the first item. */
  item: string | null;
  /** The sentence that holds the date: the task. */
  sentence: string;
  /** The complete issue date of the section (or of the document, for an attachment without one). */
  issueDate: CivilDate | null;
}
