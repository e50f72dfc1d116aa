// Small helpers shared by rules (kept out of the family folders: one rule per file there).
import type { Range, TextSpan } from "../core/index.js";

/** A range covering characters [from, to) of a single-line span's ORIGINAL text, when the
 * span's text is a verbatim copy of the original (no Markdown or NFD mapping inside). */
export function subRange(span: TextSpan, from: number, to: number): Range {
  const { start } = span.range;
  return {
    start: { line: start.line, character: start.character + from },
    end: { line: start.line, character: start.character + to },
  };
}
