// What the workspace index keeps of a document: the entry it defines (type, number, date,
// issuer from its header) and a short summary, with the readers of registry numbers and issuers.
import { canonicalType } from "../citations.js";
import { isoDate } from "../dates.js";
import { detached } from "../memo.js";
import type { DocNumber, Range, VbhcDocument } from "../model.js";
import { parse } from "../parser/index.js";
import type { PackedCitations } from "./packed-citations.js";
import type { Relation } from "../citator/types.js";
import type { IndexedEntry } from "./types.js";

export interface DocumentSummary {
  kind: string;
  number: string;
  summary: string;
  /** The header (or the title): where the document's own references point. */
  headerRange: Range | null;
  titleRange: Range | null;
}

/** What the index keeps of a file from disk: plain data (it can cross a thread boundary). */
export interface IndexedSummary {
  entry: IndexedEntry | null;
  summary: DocumentSummary;
  citations: PackedCitations;
  /** What the document's text says it replaces, repeals or amends. */
  relations: Relation[];
}

/** What a workspace document defines, from its text (a header is enough): no citations are read. */
export function entryOfText(uri: string, text: string): IndexedEntry | null {
  const entry = entryFromDocument(uri, parse(text));
  return entry && detachedEntry(entry);
}

export const NO_SUMMARY: DocumentSummary = Object.freeze({ kind: "", number: "", summary: "", headerRange: null, titleRange: null });

export function summaryOf(document: VbhcDocument): DocumentSummary {
  return {
    kind: detached(document.title?.kind ?? ""),
    number: detached(document.header?.number?.value?.text ?? ""),
    summary: detached(document.title?.summary?.text ?? ""),
    headerRange: document.header?.range ?? null,
    titleRange: document.title?.range ?? null,
  };
}

/** Parses "30/2020/NĐ-CP", "595/QĐ-UBND", "25-CT/TU" as published in a registry. */
export function parseNumber(text: string): DocNumber | null {
  const t = text.replace(/\s+/g, "").normalize("NFC");
  let m = /^(\d+[A-Za-z]?)-([^/]+)\/(.+)$/.exec(t);
  if (m) return { form: "party", number: m[1]!, year: null, symbol: `${m[2]}/${m[3]}`, raw: t };
  m = /^(\d+[A-Za-z]?)\/(?:(\d{4})\/)?(.+)$/.exec(t);
  if (m) return { form: "state", number: m[1]!, year: m[2] ?? null, symbol: m[3]!, raw: t };
  return null;
}

const PLACE_WORD = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s/;

/**
 * The issuing body as a căn cứ names it, from the header's agency lines: "ỦY BAN NHÂN DÂN" /
 * "TỈNH KHÁNH HÒA" → "Ủy ban nhân dân tỉnh Khánh Hòa"; "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG" /
 * "SỞ NỘI VỤ" → "Sở Nội vụ" (the last line names the issuer unless it only names the place).
 */
export function issuerOf(lines: readonly string[]): string {
  const clean = lines.map((l) => l.normalize("NFC").replace(/\s+/g, " ").trim()).filter((l) => l.length > 0);
  if (clean.length === 0) return "";
  const last = clean[clean.length - 1]!.toLowerCase();
  const name = PLACE_WORD.test(last) && clean.length > 1 ? `${clean[clean.length - 2]!.toLowerCase()} ${last}` : last;
  // Sentence case; proper names after a place word, "sở", "bộ", "ban" keep their capitals.
  const words = name.split(" ");
  const cap = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);
  let properFrom = -1;
  const m = /(?:^|\s)(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s/.exec(name);
  if (m)
    properFrom = name
      .slice(0, m.index + m[0].length)
      .split(" ")
      .filter(Boolean).length;
  return words.map((w, i) => (i === 0 || (properFrom >= 0 && i >= properFrom) || (i === 1 && /^(sở|bộ|ban|cục|vụ)$/.test(words[0]!)) ? cap(w) : w)).join(" ");
}

/** What a workspace document defines: its type, number, date and agency from the header. */
export function entryFromDocument(uri: string, document: VbhcDocument): IndexedEntry | null {
  const parsed = document.header?.number?.parsed;
  if (!parsed || parsed.form === "bare" || !parsed.symbol) return null;
  const kind = document.title?.kind ?? "";
  const agency = issuerOf(document.header?.agency.map((a) => a.text) ?? []);
  return {
    origin: "workspace",
    uri,
    range: document.header?.number?.value?.range ?? document.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    type: kind ? canonicalType(kind.toLowerCase()) : "Văn bản",
    number: parsed.raw.replace(/\s+/g, ""),
    date: isoDate(document.header?.placeDate?.date) ?? "",
    issuer: agency,
    title: lowerFirst(document.title?.summary?.text ?? ""),
    status: "unknown",
  };
}

/** An entry whose strings do not keep its document's text alive. */
export function detachedEntry(e: IndexedEntry): IndexedEntry {
  return { ...e, number: e.number && detached(e.number), issuer: detached(e.issuer), title: detached(e.title) };
}

/** A header's summary ("Ban hành Kế hoạch …") as it reads inside a sentence ("ban hành Kế hoạch …"). */
function lowerFirst(text: string): string {
  const first = text.split(" ")[0] ?? "";
  if (first.length > 1 && first === first.toUpperCase()) return text; // an abbreviation, or an all-caps title
  return text.charAt(0).toLowerCase() + text.slice(1);
}
