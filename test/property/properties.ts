// Properties every input must keep, and the inputs to try them on. Shared by the bounded
// property tests (npm test) and the long fuzz run (npm run fuzz).
import fc from "fast-check";
import {
  applyEdits,
  DEFAULT_CONFIG,
  fixAll,
  INTERNAL_RULE_ID,
  offsetAt,
  parse,
  runRules,
  splitLines,
  type Item,
  type Range,
  type TextEdit,
  type VbhcDocument,
} from "../../server/src/core/index.js";
import { allRules } from "../../server/src/rules/index.js";

// ---------------------------------------------------------------------------- inputs

const LINES = [
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "ỦY BAN NHÂN DÂN",
  "Số: 14/CT-UBND",
  "Số:",
  "Hà Nội, ngày 05 tháng 09 năm 2024",
  "ngày   tháng 4 năm 2016",
  "CHỈ THỊ",
  "QUYẾT ĐỊNH:",
  "V/v: báo cáo",
  "Kính gửi: Sở Nội vụ.",
  "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;",
  "Theo đề nghị của Giám đốc Sở Nội vụ,",
  "Điều 1. Ban hành kèm theo Quyết định này",
  "I. MỤC TIÊU",
  "1. Nhiệm vụ theo khoản 2 Điều 3",
  "1.1. Hoàn thành trước ngày 30/9/2015",
  "2.3 tại mục 1.4",
  "a) Điểm a",
  "đ) Điểm đ",
  "f) Điểm f",
  "- Như trên;",
  "+ Các phòng",
  "- Lưu: VT, NC.",
  "Nơi nhận:",
  "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
  "TUQ. GIÁM ĐỐC",
  "Nguyễn Văn An",
  "| **ỦY BAN** | **CỘNG HÒA** |",
  "|:---:|:---:|",
  "<!-- vbhc-disable-next-line -->",
  "Thực hiện Chỉ thị số 12/UBND ngày 31/7/2013 của UBND tỉnh./.",
  "(sau đây viết tắt là CCHC)  ,  hoà  hòa  uỷ ủy",
  "",
];

/** Unicode that has broken parsers: combining marks, NUL, BOM, lone surrogates, line breaks. */
const ODD = ["\u0300", "\u0301", "\u0323", "\u0000", "\uFEFF", "\uD800", "\uDFFF", "\r", "\r\n", "\n", "\u2028", "\t", "**", "|", "\u00a0", "…", "𝓐"];

export const oddText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(fc.constantFrom(...LINES, ...ODD), { maxLength: 40 }).map((parts) => parts.join("\n")),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString("latin1")),
);

type Mutation = { kind: "delete" | "duplicate" | "swap" | "insert" | "odd" | "nfd" | "crlf" | "cr" | "bom"; at: number; pick: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("delete", "duplicate", "swap", "insert", "odd", "nfd", "crlf", "cr", "bom"),
  at: fc.nat(),
  pick: fc.nat(),
});

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split("\n");
  for (const m of mutations) {
    const i = lines.length > 0 ? m.at % lines.length : 0;
    switch (m.kind) {
      case "delete":
        lines.splice(i, 1);
        break;
      case "duplicate":
        lines.splice(i, 0, lines[i] ?? "");
        break;
      case "swap": {
        const j = lines.length > 0 ? m.pick % lines.length : 0;
        [lines[i], lines[j]] = [lines[j] ?? "", lines[i] ?? ""];
        break;
      }
      case "insert":
        lines.splice(i, 0, LINES[m.pick % LINES.length]!);
        break;
      case "odd": {
        const line = lines[i] ?? "";
        const k = line.length > 0 ? m.pick % line.length : 0;
        lines[i] = line.slice(0, k) + ODD[m.pick % ODD.length]! + line.slice(k);
        break;
      }
      case "nfd":
        lines[i] = (lines[i] ?? "").normalize("NFD");
        break;
      case "crlf":
        lines = lines.join("\r\n").split("\n");
        break;
      case "cr":
        lines = [lines.join("\r")];
        break;
      case "bom":
        lines[0] = `\uFEFF${lines[0] ?? ""}`;
        break;
    }
  }
  return lines.join("\n");
}

