// Unwrapping, decided by the structure, in one place: which physical lines continue the logical
// unit above them. Real text arrives hard-wrapped (PDF and web extraction, Word "save as text"),
// so a paragraph, a căn cứ, a list item or a header element may span several lines.
//
// Two facts are learnt from the text first (textLayout): the width it was wrapped at (from its
// certain wraps: an unfinished line followed by one starting in lower case; none when fewer than
// three), and whether it separates paragraphs by blank lines (Markdown's way).
//
// A line continues the unit above unless it starts a unit of its own. Each decision, with the
// text it is for:
// - a blank line, a layout line ("|", "-----") or a table cell never continues, and nothing
//   continues them: a table row is complete on its line;
// - two lines in capitals join only when the margin cut the first ("II. BAN HÀNH … VỀ TÌM" /
//   "KIẾM, QUY TẬP …"); agency, title and signature lines are short and meant one a line
//   ("**ỦY BAN NHÂN DÂN" / "TỈNH LONG AN**"), and a type name always starts its own;
// - a line ending in a word that a number must follow ("Bãi bỏ Điều" / "12.", "**Điều" /
//   "10. Tên điều**", "quy định tại khoản" / "2 Điều 5", "ngày 08 tháng" / "6 năm 2010") is
//   continued by a next line that starts with a number, a Roman numeral or a list letter (not by
//   "- Sửa đổi …" under "khỏi danh mục": the same words end plain phrases), unless that is a strong start (căn cứ, Nơi nhận, a signature
//   prefix, Số:, the Quốc hiệu, the Tiêu ngữ, V/v, an article heading with its "."…);
// - an emphasis marker left open ("*Hà Tĩnh, ngày 27" / "tháng 11 năm 2025*", "*Thành phố Hồ" /
//   "Chí Minh, ngày …*") carries the unit on, but for a strong start;
// - "Điều 3 Nghị quyết này" (no "." after the number; "Mục", "Chương", "Phần" too) under an
//   unfinished line is a reference in a wrapped sentence, not a heading;
// - "- 2020" under a line ending in a number is a range ("giai đoạn 2016" / "- 2020"), and a dash
//   the margin put first ("… Bộ Lao động" / "- Thương binh và Xã hội") continues, not a bullet —
//   but not under a "-" item: there it is the next item, however near the margin the first ends
//   (unless lower case follows the dash: "… kinh tế" / "- xã hội …");
// - a number or letter alone on its line under a line ending in a word ends the sentence ("… Huân
//   chương Chiến thắng hạng" / "I."): it continues ("Chương 1." alone is a heading, and so is a
//   marker under a line ending in punctuation: "… Luật hợp tác xã," / "Chương 1.");
// - any other numbered item, bullet or structural start starts a unit;
// - a line starting in lower case is never a start, whatever it reads as ("số 9622/STC-HCSN
//   ngày …", "ban hành kèm theo …", "ngày 22 tháng 11 năm 2019;"): it continues the unit above
//   unless that ended with . : ! or ? ("… của Thủ" / "tướng Chính phủ"); plain text continues a
//   header element too ("Độc lập - Tự do - Hạnh" / "phúc"), a date line under "Số:" does not;
// - one word in capitals alone under an unfinished line that the margin cut ("… -Cục Tài chính" /
//   "BQP;") is an abbreviation pushed down: it continues;
// - a plain line starting in capitals continues a paragraph, item, căn cứ, Kính gửi or V/v only
//   when the margin cut the line above (its first word would not have fitted): a line broken
//   before the margin was ended on purpose ("Kiểm tra công tác … năm 2021" / "Thực hiện Kế hoạch
//   …", "1. Mục đích" / "Nâng cao …"). After a full stop that holds only in a blank-separated
//   text: elsewhere a paragraph may end near the margin, and nothing tells the two apart.
import { joinUnits, lastLine, origEnd } from "../text/units.js";
import { splitGlued } from "./glued.js";
import { TYPE_NAMES } from "../facts/document-types.js";
import { isUpperText, withFullRest, type CUnit } from "./classified.js";

/** Words that a number or a letter must follow: a line ending in one is continued. */
const NEEDS_NUMBER_WORDS = new Set([
  "Điều",
  "điều",
  "khoản",
  "Khoản",
  "điểm",
  "Điểm",
  "Chương",
  "chương",
  "Mục",
  "mục",
  "Phần",
  "phần",
  "số",
  "Số",
  "tiết",
  "Tiết",
  "ngày",
  "tháng",
  "năm",
]);

/** The last word of the text, without an opening parenthesis. */
function lastWord(text: string): string {
  const word = text.slice(text.lastIndexOf(" ") + 1);
  return word.startsWith("(") ? word.slice(1) : word;
}

