// Helpers shared by the citation/* rules and basis/order (kept out of the family folders: one rule
// per file there).
import { citedIso, symbolGroups, type Citation } from "../core/citations.js";
import { isoDate } from "../core/dates.js";
import { CITED_TYPE_CODES } from "../core/facts/document-types.js";
import type { Range, Section, VbhcDocument } from "../core/model.js";
import { builtinIndex, type WorkspaceIndex } from "../core/registry/index.js";
import type { ResolvedConfig } from "../core/rule.js";
import { TextMemo } from "../core/memo.js";

/** The index rules resolve against: the caller's, or the built-in registry only. */
export function indexFor(config: ResolvedConfig): WorkspaceIndex {
  return config.index ?? builtinIndex();
}

/** A resolution of the National Assembly or its Standing Committee: "202/2025/QH15", "76/2025/UBTVQH15". */
export function isAssemblySymbol(symbol: string): boolean {
  return /^(?:QH|UBTVQH)\d*$/i.test(symbol.trim());
}

/** The type abbreviation a citation's symbol carries ("QĐ" in "QĐ-UBND", "CT" in "25-CT/TU"), if any. */
export function typeCodeOf(c: Citation): string | null {
  if (!c.number || c.number.form === "bare") return null;
  const first = symbolGroups(c.number)[0];
  return first && CITED_TYPE_CODES.has(first.toUpperCase()) ? first : null;
}

/** The issuing body's abbreviation in a symbol: "UBND" in "QĐ-UBND", "CP" in "NĐ-CP", "TU" in "CT/TU". */
export function agencyCodeOf(c: Citation): string | null {
  if (!c.number || c.number.form === "bare") return null;
  const groups = symbolGroups(c.number);
  const rest = typeCodeOf(c) ? groups.slice(1) : groups;
  return rest[0] ?? null;
}

/** The date a section was issued (its own place-date line, else the main document's), ISO. */
export function issueDate(document: VbhcDocument, section: Section): string | null {
  return isoDate(section.header?.placeDate?.date) ?? isoDate(document.header?.placeDate?.date);
}

/**
 * The date the document speaks for: its issue date; for a draft with the day left blank, the first
 * day of its month (or year) — the earliest it can be signed. Null when the document shows no date
 * at all (a fragment, or a header the parser could not read): nothing is judged against "today".
 */
export function referenceDate(document: VbhcDocument, section: Section): string | null {
  const own = issueDate(document, section);
  if (own) return own;
  const d = section.header?.placeDate?.date ?? document.header?.placeDate?.date;
  if (d?.year && d.year.text.length === 4) {
    const month = d.month && d.month.value >= 1 && d.month.value <= 12 ? d.month.value : 1;
    return `${d.year.text}-${String(month).padStart(2, "0")}-01`;
  }
  return null;
}

/** From the type word to the end of the number, name or date: what a finding about the citation marks. */
export function citationHead(c: Citation): Range {
  const ends = [c.number?.range.end, c.name?.range.end, c.date?.range.end].filter((p): p is NonNullable<typeof p> => !!p);
  let end = c.type.range.end;
  for (const p of ends) if (p.line > end.line || (p.line === end.line && p.character > end.character)) end = p;
  return { start: c.type.range.start, end };
}

/** Upper/lower-case-insensitive, NFC, "uỷ" → "ủy", abbreviations of bodies expanded. */
export function normalizeIssuer(text: string): string {
  return ISSUERS.through(text, () => normalizeIssuerText(text));
}

/** Issuers as written → their normal form (a document names the same few issuers again and again). */
const ISSUERS = new TextMemo<string>(1024);

/**
 * Words that end an issuer's name: what a sentence goes on with ("… của Thủ tướng Chính phủ như
 * sau:", "… được tiếp tục sử dụng", "… đến hết năm 2019"). ("và" is not one: "Bộ Tài nguyên và
 * Môi trường".)
 */
const AFTER_ISSUER = / (?:như|đã|được|đến|cho|thì|về|đủ|là|tại|nay|để|khi|với|theo|trong|nhằm|quy định|hướng dẫn|ban hành) /;

function normalizeIssuerText(text: string): string {
  const spaced = ` ${text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[:;,.]+/g, " ")
    .replace(/\s+/g, " ")} `;
  const end = spaced.search(AFTER_ISSUER);
  return (end > 0 ? `${spaced.slice(0, end)} ` : spaced)
    .replace(/uỷ/g, "ủy")
    .replace(/\bubnd\b/g, "ủy ban nhân dân")
    .replace(/\bhđnd\b/g, "hội đồng nhân dân")
    .replace(/\bubtvqh\b/g, "ủy ban thường vụ quốc hội")
    .replace(/\bttg\b/g, "thủ tướng chính phủ")
    .replace(/\s+/g, " ");
}

export { citedIso };
