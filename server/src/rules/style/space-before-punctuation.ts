// style/space-before-punctuation — a punctuation mark is written right after the word it
// follows: "đơn vị;", not "đơn vị ;". Vietnamese typographic convention, followed throughout
// the samples of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục V.
import type { Rule } from "../../core/index.js";
import { containsTest, headerNumberRanges, isSpaceChar, lineRange, lineText, noiseTest } from "../lines.js";
import { perLine } from "../../core/parser/index.js";

/** The marks checked, with their names. */
const PUNCT: Record<string, { vi: string; en: string }> = {
  ",": { vi: "dấu phẩy", en: "comma" },
  ".": { vi: "dấu chấm", en: "full stop" },
  ";": { vi: "dấu chấm phẩy", en: "semicolon" },
  ":": { vi: "dấu hai chấm", en: "colon" },
  "!": { vi: "dấu chấm than", en: "exclamation mark" },
  "?": { vi: "dấu chấm hỏi", en: "question mark" },
  ")": { vi: "dấu đóng ngoặc", en: "closing parenthesis" },
};

/**
 * A run of spaces followed by one of the marks. Searching left to right, a match always starts
 * where its run starts (a later start in the same run ends at the same place).
 */
const SPACES_THEN_MARK = /[ \u00a0]+[,.;:!?)]/g;
/** The cheap test, remembered per line: most lines have no space before a mark. */
const ANY_SPACE_THEN_MARK = /[ \u00a0][,.;:!?)]/;

/** A numbering marker alone at the start of a line ("1", "1.2", "IV", "a", "Điều 3"). */
const MARKER = /^(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ]|(?:điều|chương|mục|phần)\s+[\dIVXLC]+[a-zđ]?)$/iu;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** Text [from, end) (the start of a line or table cell up to the spaces), without Markdown marks. */
function leadingText(text: string, from: number, end: number): string {
  return text
    .slice(from, end)
    .replace(/[*_#]/g, "")
    .replace(/^[\s\u00a0\ufeff]*(?:[-+]\s+)?/u, "")
    .trim()
    .normalize("NFC");
}

export const spaceBeforePunctuation: Rule = {
  id: "style/space-before-punctuation",
  description: {
    vi: "Không có dấu cách trước dấu câu (, . ; : ! ? và dấu đóng ngoặc).",
    en: "No space before a punctuation mark (, . ; : ! ? and the closing parenthesis).",
  },
  messages: {
    space: {
      vi: 'Thừa dấu cách trước {mark} "{char}". Dấu câu viết liền sau chữ đứng trước, không cách.',
      en: 'Extra space before the {mark} "{char}". A punctuation mark follows the preceding word with no space.',
    },
    spaces: {
      vi: 'Thừa {count} dấu cách trước {mark} "{char}". Dấu câu viết liền sau chữ đứng trước, không cách.',
      en: 'Extra {count} spaces before the {mark} "{char}". A punctuation mark follows the preceding word with no space.',
    },
  },
  severity: "warning",
  fixable: true,
  source: "Quy ước chính tả, trình bày tiếng Việt (dấu câu viết liền sau chữ đứng trước); các mẫu tại Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục V",
  check(context) {
    const { document } = context;
    const inNoise = noiseTest(document);
    const inNumber = containsTest(headerNumberRanges(document));
    const hasCandidate = perLine(document, "space-before-punctuation", (text) => ANY_SPACE_THEN_MARK.test(text));
    for (let line = 0; line < document.lineStarts.length; line++) {
      if (inNoise(line) || !hasCandidate(line)) continue;
      const text = lineText(document, line);
      // The native regex finds each run of spaces followed by a mark; the checks below decide.
      let cellStart = 0;
      let nextPipe = text.indexOf("|", 0);
      SPACES_THEN_MARK.lastIndex = 0;
      for (let m = SPACES_THEN_MARK.exec(text); m; m = SPACES_THEN_MARK.exec(text)) {
        const start = m.index;
        const k = start + m[0].length - 1;
        const p = text[k]!;
        const name = PUNCT[p]!;
        // The start of the table cell the run is in (pipes passed in one forward sweep: linear).
        while (nextPipe !== -1 && nextPipe < start) {
          cellStart = nextPipe + 1;
          nextPipe = text.indexOf("|", cellStart);
        }
        const prev = text[start - 1];
        // Indentation, a table cell's padding, an empty "( )" placeholder.
        if (prev === undefined || prev === "|" || prev === "(" || prev === "\ufeff" || prev === "\t") continue;
        const next = text[k + 1];
        // ".docx", ",5", ":30": a mark inside a word or a number, not sentence punctuation.
        if ((p === "." || p === "," || p === ":") && isWordChar(next)) continue;
        // "./." end mark, "..." ellipsis.
        if (p === "." && (next === "." || next === "/")) continue;
        // "8 : 30".
        if (p === ":" && isDigit(prev)) {
          let n = k + 1;
          while (isSpaceChar(text[n])) n++;
          if (isDigit(text[n])) continue;
        }
        // Only a short text can be a list marker or "Số" (and this keeps the rule linear).
        const before = start - cellStart <= 24 ? leadingText(text, cellStart, start) : null;
        if (before !== null && (before.length === 0 || MARKER.test(before))) continue; // numbering rules' concern
        // "Số : 14/CT-UBND" is header/number-format's concern, "V/v : …" header/summary-format's.
        const lead = before?.toLowerCase();
        if (lead === "số" || lead === "v/v" || inNumber(line, start)) continue;
        const spaces = k - start;
        context.report({
          range: lineRange(line, start, k + 1),
          ...(spaces > 1 ? { messageId: "spaces", data: { count: spaces, mark: name, char: p } } : { messageId: "space", data: { mark: name, char: p } }),
          fix: [{ range: lineRange(line, start, k), newText: "" }],
        });
      }
    }
  },
};
