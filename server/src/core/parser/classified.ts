// Classified units: each unit (line or table cell) with what the line grammar says it is, and
// the small tests the block parsers share (capitals, a name, a type name, a blank).
import { TYPE_NAMES } from "../facts/document-types.js";
import { classifyLines, CUT_MARK, lineReading, type LineClass, type LineReading, type Span } from "./grammar.js";
import type { Unit } from "../text/units.js";
import { RANK_BEFORE_NAME } from "./glued.js";

export interface CUnit extends Unit {
  cls: LineClass;
  /** Has letters and no lower-case letter. */
  upper: boolean;
}

/** Classifies all units of a document with one grammar call over the candidate lines. */
export function classifyUnits(units: readonly Unit[]): CUnit[] {
  const candidates: number[] = [];
  const texts: string[] = [];
  const readings: LineReading[] = [];
  units.forEach((u, k) => {
    const reading = lineReading(u.text);
    if (reading !== "plain") {
      candidates.push(k);
      texts.push(u.text);
      readings.push(reading);
    }
  });
  const classes = classifyLines(texts, readings);
  // The units become CUnits in place (every unit gains the same two fields in the same order).
  const out = units as CUnit[];
  for (const u of out) {
    u.cls = PLAIN_TEXT;
    u.upper = isUpperText(u.text);
  }
  candidates.forEach((k, i) => {
    const { cls, cut } = classes[i]!;
    const u = out[k]!;
    u.cls = u.text.length > cut ? withFullRest(cls, cut + CUT_MARK.length, u.text.length) : cls;
  });
  return out;
}

const PLAIN_TEXT: LineClass = Object.freeze({ kind: "text" });

/** A copy of a classified unit moved to another line (a line above it was added or removed). */
export function onLine(u: CUnit, line: number): CUnit {
  return { ...u, line };
}

/** The class with its "rest of the line" span reaching the end of the full line (a copy: classes are shared). */
export function withFullRest(cls: LineClass, cut: number, full: number): LineClass {
  const fix = (s: Span | null): Span | null => (s && s[1] === cut ? [s[0], full] : s);
  switch (cls.kind) {
    case "item":
    case "summary":
      return cls.text[1] === cut ? { ...cls, text: fix(cls.text)! } : cls;
    case "signature":
    case "recipientsLabel":
    case "addressee":
      return cls.rest[1] === cut ? { ...cls, rest: fix(cls.rest)! } : cls;
    case "number":
      return cls.value && cls.value[1] === cut ? { ...cls, value: fix(cls.value) } : cls;
    default:
      return cls;
  }
}

export function isUpperText(text: string): boolean {
  if (text.length > 400) return false;
  // Most lines show a lower-case letter within their first characters.
  const head = text.slice(0, 12);
  if (head !== head.toUpperCase()) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** "Nguyễn Văn A", "Hoàng Quốc Khánh": a signer's name. */
/** Academic titles that may precede a signer's name: "TS. Nguyễn Văn A", "PGS.TS. Lê B". */
const ACADEMIC_TITLE = /^(?:(?:GS|PGS|TS|ThS|BS|KS|CN|NGƯT|NGND|TTƯT)\.\s*)+/;

export function isNameLike(text: string): boolean {
  text = text.replace(ACADEMIC_TITLE, "").replace(RANK_BEFORE_NAME, "");
  if (text.length < 3 || text.length > 50) return false;
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 7) return false;
  for (const w of words) {
    const first = w[0]!;
    if (first === first.toLowerCase()) return false;
    const rest = w.slice(1);
    if (rest !== rest.toLowerCase() || /[0-9,;:!?()/]/.test(w)) return false;
  }
  return true;
}

export function typeNameOf(u: CUnit): string | null {
  if (!u.upper) return null;
  const name = u.text.replace(/\s+/g, " ");
  return TYPE_NAMES.has(name) ? name : null;
}

export const isBlank = (u: CUnit) => u.cls.kind === "blank" || u.cls.kind === "separator" || u.cls.kind === "directive";
