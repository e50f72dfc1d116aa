// The position of the block parsers in a document's classified units, and what one block tells
// the next (a "V/v …" met in the header, a title met above it).
import { isBlank, type CUnit } from "./classified.js";

export class Cursor {
  /** Index of the next unit to read. */
  i = 0;
  /** A Công văn's "V/v …" met inside the header (under the number, in the same cell). */
  headerSummary: CUnit | null = null;
  /** A title a crawler's page set as Markdown headings above the header ("# NGHỊ ĐỊNH" / "## Quy định …"). */
  titleAbove: { type: CUnit; summary: CUnit | null } | null = null;

  constructor(readonly units: CUnit[]) {}

  peek(offset = 0): CUnit | undefined {
    return this.units[this.i + offset];
  }

  skipBlank(): void {
    while (this.i < this.units.length && isBlank(this.units[this.i]!)) this.i++;
  }

  /** Index of the next non-blank unit at or after j. */
  nextSolid(j: number): number {
    while (j < this.units.length && isBlank(this.units[j]!)) j++;
    return j;
  }

  get done(): boolean {
    return this.i >= this.units.length;
  }
}
