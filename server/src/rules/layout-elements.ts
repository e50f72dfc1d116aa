// The elements of a văn bản hành chính whose type size and emphasis Nghị định 30/2020/NĐ-CP, Phụ
// lục I, Phần I, Mục II sets (and its Bảng mẫu chữ, Mục V), found in the model: in a Word file a
// line of the text is a paragraph, so each element's lines are its paragraphs.
import type { DocxParagraph } from "../core/docx/read.js";
import type { LocalizedText, Range, Section, TextSpan, VbhcDocument } from "../core/index.js";
import { oncePer } from "../core/memo.js";
import { sections } from "../core/sections.js";

/** A stretch of one paragraph: the characters [from, to) of a line of the text. */
export interface ParagraphPart {
  line: number;
  from: number;
  to: number;
}

export interface LayoutElement {
  kind: keyof typeof NAMES;
  name: LocalizedText;
  /** Where the element stands: in a Word file, parts of paragraphs ("Số: …" and the date may share one, set apart by tabs). */
  parts: ParagraphPart[];
  /** Type size in points, inclusive. */
  size: readonly [number, number];
  /** Where the decree sets the size. */
  sizeSource: string;
  /** What the decree says of its emphasis: true must be, false must not be, absent: not said. */
  bold?: boolean;
  italic?: boolean;
}

const WHOLE_LINE = Number.MAX_SAFE_INTEGER;

const partsOf = (range: Range): ParagraphPart[] => {
  const out: ParagraphPart[] = [];
  for (let l = range.start.line; l <= range.end.line; l++) {
    out.push({ line: l, from: l === range.start.line ? range.start.character : 0, to: l === range.end.line ? range.end.character : WHOLE_LINE });
  }
  return out;
};
const spanParts = (spans: readonly (TextSpan | null | undefined)[]) => spans.flatMap((s) => (s ? partsOf(s.range) : []));

const NAMES = {
  nationalTitle: { vi: "Quốc hiệu", en: "National title (Quốc hiệu)" },
  motto: { vi: "Tiêu ngữ", en: "Motto (Tiêu ngữ)" },
  agency: { vi: "Tên cơ quan ban hành", en: "Issuing agency" },
  number: { vi: "Số, ký hiệu", en: "Number and symbol" },
  placeDate: { vi: "Địa danh và thời gian ban hành", en: "Place and date" },
  type: { vi: "Tên loại văn bản", en: "Document type" },
  summary: { vi: "Trích yếu nội dung", en: "Summary (trích yếu)" },
  vv: { vi: "Trích yếu công văn (V/v)", en: "Công văn summary (V/v)" },
  basis: { vi: "Căn cứ ban hành", en: "Legal basis (căn cứ)" },
  body: { vi: "Nội dung văn bản", en: "Body text" },
  recipientsLabel: { vi: "Từ “Nơi nhận”", en: "The label “Nơi nhận”" },
  recipients: { vi: "Danh sách nơi nhận", en: "Recipient list" },
  signature: { vi: "Quyền hạn, chức vụ người ký", en: "Signing authority and position" },
  signer: { vi: "Họ tên người ký", en: "Signer's name" },
} as const;

/** One part a paragraph ("Số:" and its value are one element's two spans on one line). */
function mergedByLine(parts: readonly ParagraphPart[]): ParagraphPart[] {
  const byLine = new Map<number, ParagraphPart>();
  for (const p of parts) {
    const seen = byLine.get(p.line);
    byLine.set(p.line, seen ? { line: p.line, from: Math.min(seen.from, p.from), to: Math.max(seen.to, p.to) } : { ...p });
  }
  return [...byLine.values()];
}

