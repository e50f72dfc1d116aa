// Fixing a Word file's page setup in place: the paper size of each section to A4 (keeping its
// orientation) and the margins of each upright section into the ranges of Nghị định 30/2020/NĐ-CP,
// Phụ lục I, Phần I, Mục I, khoản 1–3. Only the attributes of w:pgSz and w:pgMar in
// word/document.xml change; every other part of the file is copied byte for byte.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const A4 = { short: 11906, long: 16838 };
/** The decree's ranges in millimetres, and Word's twentieths of a point a setting is written in. */
const MARGINS = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
const TOLERANCE_MM = 0.5;

export interface PageSetupFix {
  /** What to fix: the paper size, the margins, or both. */
  pageSize: boolean;
  margins: boolean;
}

export interface FixedDocx {
  bytes: Uint8Array;
  /** The w:pgSz and w:pgMar elements before and after, for a dry run's diff. */
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

/**
 * The file with its page setup fixed, or null when nothing changes. Margins are fixed on upright
 * sections only, as layout/margins judges them.
 */
export function fixPageSetup(bytes: Uint8Array, what: PageSetupFix): FixedDocx | null {
  const parts = unzipSync(bytes);
  const name = "word/document.xml";
  const xml = parts[name] ? strFromU8(parts[name]!) : null;
  if (xml === null) return null;
  const before: string[] = [];
  const after: string[] = [];
  // Each section's w:pgSz comes before its w:pgMar (ECMA-376 17.6.17): walk them together.
  let landscapeSection = false;
  const fixed = xml.replace(/<w:pgSz\b[^>]*>|<w:pgMar\b[^>]*>/g, (tag) => {
    let out = tag;
    if (tag.startsWith("<w:pgSz")) {
      const w = attribute(tag, "w:w");
      const h = attribute(tag, "w:h");
      landscapeSection = /\sw:orient="landscape"/.test(tag) || (w !== null && h !== null && w > h);
      if (what.pageSize) out = fixSize(tag);
    } else if (what.margins && !landscapeSection) {
      out = fixMargins(tag);
    }
    if (out !== tag) {
      before.push(tag);
      after.push(out);
    }
    return out;
  });
  if (fixed === xml) return null;
  const files: Zippable = {};
  for (const [file, data] of Object.entries(parts)) files[file] = file === name ? strToU8(fixed) : data;
  return { bytes: zipSync(files), before, after };
}
