// A hand-written reader for the line kinds most lines are: blank lines, plain text, and items
// numbered 1. / 1) / 1.2., lettered a) / a. and bulleted - + • –. It answers only when it is
// sure the Line grammar (grammar/document.peggy, the grammar of record) would answer the same,
// and says "ask the grammar" otherwise; a differential test (test/unit/line-scanner.test.ts)
// runs both on every line of the corpus, the fixtures and random input. It reads a line in one
// pass with no regular expression, where the grammar tries its alternatives one by one.
import type { LineClass, RawMarker } from "./grammar-types.js";

const BLANK: LineClass = Object.freeze({ kind: "blank" });
const TEXT: LineClass = Object.freeze({ kind: "text" });
const SEPARATOR_LINE: LineClass = Object.freeze({ kind: "separator" });

const isDigit = (c: number) => c >= 48 && c <= 57;
const isGap = (c: number) => c === 32 || c === 9;

/**
 * Characters a line must not start with to be plain text: the grammar's separators, directives,
 * numbers, bullets, brackets and spaces each begin another kind of line (or may).
 */
const NOT_TEXT_START = new Set([..."<-_=|*·.:—–+•(/ \t0123456789"].map((c) => c.charCodeAt(0)));

/**
 * Lower-case beginnings that may start a kind of line other than text: every keyword of the Line
 * grammar, compared as its case-insensitive literals are (the line's head lower-cased). Deciding
 * "ask the grammar" for a few plain lines too costs only time.
 */
const KEYWORDS = [
  // headings: Phần, Chương, Mục, Điều
  "phần",
  "chương",
  "mục",
  "điều",
  // header and preamble
  "cộng",
  "căn cứ",
  "độc lập",
  "số",
  "bộ luật",
  "luật",
  "pháp lệnh",
  "năm",
  "nơi nhận",
  "kính gửi",
  "theo đề",
  "theo tờ",
  "xét đề",
  "xét tờ",
  "ban hành",
  "v/v",
  // what web pages add around a document
  "loại văn bản",
  "nơi ban hành",
  "người ký",
  "tình trạng",
  "tin liên",
  "gửi đánh",
  "văn bản liên",
  "lược đồ",
  "tải về",
];
const LONGEST_KEYWORD = Math.max(...KEYWORDS.map((k) => k.length));

/** The signature block's "TM.", "KT.", "TL.", "TUQ.", "Q." (capitals only, as in the grammar). */
const SIGNATURE_PREFIXES = ["TUQ", "TM", "KT", "TL", "Q"];

function mayBeSignature(text: string): boolean {
  for (const p of SIGNATURE_PREFIXES) {
    if (!text.startsWith(p)) continue;
    let k = p.length;
    while (k < text.length && isGap(text.charCodeAt(k))) k++;
    if (text[k] === ".") return true;
  }
  return false;
}

/** The grammar's web-page noise after a bullet ("- Số hiệu: …"): such lines go to the grammar. */
const NOISE_AFTER_BULLET = [
  "Số hiệu:",
  "Loại văn bản:",
  "Ngày",
  "Nơi ban hành:",
  "Người ký:",
  "Số công báo:",
  "Tình trạng",
  "Tin liên",
  "Gửi đánh",
  "Văn bản liên",
  "Lược đồ",
  "Tải về",
];

/**
 * Whether the grammar's place-date line could match: its gate is "gày" or "GÀY" anywhere on the
 * line, and then a place and a comma before the date, or "ngày" at the start.
 */
const mayHoldDate = (text: string) => (text.includes("gày") || text.includes("GÀY")) && (text.includes(",") || text.slice(0, 4).toLowerCase() === "ngày");

/** The grammar's separator characters: a line of only these (and spaces) is layout. */
const SEPARATOR = new Set([..."-_=|*·.:—–"].map((c) => c.charCodeAt(0)));

function isSeparator(text: string): boolean {
  let marks = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (SEPARATOR.has(c)) marks++;
    else if (!isGap(c)) return false;
  }
  return marks > 0;
}

const ARTICLE = "Điều";

/**
 * The class of a line (a head, as classifyLines gives the grammar: no line break) when this reader
 * is sure of it, or undefined: then the grammar decides.
 */
