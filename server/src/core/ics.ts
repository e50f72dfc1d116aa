// iCalendar (RFC 5545) export of deadlines: one all-day VEVENT per deadline, so a team can import
// every deadline of its documents into a shared calendar. Lines end in CRLF and are folded at
// 75 octets (§3.1); TEXT values are escaped (§3.3.11); an all-day event is DTSTART;VALUE=DATE
// with DTEND the next day (§3.6.1); UIDs are stable, so re-importing updates the events.
import { createHash } from "node:crypto";
import { addDays } from "./calendar/civil.js";
import type { CivilDate } from "./dates.js";

export interface IcsEvent {
  /** The parts a UID is made from: the same deadline keeps its UID when lines move. */
  uidKey: string;
  date: CivilDate;
  summary: string;
  description: string;
  categories?: string[];
}

export interface IcsOptions {
  calendarName: string;
  /** DTSTAMP (UTC). */
  stamp: Date;
}

function basicDate(d: CivilDate): string {
  return `${String(d.year).padStart(4, "0")}${String(d.month).padStart(2, "0")}${String(d.day).padStart(2, "0")}`;
}

function utcStamp(t: Date): string {
  return t
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

/** TEXT escaping: backslash, semicolon, comma, newline. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  // An escape ("\\,") stays on one line, as does each UTF-8 character.
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  for (const ch of units) {
    const n = encoder.encode(ch).length;
    if (octets + n > limit) {
      out.push(current);
      current = "";
      octets = 0;
      limit = 74; // continuation lines start with a space
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function toICalendar(events: readonly IcsEvent[], options: IcsOptions): string {
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//vbhc//deadlines//VI",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
  ];
  const stamp = utcStamp(options.stamp);
  const seen = new Map<string, number>();
  for (const e of events) {
    const hash = createHash("sha1").update(e.uidKey).digest("hex").slice(0, 32);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    const uid = `${hash}${n > 0 ? `-${n}` : ""}@vbhc`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.categories && e.categories.length > 0 ? [`CATEGORIES:${e.categories.map(escapeText).join(",")}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
