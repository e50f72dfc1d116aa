// What the layout rules share: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I's figures, and
// how a figure is written in a message (millimetres, a decimal comma in Vietnamese).
import type { LocalizedText, Range } from "../core/index.js";
import type { DocumentKind } from "../core/kinds.js";
import type { DocxLayout, DocxRun, DocxSection } from "../core/docx/read.js";
import { lineRange } from "./lines.js";

/**
 * The layout of Phụ lục I is the layout of văn bản hành chính; a legal-normative document's
 * (Nghị định 154/2020/NĐ-CP) and a Party document's are set by other texts.
 */
export const LAYOUT_KINDS: readonly DocumentKind[] = ["administrative"];

/** Word stores lengths in twentieths of a point: a setting meant as 20 mm reads 19.96 mm. */
export const TOLERANCE_MM = 0.5;

/** A length in millimetres as a message shows it: "25", "25.4" / "25,4". */
export function millimetres(value: number): LocalizedText {
  const text = String(Math.round(value * 10) / 10);
  return { vi: text.replace(".", ","), en: text };
}

/** Where a finding about a whole section goes: its first paragraph with text (a line of the text). */
export function sectionRange(layout: DocxLayout, section: DocxSection): Range {
  let at = section.firstParagraph;
  while (at < section.lastParagraph && layout.paragraphs[at]!.text.trim() === "") at++;
  return lineRange(at, 0, layout.paragraphs[at]?.text.length ?? 0);
}

/** The runs of a paragraph that hold letters within [from, to), clipped to it. */
export function letterRuns(layout: DocxLayout, part: { line: number; from: number; to: number }): (DocxRun & { from: number; to: number })[] {
  const paragraph = layout.paragraphs[part.line];
  if (!paragraph) return [];
  const out: (DocxRun & { from: number; to: number })[] = [];
  for (const run of paragraph.runs) {
    const from = Math.max(run.start, part.from);
    const to = Math.min(run.end, part.to, paragraph.text.length);
    if (from < to && LETTER.test(paragraph.text.slice(from, to))) out.push({ ...run, from, to });
  }
  return out;
}

const LETTER = /\p{L}/u;

/** A size in points as a message shows it: "13", "10.5" / "10,5". */
export function points(value: number): LocalizedText {
  const text = String(value);
  return { vi: text.replace(".", ","), en: text };
}
