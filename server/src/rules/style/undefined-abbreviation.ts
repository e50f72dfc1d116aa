// style/undefined-abbreviation — an abbreviation the document defines ("cải cách hành chính
// (sau đây viết tắt là CCHC)", "thủ tục hành chính (TTHC)") is not used before that
// definition. Nghị định 30/2020/NĐ-CP has no article on abbreviations in administrative
// documents; the rule follows the one for legal documents (Nghị định 78/2025/NĐ-CP, Điều 60,
// khoản 4: the words are written out in full where the abbreviation first appears).
// Abbreviations the document never defines (UBND, HĐND, TTHC…) are left alone.
import { TextMemo } from "../../core/memo.js";
import type { Rule, Section, VbhcDocument } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { isBefore } from "../../core/positions.js";
import { lineRange, nfcLine, noiseTest } from "../lines.js";
import { perLine } from "../../core/parser/index.js";

const PHRASES = ["viết tắt là", "gọi tắt là"];
const QUOTES = new Set(["“", "”", '"', "'", "‘", "’", "«", "»"]);
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const TOKEN_AT = /[\p{L}\p{M}\p{N}]+/uy;

/** An abbreviation: two or more capital letters, digits after the first letter allowed ("CCHC", "HĐND", "BCĐ389"). */
function isAbbreviation(token: string): boolean {
  if (token.length < 2 || token.length > 12) return false;
  let capitals = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token[i]!;
    if (c >= "0" && c <= "9") {
      if (i === 0) return false;
      continue;
    }
    if (c === c.toLowerCase() || c !== c.toUpperCase()) return false;
    capitals++;
  }
  return capitals >= 2;
}

/** Upper-case letters without diacritics ("Đ" → "D"), to compare an abbreviation with initials. */
function plain(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "D").toUpperCase();
}

/** Whether `abbr` is made of the initials of the words just before `end` ("cải cách hành chính (CCHC)"). */
function matchesInitials(text: string, end: number, abbr: string): boolean {
  const letters = plain(abbr);
  if (!/^[A-Z]+$/.test(letters)) return false;
  // The last words before the parenthesis, nearest first; "và" is kept apart ("Tài nguyên và Môi trường (TNMT)").
  const words: string[] = [];
  const stop = Math.max(0, end - 160);
  let i = end;
  while (words.length < letters.length + 2 && i > stop) {
    while (i > stop && !isLetter(text[i - 1])) i--;
    const e = i;
    while (i > stop && isLetter(text[i - 1])) i--;
    if (e > i) words.push(text.slice(i, e));
  }
  const initials = (ws: string[]) =>
    ws
      .slice(0, letters.length)
      .map((w) => plain(w)[0] ?? "")
      .reverse()
      .join("");
  if (initials(words) === letters) return true;
  return initials(words.filter((w) => w.toLowerCase() !== "và")) === letters;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{M}]/u.test(c);
}

interface Position {
  line: number;
  character: number;
}

/** First and last line of each section (the document, then each attachment). */
function sectionLines(document: VbhcDocument): Array<{ section: Section; first: number; last: number }> {
  const all = sections(document);
  const firsts = all.map((s, i) => {
    const ranges = [s.header?.range, s.title?.range, s.addressees?.range, s.preamble?.range, s.body.range, s.closing?.range];
    const lines = ranges.filter((r) => r != null).map((r) => r!.start.line);
    if (i === 0) return document.noiseBefore ? document.noiseBefore.end.line + 1 : 0;
    return lines.length > 0 ? Math.min(...lines) : Number.MAX_SAFE_INTEGER;
  });
  const lastLine = document.noiseAfter ? document.noiseAfter.start.line - 1 : document.lineStarts.length - 1;
  return all.map((section, i) => {
    let next = lastLine + 1;
    for (let j = i + 1; j < firsts.length; j++) next = Math.min(next, firsts[j]!);
    return { section, first: firsts[i]!, last: next - 1 };
  });
}

const NONE = Object.freeze([]) as readonly never[];

/** The abbreviations a line defines, at their original character (from the line's text alone). */
const LINE_DEFINITIONS = new TextMemo<readonly { abbr: string; character: number }[]>();

function definitionsOn(original: string): readonly { abbr: string; character: number }[] {
  return LINE_DEFINITIONS.through(original, () => {
    const found: { abbr: string; character: number }[] = [];
    const mapped = nfcLine(original);
    const text = mapped ? mapped.text : original;
    const at = (i: number) => (mapped ? (mapped.starts[i] ?? original.length) : i);
    if (text.includes("tắt")) {
      const folded = text.toLowerCase();
      const lower = folded.length === text.length ? folded : text; // keep offsets aligned
      for (const phrase of PHRASES) {
        for (let p = lower.indexOf(phrase); p >= 0; p = lower.indexOf(phrase, p + phrase.length)) {
          let i = p + phrase.length;
          while (i < text.length && (text[i] === " " || QUOTES.has(text[i]!))) i++;
          TOKEN_AT.lastIndex = i;
          const m = TOKEN_AT.exec(text);
          if (m && isAbbreviation(m[0])) found.push({ abbr: m[0], character: at(i) });
        }
      }
    }
    for (let p = text.indexOf("("); p >= 0; p = text.indexOf("(", p + 1)) {
      let close = p + 1;
      while (close < text.length && close - p <= 14 && text[close] !== ")" && text[close] !== "(") close++;
      if (text[close] !== ")") continue;
      const token = text.slice(p + 1, close).trim();
      if (isAbbreviation(token) && matchesInitials(text, p, token)) found.push({ abbr: token, character: at(p + 1) });
    }
    return found.length > 0 ? found : NONE;
  });
}

