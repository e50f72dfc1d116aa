// Reading a Word file (.docx, OOXML): its paragraphs in document order (table cells' included)
// with the formatting each resolves to, its sections' page size and margins, and the text the
// text rules read — one line per paragraph, so a finding's line is a paragraph. Unzipped with
// fflate and parsed with htmlparser2's XML mode into a small tree (a DOM library built eight times
// slower trees); nothing here reads files (the caller gives the bytes).
import { strFromU8, unzipSync } from "fflate";
import { Parser } from "htmlparser2";

/** A run of text with the formatting Word resolves for it (styles, defaults and direct format). */
export interface DocxRun {
  /** Offsets of the run in its paragraph's text. */
  start: number;
  end: number;
  /** The font of Latin and Vietnamese letters (w:rFonts w:hAnsi, else w:ascii); theme fonts resolved. */
  font: string | null;
  /** Size in points. */
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  caps: boolean;
}

export interface DocxParagraph {
  /** 0-based, in document order; also the paragraph's line in the text. */
  index: number;
  text: string;
  runs: DocxRun[];
  /** In a table cell (the header and the signature block usually are). */
  inTable: boolean;
  /** w:jc: left, center, right, both (justified)… */
  align: string | null;
  /** First-line indent in millimetres (negative for a hanging indent). */
  firstLineMm: number | null;
  spacingBeforePt: number | null;
  spacingAfterPt: number | null;
  /** Line spacing: "auto" in lines (1 = single), "exact" or "atLeast" in points. */
  lineSpacing: { rule: "auto" | "exact" | "atLeast"; value: number } | null;
  /** The section the paragraph is in (index into DocxLayout.sections). */
  section: number;
}

/** Where a section's page number (a PAGE field) stands, as Word will print it. */
export interface DocxPageNumber {
  /** In the header (top margin) or the footer (bottom margin). */
  part: "header" | "footer";
  /** The alignment of the paragraph that holds the field. */
  align: string | null;
  /** Printed on the section's first page too (no different first page, or a first-page header with the field). */
  onFirstPage: boolean;
}

export interface DocxSection {
  /** Page size in millimetres, as set (w:pgSz); null when the file sets none. */
  widthMm: number | null;
  heightMm: number | null;
  orientation: "portrait" | "landscape";
  marginsMm: { top: number; bottom: number; left: number; right: number } | null;
  /** The first and last paragraph of the section. */
  firstParagraph: number;
  lastParagraph: number;
  /** The page number the section prints, or null when it prints none. */
  pageNumber: DocxPageNumber | null;
}

export interface DocxLayout {
  paragraphs: DocxParagraph[];
  sections: DocxSection[];
}

export interface DocxText {
  /** One line per paragraph, in document order. */
  text: string;
  layout: DocxLayout;
}

/** A file that is not a Word document we can read: says what is wrong. */
export class DocxError extends Error {}

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: number) => Math.round((twips / TWIPS_PER_MM) * 10) / 10;