export function scanLine(text: string): LineClass | undefined {
  const n = text.length;
  let i = 0;
  while (i < n && isGap(text.charCodeAt(i))) i++;
  if (i === n) return BLANK;
  if (isSeparator(text)) return SEPARATOR_LINE;
  if (i > 0) return undefined;
  const first = text.charCodeAt(0);
  // A number that starts no item ("24%", "2.297.000", "1- …") is text, as in the grammar.
  if (isDigit(first)) return numberedItem(text) ?? (mayHoldDate(text) || isOnlineCount(text) ? undefined : TEXT);
  if (text.startsWith(ARTICLE)) return article(text) ?? (mayHoldDate(text) ? undefined : TEXT);
  const second = n > 1 ? text.charCodeAt(1) : -1;
  // "a) …", "a. …": a lettered item (or a line that only starts like one: the grammar decides).
  if (first >= 97 && first <= 122) {
    if (second === 41 || second === 46) return letteredItem(text);
  } else if (first === 0x111 && (second === 41 || second === 46)) return letteredItem(text);
  if (first === 45 || first === 43 || first === 0x2022 || first === 0x2013) return bulletItem(text);
  if (NOT_TEXT_START.has(first)) return undefined;
  // Capitals followed by a dot or a bracket: Roman numerals (I., IV)) and parts lettered A., B.
  if (first < 128 || first === 0x110) {
    let j = 0;
    while (j < n && /* I V X */ (text.charCodeAt(j) === 73 || text.charCodeAt(j) === 86 || text.charCodeAt(j) === 88)) j++;
    const after = j < n ? text.charCodeAt(j) : -1;
    if (after === 46 || after === 41 || second === 46) return undefined;
  }
  const head = text.slice(0, LONGEST_KEYWORD).toLowerCase();
  for (const k of KEYWORDS) if (head.startsWith(k)) return undefined;
  if (mayHoldDate(text) || mayBeSignature(text)) return undefined;
  return TEXT;
}

/** The grammar's NumberedItem condition: a gap after the marker, or nothing after it. */
function item(text: string, marker: RawMarker): LineClass | undefined {
  const end = marker.span[1];
  let g = end;
  while (g < text.length && isGap(text.charCodeAt(g))) g++;
  if (g === end && end < text.length) return undefined;
  return { kind: "item", marker, text: [g, text.length] };
}

/** "1.", "12)", "1.2.", "2.3.1": the Hierarchical, then the Arabic marker, read as the grammar reads them. */
function numberedItem(text: string): LineClass | undefined {
  const n = text.length;
  const code = (k: number) => (k < n ? text.charCodeAt(k) : -1);
  let j = 0;
  while (j < 3 && isDigit(code(j))) j++;
  const digitsEnd = j;
  // Hierarchical: groups of "." and one or two digits, not followed by a digit, "/" or ",digit".
  let groups = 0;
  while (code(j) === 46 && isDigit(code(j + 1))) {
    j += isDigit(code(j + 2)) ? 3 : 2;
    groups++;
  }
  if (groups > 0) {
    const c = code(j);
    if (!(isDigit(c) || c === 47 || (c === 44 && isDigit(code(j + 1))))) {
      const punct = c === 46 ? "." : "";
      return item(text, { style: "hierarchical", label: text.slice(0, j), punct, span: [0, j + punct.length] });
    }
  }
  // Arabic: one to three digits and "." or ")".
  const p = code(digitsEnd);
  if (p === 46 || p === 41) return item(text, { style: "arabic", label: text.slice(0, digitsEnd), punct: text[digitsEnd]!, span: [0, digitsEnd + 1] });
  return undefined;
}

/** A site's "123 người đang online" (the grammar's noise). */
function isOnlineCount(text: string): boolean {
  let k = 0;
  while (isDigit(text.charCodeAt(k))) k++;
  return text.startsWith(" người đang online", k);
}

const isUpperLetter = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();

/** "Điều 5.", "Điều 12:", "Điều 3" and its heading; "Điều 5.Xác định …" (no space, as web copies print it) too. */
function article(text: string): LineClass | undefined {
  const n = text.length;
  let j = ARTICLE.length;
  while (j < n && isGap(text.charCodeAt(j))) j++;
  if (j === ARTICLE.length) return undefined;
  const digits = j;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  if (j === digits) return undefined;
  const label = text.slice(digits, j);
  const punct = text[j] === "." || text[j] === ":" ? text[j]! : "";
  const marker: RawMarker = { style: "article", label, punct, span: [0, j + punct.length] };
  const end = marker.span[1];
  if (punct === "." && end < n && !isGap(text.charCodeAt(end)) && isUpperLetter(text[end])) return { kind: "item", marker, text: [end, n] };
  return item(text, marker);
}

/** "a) …", "a. …" (a letter and "." only before a space). */
function letteredItem(text: string): LineClass | undefined {
  const punct = text[1]!;
  if (punct === "." && text[2] !== " ") return undefined;
  return item(text, { style: "letter", label: text[0]!, punct, span: [0, 2] });
}

/** "- …", "+ …", "• …", "– …", and "- + …". */
function bulletItem(text: string): LineClass | undefined {
  const n = text.length;
  let j = 1;
  while (j < n && isGap(text.charCodeAt(j))) j++;
  if (j === n || mayHoldDate(text)) return undefined;
  const c = text.charCodeAt(j);
  // A rule drawn with dashes, a second marker, a number (a site's list of documents), noise.
  if (NOT_TEXT_START.has(c) && c !== 40 /* ( */) return undefined;
  const rest = text.slice(j, j + 16);
  for (const k of NOISE_AFTER_BULLET) if (rest.startsWith(k)) return undefined;
  return item(text, { style: "bullet", label: text[0]!, punct: "", span: [0, 1] });
}
