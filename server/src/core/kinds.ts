// What kind of document this is, for the rules that apply to one kind and not another:
// - "administrative": Quyết định cá biệt, Công văn, Kế hoạch, Thông báo, Chỉ thị, Công điện… — the
//   forms of Nghị định 30/2020/NĐ-CP;
// - "legal-normative": Nghị định, Thông tư, a Quyết định of the Prime Minister with the year in its
//   number… — the forms of the Law on promulgation of legal documents;
// - "law": a Luật, Bộ luật, Hiến pháp, Pháp lệnh, or a resolution of the Quốc hội or its Standing
//   Committee (number "…/QH15", "…/UBTVQH15"): passed by an assembly, with no Nơi nhận, no "./.";
// - "party": a document of the Communist Party ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 25-CT/TU"), whose
//   forms are Hướng dẫn 36-HD/VPTW;
// - "consolidated": a văn bản hợp nhất ("…/VBHN-…", "XÁC THỰC VĂN BẢN HỢP NHẤT") or a page of the
//   Bộ pháp điển ("Điều 7.2.LQ.1."): text stitched from several documents, with footnotes and
//   repealed articles — no drafter's numbering, wording or closing to judge.
// See docs/document-kinds.md.
import { isLegalNormativeType } from "./facts/document-types.js";
import type { Section, VbhcDocument } from "./model.js";
import { logicalUnits } from "./parser/index.js";

export type DocumentKind = "administrative" | "legal-normative" | "law" | "party" | "consolidated";

export const ALL_KINDS: readonly DocumentKind[] = ["administrative", "legal-normative", "law", "party", "consolidated"];

const PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";
const LAW_TYPES = new Set(["LUẬT", "BỘ LUẬT", "HIẾN PHÁP", "PHÁP LỆNH"]);
/** A number issued by the Quốc hội or its Standing Committee: "45/2019/QH14", "1234/NQ-UBTVQH15". */
const ASSEMBLY_SYMBOL = /(?:^|[-/])(?:UBTVQH|QH)\d*$/;
/** The certification that closes a văn bản hợp nhất. */
const CONSOLIDATION_MARK = /XÁC THỰC VĂN BẢN HỢP NHẤT/;
/** A heading of the Bộ pháp điển: "Điều 7.2.LQ.1.", "Điều 9.3.NĐ.12.", "Điều 41.5.TT.2.6.". */
const CODIFIED_HEADING = /^Điều[ \t]+\d+\.\d+\.(?:LQ|NĐ|TT|TTLT|QĐ|NQ|PL|L)\.\d/;

/**
 * The certification or a codified heading, read on the text layer's units (NFC, Markdown set
 * aside: "### **Điều 7.2.LQ.1.**" reads "Điều 7.2.LQ.1.", decomposed text reads the same).
 */
function consolidatedText(document: VbhcDocument): boolean {
  for (const u of logicalUnits(document)) if (CODIFIED_HEADING.test(u.text) || CONSOLIDATION_MARK.test(u.text)) return true;
  return false;
}

/** A Party document: its number ("25-CT/TU") or its top line names the Party. */
export function isPartyDocument(section: Section): boolean {
  const header = section.header;
  if (!header) return false;
  if (header.number?.parsed?.form === "party") return true;
  return header.agency.some((a) => a.text.normalize("NFC").toUpperCase().replace(/\s+/g, " ").includes(PARTY_NAME));
}

const KINDS = new WeakMap<VbhcDocument, DocumentKind>();

/** The kind of the document (its main section; attachments are read as part of it). */
export function documentKind(document: VbhcDocument): DocumentKind {
  let kind = KINDS.get(document);
  if (!kind) {
    kind = readKind(document);
    KINDS.set(document, kind);
  }
  return kind;
}

function readKind(document: VbhcDocument): DocumentKind {
  const parsed = document.header?.number?.parsed ?? null;
  const symbol = parsed?.symbol?.normalize("NFC").toUpperCase() ?? "";
  if (symbol.includes("VBHN") || consolidatedText(document)) return "consolidated";
  const type = document.title?.kind ?? "";
  // (Before the Party test: an old law's number reads like a Party one, "21-LCT/HĐNN8".)
  if (LAW_TYPES.has(type)) return "law";
  if (isPartyDocument(document)) return "party";
  if (ASSEMBLY_SYMBOL.test(symbol)) return "law";
  // Only a legal normative document carries the year in its number ("19/2014/QĐ-TTg").
  if (isLegalNormativeType(type) || (parsed?.form === "state" && parsed.year !== null)) return "legal-normative";
  return "administrative";
}

/** "Sửa đổi, bổ sung một số điều của Nghị định số …", "Bãi bỏ …": the summary of an amending document. */
const AMENDING_SUMMARY = /^(?:về việc |quy định )?(?:sửa đổi|bổ sung|bãi bỏ|thay thế)(?![\p{L}])/u;

/**
 * A document that amends, supplements or repeals another: its article numbers and the quoted new
 * text belong to the document it amends.
 */
export function isAmendingDocument(document: VbhcDocument): boolean {
  const summary = document.title?.summary?.text;
  return summary !== undefined && AMENDING_SUMMARY.test(summary.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim());
}
