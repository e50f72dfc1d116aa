// parse(text) → VbhcDocument. Total: any string gives a model, nothing throws.
import type { Range, Section, VbhcDocument } from "../model.js";
import { Assembler } from "./assemble.js";
import { classifyUnits, onLine, type CUnit } from "./classified.js";
import { spanRange } from "./spans.js";
import { lastLine, lineUnits, splitLines, type Unit } from "../text/units.js";
import { detached } from "../memo.js";
import { unwrap } from "./unwrap.js";
import { splitGlued } from "./glued.js";
import { frontMatterEnd } from "../text/front-matter.js";

/** Per document: its lines and their classified units, for the next version's parse to reuse. */
const LINES = new WeakMap<VbhcDocument, ParsedLines>();

interface ParsedLines {
  lines: string[];
  units: CUnit[][];
  /** The logical units (lines joined where they continue, glued elements split), in order. */
  logical: CUnit[];
  /** What perLine computed for this version, by name. */
  results: Map<string, unknown[]>;
  /** The previous version's results and which of its lines this version kept (one level only: no chain of versions stays alive). */
  from: { results: Map<string, unknown[]>; head: number; tail: number; count: number } | null;
}

/**
 * What `compute` gives for a line of the document, by line number, computed when first asked.
 * `compute` must depend on the line's text alone: a version parsed with its previous version
 * takes the results of the lines it kept from that version, without computing or looking up.
 */
export function perLine<V>(document: VbhcDocument, name: string, compute: (line: string) => V): (line: number) => V {
  documentLines(document);
  const entry = LINES.get(document)!;
  let values = entry.results.get(name) as V[] | undefined;
  if (!values) {
    values = new Array<V>(entry.lines.length);
    const before = entry.from?.results.get(name) as V[] | undefined;
    if (entry.from && before) {
      const { head, tail, count } = entry.from;
      const n = values.length;
      for (let i = 0; i < head; i++) values[i] = before[i]!;
      for (let t = 0; t < tail; t++) values[n - 1 - t] = before[count - 1 - t]!;
    }
    entry.results.set(name, values);
  }
  const filled = values;
  return (line) => {
    let v = filled[line];
    if (v === undefined) {
      v = compute(entry.lines[line] ?? "");
      filled[line] = v;
    }
    return v;
  };
}

/**
 * The lines of a parsed document, without their line breaks: the same string objects for every
 * caller, so a line's hash (for the memos keyed by line text) is computed once per version.
 */
export function documentLines(document: VbhcDocument): readonly string[] {
  let known = LINES.get(document);
  if (!known) {
    // A model not made by parse() (a copy, a test's literal): slice its lines; no units to reuse.
    const lines = document.lineStarts.map((start, k) => document.text.slice(start, start + document.lineLengths[k]!));
    known = { lines, units: [], logical: [], results: new Map(), from: null };
    LINES.set(document, known);
  }
  return known.lines;
}

/** A logical unit of the text as the analyses read it: its clean text and where each character is. */
export interface LogicalUnit {
  /** NFC, markup set aside, a wrapped paragraph joined with single spaces. */
  readonly text: string;
  /** First and last physical line. */
  readonly line: number;
  readonly lastLine: number;
  /** A Markdown heading ("# …") or a cell of a table row, not running text. */
  readonly headingOrCell: boolean;
  /** The original range of clean characters [s, e). */
  range(s: number, e: number): Range;
}

const LOGICAL = new WeakMap<VbhcDocument, readonly LogicalUnit[]>();

/**
 * The logical units of a parsed document (the text layer's output: what the grammar classified),
 * for the analyses that read running text (citations, references). Layout units (blank lines,
 * rules, "|") are left out.
 */
