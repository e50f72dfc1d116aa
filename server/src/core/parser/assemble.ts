// Assembles the block structure of a document from classified units (lines or table cells).
// The grammar says what each line is; each block's parser says where it starts and ends
// (header.ts, title.ts, preamble.ts, body.ts, closing.ts); this module runs them in order.
import type { Section } from "../model.js";
import { parseBody } from "./body.js";
import type { CUnit } from "./classified.js";
import { parseClosing, startsAttachment } from "./closing.js";
import { Cursor } from "./cursor.js";
import { findHeaderStart, parseHeader } from "./header.js";
import { parsePreamble } from "./preamble.js";
import { parseAddressees, parseTitle } from "./title.js";

/** The block parsers run over a document: its main section, then each attachment. */
export class Assembler {
  private readonly cursor: Cursor;
  /** The first unit after the last closing that starts no attachment (the rest is noise). */
  noiseAfterStart: CUnit | null = null;

  constructor(units: CUnit[]) {
    this.cursor = new Cursor(units);
  }

  get done(): boolean {
    return this.cursor.done;
  }

  /** Finds where the header starts; returns the units before it (scrape noise). */
  findHeaderStart(): CUnit[] {
    return findHeaderStart(this.cursor);
  }

  parseSection(hasHeaderSearch: boolean): Section {
    const c = this.cursor;
    const header = hasHeaderSearch ? parseHeader(c) : null;
    const title = parseTitle(c);
    const addressees = parseAddressees(c);
    const preamble = parsePreamble(c, title?.type !== null && title !== null);
    const body = parseBody(c);
    const closing = parseClosing(c);
    return { header, title, addressees, preamble, body, closing };
  }

  /** After a closing: an attached document starts here, or the rest is noise. */
  nextAttachmentStart(): boolean {
    const c = this.cursor;
    c.skipBlank();
    const u = c.peek();
    if (!u) return false;
    if (startsAttachment(u)) return true;
    // An attachment that repeats the whole header starts with its agency lines.
    if (u.upper && u.cls.kind === "text") {
      let j = c.i;
      for (let seen = 0; seen < 6 && j < c.units.length; seen++, j = c.nextSolid(j + 1)) {
        const k = c.units[j]!.cls.kind;
        if (k === "nationalTitle" || k === "number" || k === "placeDate") return true;
        if (!c.units[j]!.upper) break;
      }
    }
    this.noiseAfterStart = u;
    return false;
  }
}
