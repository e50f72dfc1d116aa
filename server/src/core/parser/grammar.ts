// Typed access to the parser generated from grammar/*.peggy (see scripts/build.mjs).
import { TextMemo } from "../memo.js";
import { scanLine } from "./line-scanner.js";
import { parse as peggyParse } from "../../../../build/generated/grammar.js";

export type { LineClass, RawCitation, RawDate, RawDocNumber, RawMarker, RawPart, Span } from "./grammar-types.js";
import type { LineClass, RawCitation, RawDate, RawDocNumber } from "./grammar-types.js";

// The grammar classifies a line by its beginning; a long paragraph is cut here so the
// grammar's work per line stays bounded. Spans that reach the cut are extended by the caller.
export const HEAD_LIMIT = 80;
/**
 * Appended to a cut head so that no rule anchored at the end of the line (a number line, a
 * place-date line) can match a line that goes on past the cut.
 */
export const CUT_MARK = "\u0001".repeat(8);

/** Lines up to this long always go to the grammar (titles, agency lines, place-date lines…). */
const ALWAYS_PARSED = 120;

/**
 * The cheap test of DESIGN.md "The document model": how a line longer than HEAD_LIMIT can begin
 * if it is anything but plain text — the first words of the Line grammar's alternatives
 * (place-date lines, titles and agency lines are always shorter). A test checks that every
 * line this rejects is plain text to the grammar too.
 */
