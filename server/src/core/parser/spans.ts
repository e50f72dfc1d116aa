// Ranges and spans in the original text, taken from a unit's clean text.
import type { DatePart, DateValue, Range, TextSpan } from "../model.js";
import type { RawDate, Span } from "./grammar.js";
import { lineOfIndex, origEnd, origStart, type Unit } from "../text/units.js";

/** Ranges and spans in the original text. */
export function spanRange(u: Unit, s: number, e: number): Range {
  if (!u.breaks) {
    return {
      start: { line: u.line, character: origStart(u, s) },
      end: { line: u.line, character: e > s ? origEnd(u, e) : origStart(u, s) },
    };
  }
  const startLine = lineOfIndex(u, s);
  return {
    start: { line: startLine, character: origStart(u, s) },
    end: e > s ? { line: lineOfIndex(u, e - 1), character: origEnd(u, e) } : { line: startLine, character: origStart(u, s) },
  };
}

export function textSpan(u: Unit, s = 0, e = u.text.length): TextSpan {
  return { text: sliceOf(u, s, e), range: spanRange(u, s, e) };
}

/** u.text.slice(s, e), the same string object as last time when the unit is reused by a later version. */
function sliceOf(u: Unit, s: number, e: number): string {
  if (s === 0 && e >= u.text.length) return u.text;
  const last = u.lastSlice;
  if (last && last.from === s && last.to === e) return last.text;
  const text = u.text.slice(s, e);
  u.lastSlice = { from: s, to: e, text };
  return text;
}

export function joinSpans(spans: TextSpan[]): TextSpan {
  if (spans.length === 1) return spans[0]!;
  return {
    text: spans.map((s) => s.text).join(" "),
    range: { start: spans[0]!.range.start, end: spans[spans.length - 1]!.range.end },
  };
}

export function cover(a: Range, b: Range): Range {
  return { start: a.start, end: b.end };
}

export function datePart(u: Unit, p: { text: string; span: Span } | null): DatePart | null {
  if (!p) return null;
  return { text: p.text, value: Number.parseInt(p.text, 10), range: spanRange(u, p.span[0], p.span[1]) };
}

export function dateValue(u: Unit, d: RawDate, offset = 0): DateValue {
  const shift = (p: { text: string; span: Span } | null) => (p ? { text: p.text, span: [p.span[0] + offset, p.span[1] + offset] as Span } : null);
  return {
    form: d.form,
    day: datePart(u, shift(d.day)),
    month: datePart(u, shift(d.month)),
    year: datePart(u, shift(d.year)),
    range: spanRange(u, d.span[0] + offset, d.span[1] + offset),
  };
}
