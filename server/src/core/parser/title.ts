// The title block (type name and summary, or a Công văn's "V/v …") and the "Kính gửi" addressees.
import { isLegalNormativeType } from "../facts/document-types.js";
import type { Addressees, TextSpan, Title } from "../model.js";
import { lastLine } from "../text/units.js";
import { isBlank, typeNameOf, type CUnit } from "./classified.js";
import type { Cursor } from "./cursor.js";
import { cover, joinSpans, spanRange, textSpan } from "./spans.js";

export function parseTitle(c: Cursor): Title | null {
  c.skipBlank();
  const u = c.peek();
  const type = u ? typeNameOf(u) : null;
  if (!type && c.titleAbove && u?.cls.kind !== "summary") return titleFromAbove(c, c.titleAbove);
  if (!u || (!type && c.headerSummary)) return vvTitle(c, c.headerSummary, false);
  if (type) {
    c.i++;
    const title: Title = { range: spanRange(u, 0, u.text.length), type: textSpan(u), kind: type, summary: null, vv: null, attachedTo: null };
    const j = c.nextSolid(c.i);
    const s = c.units[j];
    // An upper-case line followed by căn cứ is the enacting authority, not a summary.
    const after = s ? c.units[c.nextSolid(j + 1)] : undefined;
    // Legal normative documents (a law, a decree, a circular) name no authority there: the line
    // under the type is always their name ("LUẬT" / "LAO ĐỘNG" / "Căn cứ …").
    const isAuthority =
      s?.upper &&
      !isLegalNormativeType(type) &&
      after !== undefined &&
      (after.cls.kind === "basis" || after.cls.kind === "proposal") &&
      !readsAsSummary(s.text);
    // A crawler's section heading after a blank line ("# NGHỊ QUYẾT" / "" / "## VĂN BẢN") is not a
    // summary; a heading in capitals right under the type is ("# QUY CHẾ" / "# TUYỂN SINH …").
    const pageHeading = s?.heading && s.upper && s.line !== lastLine(u) + 1 && !readsAsSummary(s.text);
    if (s && j - c.i <= 2 && !isAuthority && !pageHeading && (s.cls.kind === "text" || s.cls.kind === "summary")) {
      c.i = j;
      if (s.cls.kind === "summary") {
        // "V/v" under a type name (header/summary-format reports it): keep both parts.
        title.vv = { range: spanRange(s, 0, s.cls.text[0]), colon: s.cls.colon };
        title.summary = summaryLines(c, s.cls.text[0]);
      } else {
        title.summary = summaryLines(c, 0);
      }
      title.range = cover(title.range, title.summary.range);
    }
    attachedReference(c, title);
    return title;
  }
  return vvTitle(c, u, true);
}

function titleFromAbove(c: Cursor, above: { type: CUnit; summary: CUnit | null }): Title {
  c.titleAbove = null;
  const { type, summary } = above;
  const title: Title = {
    range: spanRange(type, 0, type.text.length),
    type: textSpan(type),
    kind: typeNameOf(type)!,
    summary: null,
    vv: null,
    attachedTo: null,
  };
  if (summary) {
    title.summary = textSpan(summary);
    title.range = cover(title.range, title.summary.range);
  }
  return title;
}

/** A Công văn's title from its "V/v …" unit: at the cursor (`here`, continued while it wraps) or met in the header. */
function vvTitle(c: Cursor, vv: CUnit | null, here: boolean): Title | null {
  c.headerSummary = null;
  if (vv?.cls.kind !== "summary") return null;
  const cls = vv.cls;
  let summary = textSpan(vv, cls.text[0], cls.text[1]);
  if (here) {
    c.i++;
    summary = continueSummary(c, vv, summary);
  }
  const vvRange = spanRange(vv, 0, cls.text[0]);
  return { range: cover(vvRange, summary.range), type: null, kind: "CÔNG VĂN", summary, vv: { range: vvRange, colon: cls.colon }, attachedTo: null };
}