/** The abbreviation-like tokens a line uses (a document symbol's part or a compound's is not a use). */
const LINE_ABBREVIATIONS = new TextMemo<readonly { token: string; character: number; end: number }[]>();

function abbreviationsOn(text: string): readonly { token: string; character: number; end: number }[] {
  return LINE_ABBREVIATIONS.through(text, () => {
    const found: { token: string; character: number; end: number }[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const token = m[0].normalize("NFC");
      if (!isAbbreviation(token)) continue;
      // Part of a document symbol ("201/SNV-CCHC") or a compound ("CCHC-Bộ"): not a use.
      const prev = text[m.index - 1];
      const next = text[m.index + m[0].length];
      if (prev === "/" || prev === "-" || prev === "_" || prev === "." || prev === "@") continue;
      if (next === "/" || next === "-" || next === "_" || next === "@") continue;
      found.push({ token, character: m.index, end: m.index + m[0].length });
    }
    return found.length > 0 ? found : NONE;
  });
}

export const undefinedAbbreviation: Rule = {
  id: "style/undefined-abbreviation",
  description: {
    vi: "Chữ viết tắt mà văn bản có giải thích thì không được dùng trước chỗ giải thích đó.",
    en: "An abbreviation that the document defines is not used before its definition.",
  },
  messages: {
    usedBefore: {
      vi: 'Chữ viết tắt "{abbreviation}" được dùng trước khi được giải thích ở dòng {line}; cần viết đầy đủ cụm từ, kèm chữ viết tắt trong ngoặc đơn, ngay ở lần dùng đầu tiên.',
      en: 'The abbreviation "{abbreviation}" is used before its definition on line {line}; write the words out in full, with the abbreviation in parentheses, where it first appears.',
    },
    usedBeforeTimes: {
      vi: 'Chữ viết tắt "{abbreviation}" được dùng {count} lần trước khi được giải thích ở dòng {line}; cần viết đầy đủ cụm từ, kèm chữ viết tắt trong ngoặc đơn, ngay ở lần dùng đầu tiên.',
      en: 'The abbreviation "{abbreviation}" is used {count} times before its definition on line {line}; write the words out in full, with the abbreviation in parentheses, where it first appears.',
    },
  },
  severity: "warning",
  fixable: false,
  source:
    "Nghị định 78/2025/NĐ-CP, Điều 60, khoản 4 (văn bản quy phạm pháp luật: ghi đầy đủ từ ngữ tại lần xuất hiện đầu tiên), áp dụng tương tự cho văn bản hành chính; Nghị định 30/2020/NĐ-CP không có quy định riêng",
  check(context) {
    const { document } = context;
    const inNoise = noiseTest(document);
    const definitionsAt = perLine(document, "abbreviation-definitions", definitionsOn);
    const abbreviationsAt = perLine(document, "abbreviation-uses", abbreviationsOn);
    for (const { section, first, last } of sectionLines(document)) {
      const header = section.header?.range;
      const skip = (line: number) => inNoise(line) || (header != null && line >= header.start.line && line <= header.end.line);

      // Pass 1: where each abbreviation is first defined.
      const definitions = new Map<string, Position>();
      const define = (abbr: string, at: Position) => {
        if (!definitions.has(abbr)) definitions.set(abbr, at);
      };
      for (let line = first; line <= last; line++) {
        if (skip(line)) continue;
        // Indexed, not for…of: this runs for every line on every keystroke (no iterator objects).
        const onLine = definitionsAt(line);
        for (let k = 0; k < onLine.length; k++) define(onLine[k]!.abbr, { line, character: onLine[k]!.character });
      }
      if (definitions.size === 0) continue;

      // Pass 2: uses before the definition.
      const lastDefinition = Math.max(...[...definitions.values()].map((d) => d.line));
      const uses = new Map<string, { first: Position; end: number; count: number }>();
      for (let line = first; line <= Math.min(last, lastDefinition); line++) {
        if (skip(line)) continue;
        const used = abbreviationsAt(line);
        for (let k = 0; k < used.length; k++) {
          const { token, character, end } = used[k]!;
          const definition = definitions.get(token);
          if (!definition) continue;
          const start = { line, character };
          if (!isBefore(start, definition)) continue;
          const use = uses.get(token);
          if (use) use.count++;
          else uses.set(token, { first: start, end, count: 1 });
        }
      }
      for (const [abbr, use] of uses) {
        const definition = definitions.get(abbr)!;
        const data = { abbreviation: abbr, line: definition.line + 1 };
        context.report({
          range: lineRange(use.first.line, use.first.character, use.end),
          ...(use.count > 1 ? { messageId: "usedBeforeTimes", data: { ...data, count: use.count } } : { messageId: "usedBefore", data }),
        });
      }
    }
  },
};