/** An element of the XML: its qualified name ("w:p"), attributes, and children (text as strings). */
interface XmlElement {
  tagName: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

function parseTree(xml: string): XmlElement {
  const root: XmlElement = { tagName: "#document", attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(tagName, attributes) {
        const element: XmlElement = { tagName, attributes, children: [] };
        open[open.length - 1]!.children.push(element);
        open.push(element);
      },
      ontext(text) {
        open[open.length - 1]!.children.push(text);
      },
      onclosetag() {
        if (open.length > 1) open.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

function children(node: XmlElement | null | undefined, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!node) return out;
  for (const c of node.children) if (typeof c !== "string" && (name === undefined || c.tagName === name)) out.push(c);
  return out;
}
const child = (node: XmlElement | null | undefined, name: string) => children(node, name)[0] ?? null;
const attr = (el: XmlElement | null, name: string) => el?.attributes[name] ?? null;
const num = (el: XmlElement | null, name: string) => {
  const v = attr(el, name);
  return v === null || !/^-?\d+(\.\d+)?$/.test(v) ? null : Number(v);
};
const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");

/** The first element named `name` at any depth, in document order. */
function find(node: XmlElement | null, name: string): XmlElement | null {
  if (!node) return null;
  for (const c of children(node)) {
    if (c.tagName === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return null;
}

/** Run properties as far as set: later layers (style, then direct) override earlier ones. */
interface RunProps {
  font?: string | null;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
}

interface ParaProps {
  align?: string;
  firstLineMm?: number;
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  lineSpacing?: DocxParagraph["lineSpacing"];
}

/** A toggle property (w:b, w:i, w:caps): present means on unless w:val says 0/false/off. */
function toggle(rPr: XmlElement, name: string): boolean | undefined {
  const el = child(rPr, name);
  if (!el) return undefined;
  const v = attr(el, "w:val");
  return v === null || !/^(0|false|off)$/i.test(v);
}

function runProps(rPr: XmlElement | null, theme: ThemeFonts): RunProps {
  if (!rPr) return {};
  const out: RunProps = {};
  const fonts = child(rPr, "w:rFonts");
  if (fonts) {
    // A theme font, when named, wins over a font named in the same element (ECMA-376, 17.3.2.26).
    const direct = attr(fonts, "w:hAnsi") ?? attr(fonts, "w:ascii");
    const themed = attr(fonts, "w:hAnsiTheme") ?? attr(fonts, "w:asciiTheme");
    if (themed !== null) out.font = /^major/.test(themed) ? theme.major : theme.minor;
    else if (direct !== null) out.font = direct;
  }
  const sz = num(child(rPr, "w:sz"), "w:val");
  if (sz !== null) out.sizePt = sz / 2;
  const b = toggle(rPr, "w:b");
  if (b !== undefined) out.bold = b;
  const i = toggle(rPr, "w:i");
  if (i !== undefined) out.italic = i;
  const caps = toggle(rPr, "w:caps");
  if (caps !== undefined) out.caps = caps;
  const u = child(rPr, "w:u");
  if (u) out.underline = attr(u, "w:val") !== "none";
  return out;
}

function paraProps(pPr: XmlElement | null): ParaProps {
  if (!pPr) return {};
  const out: ParaProps = {};
  const jc = attr(child(pPr, "w:jc"), "w:val");
  if (jc !== null) out.align = jc;
  const ind = child(pPr, "w:ind");
  const first = num(ind, "w:firstLine");
  const hanging = num(ind, "w:hanging");
  if (first !== null) out.firstLineMm = mm(first);
  else if (hanging !== null) out.firstLineMm = -mm(hanging);
  const spacing = child(pPr, "w:spacing");
  const before = num(spacing, "w:before");
  const after = num(spacing, "w:after");
  if (before !== null) out.spacingBeforePt = before / 20;
  if (after !== null) out.spacingAfterPt = after / 20;
  const line = num(spacing, "w:line");
  if (line !== null) {
    const rule = attr(spacing, "w:lineRule") ?? "auto";
    out.lineSpacing = rule === "exact" || rule === "atLeast" ? { rule, value: line / 20 } : { rule: "auto", value: Math.round((line / 240) * 100) / 100 };
  }
  return out;
}

interface ThemeFonts {
  major: string | null;
  minor: string | null;
}

interface Style {
  basedOn: string | null;
  run: RunProps;
  para: ParaProps;
}

interface Styles {
  defaults: { run: RunProps; para: ParaProps };
  byId: Map<string, Style>;
  defaultParagraph: string | null;
}

function readStyles(xml: XmlElement | null, theme: ThemeFonts): Styles {
  const styles: Styles = { defaults: { run: {}, para: {} }, byId: new Map(), defaultParagraph: null };
  if (!xml) return styles;
  const defaults = child(xml, "w:docDefaults");
  styles.defaults.run = runProps(child(child(defaults, "w:rPrDefault"), "w:rPr"), theme);
  styles.defaults.para = paraProps(child(child(defaults, "w:pPrDefault"), "w:pPr"));
  for (const s of children(xml, "w:style")) {
    const id = attr(s, "w:styleId");
    if (id === null) continue;
    styles.byId.set(id, {
      basedOn: attr(child(s, "w:basedOn"), "w:val"),
      run: runProps(child(s, "w:rPr"), theme),
      para: paraProps(child(s, "w:pPr")),
    });
    if (attr(s, "w:type") === "paragraph" && /^(1|true)$/.test(attr(s, "w:default") ?? "")) styles.defaultParagraph = id;
  }
  return styles;
}

/** A style's properties with those of the styles it is based on under them (a cycle stops). */
function styleChain(styles: Styles, id: string | null): { run: RunProps; para: ParaProps } {
  const chain: Style[] = [];
  const seen = new Set<string>();
  for (let at = id; at !== null && !seen.has(at); ) {
    seen.add(at);
    const s = styles.byId.get(at);
    if (!s) break;
    chain.unshift(s);
    at = s.basedOn;
  }
  return { run: Object.assign({}, ...chain.map((s) => s.run)), para: Object.assign({}, ...chain.map((s) => s.para)) };
}

function readTheme(xml: XmlElement | null): ThemeFonts {
  const scheme = find(xml, "a:fontScheme");
  const latin = (name: string) => {
    const group = scheme ? children(scheme, name)[0] : undefined;
    return attr(child(group, "a:latin"), "typeface");
  };
  return { major: latin("a:majorFont"), minor: latin("a:minorFont") };
}

/** The root element of a part of the package, or null when the part is missing. */
function parseXml(files: Record<string, Uint8Array>, name: string): XmlElement | null {
  const bytes = files[name];
  return bytes ? (children(parseTree(strFromU8(bytes)))[0] ?? null) : null;
}

/** The body's paragraphs in document order, descending into tables and content controls. */
function bodyParagraphs(body: XmlElement): { p: XmlElement; inTable: boolean }[] {
  const out: { p: XmlElement; inTable: boolean }[] = [];
  const walk = (node: XmlElement, inTable: boolean) => {
    for (const c of children(node)) {
      switch (c.tagName) {
        case "w:p":
          out.push({ p: c, inTable });
          break;
        case "w:tbl":
          walk(c, true);
          break;
        case "w:tr":
        case "w:tc":
        case "w:sdt":
        case "w:sdtContent":
        case "w:customXml":
        case "w:ins":
          walk(c, inTable);
          break;
      }
    }
  };
  walk(body, false);
  return out;
}

/** A paragraph's text and runs: w:t text, w:tab as a tab, a line break as a space (one line a paragraph). */
function readRuns(p: XmlElement, base: RunProps, styles: Styles, theme: ThemeFonts): { text: string; runs: DocxRun[] } {
  let text = "";
  const runs: DocxRun[] = [];
  const visit = (node: XmlElement) => {
    for (const c of children(node)) {
      if (c.tagName === "w:r") {
        const rPr = child(c, "w:rPr");
        const runStyle = attr(child(rPr, "w:rStyle"), "w:val");
        const props: RunProps = { ...base, ...(runStyle ? styleChain(styles, runStyle).run : {}), ...runProps(rPr, theme) };
        const start = text.length;
        for (const part of children(c)) {
          if (part.tagName === "w:t") text += textOf(part);
          else if (part.tagName === "w:tab") text += "\t";
          else if (part.tagName === "w:br" || part.tagName === "w:cr") text += " ";
          else if (part.tagName === "w:noBreakHyphen") text += "-";
        }
        if (text.length > start) {
          runs.push({
            start,
            end: text.length,
            font: props.font ?? null,
            sizePt: props.sizePt ?? 10,
            bold: props.bold ?? false,
            italic: props.italic ?? false,
            underline: props.underline ?? false,
            caps: props.caps ?? false,
          });
        }
      } else if (
        c.tagName === "w:hyperlink" ||
        c.tagName === "w:ins" ||
        c.tagName === "w:smartTag" ||
        c.tagName === "w:sdt" ||
        c.tagName === "w:sdtContent" ||
        c.tagName === "w:fldSimple"
      ) {
        visit(c);
      }
    }
  };
  visit(p);
  return { text, runs };
}

function readSection(sectPr: XmlElement | null, first: number, last: number, pageNumber: DocxPageNumber | null = null): DocxSection {
  const size = child(sectPr, "w:pgSz");
  const w = num(size, "w:w");
  const h = num(size, "w:h");
  const mar = child(sectPr, "w:pgMar");
  const top = num(mar, "w:top");
  const bottom = num(mar, "w:bottom");
  const left = num(mar, "w:left");
  const right = num(mar, "w:right");
  return {
    widthMm: w === null ? null : mm(w),
    heightMm: h === null ? null : mm(h),
    orientation: attr(size, "w:orient") === "landscape" || (w !== null && h !== null && w > h) ? "landscape" : "portrait",
    marginsMm:
      top === null || bottom === null || left === null || right === null
        ? null
        : { top: mm(Math.abs(top)), bottom: mm(Math.abs(bottom)), left: mm(left), right: mm(right) },
    firstParagraph: first,
    lastParagraph: last,
    pageNumber,
  };
}

/** Where each header and footer of a section is: its part name, by kind (default, first, even). */
type PartRefs = Record<"header" | "footer", Partial<Record<"default" | "first" | "even", string>>>;

/**
 * The header and footer parts a section uses: its own references, else those of the section before
 * (a section without a reference keeps the previous one's).
 */
function partRefs(sectPr: XmlElement | null, previous: PartRefs, targets: ReadonlyMap<string, string>): PartRefs {
  const refs: PartRefs = { header: { ...previous.header }, footer: { ...previous.footer } };
  for (const part of ["header", "footer"] as const) {
    for (const ref of children(sectPr, `w:${part}Reference`)) {
      const kind = attr(ref, "w:type") ?? "default";
      const target = targets.get(attr(ref, "r:id") ?? "");
      if (target && (kind === "default" || kind === "first" || kind === "even")) refs[part][kind] = target;
    }
  }
  return refs;
}

/** The paragraph of a header or footer part that holds a PAGE field (simple or complex), if any. */
function pageFieldParagraph(part: XmlElement | null): XmlElement | null {
  if (!part) return null;
  const holds = (node: XmlElement): boolean =>
    node.children.some(
      (c) =>
        typeof c !== "string" &&
        ((c.tagName === "w:instrText" && /^\s*PAGE\b/.test(textOf(c))) ||
          (c.tagName === "w:fldSimple" && /^\s*PAGE\b/.test(attr(c, "w:instr") ?? "")) ||
          holds(c)),
    );
  const visit = (node: XmlElement): XmlElement | null => {
    for (const c of children(node)) {
      if (c.tagName === "w:p") {
        if (holds(c)) return c;
      } else {
        const found = visit(c);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(part);
}

function pageNumberOf(sectPr: XmlElement | null, refs: PartRefs, parts: (name: string) => XmlElement | null): DocxPageNumber | null {
  const differentFirst = sectPr !== null && toggle(sectPr, "w:titlePg") === true;
  for (const part of ["header", "footer"] as const) {
    const main = refs[part].default;
    const p = main ? pageFieldParagraph(parts(main)) : null;
    const first = refs[part].first;
    const onFirstPage = differentFirst ? first !== undefined && pageFieldParagraph(parts(first)) !== null : p !== null;
    if (p || onFirstPage) return { part, align: attr(child(child(p, "w:pPr"), "w:jc"), "w:val"), onFirstPage };
  }
  return null;
}

/** Reads a .docx file's bytes. Throws DocxError when they are not a Word document. */
export function readDocx(bytes: Uint8Array): DocxText {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        /^word\/(document|styles)\.xml$|^word\/theme\/theme1\.xml$|^word\/_rels\/document\.xml\.rels$|^word\/(header|footer)\d*\.xml$/.test(f.name),
    });
  } catch (error) {
    throw new DocxError(`not a Word document (.docx is a zip archive): ${(error as Error).message}`);
  }
  const document = parseXml(files, "word/document.xml");
  const body = child(document, "w:body");
  if (!document || !body) throw new DocxError("not a Word document: word/document.xml is missing or has no body");
  const theme = readTheme(parseXml(files, "word/theme/theme1.xml"));
  const styles = readStyles(parseXml(files, "word/styles.xml"), theme);

  // Header and footer parts by relationship id, parsed when a section asks for them.
  const targets = new Map<string, string>();
  for (const rel of children(parseXml(files, "word/_rels/document.xml.rels"), "Relationship")) {
    const target = attr(rel, "Target");
    if (target && /\/(header|footer)$/.test(attr(rel, "Type") ?? "")) targets.set(attr(rel, "Id") ?? "", `word/${target.replace(/^\/?word\//, "")}`);
  }
  const parsedParts = new Map<string, XmlElement | null>();
  const partNamed = (name: string) => {
    if (!parsedParts.has(name)) parsedParts.set(name, parseXml(files, name));
    return parsedParts.get(name)!;
  };
  let refs: PartRefs = { header: {}, footer: {} };
  const section = (sectPr: XmlElement | null, first: number, last: number) => {
    refs = partRefs(sectPr, refs, targets);
    return readSection(sectPr, first, last, pageNumberOf(sectPr, refs, partNamed));
  };

  const paragraphs: DocxParagraph[] = [];
  const sections: DocxSection[] = [];
  let sectionStart = 0;
  for (const { p, inTable } of bodyParagraphs(body)) {
    const pPr = child(p, "w:pPr");
    const style = styleChain(styles, attr(child(pPr, "w:pStyle"), "w:val") ?? styles.defaultParagraph);
    const para: ParaProps = { ...styles.defaults.para, ...style.para, ...paraProps(pPr) };
    // The paragraph mark's own run properties (pPr/rPr) do not format the text.
    const { text, runs } = readRuns(p, { ...styles.defaults.run, ...style.run }, styles, theme);
    const index = paragraphs.length;
    paragraphs.push({
      index,
      text,
      runs,
      inTable,
      align: para.align ?? null,
      firstLineMm: para.firstLineMm ?? null,
      spacingBeforePt: para.spacingBeforePt ?? null,
      spacingAfterPt: para.spacingAfterPt ?? null,
      lineSpacing: para.lineSpacing ?? null,
      section: sections.length,
    });
    // A section ends at a paragraph holding its properties.
    const sectPr = child(pPr, "w:sectPr");
    if (sectPr) {
      sections.push(section(sectPr, sectionStart, index));
      sectionStart = index + 1;
    }
  }
  const last = child(body, "w:sectPr");
  if (last || sections.length === 0 || sectionStart < paragraphs.length) {
    sections.push(section(last, sectionStart, Math.max(sectionStart, paragraphs.length - 1)));
  }
  for (const p of paragraphs) p.section = Math.min(p.section, sections.length - 1);
  // One line a paragraph: a line break inside a paragraph's text would shift every line after it.
  const text = paragraphs.map((p) => p.text.replace(/[\r\n\u2028\u2029]/g, " ")).join("\n");
  return { text, layout: { paragraphs, sections } };
}

/** Does the file name say Word document? */
export const isDocxPath = (file: string) => /\.docx$/i.test(file);
