// style/double-space — words inside a line are separated by one space: "cải cách  hành chính"
// has one too many. Vietnamese typographic convention, followed throughout the samples of
// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục V.
import type { Range, Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { containsTest, headerNumberRanges, lineRange, lineText, noiseTest, rangeContains } from "../lines.js";
import { perLine } from "../../core/parser/index.js";

/** Four or more spaces are read as deliberate layout (two columns of a plain-text header or
 * signature block), not as a slip of the keyboard. */
const LAYOUT_RUN = 4;

/** A numbering marker alone at the start of a line or cell ("1.", "1.2.", "a)", "-", "+", "IV.", "Điều 1."). */
const MARKER = /^(?:[-+*]|\d+(?:\.\d+)*[.)]?|[IVXLC]+[.)]|[a-zđ][.)]|(?:điều|chương|mục|phần)\s[\dIVXLC]+[a-zđ]?[.:]?)$/iu;

/** Two or more spaces (a maximal run: a search from the left always starts at the run's start). */
const RUN = /[ \u00a0\t]{2,}/g;
/** The cheap test, remembered per line: most lines have no run at all. */
const ANY_RUN = /[ \u00a0\t]{2}/;

function isRunChar(c: string | undefined): boolean {
  return c === " " || c === "\u00a0" || c === "\t";
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{M}]/u.test(c);
}

/** The word ending at `end` (exclusive) or starting at `start`, NFC, lower case, Markdown marks skipped. */
function wordBefore(text: string, end: number): string {
  let e = end;
  while (e > 0 && (text[e - 1] === "*" || text[e - 1] === "_")) e--;
  let s = e;
  while (s > 0 && e - s < 12 && isLetter(text[s - 1])) s--;
  return text.slice(s, e).normalize("NFC").toLowerCase();
}

function wordAfter(text: string, start: number): string {
  let s = start;
  while (s < text.length && (text[s] === "*" || text[s] === "_")) s++;
  let e = s;
  while (e < text.length && e - s < 12 && isLetter(text[e])) e++;
  return text.slice(s, e).normalize("NFC").toLowerCase();
}

export const doubleSpace: Rule = {
  id: "style/double-space",
  description: {
    vi: "Giữa hai từ trong một dòng chỉ có một dấu cách.",
    en: "Words inside a line are separated by a single space.",
  },
  messages: {
    spaces: {
      vi: "Có {count} dấu cách liền nhau giữa hai từ; chỉ dùng một dấu cách.",
      en: "{count} spaces in a row between words; use a single space.",
    },
    spacesNoBreak: {
      vi: "Có {count} dấu cách liền nhau giữa hai từ (trong đó có dấu cách không ngắt dòng); chỉ dùng một dấu cách.",
      en: "{count} spaces in a row between words (one of them a no-break space); use a single space.",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Quy ước chính tả, trình bày tiếng Việt (một dấu cách giữa hai từ); các mẫu tại Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục V",
  check(context) {
    const { document } = context;
    const inNoise = noiseTest(document);
    const inNumber = containsTest(headerNumberRanges(document));
    // Header and closing lines can hold two columns side by side (number and date, recipients
    // and signature): there a run is checked only inside one component the parser recognized.
    const structured = new Set<number>();
    const spans = new Map<number, Range[]>();
    const addSpan = (r: Range) => {
      const list = spans.get(r.start.line);
      if (list) list.push(r);
      else spans.set(r.start.line, [r]);
    };
    for (const section of sections(document)) {
      const { header, closing } = section;
      for (const block of [header?.range, closing?.range]) {
        if (block) for (let l = block.start.line; l <= block.end.line; l++) structured.add(l);
      }
      if (header) {
        for (const span of [...header.agency, header.nationalTitle, header.motto]) if (span) addSpan(span.range);
        if (header.placeDate) addSpan(header.placeDate.range);
      }
      if (closing) {
        if (closing.recipients) for (const span of [closing.recipients.label, ...closing.recipients.items]) addSpan(span.range);
        for (const span of [...closing.signature, closing.signer]) if (span) addSpan(span.range);
      }
    }
    const insideComponent = (line: number, from: number, to: number) =>
      (spans.get(line) ?? []).some((r) => rangeContains(r, line, from) && rangeContains(r, line, to - 1));
    const hasRun = perLine(document, "double-space", (text) => ANY_RUN.test(text));
    for (let line = 0; line < document.lineStarts.length; line++) {
      if (inNoise(line) || !hasRun(line)) continue;
      const text = lineText(document, line);
      let first = 0;
      while (first < text.length && (isRunChar(text[first]) || text[first] === "\ufeff")) first++;
      let last = text.length;
      while (last > first && isRunChar(text[last - 1])) last--;
      // Runs inside [first, last): the leading and trailing ones are indentation and line ends.
      let cellStart = first;
      let nextPipe = text.indexOf("|", first);
      RUN.lastIndex = first;
      for (let m = RUN.exec(text); m && m.index < last; m = RUN.exec(text)) {
        const start = m.index;
        const k = start + m[0].length;
        const length = k - start;
        if (length >= LAYOUT_RUN) continue;
        // The start of the table cell the run is in (pipes passed in one forward sweep: linear).
        while (nextPipe !== -1 && nextPipe < start) {
          cellStart = nextPipe + 1;
          nextPipe = text.indexOf("|", cellStart);
        }
        const run = text.slice(start, k);
        if (run.includes("\t")) continue; // tab stops are layout
        const prev = text[start - 1];
        const next = text[k];
        if (prev === "|" || next === "|") continue; // a table cell's padding
        if (prev === "/" || next === "/") continue; // "Số:    /QĐ-UBND", a number left blank in a draft
        // "ngày   tháng 4 năm 2016": a blank day or month is header/missing-date's concern.
        const w1 = wordBefore(text, start);
        const w2 = wordAfter(text, k);
        if ((w1 === "ngày" || w1 === "tháng") && (w2 === "tháng" || w2 === "năm")) continue;
        // After a list marker at the start of a line or cell: numbering's layout, not a slip.
        if (start - cellStart <= 12) {
          const lead = text.slice(cellStart, start).replace(/[*_#]/g, "").trim().normalize("NFC");
          // "Số:  14/…" is header/number-format's concern, "V/v :  …" header/summary-format's.
          if (MARKER.test(lead) || /^(?:số|v\/v)\s?:?$/iu.test(lead)) continue;
        }
        if (inNumber(line, start)) continue; // header/number-format's concern
        if (structured.has(line) && !insideComponent(line, start, k)) continue;
        const certain = !run.includes("\u00a0");
        context.report({
          range: lineRange(line, start, k),
          messageId: certain ? "spaces" : "spacesNoBreak",
          data: { count: length },
          ...(certain ? { fix: [{ range: lineRange(line, start, k), newText: " " }] } : {}),
        });
      }
    }
  },
};
