// The printed layout of a document, as Nghị định 30/2020/NĐ-CP Phụ lục I Phần I sets it out:
// a small, renderer-neutral description that the HTML preview and the .docx export both draw,
// so the two agree. Pure: model in, plain data out. Sizes are points; the values chosen inside
// the decree's ranges are those of its own illustration (Mục V, column "Cỡ chữ"). See docs/export.md.
import type { DateValue, Header, Item, Section, TextSpan, Title, VbhcDocument } from "../core/model.js";

export type Align = "left" | "center" | "right" | "justify";

export type Role =
  | "agency-parent"
  | "agency"
  | "number"
  | "vv"
  | "national-title"
  | "motto"
  | "place-date"
  | "type-name"
  | "summary"
  | "attached-to"
  | "addressees-label"
  | "addressee"
  | "authority"
  | "basis"
  | "enactment"
  | "heading"
  | "article"
  | "clause"
  | "point"
  | "bullet"
  | "paragraph"
  | "recipients-label"
  | "recipient"
  | "signature"
  | "signer";

export interface Block {
  kind: "block";
  role: Role;
  /** The text as written (cleaned); `upper` asks the renderer to print it in capitals. */
  text: string;
  /** Numbering printed as text before `text` ("1.", "a)", "Điều 3.", "-"), never auto-numbering. */
  lead: { text: string; bold: boolean } | null;
  /** 0-based source line of the block (as LSP and the Markdown preview's data-line count). */
  line: number | null;
  align: Align;
  size: number;
  bold: boolean;
  italic: boolean;
  upper: boolean;
  /** First-line indent of body text (Mục II khoản 6 điểm e). */
  indent: boolean;
  /** A line beneath: as long as the text (motto) or a short centred one, 1/3–1/2 of it (agency, summary). */
  rule: "text" | "short" | null;
  /** Space above the paragraph, in points. */
  spaceBefore: number;
}

/** Side-by-side blocks printed as a borderless table: header, Kính gửi, Nơi nhận + signature. */
export interface Columns {
  kind: "columns";
  role: "header" | "addressees" | "closing";
  /** Column widths in percent of the text width. */
  widths: [number, number];
  /** Each row: the left cell's blocks, the right cell's blocks. */
  rows: [Block[], Block[]][];
  line: number | null;
  /** Space above the table, in points. */
  spaceBefore: number;
}

export type LayoutNode = Block | Columns;

export interface LayoutSection {
  /** An attached document (a plan issued with a decision) starts on a new page with its own page numbers. */
  attachment: boolean;
  nodes: LayoutNode[];
}

export interface Layout {
  title: string;
  page: typeof PAGE;
  sections: LayoutSection[];
}

/** Page setup: Phụ lục I Phần I Mục I (khoản 1, 3, 4, 7) and Mục II khoản 6 điểm e. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm: the lower bound of each range. */
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Distance of the page number from the top edge: inside the top margin. */
  headerMm: 10,
  font: "Times New Roman",
  bodySize: 14,
  /** Page numbers 13–14, upright, centred in the top margin, not shown on the first page. */
  pageNumberSize: 14,
  /** "1 cm hoặc 1,27 cm". */
  firstLineIndentMm: 12.7,
  /** At least 6 pt between paragraphs; single line spacing (the minimum allowed). */
  paragraphSpacingPt: 6,
  /** Room for the signature and the seal between the signer's title and name. */
  signatureSpacePt: 60,
} as const;

/**
 * Rough width of a line of Times New Roman, in points (average advance widths per class of
 * letter). Used to break a long agency name and to draw the rules under the motto, agency and summary.
 */
export function textWidthPt(text: string, size: number, bold: boolean, upper: boolean): number {
  let em = 0;
  for (const ch of (upper ? text.toUpperCase() : text).normalize("NFD")) {
    if (/\p{M}/u.test(ch)) continue;
    if (ch === " ") em += 0.25;
    else if (/\p{Lu}/u.test(ch)) em += bold ? 0.73 : 0.7;
    else if (/\p{Ll}/u.test(ch)) em += bold ? 0.5 : 0.46;
    else if (/\d/.test(ch)) em += 0.5;
    else em += 0.33;
  }
  return em * size;
}

