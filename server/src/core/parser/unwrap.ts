// Unwrapping, decided by the structure, in one place: which physical lines continue the logical
// unit above them. Real text arrives hard-wrapped (PDF and web extraction, Word "save as text"),
// so a paragraph, a căn cứ, a list item or a header element may span several lines.
//
// A line continues the unit above unless it starts a unit of its own. Each decision, with the
// text it is for:
// - a blank line, a layout line ("|", "-----") or a table cell never continues, and nothing
//   continues them: a table row is complete on its line;
// - an emphasis marker left open ("**ỦY BAN NHÂN" / "DÂN **", "*Hà Tĩnh, ngày 27" /
//   "tháng 11 năm 2025*", "**KT. BỘ TRƯỞNG," / "CHỦ NHIỆM**") carries the unit on, unless the
//   next line is a strong start (căn cứ, Nơi nhận, a signature prefix, Số:, Quốc hiệu, Tiêu ngữ…);
// - a line ending in a word that a number must follow ("Bãi bỏ Điều" / "12.", "**Điều" /
//   "10. Tên điều**", "quy định tại khoản" / "2 Điều 5") is continued by the next line;
// - "Điều 3 Nghị quyết này" (no "." after the number) under a line that does not end a sentence
//   is a reference in a wrapped sentence, not an article heading;
// - "- 2020" under a line ending in a number is a range ("giai đoạn 2016" / "- 2020"), not a bullet;
// - any other structural start (a numbered item, a bullet, Căn cứ, Nơi nhận, Kính gửi, V/v,
//   a signature, a header element) starts a unit;
// - a plain line continues a paragraph, item, căn cứ, Kính gửi or V/v line that does not end
//   with . ; : ! ? ) — when it starts in lower case ("… của Thủ" / "tướng Chính phủ"), or when
//   its first word would not have fitted on the line above within the text's width (the longest
//   line): a line broken before the margin was ended on purpose ("Kiểm tra công tác … năm 2021"
//   / "Thực hiện Kế hoạch …" is a title and a paragraph, "1. Mục đích" / "Nâng cao …" a heading);
// - two lines in capitals are never joined here, emphasis or not (agency lines, titles and
//   signature lines are meant one a line: "**ỦY BAN NHÂN DÂN" / "TỈNH LONG AN**"); the
//   assembler pairs the wrapped ones it knows ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM").
import { joinUnits, lastLine } from "../text/units.js";
import type { CUnit } from "./assemble.js";


/** Words that a number or a letter must follow: a line ending in one is continued. */
const NEEDS_NUMBER = /(?:^|[\s(])(?:Điều|điều|khoản|Khoản|điểm|Điểm|Chương|chương|Mục|mục|Phần|phần|số|Số|tiết|Tiết)$/;

const TERMINATED = /[.;:!?)\]”"']$/;

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
 * `emOpen`: an emphasis marker is open before `cur`; `width`: the text's longest line.
 */
export function continues(first: CUnit, prev: CUnit, emOpen: boolean, cur: CUnit, width: number): boolean {
  if (isLayout(cur) || isLayout(prev) || cur.cell || prev.cell) return false;
  if (cur.line !== lastLine(prev) + 1) return false;
  if (prev.upper && cur.upper) return false;
  if (NEEDS_NUMBER.test(prev.text) && !strongStart(cur)) return true;
  if (emOpen && !strongStart(cur)) return true;
  const kind = cur.cls.kind;
  if (kind === "item") {
    const m = cur.cls.marker;
    if (TERMINATED.test(prev.text) || !continuable(first) || prev.upper) return false;
    if (m.style === "article" && m.punct === "") return true;
    if (m.style === "bullet" && m.label === "-" && /[0-9]$/.test(prev.text) && /^-\s*[0-9]/.test(cur.text)) return true;
    return false;
  }
  if (kind !== "text") return false;
  if (TERMINATED.test(prev.text) || prev.upper || cur.upper || !continuable(first)) return false;
  return startsLower(cur.text) || prev.text.length + 1 + firstWordLength(cur.text) > width;
}

/**
 * The logical units of a document from its classified physical units: runs of units that
 * continue one another joined into one. Returns the units and those that were joined (they are
 * new and must be classified on their whole text).
 */
export function unwrap(units: readonly CUnit[]): { units: CUnit[]; joined: CUnit[] } {
  const out: CUnit[] = [];
  const joined: CUnit[] = [];
  let width = 0;
  for (const u of units) if (!u.cell && u.text.length > width && u.cls.kind !== "noise") width = u.text.length;
  let group: CUnit[] = [];
  // Emphasis parity runs over consecutive lines (Markdown emphasis never crosses a blank line).
  let emOpen = false;
  const flush = () => {
    if (group.length === 1) out.push(group[0]!);
    else if (group.length > 1) {
      const u = joinUnits(group) as CUnit;
      out.push(u);
      joined.push(u);
    }
  };
  for (const u of units) {
    const joins = group.length > 0 && continues(group[0]!, group[group.length - 1]!, emOpen, u, width);
    emOpen = isLayout(u) || u.cell ? false : emOpen !== u.emOpen;
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
