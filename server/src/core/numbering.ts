// Numbering: the lists of the body tree and the labels they should carry.
import type { Item, Marker, Range, Section, VbhcDocument } from "./model.js";
import { oncePer } from "./memo.js";
import { originalText } from "./sections.js";

/** Vietnamese alphabet order for lettered points: no f, j, w, z. */
/** Parts lettered in capitals run A, B, C, D, … (as the Latin alphabet). */
const UPPER_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

export const VIETNAMESE_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

export interface NumberedList {
  /** The item the list hangs under; null for the top level of a section's body. */
  parent: Item | null;
  items: Item[];
  style: Marker["style"];
}

const NUMBERED = new Set<Marker["style"]>(["part", "chapter", "section", "upper", "roman", "arabic", "hierarchical", "letter"]);

const LISTS = oncePer(collectLists);
const ARTICLES = oncePer(collectArticles);

/** Every numbered list of a section (articles are handled across the section, not per list). */
export function numberedLists(section: Section): NumberedList[] {
  return LISTS(section);
}

function collectLists(section: Section): NumberedList[] {
  const out: NumberedList[] = [];
  const visit = (parent: Item | null, children: Item[]) => {
    // Quoted items are another document's wording (an amendment's new text): not this list's.
    const numbered = children.filter((c) => NUMBERED.has(c.marker.style) && !c.quoted);
    if (numbered.length > 0) out.push({ parent, items: numbered, style: numbered[0]!.marker.style });
    for (const c of children) visit(c, c.children);
  };
  visit(null, section.body.items);
  return out;
}

/** All "Điều N." items of a section in document order, wherever they sit (under Chương, Mục…). */
export function articles(section: Section): Item[] {
  return ARTICLES(section);
}

function collectArticles(section: Section): Item[] {
  const out: Item[] = [];
  const visit = (items: Item[]) => {
    for (const i of items) {
      if (i.marker.style === "article") {
        if (!i.quoted) out.push(i);
      } else visit(i.children);
    }
  };
  visit(section.body.items);
  return out;
}

const ROMAN_VALUES: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function toRoman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN_VALUES) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

export function fromRoman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES.find(([, r]) => r === s[i])?.[0] ?? 0;
    const next = ROMAN_VALUES.find(([, r]) => r === s[i + 1])?.[0] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The ordinal (1-based) a label stands for in its style, or null when it stands for none. */
export function ordinalOf(marker: Marker): number | null {
  const label = marker.label;
  switch (marker.style) {
    case "arabic":
    case "article":
    case "section":
      return /^[0-9]+$/.test(label) ? Number(label) : null;
    case "roman":
      return fromRoman(label);
    case "chapter":
    case "part":
      if (/^[0-9]+$/.test(label)) return Number(label);
      if (/^[IVXLC]+$/i.test(label)) return fromRoman(label.toUpperCase());
      return ordinalWord(label);
    case "hierarchical": {
      const last = label.split(".").pop()!;
      return Number(last);
    }
    case "letter": {
      const k = VIETNAMESE_LETTERS.indexOf(label);
      return k >= 0 ? k + 1 : null;
    }
    case "upper": {
      const k = UPPER_LETTERS.indexOf(label);
      return k >= 0 ? k + 1 : null;
    }
    default:
      return null;
  }
}

/** The label an item of `style` carries at position `ordinal`, modelled on `like` (its old label). */
/** "thứ nhất" … "thứ mười": the words large laws and codes number their parts with ("PHẦN THỨ HAI"). */
const ORDINAL_WORDS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

function ordinalWord(label: string): number | null {
  const m = /^thứ\s+(\S+)$/u.exec(label.normalize("NFC").toLowerCase());
  const k = m ? ORDINAL_WORDS.indexOf(m[1]!) : -1;
  return k >= 0 ? k + 1 : null;
}

/** The label for `ordinal` written in words, in the case of `like` ("THỨ HAI", "thứ hai"). */
function ordinalLabel(like: string, ordinal: number): string | null {
  const word = ORDINAL_WORDS[ordinal - 1];
  if (!word) return null;
  const label = `thứ ${word}`;
  return like === like.toUpperCase() ? label.toUpperCase() : label;
}

export function labelFor(like: Marker, ordinal: number, parentLabel: string | null): string {
  switch (like.style) {
    case "roman":
      return toRoman(ordinal);
    case "chapter":
    case "part":
      if (/^[0-9]+$/.test(like.label)) return String(ordinal);
      if (ordinalWord(like.label) !== null) return ordinalLabel(like.label, ordinal) ?? toRoman(ordinal);
      return toRoman(ordinal);
    case "hierarchical": {
      const prefix = parentLabel ?? like.label.split(".").slice(0, -1).join(".");
      return `${prefix}.${ordinal}`;
    }
    case "letter":
      return VIETNAMESE_LETTERS[ordinal - 1] ?? like.label;
    case "upper":
      return UPPER_LETTERS[ordinal - 1] ?? like.label;
    default:
      return String(ordinal);
  }
}

/** The label of an item as a parent of hierarchical children ("2" for "2.", "2.3" for "2.3."). */
export function parentLabel(item: Item | null): string | null {
  if (!item) return null;
  if (item.marker.style === "arabic" || item.marker.style === "hierarchical") return item.marker.label;
  return null;
}

/** Expected labels of a list, 1-based from its first item's position. */
export function expectedLabels(list: NumberedList): string[] {
  return list.items.map((item, k) => labelFor(item.marker, k + 1, list.style === "hierarchical" ? parentLabel(list.parent) : null));
}

/**
 * Where the label sits inside the marker in the original text, when it can be edited safely
 * (the original marker text reads exactly as the model says: no Markdown or NFD inside).
 */
export function labelRange(document: VbhcDocument, marker: Marker): Range | null {
  const original = originalText(document, marker.range);
  const at =
    marker.style === "article" || marker.style === "part" || marker.style === "chapter" || marker.style === "section"
      ? original.lastIndexOf(marker.label)
      : original.startsWith(marker.label)
        ? 0
        : -1;
  if (at < 0 || marker.range.start.line !== marker.range.end.line) return null;
  const start = marker.range.start.character + at;
  return { start: { line: marker.range.start.line, character: start }, end: { line: marker.range.start.line, character: start + marker.label.length } };
}

export interface NumberingBreak {
  item: Item;
  /** Position in the list (0-based). */
  index: number;
  /** The label the item should carry where the sequence breaks. */
  expected: string;
}

/**
 * Where a sequence breaks: the first item when it is not the first ordinal, and any later item
 * that does not follow the item before it. Items that merely continue a broken run ("5" after
 * a wrong "4") are not breaks: one finding per break, and the fix renumbers the whole list.
 */
export function sequenceBreaks(
  items: readonly Item[],
  prefix: string | null,
  ordinal: (i: Item) => number | null = (i) => ordinalOf(i.marker),
): NumberingBreak[] {
  const out: NumberingBreak[] = [];
  items.forEach((item, k) => {
    const own = ordinal(item);
    const prev = k === 0 ? 0 : ordinal(items[k - 1]!);
    const want = prev === null ? k + 1 : prev + 1;
    if (own === want) return;
    out.push({ item, index: k, expected: labelFor(item.marker, want, prefix) });
  });
  return out;
}