/** The summary under a type name: one line, continued while the text visibly wraps. */
function summaryLines(c: Cursor, from: number): TextSpan {
  const u = c.peek()!;
  c.i++;
  return continueSummary(c, u, textSpan(u, from));
}

function continueSummary(c: Cursor, first: CUnit, span: TextSpan): TextSpan {
  const spans = [span];
  let prev = first;
  let bold = first.boldMarks;
  while (!c.done) {
    const next = c.peek()!;
    if (next.line !== lastLine(prev) + 1 || next.cls.kind !== "text") break;
    const boldOpen = bold % 2 === 1;
    const wraps = !/[.;:!?)]$/.test(prev.text) && startsLower(next.text);
    // A law's session line ("CỦA QUỐC HỘI KHÓA XII, KỲ HỌP THỨ 5") is not part of its name.
    const upperPair = prev.upper && next.upper && !typeNameOf(next) && !SESSION_LINE.test(next.text);
    if (!boldOpen && !wraps && !upperPair) break;
    spans.push(textSpan(next));
    bold += next.boldMarks;
    prev = next;
    c.i++;
  }
  return joinSpans(spans);
}

function attachedReference(c: Cursor, title: Title): void {
  const u = c.peek();
  if (u?.cls.kind !== "attachedReference") return;
  const spans = [textSpan(u)];
  c.i++;
  let prev = u;
  while (!spans[spans.length - 1]!.text.includes(")")) {
    const next = c.peek();
    if (!next || next.line !== lastLine(prev) + 1 || isBlank(next)) break;
    spans.push(textSpan(next));
    prev = next;
    c.i++;
  }
  title.attachedTo = joinSpans(spans);
  title.range = cover(title.range, title.attachedTo.range);
}

export function parseAddressees(c: Cursor): Addressees | null {
  c.skipBlank();
  const u = c.peek();
  if (u?.cls.kind !== "addressee") return null;
  const cls = u.cls;
  c.i++;
  const label = textSpan(u, 0, cls.rest[0]);
  label.text = label.text.trimEnd();
  const items: TextSpan[] = [];
  if (cls.rest[1] > cls.rest[0]) items.push(textSpan(u, cls.rest[0], cls.rest[1]));
  let range = spanRange(u, 0, u.text.length);
  for (;;) {
    const j = c.nextSolid(c.i);
    const next = c.units[j];
    if (next?.cls.kind !== "item" || next.cls.marker.style !== "bullet") break;
    items.push(textSpan(next, next.cls.text[0], next.cls.text[1]));
    range = cover(range, spanRange(next, 0, next.text.length));
    c.i = j + 1;
  }
  return { range, label, items };
}

/**
 * An upper-case line under the type name, before the căn cứ: the summary when it reads as one
 * ("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU …", "VỀ VIỆC …", or longer than an authority's name), else the
 * enacting authority ("ỦY BAN NHÂN DÂN TỈNH LONG AN", "BỘ TRƯỞNG BỘ TÀI CHÍNH").
 */
const SUMMARY_START =
  /^(?:VỀ|V\/V|BAN HÀNH|QUY ĐỊNH|SỬA ĐỔI|BỔ SUNG|HƯỚNG DẪN|PHÊ DUYỆT|THÀNH LẬP|TRIỂN KHAI|THỰC HIỆN|TĂNG CƯỜNG|ĐIỀU CHỈNH|KIỆN TOÀN|BÃI BỎ|GIAO|QUẢN LÝ|CHI TIẾT|TỔ CHỨC THỰC HIỆN)\b/;
const AUTHORITY_MAX_LENGTH = 80;
const SESSION_LINE = /\bKỲ HỌP THỨ\b|^(?:CỦA\s+)?QUỐC HỘI\s+KH[OÓ]A\b/;

export function readsAsSummary(text: string): boolean {
  return text.length > AUTHORITY_MAX_LENGTH || SUMMARY_START.test(text);
}

function startsLower(text: string): boolean {
  const c = text[0];
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}
