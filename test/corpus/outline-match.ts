// Compares the parser's model of each real corpus document with its golden outline (written by
// reading the document: test/corpus/real/README.md), field by field.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "../../server/src/core/index.js";
import { isoDate } from "../../server/src/core/dates.js";
import type { VbhcDocument } from "../../server/src/core/model.js";
import { ROOT } from "../helpers.js";

export const REAL = path.join(ROOT, "test", "corpus", "real");

export interface Golden {
  agency: string[];
  number: string | null;
  place: string | null;
  date: string | null;
  type: string | null;
  summary: string | null;
  basisCount: number;
  items: string[];
  recipients: string[] | null;
  signature: string[];
  signer: string | null;
  layout?: string[];
  notes?: string;
}

export const FIELDS = ["agency", "number", "place", "date", "type", "summary", "basisCount", "items", "recipients", "signature", "signer"] as const;
export type Field = (typeof FIELDS)[number];

export interface CorpusDocument {
  /** "congbot/file_data_1.md" */
  id: string;
  source: string;
  file: string;
  text: string;
  golden: Golden;
}

export function corpusDocuments(): CorpusDocument[] {
  const out: CorpusDocument[] = [];
  const goldenRoot = path.join(REAL, "golden");
  for (const source of readdirSync(goldenRoot).sort()) {
    for (const name of readdirSync(path.join(goldenRoot, source)).sort()) {
      if (!name.endsWith(".json")) continue;
      const file = path.join(REAL, "docs", source, name.slice(0, -".json".length));
      out.push({
        id: `${source}/${name.slice(0, -".json".length)}`,
        source,
        file,
        text: readFileSync(file, "utf8"),
        golden: JSON.parse(readFileSync(path.join(goldenRoot, source, name), "utf8")) as Golden,
      });
    }
  }
  return out;
}

/** NFC, emphasis markers and "Số:"-style noise removed, whitespace collapsed, trailing , ; . : dropped. */
export function norm(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s
    .normalize("NFC")
    .replace(/\*/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s,;.:]+$/, "");
}

const MARKER_WORD: Record<string, string> = { part: "Phần ", chapter: "Chương ", section: "Mục ", article: "Điều " };

/** The golden fields as the model gives them, for the main document. */
export function modelOutline(doc: VbhcDocument): Record<Field, unknown> {
  const h = doc.header;
  const pd = h?.placeDate;
  const closing = doc.closing;
  return {
    agency: norm(h ? h.agency.map((a) => a.text).join(" ") : "") ?? "",
    number: norm(h?.number?.value?.text ?? null),
    place: norm(pd?.place.text ?? null) || null,
    date: pd ? isoDate(pd.date) : null,
    type: doc.title?.kind ?? null,
    summary: norm(doc.title?.summary?.text ?? null),
    basisCount: doc.preamble?.lines.length ?? 0,
    items: doc.body.items.filter((i) => i.marker.style !== "bullet").map((i) => `${MARKER_WORD[i.marker.style] ?? ""}${i.marker.label}`),
    recipients: closing?.recipients ? closing.recipients.items.length : null,
    signature:
      norm(
        (closing?.signature ?? [])
          .map((s) => s.text)
          .join(" ")
          .replace(/,/g, " "),
      ) ?? "",
    signer: norm(closing?.signer?.text ?? null),
  };
}

/** The golden fields in the form modelOutline gives them. */
export function goldenOutline(g: Golden): Record<Field, unknown> {
  return {
    agency: norm((g.agency ?? []).join(" ")) ?? "",
    number: norm(g.number),
    place: norm(g.place) || null,
    date: g.date,
    type: g.type,
    summary: norm(g.summary),
    basisCount: g.basisCount ?? 0,
    items: (g.items ?? []).map((i) => i.replace(/\s+/g, " ").trim()),
    recipients: g.recipients ? g.recipients.length : null,
    signature: norm((g.signature ?? []).join(" ").replace(/,/g, " ")) ?? "",
    signer: norm(g.signer),
  };
}

export interface DocumentResult {
  id: string;
  source: string;
  wrong: { field: Field; expected: unknown; actual: unknown }[];
}

export function compareDocument(d: CorpusDocument): DocumentResult {
  const actual = modelOutline(parse(d.text));
  const expected = goldenOutline(d.golden);
  const wrong: DocumentResult["wrong"] = [];
  for (const field of FIELDS) {
    if (JSON.stringify(actual[field]) !== JSON.stringify(expected[field])) wrong.push({ field, expected: expected[field], actual: actual[field] });
  }
  return { id: d.id, source: d.source, wrong };
}

export interface Scores {
  documents: number;
  /** Documents with every field right. */
  allRight: number;
  perField: Record<Field, number>;
}

export function score(results: readonly DocumentResult[]): Scores {
  const perField = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  let allRight = 0;
  for (const r of results) {
    if (r.wrong.length === 0) allRight++;
    for (const f of FIELDS) if (!r.wrong.some((w) => w.field === f)) perField[f]++;
  }
  return { documents: results.length, allRight, perField };
}
