// parse(text) → VbhcDocument. Total: any string gives a model, nothing throws.
import type { Range, Section, VbhcDocument } from "../model.js";
import { Assembler, classifyUnits, spanRange, type CUnit } from "./assemble.js";
import { lineUnits, splitLines, type Unit } from "./units.js";

export function parse(text: string): VbhcDocument {
  const { lineStarts, lineLengths } = splitLines(text);
  const raw: Unit[] = [];
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const lineText = text.slice(start, start + lineLengths[line]!);
    for (const unit of lineUnits(lineText, line)) raw.push(unit);
  }
  const units = classifyUnits(raw);
  const asm = new Assembler(units);
  const noise = asm.findHeaderStart();
  const main = asm.parseSection(true);
  const attachments: Section[] = [];
  while (asm.nextAttachmentStart()) {
    const before = asm.noiseAfterStart;
    attachments.push(asm.parseSection(true));
    if (asm.noiseAfterStart === before && asm.done) break;
  }
  const noiseAfterStart = asm.noiseAfterStart as CUnit | null;
  const lastLine = lineStarts.length - 1;
  const endOfText = { line: lastLine, character: lineLengths[lastLine]! };
  return {
    text,
    lineStarts,
    lineLengths,
    noiseBefore: noise.length > 0 ? spanCover(noise[0]!, noise[noise.length - 1]!) : null,
    ...main,
    attachments,
    noiseAfter: noiseAfterStart ? { start: spanRange(noiseAfterStart, 0, 0).start, end: endOfText } : null,
  };
}

function spanCover(a: CUnit, b: CUnit): Range {
  return { start: spanRange(a, 0, 0).start, end: spanRange(b, 0, b.text.length).end };
}
