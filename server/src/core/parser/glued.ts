// Elements run together on one line or in one table cell, split apart before the line is
// classified. Crawlers flatten the two-column header and closing tables of a văn bản: each cell
// becomes one line, or the cells of a row one line. The splits, with the text each is for:
// - an underline rule ("-------", "———", "___") is layout, wherever it stands:
//   "THỦ TƯỚNG CHÍNH PHỦ -------";
// - the agency and the Quốc hiệu: "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
// - the Quốc hiệu and the Tiêu ngữ: "… VIỆT NAM Độc lập – Tự do – Hạnh phúc";
// - the number and the V/v summary in one cell: "Số: 2403/TTg-KGVX V/v Điều chỉnh …";
// - the number and the place-date: "Số: 233/2026/NĐ-CP Hà Nội, ngày 26 tháng 6 năm 2026";
// - the place-date and Kính gửi: "Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: …";
// - a Nơi nhận or Kính gửi list in one cell: "Nơi nhận: - Bộ Tài chính; - Lưu: VT, KGVX." is
//   cut before each dash that follows ":" ";" "," "." or ")" ("…; (để báo cáo) - TT Thành ủy;")
//   and before a "Lưu:" entry;
// - căn cứ run together: "Căn cứ Luật A; Căn cứ Nghị định B; Theo đề nghị …" is cut before each
//   "Căn cứ", "Theo đề nghị", "Xét đề nghị", "Theo đề xuất" — capitalised, they start a căn cứ even
//   without the ";" a crawler lost ("… của Bộ Tài chính Xét đề nghị của …");
// - a signature block and its signer: "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng" is cut
//   before the name (with a rank or an academic title before it: "Thượng tướng Lương Tam Quang").
import { sliceUnit, type Unit } from "../text/units.js";

const RULE = /[-–—_=]{3,}/g;
/** The whole Quốc hiệu glued after something, then nothing, the Tiêu ngữ or a rule ("… NƯỚC CỘNG HÒA … VIỆT NAM SỐ 24/2000/QH10" is a title's words). */
const NATIONAL_TITLE = /\sCỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s*VIỆT\s+NAM\s*(?=$|Độc|[-–—_=*]{3})/gi;
const MOTTO = /\sĐộc\s+lập\s*[-–—,]/g;
const KINH_GUI = /\sKính\s+gửi\s*:/g;
const VV = /\sV\/v\b/g;
/** "Số: 233/2026/NĐ-CP Hà Nội, ngày …": the number, then a place of at most 40 characters and ", ngày". */
const NUMBER_THEN_DATE = /^Số(?:\s+hiệu)?\s*:?\s*[0-9][^\s]*(?:\s+\/[^\s]+)?\s+(?=[^,\d]{2,40},\s*ngày\b)/u;
/** "Căn cứ Luật A; Căn cứ Nghị định B; Theo đề nghị …" on one line: each căn cứ is a paragraph. */
const NEXT_BASIS = /\s+(?=(?:Căn\s+cứ|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Theo\s+đề\s+xuất|Xét\s+[tT]ờ\s+trình|Theo\s+[tT]ờ\s+trình)\s)/g;
const BASIS_START = /^(?:Căn\s+cứ|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Theo\s+đề\s+xuất|Để)\s/;
const LIST_LABEL = /^(?:Nơi\s+nhận|Kính\s+gửi)\b/i;
const SIGNATURE_PREFIX = /^(?:TM|KT|TL|TUQ|Q)\.\s/;
/** Military and police ranks that print before a signer's name ("Đại tướng Lương Tam Quang"). */
const RANK_WORDS = "(?:Đại|Thượng|Trung|Thiếu)\\s+(?:tướng|tá|úy|uý)";
const RANK = new RegExp(`^${RANK_WORDS}$`);
/** A rank at the start of a signer's line, with the space after it. */
export const RANK_BEFORE_NAME = new RegExp(`^${RANK_WORDS}\\s+`);
const ACADEMIC = /^(?:GS|PGS|TS|ThS|BS|KS|CN|NGƯT|NGND|TTƯT)\.(?:\s*(?:TS|ThS|BS)\.)?$/;

function isNameWord(w: string): boolean {
  if (w.length < 1 || w.length > 12) return false;
  const first = w[0]!;
  if (first === first.toLowerCase()) return false;
  const rest = w.slice(1);
  return rest === rest.toLowerCase() && /^\p{L}+$/u.test(w);
}

