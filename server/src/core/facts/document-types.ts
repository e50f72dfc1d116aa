// Document types, their names and their abbreviations for the số, ký hiệu: the one home of
// these facts (the parser, the model and the rules read them from here).
// Administrative types: Nghị định 30/2020/NĐ-CP, Phụ lục III (bảng chữ viết tắt tên loại văn bản).
// Legal normative types: Luật Ban hành văn bản quy phạm pháp luật (2015, 2025) and their
// decrees. The abbreviations are case-sensitive: QyĐ, CTr and TTr are official mixed case.

export interface DocumentType {
  /** Upper-case name as it appears in a title. */
  name: string;
  /** Abbreviation in the symbol, or null for types that carry none (Công văn, Thư công). */
  code: string | null;
  /** Other abbreviations a cited document of this type may carry: older forms, Party usage. */
  alsoCodes?: readonly string[];
}

export const DOCUMENT_TYPE_CODES: readonly DocumentType[] = [
  { name: "NGHỊ QUYẾT", code: "NQ" },
  { name: "QUYẾT ĐỊNH", code: "QĐ" },
  { name: "CHỈ THỊ", code: "CT" },
  { name: "QUY CHẾ", code: "QC" },
  // A Party "Quy định" carries QĐ ("Quy định số 08-QĐi/TW" aside).
  { name: "QUY ĐỊNH", code: "QyĐ", alsoCodes: ["QĐ"] },
  { name: "THÔNG CÁO", code: "TC" },
  { name: "THÔNG BÁO", code: "TB" },
  { name: "HƯỚNG DẪN", code: "HD" },
  { name: "CHƯƠNG TRÌNH", code: "CTr" },
  { name: "KẾ HOẠCH", code: "KH" },
  { name: "PHƯƠNG ÁN", code: "PA" },
  { name: "ĐỀ ÁN", code: "ĐA" },
  { name: "DỰ ÁN", code: "DA" },
  { name: "BÁO CÁO", code: "BC" },
  { name: "BIÊN BẢN", code: "BB" },
  { name: "TỜ TRÌNH", code: "TTr" },
  { name: "HỢP ĐỒNG", code: "HĐ" },
  { name: "CÔNG ĐIỆN", code: "CĐ" },
  { name: "BẢN GHI NHỚ", code: "BGN" },
  { name: "BẢN THỎA THUẬN", code: "BTT" },
  { name: "BẢN THOẢ THUẬN", code: "BTT" },
  { name: "GIẤY ỦY QUYỀN", code: "GUQ" },
  { name: "GIẤY UỶ QUYỀN", code: "GUQ" },
  { name: "GIẤY MỜI", code: "GM" },
  { name: "GIẤY GIỚI THIỆU", code: "GGT" },
  { name: "GIẤY NGHỈ PHÉP", code: "GNP" },
  { name: "PHIẾU GỬI", code: "PG" },
  { name: "PHIẾU CHUYỂN", code: "PC" },
  { name: "PHIẾU BÁO", code: "PB" },
  { name: "CÔNG VĂN", code: null },
  { name: "THƯ CÔNG", code: null },
];

/**
 * Legal normative documents: a law's number carries no type code ("45/2019/QH14"), a decree's
 * does ("30/2020/NĐ-CP"). SẮC LỆNH and HIẾN PHÁP are read in older documents.
 */
export const LEGAL_NORMATIVE_TYPES: readonly DocumentType[] = [
  { name: "HIẾN PHÁP", code: null },
  { name: "BỘ LUẬT", code: null },
  { name: "LUẬT", code: null },
  // "Pháp lệnh số 26/2005/PL-UBTVQH11": the code older ordinances carry.
  { name: "PHÁP LỆNH", code: null, alsoCodes: ["PL"] },
  { name: "LỆNH", code: "L" },
  { name: "SẮC LỆNH", code: null },
  { name: "NGHỊ ĐỊNH", code: "NĐ" },
  { name: "THÔNG TƯ", code: "TT" },
  { name: "THÔNG TƯ LIÊN TỊCH", code: "TTLT" },
  { name: "NGHỊ QUYẾT LIÊN TỊCH", code: "NQLT" },
];