function sectionElements(section: Section): LayoutElement[] {
  const out: LayoutElement[] = [];
  const add = (e: Omit<LayoutElement, "parts" | "name">, parts: ParagraphPart[]) => {
    if (parts.length > 0) out.push({ ...e, name: NAMES[e.kind], parts: mergedByLine(parts) });
  };
  const h = section.header;
  const k2 = "Phụ lục I, Phần I, Mục II, khoản";
  add({ kind: "nationalTitle", size: [12, 13], sizeSource: `${k2} 1`, bold: true }, spanParts([h?.nationalTitle]));
  add({ kind: "motto", size: [13, 14], sizeSource: `${k2} 1`, bold: true }, spanParts([h?.motto]));
  add({ kind: "agency", size: [12, 13], sizeSource: `${k2} 2` }, spanParts(h?.agency ?? []));
  add({ kind: "number", size: [13, 13], sizeSource: `${k2} 3`, italic: false }, spanParts([h?.number?.label, h?.number?.value]));
  add({ kind: "placeDate", size: [13, 14], sizeSource: `${k2} 4`, italic: true }, h?.placeDate ? partsOf(h.placeDate.range) : []);
  const t = section.title;
  add({ kind: "type", size: [13, 14], sizeSource: `${k2} 5`, bold: true }, spanParts([t?.type]));
  if (t?.vv) add({ kind: "vv", size: [12, 13], sizeSource: `${k2} 5`, bold: false }, partsOf(t.vv.range));
  else add({ kind: "summary", size: [13, 14], sizeSource: `${k2} 5`, bold: true }, spanParts([t?.summary]));
  // Italic căn cứ belong to an enacting preamble (an authority line or "QUYẾT ĐỊNH:" after it); a
  // plan's or a report's opening "Căn cứ …" paragraphs are body text, set upright in practice.
  const preamble = section.preamble;
  const enacting = preamble !== null && (preamble.authority !== null || preamble.enactment !== null);
  add(
    { kind: "basis", size: [13, 14], sizeSource: `${k2} 6`, ...(enacting ? { italic: true } : {}) },
    spanParts((preamble?.lines ?? []).filter((l) => l.kind === "basis").map((l) => l.text)),
  );
  const c = section.closing;
  add({ kind: "recipientsLabel", size: [12, 12], sizeSource: `${k2} 9`, bold: true, italic: true }, spanParts([c?.recipients?.label]));
  add({ kind: "recipients", size: [11, 11], sizeSource: `${k2} 9`, bold: false, italic: false }, spanParts(c?.recipients?.items ?? []));
  add({ kind: "signature", size: [13, 14], sizeSource: `${k2} 7`, bold: true }, spanParts(c?.signature ?? []));
  add({ kind: "signer", size: [13, 14], sizeSource: `${k2} 7`, bold: true }, spanParts([c?.signer]));
  return out;
}

/** The body's paragraphs: the lines of the body that no other element holds. */
function bodyElement(section: Section, taken: ReadonlySet<number>): LayoutElement | null {
  const range = section.body.range;
  if (!range) return null;
  const parts: ParagraphPart[] = [];
  for (let line = range.start.line; line <= range.end.line; line++) if (!taken.has(line)) parts.push({ line, from: 0, to: WHOLE_LINE });
  return parts.length > 0 ? { kind: "body", name: NAMES.body, size: [13, 14], sizeSource: "Phụ lục I, Phần I, Mục II, khoản 6, điểm e", parts } : null;
}

/** Every element of every section (the document and its attachments) with its paragraphs; found once per model. */
export const layoutElements = oncePer(elementsOf);

function elementsOf(document: VbhcDocument): LayoutElement[] {
  const out: LayoutElement[] = [];
  for (const section of sections(document)) {
    const own = sectionElements(section);
    const taken = new Set(own.flatMap((e) => e.parts.map((p) => p.line)));
    const body = bodyElement(section, taken);
    out.push(...own, ...(body ? [body] : []));
  }
  return out;
}

const LETTER = /\p{L}/u;

/**
 * The body paragraphs the spacing and indent rules judge: paragraphs of the body element (not in a
 * table, holding letters, not centred like the heading of a part or a chapter), each once.
 */
export function bodyParagraphs(document: VbhcDocument): DocxParagraph[] {
  const layout = document.layout;
  if (!layout) return [];
  const out: DocxParagraph[] = [];
  for (const element of layoutElements(document)) {
    if (element.kind !== "body") continue;
    for (const part of element.parts) {
      const p = layout.paragraphs[part.line];
      if (p && !p.inTable && p.align !== "center" && LETTER.test(p.text)) out.push(p);
    }
  }
  return out;
}
