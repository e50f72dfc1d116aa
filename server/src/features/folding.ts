// Folding ranges: every item with children or paragraphs, the preamble, Kính gửi, Nơi nhận and
// each attached document.
import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver-types";
import type { Item, Range, Section, VbhcDocument } from "../core/index.js";

const MAX_RANGES = 5000;

export function foldingRanges(document: VbhcDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (range: Range | null | undefined, kind?: FoldingRangeKind) => {
    if (!range || range.end.line <= range.start.line || out.length >= MAX_RANGES) return;
    out.push({ startLine: range.start.line, endLine: range.end.line, ...(kind ? { kind } : {}) });
  };
  const item = (i: Item) => {
    add(i.range);
    for (const c of i.children) item(c);
  };
  const section = (s: Section) => {
    add(s.header?.range);
    add(s.addressees?.range);
    add(s.preamble?.range);
    for (const i of s.body.items) item(i);
    if (s.closing?.recipients) {
      const items = s.closing.recipients.items;
      const last = items[items.length - 1];
      if (last) add({ start: s.closing.recipients.label.range.start, end: last.range.end });
    }
  };
  add(document.noiseBefore, FoldingRangeKind.Comment);
  section(document);
  for (const a of document.attachments) {
    const start = (a.header ?? a.title)?.range.start;
    const end = a.closing?.range.end ?? a.body.range?.end;
    if (start && end) add({ start, end }, FoldingRangeKind.Region);
    section(a);
  }
  add(document.noiseAfter, FoldingRangeKind.Comment);
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out;
}