const STRUCTURAL_START =
  /^(?:[0-9]|[IVX]+[.)]|[a-zđ][.)]|[-+•–—(|*#_=·.<]|\/\/|Căn cứ|CỘNG|Chương|Độc lập|Điều|Số|Nơi nhận|Ngày|Người ký|Kính gửi|Theo|TM|KT|TL|TUQ|Q\s*\.|Tin liên|Tình trạng|Tải về|Xét|Ban hành|Kèm theo|Phần|Mục|Loại văn|Lược đồ|Gửi đánh|V\/v|Văn bản liên|năm |Luật|Bộ luật|Pháp lệnh)/i;

/**
 * How the grammar reads a line: not at all (the cheap test says plain text), by a short head (it
 * starts as a structural line can), or by the usual head (a short line, always parsed).
 */
export type LineReading = "plain" | "short" | "usual";

export function lineReading(text: string): LineReading {
  if (STRUCTURAL_START.test(text)) return "short";
  return text.length <= ALWAYS_PARSED ? "usual" : "plain";
}

export function mayBeStructural(text: string): boolean {
  return lineReading(text) !== "plain";
}

const PLAIN_TEXT: LineClass = Object.freeze({ kind: "text" });

export function classifyLine(text: string): LineClass {
  try {
    return peggyParse(text, { startRule: "Line" }) as LineClass;
  } catch {
    // The grammar is total; should it ever fail, the line is plain text and parsing goes on.
    return PLAIN_TEXT;
  }
}

/**
 * Line classes by line head. Documents are re-parsed on every edit, but most of their lines did
 * not change: only new lines go to the grammar. The classes are shared: treat them as read-only.
 */
const LINE_CLASSES = new TextMemo<LineClass>(10_000);

/**
 * What a line that starts with a numbering marker or a keyword (the cheap test's list) can be is
 * decided by its first characters: such a line longer than HEAD_LIMIT is classified by this
 * shorter head. A class that could depend on the rest of the line (see SURE_FROM_SHORT_HEAD) is
 * asked again with the usual head.
 */
export const SHORT_HEAD = 48;

/** Classes that a head of SHORT_HEAD characters decides: every alternative reads only a prefix. */
const SURE_FROM_SHORT_HEAD = new Set<LineClass["kind"]>([
  "directive",
  "motto",
  "number",
  "recipientsLabel",
  "addressee",
  "basis",
  "proposal",
  "attachedReference",
  "signature",
  "item",
  "summary",
  "noise",
]);

/** The head of a line the grammar classifies, and how many characters of the line it keeps. */
function headOf(text: string, short: boolean): { head: string; cut: number } {
  const limit = short ? SHORT_HEAD : HEAD_LIMIT;
  return text.length > limit ? { head: text.slice(0, limit) + CUT_MARK, cut: limit } : { head: text, cut: text.length };
}

export interface ClassifiedLine {
  cls: LineClass;
  /** Characters of the line the grammar read; a span ending at cut + CUT_MARK.length reached the cut. */
  cut: number;
}

/**
 * Classifies many lines with one parser call over the lines not seen before (the call's set-up
 * costs more than a short line). Each text must hold no line break; a text longer than its head
 * is classified by the head, and a span that reaches the cut must be extended by the caller
 * (without changing the shared class).
 */
export function classifyLines(texts: readonly string[], readings: readonly LineReading[] = texts.map(lineReading)): ClassifiedLine[] {
  const out: ClassifiedLine[] = new Array(texts.length);
  let missing: number[] = [];
  let heads: string[] = [];
  texts.forEach((text, k) => {
    const h = headOf(text, readings[k] === "short");
    const known = LINE_CLASSES.get(h.head);
    out[k] = { cls: known ?? PLAIN_TEXT, cut: h.cut };
    if (known === undefined) {
      missing.push(k);
      heads.push(h.head);
    }
  });
  for (let pass = 0; pass < 2 && missing.length > 0; pass++) {
    const fresh = classifyHeads(heads);
    const again: number[] = [];
    const againHeads: string[] = [];
    missing.forEach((k, i) => {
      const cls = fresh[i]!;
      const line = out[k]!;
      if (pass === 0 && line.cut === SHORT_HEAD && !SURE_FROM_SHORT_HEAD.has(cls.kind)) {
        // Not decided by the short head: ask again with the usual one (not remembered for the short head).
        const h = headOf(texts[k]!, false);
        line.cut = h.cut;
        const known = LINE_CLASSES.get(h.head);
        if (known !== undefined) line.cls = known;
        else {
          again.push(k);
          againHeads.push(h.head);
        }
        return;
      }
      LINE_CLASSES.set(heads[i]!, cls);
      line.cls = cls;
    });
    missing = again;
    heads = againHeads;
  }
  return out;
}

/** Classes of many heads: the common kinds from the line scanner, the others from one grammar call. */
function classifyHeads(heads: readonly string[]): LineClass[] {
  const out: LineClass[] = new Array(heads.length);
  const asked: string[] = [];
  const askedAt: number[] = [];
  for (let k = 0; k < heads.length; k++) {
    const scanned = scanLine(heads[k]!);
    if (scanned) out[k] = scanned;
    else {
      asked.push(heads[k]!);
      askedAt.push(k);
    }
  }
  const answers = classifyByGrammar(asked);
  for (let i = 0; i < asked.length; i++) out[askedAt[i]!] = answers[i]!;
  return out;
}

/** Classes of many heads (no line break in any) from the grammar alone, in one parser call. */
export function classifyByGrammar(heads: readonly string[]): LineClass[] {
  if (heads.length === 0) return [];
  try {
    const result = peggyParse(heads.join("\n"), { startRule: "Lines" }) as LineClass[];
    if (result.length === heads.length) return result;
  } catch {
    // Fall through to one call per line.
  }
  return heads.map(classifyLine);
}

function tryParse<T>(text: string, startRule: "CitationAt" | "DateAt" | "DatesAt" | "DocNumberAt"): T | null {
  try {
    return peggyParse(text, { startRule }) as T;
  } catch {
    // A failed match is an ordinary outcome for a candidate position.
    return null;
  }
}

export function citationAt(text: string): RawCitation | null {
  const r = tryParse<RawCitation | (RawCitation | null)[]>(text, "CitationAt");
  return Array.isArray(r) ? (r[0] ?? null) : r;
}

/**
 * Citations at the start of many slices in one parser call (the call's set-up costs more than a
 * short match). Each slice must hold no line break; spans are relative to each slice.
 */
export function citationsAt(slices: readonly string[]): (RawCitation | null)[] {
  if (slices.length === 0) return [];
  if (slices.length > 1 && !slices.some((s) => s.includes("\n"))) {
    const r = tryParse<RawCitation | (RawCitation | null)[]>(slices.join("\n"), "CitationAt");
    if (Array.isArray(r) && r.length === slices.length) return r;
  }
  return slices.map(citationAt);
}

export function dateAt(text: string): RawDate | null {
  return tryParse<RawDate>(text, "DateAt");
}

/**
 * Dates at the start of many slices in one parser call, as a lookup by slice; a slice not asked
 * for is parsed on its own. Each slice must hold no line break.
 */
export function datesAt(slices: readonly string[]): (slice: string) => RawDate | null {
  const known = new Map<string, RawDate | null>();
  const unique = [...new Set(slices)].filter((s) => !s.includes("\n"));
  if (unique.length > 0) {
    const r = tryParse<(RawDate | null)[]>(unique.join("\n"), "DatesAt");
    if (Array.isArray(r) && r.length === unique.length) for (let k = 0; k < unique.length; k++) known.set(unique[k]!, r[k]!);
  }
  return (slice) => {
    const hit = known.get(slice);
    return hit !== undefined ? hit : dateAt(slice);
  };
}

export function docNumberAt(text: string): RawDocNumber | null {
  return tryParse<RawDocNumber>(text, "DocNumberAt");
}