export function logicalUnits(document: VbhcDocument): readonly LogicalUnit[] {
  let known = LOGICAL.get(document);
  if (known) return known;
  let entry = LINES.get(document);
  // A model not made by parse() (a copy, a test's literal): parse its text for its units.
  if (!entry || (entry.logical.length === 0 && document.text.length > 0)) entry = LINES.get(parse(document.text))!;
  const out: LogicalUnit[] = [];
  for (const u of entry.logical) {
    const k = u.cls.kind;
    if (k === "blank" || k === "separator" || k === "directive" || u.text.length === 0) continue;
    out.push({ text: u.text, line: u.line, lastLine: lastLine(u), headingOrCell: u.heading || u.cell, range: (s, e) => spanRange(u, s, e) });
  }
  known = out;
  LOGICAL.set(document, known);
  return known;
}

/**
 * `previous`: an earlier version of the same document. Its lines that the new text still has
 * at its start and at its end (all but the edited ones, typically) are not split and classified
 * again: their units are reused.
 */
export function parse(text: string, previous?: VbhcDocument): VbhcDocument {
  const { lineStarts, lineLengths } = splitLines(text);
  const n = lineStarts.length;
  const lines = new Array<string>(n);
  for (let line = 0; line < n; line++) lines[line] = text.slice(lineStarts[line]!, lineStarts[line]! + lineLengths[line]!);
  const unitsByLine = new Array<CUnit[]>(n);
  let head = 0;
  let tail = 0;
  const before = previous ? LINES.get(previous) : undefined;
  if (before && before.units.length === before.lines.length) {
    const old = before.lines;
    const m = old.length;
    // An unchanged line keeps its string object from the previous version: its hash (for the
    // memos keyed by line text) is already computed.
    while (head < n && head < m && lines[head] === old[head]) {
      lines[head] = old[head]!;
      unitsByLine[head] = before.units[head]!;
      head++;
    }
    while (tail < n - head && tail < m - head && lines[n - 1 - tail] === old[m - 1 - tail]) {
      const line = n - 1 - tail;
      const units = before.units[m - 1 - tail]!;
      lines[line] = old[m - 1 - tail]!;
      unitsByLine[line] = n === m ? units : units.map((u) => onLine(u, line));
      tail++;
    }
    // A changed line is copied out of this version's text, so that the lines kept by later
    // versions never hold a whole old text in memory (a slice keeps its parent string alive).
    for (let line = head; line < n - tail; line++) lines[line] = detached(lines[line]!);
  }
  const raw: Unit[] = [];
  for (let line = head; line < n - tail; line++) {
    for (const unit of lineUnits(lines[line]!, line)) {
      const parts = splitGlued(unit);
      if (parts) for (const part of parts) raw.push(part);
      else raw.push(unit);
    }
  }
  for (const u of classifyUnits(raw)) (unitsByLine[u.line] ??= []).push(u);
  // Physical lines are kept (and reused by the next version) as classified; the logical units
  // join the wrapped ones, and a joined unit is classified on its whole text.
  const fmEnd = frontMatterEnd(lines);
  const flat = unitsByLine.flat();
  const { units, joined } = unwrap(fmEnd < 0 ? flat : flat.filter((u) => u.line > fmEnd));
  if (joined.length > 0) classifyUnits(joined);
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
  const document: VbhcDocument = {
    text,
    lineStarts,
    lineLengths,
    noiseBefore: noise.length > 0 ? spanCover(noise[0]!, noise[noise.length - 1]!) : null,
    ...main,
    attachments,
    noiseAfter: noiseAfterStart ? { start: spanRange(noiseAfterStart, 0, 0).start, end: endOfText } : null,
  };
  LINES.set(document, {
    lines,
    units: unitsByLine,
    logical: units,
    results: new Map(),
    from: before && (head > 0 || tail > 0) ? { results: before.results, head, tail, count: before.lines.length } : null,
  });
  return document;
}

function spanCover(a: CUnit, b: CUnit): Range {
  return { start: spanRange(a, 0, 0).start, end: spanRange(b, 0, b.text.length).end };
}
