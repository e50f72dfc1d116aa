// Positions and ranges (line, UTF-16 character, as LSP counts them): the one home of the small
// comparisons that the parser, the analyses, the rules and the features all need.
import type { Range } from "./model.js";

type Position = Range["start"];

/** Is `a` strictly before `b`? */
export function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Is line `line` within the lines of `r` (a null range contains nothing)? */
export function lineInRange(line: number, r: Range | null): boolean {
  return r !== null && line >= r.start.line && line <= r.end.line;
}

/** Is position `p` within `r`, both ends included? */
export function rangeContains(r: Range, p: Position): boolean {
  return !isBefore(p, r.start) && !isBefore(r.end, p);
}

/** Do `a` and `b` share a position (touching ends count)? */
export function rangesOverlap(a: Range, b: Range): boolean {
  return !isBefore(a.end, b.start) && !isBefore(b.end, a.start);
}
