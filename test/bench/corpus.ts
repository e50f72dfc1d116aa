// A deterministic corpus of realistic documents for the benchmarks: every type, sizes from
// 2 KB to 300 KB (or any size asked), numbering several levels deep, citations, deadlines,
// and a few defects, from a seeded generator — the same bytes on every machine.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of real Vietnamese administrative prose, taken from the seed documents. */
export function wordBank(fixtures: string): string[] {
  const words = new Set<string>();
  const dir = path.join(fixtures, "seeds");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
    for (const w of readFileSync(path.join(dir, f), "utf8")
      .normalize("NFC")
      .split(/[^\p{L}]+/u)) {
      if (w.length >= 2 && w.length <= 9 && w === w.toLowerCase()) words.add(w);
    }
  }
  return [...words].sort();
}

const TYPES = [
  { name: "CHỈ THỊ", code: "CT" },
  { name: "KẾ HOẠCH", code: "KH" },
  { name: "THÔNG BÁO", code: "TB" },
  { name: "QUYẾT ĐỊNH", code: "QĐ" },
  { name: "BÁO CÁO", code: "BC" },
  { name: "TỜ TRÌNH", code: "TTr" },
  { name: null, code: null }, // Công văn
];
const PROVINCES = ["KHÁNH HÒA", "SƠN LA", "LONG AN", "KON TUM", "NGHỆ AN", "AN GIANG", "QUẢNG TRỊ", "BÌNH ĐỊNH", "LÂM ĐỒNG", "HƯNG YÊN"];
const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
/** Documents a document cites, each with the issuer and year its number implies. */
interface Cited {
  name: string;
  date: string;
  issuer: string;
}
const CITED_KINDS = [
  (r: () => number, y: number) => ({ name: `Nghị định số ${1 + Math.floor(r() * 180)}/${y}/NĐ-CP`, issuer: "Chính phủ" }),
  (r: () => number) => ({ name: `Quyết định số ${1 + Math.floor(r() * 3000)}/QĐ-TTg`, issuer: "Thủ tướng Chính phủ" }),
  (r: () => number) => ({ name: `Quyết định số ${1 + Math.floor(r() * 3000)}/QĐ-UBND`, issuer: "Ủy ban nhân dân tỉnh" }),
  (r: () => number, y: number) => ({ name: `Thông tư số ${1 + Math.floor(r() * 40)}/${y}/TT-BNV`, issuer: "Bộ Nội vụ" }),
  (r: () => number) => ({ name: `Chỉ thị số ${1 + Math.floor(r() * 30)}-CT/TU`, issuer: "Ban Thường vụ Tỉnh ủy" }),
];

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const monthText = (m: number) => (m <= 2 ? `0${m}` : String(m));

export interface DocumentOptions {
  /** Approximate size in bytes of the document. */
  size: number;
}