function isUpperWord(w: string): boolean {
  return w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Where a signer's name (with its rank or title) starts at the end of an upper-case block; -1: none. */
function signerStart(text: string): number {
  const words: { w: string; at: number }[] = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ w: m[0], at: m.index });
  let k = words.length;
  while (k > 0 && isNameWord(words[k - 1]!.w)) k--;
  const nameWords = words.length - k;
  if (nameWords < 2 || nameWords > 6 || k === 0) return -1;
  if (k >= 2 && RANK.test(`${words[k - 2]!.w} ${words[k - 1]!.w}`)) k -= 2;
  else if (k >= 1 && ACADEMIC.test(words[k - 1]!.w)) k -= 1;
  if (k === 0) return -1;
  // Everything before the name is the signature block: capitals (and "KT.", "TM.", commas).
  for (let i = 0; i < k; i++) if (!isUpperWord(words[i]!.w.replace(/[.,:;()-]/g, "")) && !/^[-–,.]$/.test(words[i]!.w)) return -1;
  return words[k]!.at;
}

const RULE_CHARS = /[-–—_=]{3}/;

function isUpperChar(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * The cuts (clean offsets) where the unit's text holds a new element. Each split is tried only
 * when a plain search finds its words: most lines hold none of them.
 */
function cuts(text: string): { at: number; drop: number }[] {
  const out: { at: number; drop: number }[] = [];
  if (RULE_CHARS.test(text)) {
    for (const m of text.matchAll(RULE)) {
      // A rule between words ("2016---2020") is text; one standing alone between spaces is layout.
      const before = m.index === 0 || /\s/.test(text[m.index - 1]!);
      const after = m.index + m[0].length === text.length || /\s/.test(text[m.index + m[0].length]!);
      if (before && after) out.push({ at: m.index, drop: m[0].length });
    }
  }
  const gated: [string, RegExp][] = [
    ["CỘNG", NATIONAL_TITLE],
    ["Cộng", NATIONAL_TITLE],
    ["Độc lập", MOTTO],
    ["Kính gửi", KINH_GUI],
    ["V/v", VV],
  ];
  for (const [word, re] of gated) {
    if (text.indexOf(word, 1) < 0) continue;
    for (const m of text.matchAll(re)) if (m.index > 0) out.push({ at: m.index + 1, drop: 0 });
  }
  if (BASIS_START.test(text)) {
    for (const m of text.matchAll(NEXT_BASIS)) out.push({ at: m.index + m[0].length, drop: 0 });
  }
  if (text.startsWith("Số")) {
    const nd = NUMBER_THEN_DATE.exec(text);
    if (nd && nd[0].length < text.length) out.push({ at: nd[0].length, drop: 0 });
  }
  const listLine = LIST_LABEL.test(text);
  // A list line, or a dash item that a wrap joined with the next ones ("- Các cơ quan, đơn vị trực"
  // / "thuộc BQP; -Cục Tài chính BQP;"): each dash after ";" starts an item.
  if (listLine || (text.startsWith("- ") && text.includes("; -"))) {
    for (let i = text.indexOf("-", 1); i > 0; i = text.indexOf("-", i + 1)) {
      let p = i - 1;
      while (p >= 0 && text[p] === " ") p--;
      // "; - Bộ Tài chính", and "; -Sở LĐTBXH" (a dash that lost its space).
      const after = listLine ? ":;,.)" : ";";
      if (p >= 0 && after.includes(text[p]!) && (text[i + 1] === " " || (text[p] === ";" && isUpperChar(text[i + 1])))) out.push({ at: i, drop: 0 });
    }
    if (listLine) for (const m of text.matchAll(/[;.]\s*(Lưu\s*:?)/g)) out.push({ at: m.index + m[0].length - m[1]!.length, drop: 0 });
  }
  // A signature block starts with a prefix or a word in capitals (not in the Quốc hiệu:
  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA Việt Nam" is a misspelt title, not a signer).
  if (SIGNATURE_PREFIX.test(text) || (isUpperChar(text[0]) && isUpperChar(text[1]) && !/CỘNG\s+H/i.test(text))) {
    const s = signerStart(text);
    if (s > 0) out.push({ at: s, drop: 0 });
  }
  return out;
}

/** The elements glued in the unit, each a unit of its own; null when it holds one element. */
export function splitGlued(unit: Unit): Unit[] | null {
  const text = unit.text;
  if (text.length < 6) return null;
  const found = cuts(text);
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at);
  const parts: Unit[] = [];
  let from = 0;
  for (const c of found) {
    if (c.at < from) continue;
    if (c.at > from) parts.push(sliceUnit(unit, from, c.at));
    from = c.at + c.drop;
  }
  if (from < text.length) parts.push(sliceUnit(unit, from, text.length));
  const kept = parts.filter((p) => p.text.length > 0);
  return kept.length > 1 ? kept : kept.length === 1 && kept[0]!.text !== text ? kept : null;
}