/** Does the text end in a word that a number must follow? (The last word only: no scan of the line.) */
function needsNumber(text: string): boolean {
  return NEEDS_NUMBER_WORDS.has(lastWord(text));
}

/** Of those, the words a heading's number follows: "**Điều" / "10. Tên điều**" is one heading cut after its word. */
const HEADING_WORDS = new Set(["Điều", "điều", "Chương", "chương", "Mục", "mục", "Phần", "phần"]);

/**
 * A numbered item with its title ("1. Người lao động …", "a) Trường hợp …") under a line ending in
 * a date or reference word starts a new item: "Điều 113. Nghỉ hằng năm" / "1. Người lao động …",
 * "… trong vòng 30 ngày." cut before "ngày" / "2. Nếu …". Only under a heading's word ("Điều") is
 * it the number the word waits for.
 */
function titledItemUnderWord(prev: CUnit, cur: CUnit): boolean {
  if (cur.cls.kind !== "item" || HEADING_WORDS.has(lastWord(prev.text))) return false;
  const m = cur.cls.marker;
  // (A year is no list number: "trong năm" / "2025. Các đơn vị …" is one sentence ending.)
  if (m.punct === "" || !LIST_LIKE.has(m.style) || ((m.style === "arabic" || m.style === "letter") && m.label.length > 2)) return false;
  const first = cur.text[cur.cls.text[0]];
  return first !== undefined && first !== first.toLowerCase();
}

/**
 * Does the text start with what such a word asks for: a number, a Roman numeral or a list letter
 * ("12.", "6 năm 2010", "II", "a khoản 2")? "danh mục" / "- Sửa đổi …", "địa điểm" / "Hà Nội"
 * end in the same words and are not cut references.
 */
const LABEL_START = /^(?:[0-9]|[IVXLC]+(?![\p{L}])|[a-zđ](?![\p{L}]))/u;
const startsWithLabel = (text: string) => LABEL_START.test(text);

/** A line ending so was ended by its writer (")" is not among them: "(nếu có)" ends many wrapped lines). */
const SENTENCE_ENDS = new Set([".", ";", ":", "!", "?", "]", "”", '"', "'"]);
const endsSentence = (text: string) => SENTENCE_ENDS.has(text[text.length - 1] ?? "");
const FULL_STOPS = new Set([".", ":", "!", "?"]);
const endsWithFullStop = (text: string) => FULL_STOPS.has(text[text.length - 1] ?? "");

const isLayout = (u: CUnit): boolean => u.cls.kind === "blank" || u.cls.kind === "separator" || u.cls.kind === "directive";

function strongStart(u: CUnit): boolean {
  switch (u.cls.kind) {
    case "basis":
    case "proposal":
    case "recipientsLabel":
    case "addressee":
    case "signature":
    case "number":
    case "nationalTitle":
    case "motto":
    case "summary":
    case "attachedReference":
    case "noise":
      return true;
    case "item": {
      const style = u.cls.marker.style;
      return (style === "article" && u.cls.marker.punct !== "") || style === "chapter" || style === "part";
    }
    default:
      return isLayout(u);
  }
}

