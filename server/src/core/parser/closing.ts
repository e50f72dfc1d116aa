// The closing: Nơi nhận and its list, the signature authority and title lines, the signer.
import type { Closing, TextSpan } from "../model.js";
import { lastLine } from "../text/units.js";
import { isBlank, isNameLike, typeNameOf, type CUnit } from "./classified.js";
import type { Cursor } from "./cursor.js";
import { cover, joinSpans, spanRange, textSpan } from "./spans.js";

/** "(Đã ký)", "(đã ký)", "Đã ký": printed where a signature stood. */
const SIGNED_MARK = /^\(?\s*đã\s+ký\s*\)?$/i;
const DASH_THEN_NAME = /^[-–]\p{Lu}/u;

/** True when u starts a closing: Nơi nhận, a signature authority, or a bare signer title then a name. */
export function startsClosing(c: Cursor, j: number): boolean {
  const u = c.units[j]!;
  if (u.cls.kind === "recipientsLabel" || u.cls.kind === "signature") return true;
  if (signedNameAt(c, j)) return true;
  if (u.upper && u.cls.kind === "text" && u.text.length <= 60 && !typeNameOf(u)) {
    let k = c.nextSolid(j + 1);
    while (k < c.units.length && c.units[k]!.upper && c.units[k]!.text.length <= 60) k = c.nextSolid(k + 1);
    const name = c.units[k];
    if (!name || !isNameLike(name.text)) return false;
    const after = c.units[c.nextSolid(k + 1)];
    return !after || after.cls.kind === "noise" || isNameLike(after.text) || startsAttachment(after);
  }
  return false;
}

/** A signer's name alone, then "(Đã ký)": the closing of an old law copied without its signature block. */
function signedNameAt(c: Cursor, j: number): boolean {
  const u = c.units[j]!;
  if (u.cls.kind !== "text" || !isNameLike(u.text)) return false;
  const next = c.units[c.nextSolid(j + 1)];
  return next !== undefined && SIGNED_MARK.test(next.text);
}

export function startsAttachment(u: CUnit): boolean {
  const k = u.cls.kind;
  return k === "placeDate" || k === "nationalTitle" || k === "number" || typeNameOf(u) !== null;
}

export function parseClosing(c: Cursor): Closing | null {
  c.skipBlank();
  const startUnit = c.peek();
  if (!startUnit) return null;
  if (startUnit.cls.kind !== "recipientsLabel" && !startsClosing(c, c.i)) return null;
  const closing: Closing = { range: spanRange(startUnit, 0, 0), recipients: null, signature: [], signer: null };
  let inList = false;
  let lastItemUnit: CUnit | null = null;
  let last: CUnit = startUnit;
  while (!c.done) {
    const u = c.peek()!;
    const cls = u.cls;
    if (isBlank(u)) {
      c.i++;
      lastItemUnit = null;
      continue;
    }
    if (cls.kind === "noise") break;
    if (closing.signer) break;
    if (cls.kind === "recipientsLabel" && !closing.recipients) {
      closing.recipients = { label: textSpan(u, 0, cls.rest[0]), items: [], ...(u.heading ? { labelIsHeading: true as const } : {}) };
      closing.recipients.label.text = closing.recipients.label.text.trimEnd();
      if (cls.rest[1] > cls.rest[0]) closing.recipients.items.push(textSpan(u, cls.rest[0], cls.rest[1]));
      inList = true;
    } else if (cls.kind === "signature") {
      closing.signature.push(...splitSignature(u));
      // In a table the signature is the right column; the list goes on in the left one.
      if (u.column === 0) inList = false;
    } else if (inList && cls.kind === "item" && cls.marker.style === "bullet") {
      closing.recipients!.items.push(textSpan(u, cls.text[0], cls.text[1]));
      lastItemUnit = u;
    } else if (inList && cls.kind === "text" && DASH_THEN_NAME.test(u.text)) {
      // "-Sở LĐTBXH;": a recipient whose dash lost its space.
      closing.recipients!.items.push(textSpan(u, 1));
      lastItemUnit = u;
    } else if (inList && lastItemUnit && u.line === lastLine(lastItemUnit) + 1 && !u.upper && cls.kind === "text") {
      // A recipient wrapped onto the next line.
      const items = closing.recipients!.items;
      items[items.length - 1] = joinSpans([items[items.length - 1]!, textSpan(u)]);
      lastItemUnit = u;
    } else if (u.upper && !u.heading && !typeNameOf(u) && cls.kind !== "placeDate" && cls.kind !== "number" && cls.kind !== "nationalTitle") {
      // (A Markdown heading here is a crawler's section — "## GHI CHÚ", "## PHỤ LỤC" — not a signer's title.)
      closing.signature.push(textSpan(u));
      if (u.column === 0) inList = false;
    } else if ((closing.signature.length > 0 && isNameLike(u.text)) || signedNameAt(c, c.i)) {
      closing.signer = textSpan(u);
    } else if (closing.signature.length > 0 && u.text.length <= DEPUTY_LINE_MAX && DEPUTY_LINE.test(u.text)) {
      // The deputy's title in sentence case under "KT. THỦ TƯỚNG": "Phó Thủ tướng".
      closing.signature.push(textSpan(u));
    } else if (startsAttachment(u)) {
      break;
    } else {
      // Stray text between the list and the signature (a file name left by a scrape).
      inList = false;
    }
    last = u;
    c.i++;
  }
  closing.range = cover(closing.range, spanRange(last, 0, last.text.length));
  return closing;
}