const HEADER_WIDTHS: [number, number] = [40, 60];
const CLOSING_WIDTHS: [number, number] = [45, 55];
const ADDRESSEE_WIDTHS: [number, number] = [30, 70];

function block(role: Role, text: string, line: number | null, style: Partial<Omit<Block, "kind" | "role" | "text" | "line">> = {}): Block {
  return {
    kind: "block",
    role,
    text,
    lead: null,
    line,
    align: "center",
    size: PAGE.bodySize,
    bold: false,
    italic: false,
    upper: false,
    indent: false,
    rule: null,
    spaceBefore: 0,
    ...style,
  };
}

const lineOf = (s: { range: { start: { line: number } } } | null | undefined): number | null => (s ? s.range.start.line : null);
const body = (role: Role, text: string, line: number | null, style: Partial<Block> = {}) =>
  block(role, text, line, { align: "justify", indent: true, spaceBefore: PAGE.paragraphSpacingPt, ...style });

// A local issuing body's name is often split over two lines ("ỦY BAN NHÂN DÂN" / "TỈNH LONG AN"):
// a last line that starts with a unit of territory continues the issuer's name, it is not its parent.
const TERRITORY = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?=\s|$)/u;
const TERRITORY_INSIDE = / (?=(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU) )/u;
const AGENCY_SIZE = 12;

/** A name too long for the agency column breaks before its unit of territory, as drafters do. */
function splitAgency(a: TextSpan): string[] {
  const column = (PAGE.widthMm - PAGE.marginMm.left - PAGE.marginMm.right) * (HEADER_WIDTHS[0] / 100) * (72 / 25.4) - 12;
  const upper = a.text.toUpperCase();
  const at = upper.search(TERRITORY_INSIDE);
  if (at <= 0 || textWidthPt(a.text, AGENCY_SIZE, true, true) <= column) return [a.text];
  return [a.text.slice(0, at), a.text.slice(at + 1)];
}

function agencyBlocks(agency: readonly TextSpan[]): Block[] {
  let issuerFrom = agency.length - 1;
  while (issuerFrom > 0 && TERRITORY.test(agency[issuerFrom]!.text.toUpperCase())) issuerFrom--;
  // Mục II khoản 2 điểm b: the parent body upright, the issuing body bold, both upper case 12–13.
  return agency
    .flatMap((a, i) =>
      splitAgency(a).map((text) =>
        block(i < issuerFrom ? "agency-parent" : "agency", text, lineOf(a), { size: AGENCY_SIZE, upper: true, bold: i >= issuerFrom }),
      ),
    )
    .map((b, k, all) => (k === all.length - 1 ? { ...b, rule: "short" } : b));
}

/** "Khánh Hòa, ngày 12 tháng 9 năm 2013"; a blank day or month stays blank for the văn thư to fill in. */
export function placeDateText(place: string, date: DateValue): string {
  const blank = "\u00a0".repeat(5);
  const part = (p: DateValue["day"]) => p?.text ?? blank;
  const where = place ? `${place}, ` : "";
  if (date.form === "numeric") return `${where}ngày ${[date.day, date.month, date.year].map(part).join("/")}`;
  return `${where}ngày ${part(date.day)} tháng ${part(date.month)} năm ${part(date.year)}`;
}

function headerColumns(header: Header, title: Title | null): Columns | null {
  const left = agencyBlocks(header.agency);
  const right: Block[] = [];
  if (header.nationalTitle) right.push(block("national-title", header.nationalTitle.text, lineOf(header.nationalTitle), { size: 12, bold: true, upper: true }));
  if (header.motto) right.push(block("motto", header.motto.text, lineOf(header.motto), { size: 13, bold: true, rule: "text" }));
  const numberCell: Block[] = [];
  const n = header.number;
  if (n) numberCell.push(block("number", n.value ? `Số: ${n.value.text}` : "Số:", lineOf(n.label), { size: 13, spaceBefore: 6 }));
  // Công văn: the summary after "V/v" sits under the number (ô 5b), 12–13 upright, 6 pt below it.
  if (title?.vv) numberCell.push(block("vv", `V/v ${title.summary?.text ?? ""}`.trim(), title.vv.range.start.line, { size: 12, spaceBefore: 6 }));
  const dateCell: Block[] = [];
  const pd = header.placeDate;
  if (pd) dateCell.push(block("place-date", placeDateText(pd.place.text, pd.date), lineOf(pd), { size: 13, italic: true, spaceBefore: 6 }));
  const rows: [Block[], Block[]][] = [];
  if (left.length || right.length) rows.push([left, right]);
  if (numberCell.length || dateCell.length) rows.push([numberCell, dateCell]);
  return rows.length ? { kind: "columns", role: "header", widths: HEADER_WIDTHS, rows, line: lineOf(header), spaceBefore: 0 } : null;
}