function startsLower(text: string): boolean {
  const c = text[0];
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Markers that a wrap can put at a line start by themselves (not the labelled headings). */
const LIST_LIKE = new Set(["roman", "arabic", "hierarchical", "letter"]);

/** Kinds of unit that a wrapped line may continue. */
function continuable(first: CUnit): boolean {
  const k = first.cls.kind;
  return k === "text" || k === "basis" || k === "proposal" || k === "item" || k === "addressee" || k === "summary";
}

function firstWordLength(text: string): number {
  const space = text.indexOf(" ");
  return space < 0 ? text.length : space;
}

/**
 * Does `cur` continue the logical unit that starts at `first` and whose last line is `prev`?
 * `emOpen`: an emphasis marker is open before `cur`; `layout`: the text's wrap width and paragraph spacing.
 */
export function continues(first: CUnit, prev: CUnit, emOpen: boolean, cur: CUnit, layout: TextLayout): boolean {
  const width = layout.width;
  if (isLayout(cur) || isLayout(prev) || cur.cell || prev.cell) return false;
  if (cur.line !== lastLine(prev) + 1) return false;
  if (prev.upper && cur.upper) {
    // Capitals continue capitals only when the margin cut them ("II. BAN HÀNH CÁC VĂN BẢN …
    // HƯỚNG DẪN VỀ TÌM" / "KIẾM, QUY TẬP …"): agency, title and signature lines are short and
    // meant one a line, and a type name always starts its own line.
    return cur.cls.kind === "text" && !TYPE_NAMES.has(cur.text) && cutAtMargin(prev, cur.text, width);
  }
  if (needsNumber(prev.text) && startsWithLabel(cur.text) && !strongStart(cur) && !titledItemUnderWord(prev, cur)) return true;
  if (emOpen && !strongStart(cur)) return true;
  const kind = cur.cls.kind;
  if (kind === "item") {
    const m = cur.cls.marker;
    if (endsSentence(prev.text) || !continuable(first) || prev.upper) return false;
    if ((m.style === "article" || m.style === "section" || m.style === "chapter" || m.style === "part") && m.punct === "") return true;
    // A capital and a dot under an unfinished sentence, then running text, is the sentence going
    // on ("… thời gian đi" / "B. Trường hợp …": the B front); a part lettered in capitals has its
    // title in capitals ("A. MỤC ĐÍCH, YÊU CẦU"), even right under the summary.
    if (m.style === "upper") return !cur.upper;
    // A marker alone on its line under an unfinished one is the end of the sentence ("… Huân
    // chương Chiến thắng hạng" / "I."), not an item without a title.
    if (cur.cls.text[0] >= cur.cls.text[1] && LIST_LIKE.has(m.style) && /[\p{L}\p{N}]$/u.test(prev.text)) return true;
    if (m.style === "bullet" && m.label === "-") {
      if (/[0-9]$/.test(prev.text) && /^-\s*[0-9]/.test(cur.text)) return true;
      // Under a "-" item, a "-" line is the next item: a list's items are often as long as the margin.
      const after = cur.text.slice(1).trimStart();
      if (first.cls.kind === "item" && first.cls.marker.style === "bullet" && first.cls.marker.label === "-" && !startsLower(after)) return false;
      // "… Bộ Lao động" / "- Thương binh và Xã hội …": a dash that the margin put at the line start.
      return cutAtMargin(prev, after, width - 2);
    }
    return false;
  }
  // A line that starts in lower case is not a heading, a căn cứ, a date line or a number line
  // however it reads ("số 9622/STC-HCSN ngày …", "ban hành kèm theo …", "ngày 22 tháng 11 năm
  // 2019;"): it continues the sentence above unless that one ended with . : ! or ?.
  // Plain text in lower case continues a header element too ("Độc lập - Tự do - Hạnh" / "phúc"),
  // but a date line under the number is the header's date ("Số: 88/PNV" / "ngày 14 tháng 02 …").
  if (startsLower(cur.text)) return !prev.upper && !endsWithFullStop(prev.text) && (continuable(first) || kind === "text");
  // "Cộng hoà xã hội chủ nghĩa Việt Nam" in running text is a name, not the Quốc hiệu (in capitals).
  if (kind !== "text" && kind !== "yearTail" && !(kind === "nationalTitle" && !cur.upper)) return false;
  // Only a hard-wrapped text has a margin (textWidth); elsewhere a line starting in capitals starts
  // a paragraph. After a full stop the margin says nothing (a paragraph may end near it), unless
  // the text separates its paragraphs by blank lines: then a line right under a sentence is that
  // paragraph's next sentence ("… được cấp có thẩm quyền giao." / "Thời gian điều chỉnh …").
  // An abbreviation the margin pushed down alone ("… -Cục Tài chính" / "BQP;") continues.
  if (
    cur.upper &&
    !prev.upper &&
    kind === "text" &&
    cur.text.indexOf(" ") < 0 &&
    continuable(first) &&
    !endsSentence(prev.text) &&
    cutAtMargin(prev, cur.text, width)
  )
    return true;
  if (prev.upper || cur.upper || !continuable(first)) return false;
  if (endsSentence(prev.text) && !layout.blankSeparated) return false;
  return cutAtMargin(prev, cur.text, width);
}

/**
 * Where a one-line unit's text ends on its physical line: the margin counts the characters of the
 * line as stored, a heading's "## " and emphasis markers included.
 */
function lineEnd(u: CUnit): number {
  return u.text.length === 0 ? 0 : origEnd(u, u.text.length);
}

/** Would the first word of `next` have fitted on `prev` within the text's width? If not, the margin cut the line. */
function cutAtMargin(prev: CUnit, next: string, width: number): boolean {
  // A word too long for the margin (a URL) stands alone on its line: what follows it was not pushed down by the margin.
  const end = lineEnd(prev);
  if (end > width && prev.text.indexOf(" ") < 0) return false;
  return end + 1 + firstWordLength(next) > width;
}

/** How a text is laid out, learnt from the text itself. */
export interface TextLayout {
  /** The width it was hard-wrapped at; the largest safe integer when it was not. */
  width: number;
  /** Its paragraphs, items and căn cứ are separated by blank lines (Markdown's way). */
  blankSeparated: boolean;
}

/** How many units that start a block (items, căn cứ, Nơi nhận…) a text needs before its spacing is trusted. */
const STARTS_TO_MEASURE = 5;
/** The share of those that must stand after a blank line for the text to be blank-separated. */
const BLANK_SEPARATED_SHARE = 0.8;

export function textLayout(units: readonly CUnit[]): TextLayout {
  let starts = 0;
  let afterBlank = 0;
  for (let k = 1; k < units.length; k++) {
    const u = units[k]!;
    if (u.cell || !(u.cls.kind === "item" || u.cls.kind === "basis" || u.cls.kind === "proposal" || u.cls.kind === "recipientsLabel")) continue;
    starts++;
    if (isLayout(units[k - 1]!)) afterBlank++;
  }
  return { width: textWidth(units), blankSeparated: starts >= STARTS_TO_MEASURE && afterBlank >= starts * BLANK_SEPARATED_SHARE };
}

/** How many certain wraps a text needs before its width is trusted. */
const WRAPS_TO_MEASURE = 3;

/**
 * The width the text was wrapped at, learnt from its certain wraps: an unfinished line followed by
 * a line that starts in lower case was cut by the width, so the width is at least its length (the
 * longest such line). A text with fewer than three certain wraps was not hard-wrapped: it gets no
 * width, and there only lines starting in lower case continue.
 */
export function textWidth(units: readonly CUnit[]): number {
  let width = 0;
  let wraps = 0;
  for (let k = 1; k < units.length; k++) {
    const a = units[k - 1]!;
    const b = units[k]!;
    if (a.cell || b.cell || b.line !== lastLine(a) + 1 || b.cls.kind !== "text" || !startsLower(b.text)) continue;
    if (endsSentence(a.text) || !continuable(a)) continue;
    wraps++;
    const end = lineEnd(a);
    if (end > width) width = end;
  }
  return wraps >= WRAPS_TO_MEASURE ? width : Number.MAX_SAFE_INTEGER;
}

/** Kinds of first line whose class a joined paragraph keeps when only plain text was added. */
const KEEPS_CLASS = new Set(["text", "basis", "proposal", "item", "addressee", "summary"]);

/**
 * Does the joined unit read as its first line did? Yes when only plain lines were added and the
 * join was not forced by a word that a number must follow ("Điều" / "3 Nghị quyết này" may read
 * as an article heading once joined: the grammar decides).
 */
function keepsFirstClass(group: readonly CUnit[]): boolean {
  const first = group[0]!;
  if (!KEEPS_CLASS.has(first.cls.kind)) return false;
  for (let k = 1; k < group.length; k++) {
    if (group[k]!.cls.kind !== "text" || needsNumber(group[k - 1]!.text) || group[k - 1]!.emOpen) return false;
  }
  return true;
}

/**
 * The logical units of a document from its classified physical units: runs of units that
 * continue one another joined into one. Returns the units and those that were joined (they are
 * new and must be classified on their whole text).
 */
export function unwrap(units: readonly CUnit[]): { units: CUnit[]; joined: CUnit[] } {
  const out: CUnit[] = [];
  const joined: CUnit[] = [];
  const layout = textLayout(units);
  let group: CUnit[] = [];
  let emOpen = false;
  const flush = () => {
    if (group.length === 1) out.push(group[0]!);
    else if (group.length > 1) {
      const whole = joinUnits(group) as CUnit;
      // Elements run together across the wrap ("… thường xuyên; Theo" / "đề nghị …") are split
      // on the logical text too.
      const parts = (splitGlued(whole) ?? [whole]) as CUnit[];
      if (parts.length === 1 && parts[0] === whole && keepsFirstClass(group)) {
        // The grammar reads a unit by its beginning: a paragraph continued by plain lines is what
        // its first line was, its spans reaching to the new end (no second grammar call).
        const first = group[0]!;
        whole.cls = withFullRest(first.cls, first.text.length, whole.text.length);
        whole.upper = isUpperText(whole.text);
        out.push(whole);
        return;
      }
      for (const part of parts) {
        out.push(part);
        joined.push(part);
      }
    }
  };
  for (const u of units) {
    const joins = group.length > 0 && continues(group[0]!, group[group.length - 1]!, emOpen, u, layout);
    // Emphasis is open past a line when a line starting with a marker leaves it unpaired
    // ("**ỦY BAN NHÂN" / "DÂN **"), and until a line pairs it: a stray "*" or "**" inside a line
    // ("(*.gov.vn)") opens nothing, and a text without blank lines cannot carry it for pages.
    if (isLayout(u) || u.cell) emOpen = false;
    else if (joins) emOpen = emOpen !== u.emOpen;
    else emOpen = u.emOpen && u.emStart;
    if (joins) {
      group.push(u);
      continue;
    }
    flush();
    group = [u];
  }
  flush();
  return { units: out, joined };
}
