// Which format standard judges a document: Nghị định 30/2020/NĐ-CP from 05/3/2020, Thông tư
// 01/2011/TT-BNV before it. Decided by the document's own issue date unless config forces one.
import { isoDate } from "./dates.js";
import type { VbhcDocument } from "./model.js";
import type { FormatStandard, ResolvedConfig } from "./rule.js";

export const ND30_IN_FORCE = "2020-03-05";

export function standardFor(document: VbhcDocument, config: ResolvedConfig): Exclude<FormatStandard, "auto"> {
  if (config.standard !== "auto") return config.standard;
  const d = document.header?.placeDate?.date;
  const date = isoDate(d);
  if (date) return date < ND30_IN_FORCE ? "tt01" : "nd30";
  // A draft with the day left blank is dated by its month and year (03/2020 is ambiguous: the
  // decree took effect on the 5th, so it is judged by the new standard).
  if (d?.month && d.year) {
    const ym = `${String(d.year.value).padStart(4, "0")}-${String(d.month.value).padStart(2, "0")}`;
    return ym < ND30_IN_FORCE.slice(0, 7) ? "tt01" : "nd30";
  }
  // Only the year: any year before 2020 is the old standard.
  if (d?.year) return d.year.value < 2020 ? "tt01" : "nd30";
  // Undated (or unreadable) documents are judged by the standard in force today.
  return "nd30";
}
