// The line scanner against the Line grammar, the grammar of record: wherever the scanner answers,
// the grammar must answer the same. Run on every line (and table cell, and two lines joined as the
// text layer joins a wrapped paragraph) of the real corpus and the fixtures, at the three lengths
// the parser gives the grammar (the whole line, a short head, the usual head), and on random lines
// made of the pieces that start the grammar's kinds.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { classifyByGrammar, classifyLine, CUT_MARK, HEAD_LIMIT, type LineClass, SHORT_HEAD } from "../../server/src/core/parser/grammar.js";
import { scanLine } from "../../server/src/core/parser/line-scanner.js";
import { lineUnits } from "../../server/src/core/text/units.js";
import { corpusDocuments } from "../corpus/outline-match.js";
import { FIXTURES } from "../helpers.js";

/** The texts the grammar may be given for one line: the line and its heads cut as classifyLines cuts them. */
function heads(line: string): string[] {
  const out = [line];
  for (const limit of [SHORT_HEAD, HEAD_LIMIT]) if (line.length > limit) out.push(line.slice(0, limit) + CUT_MARK);
  return out;
}

function fixtureTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return fixtureTexts(file);
    return /\.(txt|md|vbhc)$/.test(name) ? [readFileSync(file, "utf8")] : [];
  });
}

interface Tally {
  lines: number;
  /** Heads the scanner answered, each with its answer. */
  answered: Map<string, LineClass>;
}

function compare(line: string, tally: Tally): void {
  for (const head of heads(line)) {
    if (tally.answered.has(head)) continue;
    tally.lines++;
    const scanned = scanLine(head);
    if (scanned !== undefined) tally.answered.set(head, scanned);
  }
}

/** The heads where the grammar says otherwise (the grammar asked in batches: one call per line is slow). */
function differences(answered: Map<string, LineClass>): string[] {
  const out: string[] = [];
  const all = [...answered];
  for (let k = 0; k < all.length; k += 1000) {
    const batch = all.slice(k, k + 1000);
    const grammar = classifyByGrammar(batch.map(([head]) => head));
    batch.forEach(([head, scanned], i) => {
      if (JSON.stringify(grammar[i]) !== JSON.stringify(scanned) && out.length < 10)
        out.push(`${JSON.stringify(head)}\n    scanner ${JSON.stringify(scanned)}\n    grammar ${JSON.stringify(grammar[i])}`);
    });
  }
  return out;
}

function compareDocument(text: string, tally: Tally): void {
  const lines = text.normalize("NFC").split(/\r?\n/);
  lines.forEach((line, k) => {
    const units = lineUnits(line, k);
    for (const u of units) compare(u.text, tally);
    // A paragraph wrapped over two lines, as the text layer joins it.
    const next = lines[k + 1];
    if (next !== undefined && units.length === 1 && next.trim() !== "") compare(`${units[0]!.text} ${next.trim()}`, tally);
  });
}

describe("line scanner (the common line kinds without the grammar)", () => {
  it("answers as the grammar does on every line of the real corpus and the fixtures, and answers most of them", () => {
    const tally: Tally = { lines: 0, answered: new Map() };
    for (const doc of corpusDocuments()) compareDocument(doc.text, tally);
    for (const text of fixtureTexts(FIXTURES)) compareDocument(text, tally);
    assert.deepEqual(differences(tally.answered), []);
    // Blank lines, plain text and items are most lines: a scanner that asks the grammar about
    // everything would be correct and useless.
    assert.ok(tally.answered.size / tally.lines > 0.5, `the scanner answered ${tally.answered.size} of ${tally.lines} distinct lines`);
  });

  it("answers as the grammar does on random lines made of the pieces that start the grammar's kinds", () => {
    const pieces = [
      ..."0123456789.)(-+•–—/:,;|*_=·<IVXABĐđabcfvx %[",
      "\t",
      "  ",
      "1.",
      "1.2",
      ".3",
      "12)",
      "a)",
      "a. ",
      "- ",
      "- + ",
      "Điều",
      "Phần",
      "Chương",
      "Mục",
      "Căn cứ",
      "CỘNG HÒA",
      "Độc lập",
      "Số",
      "Số hiệu:",
      "Luật số:",
      "ngày",
      "NGÀY",
      "năm",
      "Nơi nhận",
      "Kính gửi",
      "Theo đề nghị",
      "Ban hành",
      "kèm theo",
      "TM",
      "TUQ",
      "Q",
      "V/v",
      "Tải về",
      " người đang online",
      "Hà Nội, ",
      "thực hiện",
      "Quyết định",
      CUT_MARK,
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const line = parts.join("");
        const scanned = scanLine(line);
        if (scanned !== undefined) assert.equal(JSON.stringify(scanned), JSON.stringify(classifyLine(line)), JSON.stringify(line));
      }),
      { numRuns: 20_000, seed: 19 },
    );
  });
});
