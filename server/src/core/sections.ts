// Helpers for rules that look at every section (the document and its attachments).
import type { Range, Section, VbhcDocument } from "./model.js";

export function sections(document: VbhcDocument): Section[] {
  return [document, ...document.attachments];
}

/** The section a line belongs to: the main document, or the last attachment that starts at or before it (at its header, title or preamble). */
export function sectionOfLine(document: VbhcDocument, line: number): Section {
  let current: Section = document;
  for (const s of document.attachments) {
    const start = (s.header?.range ?? s.title?.range ?? s.preamble?.range)?.start.line;
    if (start !== undefined && line >= start) current = s;
  }
  return current;
}

/** The original text of a single-line range. */
export function originalText(document: VbhcDocument, range: Range): string {
  if (range.start.line !== range.end.line) {
    const start = document.lineStarts[range.start.line]! + range.start.character;
    const end = document.lineStarts[range.end.line]! + range.end.character;
    return document.text.slice(start, end);
  }
  const lineStart = document.lineStarts[range.start.line]!;
  return document.text.slice(lineStart + range.start.character, lineStart + range.end.character);
}
