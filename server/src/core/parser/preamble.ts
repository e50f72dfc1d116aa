// The preamble: the enacting authority, a few opening paragraphs, the căn cứ lines (wrapped or
// not) and the enacting line ("QUYẾT ĐỊNH:").
import type { Preamble, TextSpan } from "../model.js";
import { lastLine } from "../text/units.js";
import { isBlank, type CUnit } from "./classified.js";
import type { Cursor } from "./cursor.js";
import { cover, joinSpans, spanRange, textSpan } from "./spans.js";

/** How many paragraphs may open a preamble before its first căn cứ. */
const PREAMBLE_INTRO_UNITS = 6;

/** `withIntro`: paragraphs may come before the first căn cứ (a titled document, not a Công văn, whose body paragraphs may cite a căn cứ of their own). */
export function parsePreamble(c: Cursor, withIntro: boolean): Preamble | null {
  const start = c.i;
  let j = c.nextSolid(c.i);
  // A crawler's section headings above the căn cứ ("## VĂN BẢN", "## QUYẾT NGHỊ") are not the preamble's.
  while (c.units[j]?.heading && c.units[j]!.upper && c.units[j]!.cls.kind === "text") j = c.nextSolid(j + 1);
  let authority: TextSpan | null = null;
  const a = c.units[j];
  if (a?.upper && a.cls.kind === "text" && !a.text.endsWith(":")) {
    const k = c.nextSolid(j + 1);
    const after = c.units[k];
    if (after && (after.cls.kind === "basis" || after.cls.kind === "proposal")) {
      authority = textSpan(a);
      j = k;
    }
  }
  const intro: TextSpan[] = [];
  const firstKind = c.units[j]?.cls.kind;
  if (withIntro && firstKind !== "basis" && firstKind !== "proposal") {
    // A few plain paragraphs, then căn cứ: they open the preamble.
    let k = j;
    for (let n = 0; n < PREAMBLE_INTRO_UNITS; n++) {
      const u = c.units[k];
      if (u?.cls.kind !== "text" || u.upper) break;
      k = c.nextSolid(k + 1);
      const next = c.units[k];
      if (next && (next.cls.kind === "basis" || next.cls.kind === "proposal")) {
        for (let m = j; m < k; m++) if (!isBlank(c.units[m]!)) intro.push(textSpan(c.units[m]!));
        j = k;
        break;
      }
    }
  }
  const lines: Preamble["lines"] = [];
  let last: CUnit | null = null;
  for (;;) {
    const u = c.units[j];
    if (!u || (u.cls.kind !== "basis" && u.cls.kind !== "proposal")) break;
    const spans = [textSpan(u)];
    let prev = u;
    // A căn cứ hard-wrapped over several lines.
    while (!/[;,.:]$/.test(prev.text)) {
      const next = c.units[j + spans.length];
      if (!next || next.line !== lastLine(prev) + 1 || next.cls.kind !== "text") break;
      spans.push(textSpan(next));
      prev = next;
    }
    lines.push({ kind: u.cls.kind, text: joinSpans(spans) });
    last = prev;
    j = c.nextSolid(j + spans.length);
  }
  let enactment: TextSpan | null = null;
  const e = c.units[j];
  // ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"; not a heading of the body: "I. VỀ ĐỐI TƯỢNG ÁP DỤNG:").
  if (lines.length > 0 && e && e.upper && e.cls.kind !== "item" && /:$/.test(e.text) && e.text.length <= 40) {
    enactment = textSpan(e);
    last = e;
    j++;
  }
  if (lines.length === 0) {
    c.i = start;
    return null;
  }
  c.i = j;
  const first = authority ?? intro[0] ?? lines[0]!.text;
  return { range: cover(first.range, spanRange(last!, 0, last!.text.length)), authority, intro, lines, enactment };
}