export const mutated = (documents: readonly string[]) =>
  fc.tuple(fc.constantFrom(...documents), fc.array(mutation, { maxLength: 8 })).map(([doc, ms]) => mutate(doc, ms));

// ---------------------------------------------------------------------------- properties

function inside(document: VbhcDocument, r: Range): boolean {
  for (const p of [r.start, r.end]) {
    if (p.line < 0 || p.line >= document.lineStarts.length) return false;
    if (p.character < 0 || p.character > document.lineLengths[p.line]!) return false;
  }
  const before = r.end.line < r.start.line || (r.end.line === r.start.line && r.end.character < r.start.character);
  return !before;
}

function contains(outer: Range, inner: Range): boolean {
  const le = (a: Range["start"], b: Range["start"]) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

/** Parse never throws; every range lies in the text; items nest inside their parents. */
export function checkModel(text: string): VbhcDocument {
  const document = parse(text);
  const visit = (v: unknown): void => {
    if (!v || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    const o = v as Record<string, unknown>;
    const r = o.range as Range | undefined;
    if (r && typeof r === "object" && "start" in r && !inside(document, r)) throw new Error(`range outside the text: ${JSON.stringify(r)}`);
    for (const [k, x] of Object.entries(o)) if (k !== "text" && k !== "lineStarts" && k !== "lineLengths") visit(x);
  };
  visit({ ...document, text: undefined });
  const nest = (item: Item) => {
    for (const c of item.children) {
      if (!contains(item.range, c.range)) throw new Error(`item ${c.marker.label} is not inside ${item.marker.label}`);
      nest(c);
    }
  };
  for (const s of [document, ...document.attachments]) s.body.items.forEach(nest);
  return document;
}

function overlap(a: { s: number; e: number }, b: { s: number; e: number }): boolean {
  return a.s < b.e && b.s < a.e;
}

/**
 * No rule throws; each fix lies in the text, its edits do not overlap, and applying it changes
 * only what it replaces; fixing twice equals fixing once.
 */
export function checkRulesAndFixes(text: string, fixTwice = true): void {
  const document = checkModel(text);
  const findings = runRules(document, allRules, DEFAULT_CONFIG);
  const internal = findings.find((f) => f.ruleId === INTERNAL_RULE_ID);
  if (internal) throw new Error(internal.message.en);
  const { lineStarts } = splitLines(text);
  for (const f of findings) {
    if (!inside(document, f.range)) throw new Error(`${f.ruleId}: finding outside the text`);
    if (!f.fix) continue;
    const spans = f.fix.map((e: TextEdit) => {
      if (!inside(document, e.range)) throw new Error(`${f.ruleId}: fix edit outside the text`);
      return { s: offsetAt(lineStarts, text.length, e.range.start), e: offsetAt(lineStarts, text.length, e.range.end), t: e.newText };
    });
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        if (overlap(spans[i]!, spans[j]!)) throw new Error(`${f.ruleId}: overlapping edits in one fix`);
      }
    }
    // Outside the replaced ranges, the text is byte-identical.
    const applied = applyEdits(text, f.fix).text;
    const sorted = [...spans].sort((a, b) => a.s - b.s);
    let pos = 0;
    let out = 0;
    for (const sp of sorted) {
      if (applied.slice(out, out + (sp.s - pos)) !== text.slice(pos, sp.s)) throw new Error(`${f.ruleId}: the fix changed text outside its edits`);
      out += sp.s - pos + sp.t.length;
      pos = sp.e;
    }
    if (applied.slice(out) !== text.slice(pos)) throw new Error(`${f.ruleId}: the fix changed text after its edits`);
  }
  if (fixTwice) {
    const once = fixAll(text, allRules, DEFAULT_CONFIG).text;
    const twice = fixAll(once, allRules, DEFAULT_CONFIG).text;
    if (twice !== once) throw new Error("fixing twice differs from fixing once");
  }
}