/** The deputy's title after "KT. <head's title>": "PHÓ CHỦ TỊCH", a minister's "THỨ TRƯỞNG". */
const DEPUTY_TITLE = /\s(?:PHÓ|THỨ TRƯỞNG)(?=\s|,|$)/;
/** A head's title ending a "TM. <body>" line (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 8). */
const HEAD_TITLE_AT_END =
  /\s(?:CHỦ TỊCH|THỦ TƯỚNG|TỔNG BÍ THƯ|BÍ THƯ|BỘ TRƯỞNG|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|TRƯỞNG BAN|CHỦ NHIỆM|TỔNG KIỂM TOÁN|HIỆU TRƯỞNG|THỐNG ĐỐC)$/;

/** A deputy's title written in sentence case ("Phó Thủ tướng", "Thứ trưởng"), and how long such a line may be. */
const DEPUTY_LINE = /^(?:Phó|Thứ trưởng)\s+\p{L}|^Thứ trưởng$/u;
const DEPUTY_LINE_MAX = 60;

/**
 * "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line: split before each authority
 * prefix, before the deputy's title that follows "KT. …" ("PHÓ …", a minister's "THỨ TRƯỞNG"),
 * and between a collective body and its head's title after "TM." ("TM. CHÍNH PHỦ THỦ TƯỚNG",
 * "TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH").
 */
function splitSignature(u: CUnit): TextSpan[] {
  const text = u.text;
  const cuts = [0];
  const re = /\s(TM|KT|TL|TUQ|Q)\.\s/g;
  for (let m = re.exec(text); m; m = re.exec(text)) cuts.push(m.index + 1);
  const kt = text.indexOf("KT.");
  if (kt >= 0) {
    const deputy = DEPUTY_TITLE.exec(text.slice(kt + 3));
    if (deputy) cuts.push(kt + 3 + deputy.index + 1);
  }
  const tm = text.indexOf("TM.");
  if (tm >= 0) {
    const next = cuts.filter((c) => c > tm).sort((a, b) => a - b)[0] ?? text.length;
    const segment = text.slice(tm + 3, next).trimEnd();
    const head = HEAD_TITLE_AT_END.exec(segment);
    // At least two words of the body's name before the title ("TM. ĐOÀN CHỦ TỊCH" is a body).
    if (head && segment.slice(0, head.index).trim().split(/\s+/).length >= 2) cuts.push(tm + 3 + head.index + 1);
  }
  cuts.sort((a, b) => a - b);
  const spans: TextSpan[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const s = cuts[k]!;
    let e = k + 1 < cuts.length ? cuts[k + 1]! : text.length;
    while (e > s && text[e - 1] === " ") e--;
    if (e > s) spans.push(textSpan(u, s, e));
  }
  return spans;
}
