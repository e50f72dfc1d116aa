// Fixing a Word file in place, as Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 1–4
// sets it: the paper of each section to A4 (keeping its orientation), the margins of each upright
// section into their ranges, and the text's font to Times New Roman. Only attributes of w:pgSz,
// w:pgMar and w:rFonts change; every other byte of every part is kept, and parts not edited are
// copied as they were.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const A4 = { short: 11906, long: 16838 };
/** The decree's ranges in millimetres, and Word's twentieths of a point a setting is written in. */
const MARGINS = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const TOLERANCE_MM = 0.5;

export interface DocxFix {
  /** What to fix: the paper size, the margins, the font. */
  pageSize: boolean;
  margins: boolean;
  fonts: boolean;
}

export interface FixedDocx {
  bytes: Uint8Array;
  /** The elements changed, before and after (each change once), for a dry run's diff. */
  before: string[];
  after: string[];
}

function attribute(tag: string, name: string): number | null {
  const m = new RegExp(`\\s${name}="(-?\\d+)"`).exec(tag);
  return m ? Number(m[1]) : null;
}

function withAttribute(tag: string, name: string, value: number): string {
  const re = new RegExp(`(\\s${name}=")-?\\d+(")`);
  return re.test(tag) ? tag.replace(re, `$1${value}$2`) : tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
}

/** The page size set to A4 the way round it was (landscape when wider than tall or so marked). */
function fixSize(tag: string): string {
  const w = attribute(tag, "w:w");
  const h = attribute(tag, "w:h");
  if (w === null || h === null) return tag;
  const landscape = /\sw:orient="landscape"/.test(tag) || w > h;
  return withAttribute(withAttribute(tag, "w:w", landscape ? A4.long : A4.short), "w:h", landscape ? A4.short : A4.long);
}

/** Each margin out of its range moved to the nearest end of it; the rest left as set. */
function fixMargins(tag: string): string {
  let out = tag;
  for (const [side, [min, max]] of Object.entries(MARGINS)) {
    const value = attribute(out, `w:${side}`);
    if (value === null) continue;
    const mm = Math.abs(value) / TWIPS_PER_MM;
    if (mm < min - TOLERANCE_MM) out = withAttribute(out, `w:${side}`, twips(min));
    else if (mm > max + TOLERANCE_MM) out = withAttribute(out, `w:${side}`, twips(max));
  }
  return out;
}

const REQUIRED_FONT = "Times New Roman";
/** Fonts of symbols (bullets, check boxes): their characters are not letters and must keep their font. */
const SYMBOL_FONT = /^(symbol|wingdings|webdings|marlett|ms outlook)/i;
/** TCVN3 and VNI fonts hold text in their own encoding: a new font alone would garble it. */
const LEGACY_VIETNAMESE_FONT = /^(\.vn|vni[- ])/i;

/**
 * The run fonts of a w:rFonts element set to Times New Roman: a theme font for Latin text is
 * replaced by the name, another text font too; East Asian and complex-script fonts, symbol
 * fonts and legacy Vietnamese encodings are left as they are.
 */
function fixFontTag(tag: string): string {
  const attributes = [...tag.matchAll(/\s(w:[A-Za-z]+)="([^"]*)"/g)].map((m) => ({ name: m[1]!, value: m[2]! }));
  const named = (n: string) => attributes.find((a) => a.name === n)?.value;
  const themed = named("w:asciiTheme") !== undefined || named("w:hAnsiTheme") !== undefined;
  const fonts = [named("w:ascii"), named("w:hAnsi")].filter((f): f is string => f !== undefined);
  if (fonts.some((f) => SYMBOL_FONT.test(f) || LEGACY_VIETNAMESE_FONT.test(f))) return tag;
  if (!themed && fonts.every((f) => f === REQUIRED_FONT)) return tag;
  if (!themed && fonts.length === 0) return tag;
  const kept = attributes.filter((a) => !["w:ascii", "w:hAnsi", "w:asciiTheme", "w:hAnsiTheme"].includes(a.name));
  const all = [{ name: "w:ascii", value: REQUIRED_FONT }, { name: "w:hAnsi", value: REQUIRED_FONT }, ...kept];
  return `<w:rFonts ${all.map((a) => `${a.name}="${a.value}"`).join(" ")}${tag.endsWith("/>") ? "/>" : ">"}`;
}

/** The file with what `what` names fixed, or null when nothing changes. */
export function fixDocx(bytes: Uint8Array, what: DocxFix): FixedDocx | null {
  const parts = unzipSync(bytes);
  const changes = new Map<string, string>();
  const edited = new Map<string, string>();
  const edit = (name: string, change: (xml: string) => string) => {
    const source = edited.get(name) ?? (parts[name] ? strFromU8(parts[name]!) : null);
    if (source === null) return;
    const out = change(source);
    if (out !== source) edited.set(name, out);
  };
  const note = (tag: string, out: string) => {
    if (out !== tag) changes.set(tag, out);
    return out;
  };
  if (what.pageSize || what.margins) edit("word/document.xml", (xml) => fixPageSetup(xml, what, note));
  if (what.fonts) {
    for (const name of Object.keys(parts)) {
      if (/^word\/(document|styles|header\d*|footer\d*)\.xml$/.test(name))
        edit(name, (xml) => xml.replace(/<w:rFonts\b[^>]*>/g, (tag) => note(tag, fixFontTag(tag))));
    }
  }
  if (edited.size === 0) return null;
  const files: Zippable = {};
  for (const [file, data] of Object.entries(parts)) files[file] = edited.has(file) ? strToU8(edited.get(file)!) : data;
  return { bytes: zipSync(files), before: [...changes.keys()], after: [...changes.values()] };
}

/** The page setup of word/document.xml fixed. Margins are fixed on upright sections only, as layout/margins judges them. */
function fixPageSetup(xml: string, what: { pageSize: boolean; margins: boolean }, note: (tag: string, out: string) => string): string {
  // Each section's w:pgSz comes before its w:pgMar (ECMA-376 17.6.17): walk them together.
  let landscapeSection = false;
  return xml.replace(/<w:pgSz\b[^>]*>|<w:pgMar\b[^>]*>/g, (tag) => {
    if (tag.startsWith("<w:pgSz")) {
      const w = attribute(tag, "w:w");
      const h = attribute(tag, "w:h");
      landscapeSection = /\sw:orient="landscape"/.test(tag) || (w !== null && h !== null && w > h);
      return what.pageSize ? note(tag, fixSize(tag)) : tag;
    }
    return what.margins && !landscapeSection ? note(tag, fixMargins(tag)) : tag;
  });
}
