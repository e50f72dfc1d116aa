// Export to .docx: the layout of features/layout.ts written with the `docx` package. A4, the
// decree's margins, Times New Roman; header, Kính gửi and Nơi nhận/signature as borderless
// tables; page numbers centred in the top margin from page 2; each attachment a new section
// (new page, numbers from 1 again).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { VbhcDocument } from "../core/model.js";
import { layoutDocument, PAGE, textWidthPt, type Align, type Block, type Columns, type LayoutNode, type LayoutSection } from "./layout.js";

/** Millimetres to twentieths of a point (A4 is 11906 × 16838, as Word writes it). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const TEXT_WIDTH = twip(PAGE.widthMm - PAGE.marginMm.left - PAGE.marginMm.right);
/** Half the gap between the two columns of a table (2 mm on each side, as the preview). */
const HALF_GUTTER = twip(2);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

// XML 1.0 forbids most control characters and lone surrogates; Word refuses a file that has them.
const clean = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");

function runs(b: Block): TextRun[] {
  const style = { size: b.size * 2, bold: b.bold, italics: b.italic, allCaps: b.upper };
  const out: TextRun[] = [];
  if (b.lead) out.push(new TextRun({ ...style, bold: b.bold || b.lead.bold, text: clean(b.lead.text) + (b.text ? " " : "") }));
  if (b.text) out.push(new TextRun({ ...style, text: clean(b.text) }));
  return out;
}

/** A line under a block: an empty paragraph a few points high whose bottom border is the rule. */
function ruleParagraph(b: Block, available: number): Paragraph {
  const lineTwips = Math.min(available, textWidthPt(b.text, b.size, b.bold, b.upper) * 20);
  const width = b.rule === "text" ? lineTwips : lineTwips * 0.4; // "1/3 to 1/2" of the text line
  const side = Math.max(0, Math.round((available - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 0 } },
    run: { size: 2 },
  });
}

function paragraphs(b: Block, available: number): Paragraph[] {
  const p = new Paragraph({
    alignment: ALIGN[b.align],
    spacing: { before: b.spaceBefore * 20, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    ...(b.indent ? { indent: { firstLine: twip(PAGE.firstLineIndentMm) } } : {}),
    // Headings stay with what follows; the header and title lines stay together.
    keepNext: b.role === "heading" || b.role === "type-name" || b.role === "summary",
    children: runs(b),
  });
  return b.rule ? [p, ruleParagraph(b, available)] : [p];
}

function table(c: Columns): Table {
  const widths = c.widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const cell = (blocks: Block[], i: number) => {
    const margins = i === 0 ? { left: 0, right: HALF_GUTTER } : { left: HALF_GUTTER, right: 0 };
    const available = widths[i]! - HALF_GUTTER;
    const children = blocks.flatMap((b) => paragraphs(b, available));
    return new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, ...margins },
      borders: TableBorders.NONE,
      children,
    });
  };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // The signature block must not be split from its recipients over a page break.
    rows: c.rows.map(([l, r]) => new TableRow({ cantSplit: true, children: [cell(l, 0), cell(r, 1)] })),
  });
}

function nodes(list: readonly LayoutNode[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const n of list) {
    if (n.kind === "block") {
      out.push(...paragraphs(n, TEXT_WIDTH));
      continue;
    }
    // Space above a table is an empty paragraph of that height.
    if (n.spaceBefore) out.push(new Paragraph({ spacing: { before: 0, after: 0, line: n.spaceBefore * 20, lineRule: LineRuleType.EXACT }, run: { size: 2 } }));
    out.push(table(n));
  }
  return out;
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: PAGE.pageNumberSize * 2, children: [PageNumber.CURRENT] })] })],
  });
}

function section(s: LayoutSection): ISectionOptions {
  const m = PAGE.marginMm;
  const children = nodes(s.nodes);
  // The section's properties go into its last paragraph; after a table the docx package would add
  // a full-height empty one, which can spill onto a blank page of its own. Ours is 1 pt high.
  if (!(children[children.length - 1] instanceof Paragraph)) {
    children.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 } }));
  }
  return {
    properties: {
      // Different first page: no number on page 1, numbers from 2 on (Mục I khoản 7).
      titlePage: true,
      page: {
        size: { width: twip(PAGE.widthMm), height: twip(PAGE.heightMm) },
        margin: {
          top: twip(m.top),
          bottom: twip(m.bottom),
          left: twip(m.left),
          right: twip(m.right),
          header: twip(PAGE.headerMm),
          footer: twip(PAGE.headerMm),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
    children,
  };
}

export async function exportDocx(document: VbhcDocument): Promise<Uint8Array> {
  const layout = layoutDocument(document);
  const doc = new Document({
    title: clean(layout.title),
    creator: "vbhc",
    styles: {
      default: {
        document: {
          run: { font: PAGE.font, size: PAGE.bodySize * 2, color: "000000", language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: layout.sections.map(section),
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
