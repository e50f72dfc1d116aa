// style/tone-mark-placement — the syllables with an open "oa", "oe" or "uy" rime can carry the
// tone mark on either vowel ("hòa"/"hoà", "khỏe"/"khoẻ", "thủy"/"thuỷ", "ủy"/"uỷ"). Both
// placements are in use — Nghị định 30/2020/NĐ-CP itself writes "CỘNG HÒA" (Phụ lục I, Phần I,
// Mục II, khoản 1) and "CỘNG HOÀ" (Mục V) — so neither is wrong; writing the same word both
// ways in one document is. The rule reports the less used form of each such word.
import type { Range, Rule } from "../../core/index.js";
import { TextMemo } from "../../core/memo.js";
import { sections } from "../../core/sections.js";
import { containsTest, lineRange, nfcLine, noiseTest } from "../lines.js";
import { perLine } from "../../core/parser/index.js";

const TONED: Record<string, string> = { a: "àáảãạ", e: "èéẻẽẹ", o: "òóỏõọ", u: "ùúủũụ", y: "ỳýỷỹỵ" };

/** Onsets that can precede an open oa/oe/uy rime; "qu" + y ("quý") has one placement only. */
const ONSETS = new Set([
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "p",
  "ph",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
]);

const NATIONAL_TAIL = /^[\s*_]+xã hội chủ nghĩa/iu;
/** A toned o/u before a/e/y, or o/u before a toned a/e/y, in either case (NFC). */
const CANDIDATE = /[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]|[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/;
const CANDIDATES = new RegExp(CANDIDATE.source, "g");
const COMBINING = /[\u0300-\u036f]/;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Is text[i] part of a word (a letter or a combining mark; a surrogate counts as one)? */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_OR_MARK.test(text[i]!);
}

type Style = "first" | "second";

interface Syllable {
  /** Onset, rime without tone, tone index: the same word in either placement. */
  key: string;
  style: Style;
  /** The lower-case form in each placement. */
  forms: Record<Style, string>;
}

function toneOf(c: string, base: string): number {
  return TONED[base]!.indexOf(c);
}

/** Parses a lower-case NFC word ending in a toned open oa/oe/uy rime. */
function parseSyllable(word: string): Syllable | null {
  if (word.length < 2) return null;
  const onset = word.slice(0, -2);
  if (!ONSETS.has(onset)) return null;
  const c1 = word[word.length - 2]!;
  const c2 = word[word.length - 1]!;
  let v1: string;
  let v2: string;
  let tone: number;
  let style: Style;
  if ((c2 === "a" || c2 === "e") && toneOf(c1, "o") >= 0) [v1, v2, tone, style] = ["o", c2, toneOf(c1, "o"), "first"];
  else if (c2 === "y" && toneOf(c1, "u") >= 0) [v1, v2, tone, style] = ["u", "y", toneOf(c1, "u"), "first"];
  else if (c1 === "o" && toneOf(c2, "a") >= 0) [v1, v2, tone, style] = ["o", "a", toneOf(c2, "a"), "second"];
  else if (c1 === "o" && toneOf(c2, "e") >= 0) [v1, v2, tone, style] = ["o", "e", toneOf(c2, "e"), "second"];
  else if (c1 === "u" && toneOf(c2, "y") >= 0) [v1, v2, tone, style] = ["u", "y", toneOf(c2, "y"), "second"];
  else return null;
  return {
    key: `${onset}${v1}${v2}${tone}`,
    style,
    forms: { first: onset + TONED[v1]![tone] + v2, second: onset + v1 + TONED[v2]![tone] },
  };
}

/** `target` (lower case, same length) with the letter case of `original`. */
function withCaseOf(original: string, target: string): string {
  let out = "";
  for (let i = 0; i < target.length; i++) {
    const o = original[i] ?? "";
    out += o !== o.toLowerCase() ? target[i]!.toUpperCase() : target[i]!;
  }
  return out;
}

interface Occurrence {
  range: Range;
  /** The word in NFC as written. */
  word: string;
  style: Style;
  /** The original text is the NFC word itself (a fix is safe). */
  certain: boolean;
}

interface Group {
  forms: Record<Style, string>;
  count: Record<Style, number>;
  firstStyle: Style;
  occurrences: Occurrence[];
}

/** A word with an open oa/oe/uy rime on a line, at its original characters. */
interface LineSyllable {
  syllable: Syllable;
  from: number;
  to: number;
  /** The word in NFC as written. */
  word: string;
  /** The original text is the NFC word itself (a fix is safe). */
  certain: boolean;
}

const NONE = Object.freeze([]) as readonly LineSyllable[];
/** Lines → their oa/oe/uy words (from the line's text alone). */
const LINE_SYLLABLES = new TextMemo<readonly LineSyllable[]>();