export function generateDocument(seed: number, words: readonly string[], options: DocumentOptions): string {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const sentence = (n = int(8, 28)) => {
    const ws = Array.from({ length: n }, () => pick(words));
    ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
    return ws.join(" ");
  };
  const year = int(2014, 2025);
  const month = int(1, 12);
  const day = int(1, 28);
  const type = pick(TYPES);
  const province = pick(PROVINCES);
  // The documents this one cites: the same number always with the same date and issuer.
  const cited: Cited[] = Array.from({ length: 8 }, () => {
    const y = year - int(1, 6);
    const kind = pick(CITED_KINDS)(r, y);
    return { ...kind, date: `${pad(int(1, 28))}/${int(1, 12)}/${y}` };
  });
  const mentioned = new Set<Cited>();
  /** The first mention gives the date and issuer (Nghị định 30/2020/NĐ-CP); later ones may not. */
  const cite = () => {
    const c = pick(cited);
    const full = !mentioned.has(c) || r() < 0.3;
    mentioned.add(c);
    return full ? `${c.name} ngày ${c.date} của ${c.issuer}` : c.name;
  };
  const lines: string[] = [];
  lines.push("ỦY BAN NHÂN DÂN", `TỈNH ${province}`, "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "");
  lines.push(`Số: ${int(10, 999)}/${type.code ? `${type.code}-` : ""}UBND${type.code ? "" : "-VX"}`, "");
  // About one document in eight writes the month with a zero it should not have.
  const m = r() < 0.125 && month >= 3 && month <= 9 ? `0${month}` : monthText(month);
  lines.push(`${titleCase(province)}, ngày ${pad(day)} tháng ${m} năm ${year}`, "");
  if (type.name) lines.push(type.name, `Về việc ${sentence(10).toLowerCase()}`, "");
  else lines.push(`V/v ${sentence(9).toLowerCase()}`, "", "Kính gửi: Các sở, ban, ngành tỉnh.", "");
  if (type.name === "QUYẾT ĐỊNH") {
    lines.push(`ỦY BAN NHÂN DÂN TỈNH ${province}`, "", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "");
    const basis = pick(cited);
    mentioned.add(basis);
    lines.push(`Căn cứ ${basis.name} ngày ${basis.date} của ${basis.issuer} về ${sentence(8).toLowerCase()};`, "");
    lines.push("Theo đề nghị của Giám đốc Sở Nội vụ.", "", "QUYẾT ĐỊNH:", "");
  }
  lines.push(`${sentence()}, theo ${cite()}.`, "");
  // A deadline as drafters set them: weeks to months after the issue date, on a working day; now
  // and then one that falls on a weekend or before the issue date (the defects the rules find).
  const deadline = () => {
    const d = new Date(Date.UTC(year, month - 1, day));
    d.setUTCDate(d.getUTCDate() + (r() < 0.03 ? -int(5, 60) : int(7, 150)));
    const weekday = d.getUTCDay();
    if ((weekday === 0 || weekday === 6) && r() < 0.9) d.setUTCDate(d.getUTCDate() + (weekday === 6 ? 2 : 1));
    return `${pad(d.getUTCDate())}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  };
  let size = lines.join("\n").length * 1.3;
  let roman = 0;
  let article = 0;
  const romanOf = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  while (size < options.size * 0.85) {
    const block: string[] = [];
    if (type.name === "QUYẾT ĐỊNH") {
      article++;
      block.push(`Điều ${article}. ${sentence(8)}`);
      for (let k = 1; k <= int(1, 4); k++) block.push(`${k}. ${sentence()}.`);
    } else {
      roman++;
      block.push(`${romanOf[(roman - 1) % 10]}. ${sentence(5).toUpperCase()}`, "");
      for (let a = 1; a <= int(2, 6); a++) {
        block.push(`${a}. ${sentence(7)}`, "");
        for (let h = 1; h <= int(0, 4); h++) block.push(`${a}.${h}. ${sentence()}; hoàn thành trước ngày ${deadline()}.`, "");
        const letters = ["a", "b", "c", "d", "đ", "e", "g"];
        for (let l = 0; l < int(0, 5); l++) block.push(`${letters[l]}) ${sentence()}.`);
        for (let b = 0; b < int(0, 3); b++) block.push(`- ${sentence()};`);
        if (r() < 0.5) block.push("", `${sentence(20)}. ${sentence(16)} theo ${cite()}.`);
        block.push("");
      }
    }
    const text = block.join("\n");
    lines.push(text);
    size += text.length * 1.3;
  }
  lines.push(`${sentence(12)}./.`, "", "Nơi nhận:", "- Như trên;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, NC.", "");
  lines.push("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn An", "");
  return lines.join("\n");
}

/** Sizes spread log-uniformly between lo and hi bytes. */
export function corpusSizes(count: number, seed: number, lo = 2_000, hi = 300_000): number[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => Math.round(Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo)))));
}
