// Document types and their abbreviations for the số, ký hiệu.
// Source: Nghị định 30/2020/NĐ-CP, Phụ lục III (bảng chữ viết tắt tên loại văn bản).
// The abbreviations are case-sensitive: QyĐ, CTr and TTr are official mixed case.

export interface DocumentType {
  /** Upper-case name as it appears in a title. */
  name: string;
  /** Abbreviation in the symbol, or null for types that carry none (Công văn, Thư công). */
  code: string | null;
}

export const DOCUMENT_TYPE_CODES: readonly DocumentType[] = [
  { name: "NGHỊ QUYẾT", code: "NQ" },
  { name: "QUYẾT ĐỊNH", code: "QĐ" },
  { name: "CHỈ THỊ", code: "CT" },
  { name: "QUY CHẾ", code: "QC" },
  { name: "QUY ĐỊNH", code: "QyĐ" },
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

const BY_NAME = new Map(DOCUMENT_TYPE_CODES.map((t) => [t.name, t]));
const BY_CODE = new Map(DOCUMENT_TYPE_CODES.filter((t) => t.code).map((t) => [t.code!, t]));

export function typeByName(name: string): DocumentType | undefined {
  return BY_NAME.get(name);
}

export function typeByCode(code: string): DocumentType | undefined {
  return BY_CODE.get(code);
}
