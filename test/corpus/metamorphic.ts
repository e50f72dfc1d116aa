// Metamorphic transformations of a document: each changes how the text is laid out, never what it
// says, so the model's content and the findings must stay the same (test/property/metamorphic.test.ts).
import { DEFAULT_CONFIG, parse, runRules, type VbhcDocument } from "../../server/src/core/index.js";
import { allRules } from "../../server/src/rules/index.js";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { FIXTURES } from "../helpers.js";
import { corpusDocuments, modelOutline } from "./outline-match.js";

/** The widths the re-wrapping test lays every document out at. */
export const REWRAP_WIDTHS = [30, 45, 60, 75, 90, 105, 120];

/** The documents the metamorphic tests re-lay: the parser fixtures, the seeds, and the real corpus but its OCR'd documents (their own line breaks are noise). */
export function metamorphicDocuments(): { id: string; text: string }[] {
  const fixtureDocs = ["seeds", "parser"].flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => ({ id: `fixtures/${dir}/${f}`, text: readFileSync(path.join(FIXTURES, dir, f), "utf8") })),
  );
  const corpus = corpusDocuments()
    .filter((d) => !(d.golden.layout ?? []).includes("ocr"))
    .map((d) => ({ id: d.id, text: d.text }));
  return [...fixtureDocs, ...corpus];
}

type Invariant = ReturnType<typeof invariant>;

/** What differs between two invariants ("outline", "texts", "findings"); `ignoreRule`: a rule whose findings may differ. */
export function differences(a: Invariant, b: Invariant, ignoreRule?: string): string[] {
  const out: string[] = [];
  if (!isDeepStrictEqual(a.outline, b.outline)) out.push("outline");
  if (!isDeepStrictEqual(a.texts, b.texts)) out.push("texts");
  const f = (x: string[]) => x.filter((id) => id !== ignoreRule);
  if (!isDeepStrictEqual(f(a.findings), f(b.findings))) out.push("findings");
  return out;
}

const isTableRow = (line: string) => {
  const t = line.trim();
  return t.startsWith("|") || t.endsWith("|");
};

/**
 * Hard-wraps every line longer than `width` at spaces, as a PDF or a Word "save as text" does
 * (table rows are left alone: a row is one line by definition). Words longer than the width
 * stay whole. Line breaks keep the text's own style (CRLF or LF).
 */
export function rewrap(text: string, width: number): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return text
    .split(/\r?\n/)
    .map((line) => {
      if (line.length <= width || isTableRow(line)) return line;
      const out: string[] = [];
      let current = "";
      for (const word of line.split(" ")) {
        if (current.length > 0 && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else {
          current = current.length > 0 ? `${current} ${word}` : word;
        }
      }
      out.push(current);
      // A chunk made of spaces only (runs of spaces in the source) is dropped by no one: keep it.
      return out.join(eol);
    })
    .join(eol);
}

export const toCrlf = (text: string) => text.replace(/\r?\n/g, "\r\n");
export const toNfd = (text: string) => text.normalize("NFD");
export const withBom = (text: string) => (text.startsWith("\uFEFF") ? text : `\uFEFF${text}`);
export const withTrailingSpaces = (text: string) => text.replace(/([^\r\n])(?=\r?\n|$)/g, "$1  ");

/** Rules whose findings are per physical line (the stored form of its characters). */
const PER_LINE_RULES = new Set(["style/unicode-normalization"]);

const words = (parts: readonly string[]) => parts.join(" ").replace(/\s+/g, " ").trim();

/**
 * What must not change. The outline's fields; each căn cứ; each item with its marker and its whole
 * content (its text and the paragraphs under it, as one run of words) — so a paragraph boundary
 * inside an item is not asserted: after a full stop in a text that is neither blank-separated nor
 * unwrapped, a line may start a paragraph or go on with the next sentence, and nothing in the text
 * tells which (unwrap.ts); which item, căn cứ or header element a word belongs to is always
 * decided. And the findings, by rule, in order.
 */
export function invariant(text: string): { outline: unknown; texts: string[]; findings: string[] } {
  const document: VbhcDocument = parse(text);
  const texts: string[] = [];
  for (const l of document.preamble?.lines ?? []) texts.push(l.text.text);
  texts.push(words(document.body.paragraphs.map((p) => p.text)));
  const walk = (items: VbhcDocument["body"]["items"]) => {
    for (const i of items) {
      texts.push(`${i.marker.style}:${i.marker.label} ${words([i.text.text, ...i.paragraphs.map((p) => p.text)])}`);
      walk(i.children);
    }
  };
  walk(document.body.items);
  const all = runRules(document, allRules, DEFAULT_CONFIG).map((d) => d.ruleId);
  // Rules about the stored characters of each physical line report once per line: only whether
  // they report is layout-independent.
  const findings = [...all.filter((id) => !PER_LINE_RULES.has(id)), ...[...new Set(all.filter((id) => PER_LINE_RULES.has(id)))]];
  return { outline: modelOutline(document), texts, findings };
}

type HeaderLayout = "table" | "flattened" | "bold";

/**
 * The document with its header laid out anew, or null when its header is not one element a line
 * (already a table, glued, wrapped): "table" — a 2×3 Markdown table (agency | Quốc hiệu, … |
 * Tiêu ngữ, Số | place-date); "flattened" — the same cells one after the other, between lines
 * holding only "|"; "bold" — each element between "**".
 */
export function relayHeader(text: string, layout: HeaderLayout): string | null {
  const document = parse(text);
  const h = document.header;
  if (!h?.nationalTitle || !h.motto || !h.number || !h.placeDate || h.agency.length === 0 || h.agency.length > 3) return null;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const lineOf = (r: { range: { start: { line: number }; end: { line: number } } }) => (r.range.start.line === r.range.end.line ? r.range.start.line : -1);
  const agency = h.agency.map(lineOf);
  const [qh, motto, number, date] = [
    lineOf(h.nationalTitle),
    lineOf(h.motto),
    h.number.value ? lineOf({ range: { start: h.number.label.range.start, end: h.number.value.range.end } }) : -1,
    lineOf(h.placeDate),
  ];
  const used = [...agency, qh, motto, number, date];
  if (used.includes(-1) || new Set(used).size !== used.length) return null;
  const first = Math.min(...used);
  const last = Math.max(...used);
  for (let l = first; l <= last; l++) {
    const t = lines[l]!.trim();
    if (!used.includes(l) && t !== "" && !/^[-_=*|\s]+$/.test(t)) return null;
    if (used.includes(l) && (t.startsWith("|") || t.endsWith("|"))) return null;
  }
  const raw = (l: number) => lines[l]!.trim();
  const agencyCell = agency.map(raw);
  let block: string[];
  if (layout === "table") {
    block = [`| ${agencyCell.join(" ")} | ${raw(qh)} |`, "|---|---|", `|  | ${raw(motto)} |`, `| ${raw(number)} | ${raw(date)} |`];
  } else if (layout === "flattened") {
    block = ["|", ...agencyCell, "|", raw(qh), raw(motto), "|", raw(number), "|", raw(date), "|"];
  } else {
    const bold = (l: number) => (raw(l).includes("*") ? raw(l) : `**${raw(l)}**`);
    block = [...agency.map(bold), "", bold(qh), bold(motto), "", raw(number), "", raw(date)];
  }
  return [...lines.slice(0, first), ...block, ...lines.slice(last + 1)].join(eol);
}
