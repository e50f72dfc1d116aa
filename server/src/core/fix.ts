// Applying fixes. Edits are kept in the original text's coordinates; overlapping edits of
// one pass are dropped (the next pass picks them up), so applying twice equals once.
import type { Position } from "./model.js";
import type { Finding, TextEdit } from "./rule.js";
import { splitLines } from "./text/units.js";

export function offsetAt(lineStarts: readonly number[], textLength: number, p: Position): number {
  if (p.line >= lineStarts.length) return textLength;
  const start = lineStarts[p.line]!;
  const next = p.line + 1 < lineStarts.length ? lineStarts[p.line + 1]! : textLength;
  return Math.min(start + p.character, next);
}

/** Applies non-overlapping edits; returns the new text and how many edits were applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const { lineStarts } = splitLines(text);
  const resolved = edits
    .map((e) => ({ start: offsetAt(lineStarts, text.length, e.range.start), end: offsetAt(lineStarts, text.length, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let pos = 0;
  let applied = 0;
  for (const e of resolved) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}

/** The edits of all fixable findings, one finding's edits kept together. */
export function fixEdits(findings: readonly Finding[]): TextEdit[] {
  return findings.flatMap((f) => f.fix ?? []);
}