function titleBlocks(title: Title): Block[] {
  if (title.vv) return []; // printed in the header's left column
  const out: Block[] = [];
  const type = title.type?.text ?? title.kind;
  out.push(block("type-name", type, lineOf(title.type ?? title), { bold: true, upper: true, spaceBefore: 18 }));
  if (title.summary) out.push(block("summary", title.summary.text, lineOf(title.summary), { bold: true }));
  // Mục III khoản 1 điểm c: the "(Kèm theo …)" line of an attachment, centred, italic.
  if (title.attachedTo) out.push(block("attached-to", title.attachedTo.text, lineOf(title.attachedTo), { italic: true }));
  out[out.length - 1]!.rule = "short";
  return out;
}

function addresseeNodes(section: Section): LayoutNode[] {
  const a = section.addressees;
  if (!a || (a.items.length === 0 && !a.label.text)) return [];
  if (a.items.length <= 1) {
    const text = [a.label.text, a.items[0]?.text].filter(Boolean).join(" ");
    return [block("addressee", text, lineOf(a.label), { spaceBefore: 12 })];
  }
  // Two or more: one per line under the label, the dashes aligned under its colon (ô 9a).
  const label = block("addressees-label", a.label.text, lineOf(a.label), { align: "right" });
  const items = a.items.map((i) => ({ ...block("addressee", i.text, lineOf(i), { align: "left" }), lead: { text: "-", bold: false } }));
  return [
    {
      kind: "columns",
      role: "addressees",
      widths: ADDRESSEE_WIDTHS,
      rows: [
        [[label], []],
        [[], items],
      ],
      line: lineOf(a),
      spaceBefore: 12,
    },
  ];
}

function preambleBlocks(section: Section): Block[] {
  const p = section.preamble;
  if (!p) return [];
  const out: Block[] = [];
  if (p.authority) out.push(block("authority", p.authority.text, lineOf(p.authority), { bold: true, upper: true, spaceBefore: 12 }));
  // Mục II khoản 6 điểm a: căn cứ in lower case, italic, 13–14; "Theo đề nghị" belongs with them.
  for (const l of p.lines) out.push(body("basis", l.text.text, lineOf(l.text), { italic: true }));
  if (p.enactment) out.push(block("enactment", p.enactment.text, lineOf(p.enactment), { bold: true, upper: true, spaceBefore: 12 }));
  return out;
}

// A numbered item whose text is a title (it has content under it and does not end a sentence).
function isHeading(item: Item): boolean {
  const t = item.text.text;
  return (item.children.length > 0 || item.paragraphs.length > 0) && t.length > 0 && t.length <= 200 && !/[.;,]$/.test(t);
}

const WORD = { part: "Phần", chapter: "Chương", section: "Mục" } as const;