const LEGAL_NORMATIVE_NAMES: ReadonlySet<string> = new Set(LEGAL_NORMATIVE_TYPES.map((t) => t.name));

/** A Luật, Nghị định, Thông tư…: its form follows the Law on promulgation, not Nghị định 30/2020. */
export function isLegalNormativeType(name: string): boolean {
  return LEGAL_NORMATIVE_NAMES.has(name);
}

/** Codes of copies (Phụ lục III, Mục I of Nghị định 30/2020/NĐ-CP, last rows). */
export const COPY_TYPES: readonly DocumentType[] = [
  { name: "BẢN SAO Y", code: "SY" },
  { name: "BẢN TRÍCH SAO", code: "TrS" },
  { name: "BẢN SAO LỤC", code: "SL" },
];

/** Party documents whose type is not a State one (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW): cited, never parsed as a title. */
export const PARTY_ONLY_TYPES: readonly DocumentType[] = [{ name: "KẾT LUẬN", code: "KL" }];

/** "Quyết định liên tịch" (QĐLT): older joint decisions, still cited. */
const OLDER_CODES = ["QĐLT"];

/** Every type name a title may carry, upper case. */
export const TYPE_NAMES: ReadonlySet<string> = new Set([...DOCUMENT_TYPE_CODES, ...LEGAL_NORMATIVE_TYPES].map((t) => t.name));

const BY_CODE = new Map([...DOCUMENT_TYPE_CODES, ...LEGAL_NORMATIVE_TYPES, ...COPY_TYPES].filter((t) => t.code).map((t) => [t.code!, t]));

/** The name of the type whose code this is (administrative, legal normative or copy); null when unknown. */
export function codeOwner(code: string): string | null {
  return BY_CODE.get(code)?.name ?? null;
}

export function isKnownCode(code: string): boolean {
  return BY_CODE.has(code);
}

const CITED_TYPES = [...DOCUMENT_TYPE_CODES, ...LEGAL_NORMATIVE_TYPES, ...PARTY_ONLY_TYPES];
const CODES_OF_TYPE = new Map<string, readonly string[]>();
for (const t of CITED_TYPES) {
  const codes = [...(t.code ? [t.code] : []), ...(t.alsoCodes ?? [])];
  if (codes.length > 0 && !CODES_OF_TYPE.has(t.name)) CODES_OF_TYPE.set(t.name, codes);
}

/**
 * The abbreviations a cited document of this type carries in its symbol, the current one first
 * ("Quy định" → QyĐ, QĐ); undefined for a type that carries none (Luật, Công văn). `kind` in any case.
 */
export function codesOfType(kind: string): readonly string[] | undefined {
  return CODES_OF_TYPE.get(kind.toUpperCase());
}

const TYPE_OF_CODE = new Map<string, string>();
for (const [name, codes] of CODES_OF_TYPE) for (const code of codes) if (!TYPE_OF_CODE.has(code.toUpperCase())) TYPE_OF_CODE.set(code.toUpperCase(), name);

/** The type an abbreviation stands for, as a sentence names it ("QĐ" → "Quyết định"), whatever the code's case; null when unknown. */
export function typeOfCode(code: string): string | null {
  const name = TYPE_OF_CODE.get(code.toUpperCase());
  return name ? sentenceCase(name) : null;
}

/** "THÔNG TƯ LIÊN TỊCH" → "Thông tư liên tịch". */
export function sentenceCase(name: string): string {
  const lower = name.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Every type abbreviation a symbol's first group may be (administrative, legal normative, Party, older), upper case. */
export const CITED_TYPE_CODES: ReadonlySet<string> = new Set([...TYPE_OF_CODE.keys(), ...OLDER_CODES.map((c) => c.toUpperCase())]);
