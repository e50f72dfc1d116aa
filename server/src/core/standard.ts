// Which format standard judges a document: Nghị định 30/2020/NĐ-CP from 05/3/2020, Thông tư
// 01/2011/TT-BNV before it. Decided by the document's own issue date unless config forces one.
import { isoDate } from "./dates.js";
import type { VbhcDocument } from "./model.js";
import type { FormatStandard, ResolvedConfig } from "./rule.js";

export const ND30_IN_FORCE = "2020-03-05";

export function standardFor(document: VbhcDocument, config: ResolvedConfig): Exclude<FormatStandard, "auto"> {
  if (config.standard !== "auto") return config.standard;
  const date = isoDate(document.header?.placeDate?.date);
  // Undated (or unreadable) documents are judged by the standard in force today.
  if (!date) return "nd30";
  return date < ND30_IN_FORCE ? "tt01" : "nd30";
}