function itemBlocks(item: Item, out: Block[]): void {
  const m = item.marker;
  const line = lineOf(item);
  const text = item.text.text;
  if (m.style === "part" || m.style === "chapter" || m.style === "section") {
    // Mục II khoản 6 điểm đ: "Chương I" on its own line, the title under it in capitals, both bold.
    out.push(block("heading", `${WORD[m.style]} ${m.label}`, line, { bold: true, spaceBefore: 12 }));
    if (text) out.push(block("heading", text, line, { bold: true, upper: true }));
  } else if (m.style === "article") {
    // "Điều 1." bold; a short title after it bold too, running text after it upright.
    const titled = text.length <= 200 && !/[.;:]$/.test(text);
    out.push({ ...body("article", text, line, { bold: titled }), lead: { text: `Điều ${m.label}${m.punct}`, bold: true } });
  } else if (m.style === "roman" || m.style === "upper") {
    out.push({ ...body("heading", text, line, { bold: true, upper: true }), lead: { text: `${m.label}${m.punct}`, bold: true } });
  } else {
    const role: Role = m.style === "letter" ? "point" : m.style === "bullet" ? "bullet" : "clause";
    const bold = role === "clause" && isHeading(item);
    const lead = m.style === "bullet" && m.label === "-+" ? "- +" : `${m.label}${m.punct}`;
    out.push({ ...body(role, text, line, { bold }), lead: { text: lead, bold } });
  }
  // Unnumbered lines and sub-items, in the order they are written.
  const under: { line: number; add: () => void }[] = [
    ...item.paragraphs.map((p) => ({ line: p.range.start.line, add: () => out.push(body("paragraph", p.text, lineOf(p))) })),
    ...item.children.map((c) => ({ line: c.range.start.line, add: () => itemBlocks(c, out) })),
  ];
  under.sort((a, b) => a.line - b.line);
  for (const u of under) u.add();
}

function closingColumns(section: Section): Columns | null {
  const c = section.closing;
  if (!c) return null;
  const left: Block[] = [];
  const r = c.recipients;
  if (r) {
    // Mục II khoản 9 điểm d (ô 9b): "Nơi nhận:" 12 bold italic, the list 11 upright, flush left.
    left.push(block("recipients-label", r.label.text, lineOf(r.label), { align: "left", size: 12, bold: true, italic: true }));
    for (const i of r.items) left.push({ ...block("recipient", i.text, lineOf(i), { align: "left", size: 11 }), lead: { text: "-", bold: false } });
  }
  // Mục II khoản 7 điểm đ: authority and title upper case bold; the name bold, under the signature space.
  const right: Block[] = c.signature.map((s) => block("signature", s.text, lineOf(s), { bold: true, upper: true }));
  if (c.signer) right.push(block("signer", c.signer.text, lineOf(c.signer), { bold: true, spaceBefore: PAGE.signatureSpacePt }));
  if (!left.length && !right.length) return null;
  return { kind: "columns", role: "closing", widths: CLOSING_WIDTHS, rows: [[left, right]], line: lineOf(c), spaceBefore: 12 };
}

function sectionLayout(section: Section, attachment: boolean): LayoutSection {
  const nodes: LayoutNode[] = [];
  const header = section.header ? headerColumns(section.header, section.title) : null;
  if (header) nodes.push(header);
  if (section.title) nodes.push(...titleBlocks(section.title));
  const afterTitle = nodes.length;
  nodes.push(...addresseeNodes(section));
  nodes.push(...preambleBlocks(section));
  const items: Block[] = [];
  for (const p of section.body.paragraphs) items.push(body("paragraph", p.text, lineOf(p)));
  for (const i of section.body.items) itemBlocks(i, items);
  nodes.push(...items);
  const closing = closingColumns(section);
  if (closing) nodes.push(closing);
  // A clear gap between the title block and the text under it.
  const next = nodes[afterTitle];
  if (next && afterTitle > 0) next.spaceBefore = Math.max(next.spaceBefore, 12);
  // The first node of a page needs no space above it.
  if (nodes[0]) nodes[0].spaceBefore = 0;
  return { attachment, nodes };
}

export function documentTitle(document: VbhcDocument): string {
  const t = document.title;
  const number = document.header?.number?.value?.text;
  const name = t
    ? t.vv
      ? `Công văn ${t.summary ? `V/v ${t.summary.text}` : ""}`
      : [t.type?.text ?? t.kind, t.summary?.text].filter(Boolean).join(" ")
    : "Văn bản";
  return number ? `${name.trim()} (${number})` : name.trim();
}

export function layoutDocument(document: VbhcDocument): Layout {
  return {
    title: documentTitle(document),
    page: PAGE,
    sections: [sectionLayout(document, false), ...document.attachments.map((a) => sectionLayout(a, true))],
  };
}