function syllablesOn(original: string): readonly LineSyllable[] {
  return LINE_SYLLABLES.through(original, () => {
    const found: LineSyllable[] = [];
    // Cheap test first: most lines hold no toned oa/oe/uy pair at all (NFD lines always go on).
    const mapped = CANDIDATE.test(original) || COMBINING.test(original) ? nfcLine(original) : null;
    const text = mapped ? mapped.text : original;
    // From each candidate pair out to its word's edges: only the few words that hold one are read.
    let wordEnd = 0;
    CANDIDATES.lastIndex = 0;
    for (let m = mapped || CANDIDATE.test(original) ? CANDIDATES.exec(text) : null; m; m = CANDIDATES.exec(text)) {
      if (m.index < wordEnd) continue; // another pair in a word already read
      let wordStart = m.index;
      while (wordStart > 0 && m.index - wordStart <= 6 && isWordChar(text, wordStart - 1)) wordStart--;
      wordEnd = m.index + 2;
      while (wordEnd < text.length && wordEnd - wordStart <= 6 && isWordChar(text, wordEnd)) wordEnd++;
      // The longest syllable with such a rime is short ("nghoạ"); skip anything longer.
      if (wordEnd - wordStart > 6) {
        while (wordEnd < text.length && isWordChar(text, wordEnd)) wordEnd++;
        continue;
      }
      const index = wordStart;
      const word = text.slice(wordStart, wordEnd);
      const syllable = parseSyllable(word.toLowerCase());
      if (!syllable) continue;
      // The Quốc hiệu where the parser did not recognize it ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA…").
      if (syllable.key === "hoa0" && NATIONAL_TAIL.test(text.slice(wordEnd, wordEnd + 24))) continue;
      const from = mapped ? mapped.starts[index]! : index;
      const to = mapped ? mapped.ends[index + word.length - 1]! : index + word.length;
      found.push({ syllable, from, to, word, certain: original.slice(from, to) === word });
    }
    return found.length > 0 ? found : NONE;
  });
}

export const toneMarkPlacement: Rule = {
  id: "style/tone-mark-placement",
  description: {
    vi: "Một từ có vần oa, oe, uy (hòa/hoà, thủy/thuỷ, ủy/uỷ…) được đặt dấu thanh thống nhất một kiểu trong cả văn bản.",
    en: "A word with an oa, oe or uy rime (hòa/hoà, thủy/thuỷ, ủy/uỷ…) places its tone mark the same way throughout the document.",
  },
  messages: {
    inconsistent: {
      vi: '"{word}" đặt dấu thanh khác với cách viết "{want}" được dùng {count} lần trong văn bản; nên viết thống nhất là "{want}".',
      en: '"{word}" places the tone mark differently from "{want}", the spelling used {count} times in this document; write "{want}" throughout.',
    },
    inconsistentOnce: {
      vi: '"{word}" đặt dấu thanh khác với cách viết "{want}" được dùng {count} lần trong văn bản; nên viết thống nhất là "{want}".',
      en: '"{word}" places the tone mark differently from "{want}", the spelling used {count} time in this document; write "{want}" throughout.',
    },
  },
  severity: "info",
  fixable: true,
  source:
    "Tính thống nhất trong văn bản; không có quy định bắt buộc một kiểu đặt dấu (Nghị định 30/2020/NĐ-CP dùng cả hai kiểu: “CỘNG HÒA” tại Phụ lục I, Phần I, Mục II, khoản 1 và “CỘNG HOÀ” tại Mục V)",
  check(context) {
    const { document } = context;
    const inNoise = noiseTest(document);
    // The Quốc hiệu has its fixed text (header/national-title-text); a signer's name is spelled
    // as the person spells it.
    const excluded: Range[] = [];
    for (const section of sections(document)) {
      if (section.header?.nationalTitle) excluded.push(section.header.nationalTitle.range);
      if (section.closing?.signer) excluded.push(section.closing.signer.range);
    }
    const isExcluded = containsTest(excluded);
    const groups = new Map<string, Group>();
    const total: Record<Style, number> = { first: 0, second: 0 };
    const syllablesAt = perLine(document, "tone-mark-placement", syllablesOn);
    for (let line = 0; line < document.lineStarts.length; line++) {
      if (inNoise(line)) continue;
      // Indexed, not for…of: this runs for every line on every keystroke (no iterator objects).
      const onLine = syllablesAt(line);
      for (let k = 0; k < onLine.length; k++) {
        const { syllable, from, to, word: w, certain } = onLine[k]!;
        if (isExcluded(line, from)) continue;
        let group = groups.get(syllable.key);
        if (!group) {
          group = { forms: syllable.forms, count: { first: 0, second: 0 }, firstStyle: syllable.style, occurrences: [] };
          groups.set(syllable.key, group);
        }
        group.count[syllable.style]++;
        total[syllable.style]++;
        group.occurrences.push({
          range: lineRange(line, from, to),
          word: w,
          style: syllable.style,
          certain,
        });
      }
    }
    for (const group of groups.values()) {
      if (group.count.first === 0 || group.count.second === 0) continue;
      // The form used more often; on a tie, the placement the document uses more often overall;
      // on a tie again, the form written first.
      const dominant: Style =
        group.count.first !== group.count.second
          ? group.count.first > group.count.second
            ? "first"
            : "second"
          : total.first !== total.second
            ? total.first > total.second
              ? "first"
              : "second"
            : group.firstStyle;
      const n = group.count[dominant];
      for (const occ of group.occurrences) {
        if (occ.style === dominant) continue;
        const want = withCaseOf(occ.word, group.forms[dominant]);
        context.report({
          range: occ.range,
          messageId: n > 1 ? "inconsistent" : "inconsistentOnce",
          data: { word: occ.word, want, count: n },
          ...(occ.certain ? { fix: [{ range: occ.range, newText: want }] } : {}),
        });
      }
    }
  },
};
