// Building a registry from documents (each defines its entry by its header and states its
// relations), merging registries with their provenance, and writing them as JSON or CSV. A
// conflict (the same number under two dates, types or effective dates) is reported, never
// resolved silently: the first registry given keeps its entry.
import type { VbhcDocument } from "../model.js";
import { parseNumber } from "../registry/document-entry.js";
import { citedIso, findCitations, numberKey } from "../citations.js";
import type { ParsedRegistry } from "../registry/load.js";
import type { RegistryEntry } from "../registry/types.js";
import { extractDocument } from "./extract.js";
import type { DocRef, Relation } from "./types.js";

export interface BuildProblem {
  file: string;
  line?: number;
  message: string;
}

export interface BuiltRegistry {
  documents: RegistryEntry[];
  relations: Relation[];
  problems: BuildProblem[];
}

/** One document read for the registry; `source` is what its entry and relations cite as provenance. */
export interface BuildInput {
  file: string;
  document: VbhcDocument;
  source?: string;
}

/** The key two entries are the same document under: number (or law name) and date. */
function entryKey(e: RegistryEntry): string {
  const n = e.number ? parseNumber(e.number) : null;
  const key = n ? numberKey(n, true) : null;
  return key ?? `${e.type}|${(e.name ?? e.title).toLowerCase()}`;
}

function relationKey(r: Relation): string {
  const ref = (d: DocRef | null) => (d ? (d.number ?? `${d.type} ${d.name ?? ""} ${d.year ?? ""}`).toUpperCase() : "");
  return JSON.stringify([r.kind, ref(r.by), ref(r.target), r.parts, r.date ?? ""]);
}

/** The fields whose disagreement is a conflict. */
const COMPARED = ["type", "date", "effective"] as const;

/** Adds entries and relations to an accumulating registry, reporting conflicts. */
class Accumulator {
  readonly documents: RegistryEntry[] = [];
  readonly relations: Relation[] = [];
  readonly problems: BuildProblem[] = [];
  private readonly byKey = new Map<string, RegistryEntry[]>();
  private readonly relationKeys = new Set<string>();

  addEntry(e: RegistryEntry, origin: string): void {
    const key = entryKey(e);
    const same = this.byKey.get(key) ?? [];
    // A number without a year is reused each year and by each issuer: same number, other date = another document.
    const yearless = !!e.number && !parseNumber(e.number)?.year;
    const twin = same.find((o) => !yearless || o.date === e.date);
    if (!twin) {
      this.documents.push(e);
      this.byKey.set(key, [...same, e]);
      return;
    }
    for (const field of COMPARED) {
      const a = twin[field];
      const b = e[field];
      if (a && b && a !== b) {
        this.problems.push({
          file: origin,
          message: `conflict on ${e.number ?? e.name}: ${field} "${b}" here, "${a}" in ${twin.source ?? "an earlier registry"}; the earlier one is kept`,
        });
        return;
      }
    }
    // The same document again: fill what the first one lacked.
    for (const field of ["effective", "issuer", "title", "name", "source"] as const) if (!twin[field] && e[field]) twin[field] = e[field];
  }

  addRelation(r: Relation): void {
    const key = relationKey(r);
    if (this.relationKeys.has(key)) return;
    this.relationKeys.add(key);
    this.relations.push(r);
  }
}

export interface BuildOptions {
  /**
   * Also list documents the inputs only cite, in full (number with its year or a date, date,
   * issuer), when at least this many documents cite them with the same date and none with
   * another. 0: never.
   */
  citedBy?: number;
}

interface CitedCandidate {
  entry: RegistryEntry;
  files: Set<string>;
  dates: Set<string>;
}

/** The National Assembly's terms (khóa): the years each sat, first and last. */
const LEGISLATURES: Record<number, [number, number]> = {
  9: [1992, 1997],
  10: [1997, 2002],
  11: [2002, 2007],
  12: [2007, 2011],
  13: [2011, 2016],
  14: [2016, 2021],
  15: [2021, 2026],
  16: [2026, 2031],
};

/**
 * A number a source misprinted: "67/2014/QH14" (the 14th National Assembly first sat in 2016).
 * Such a number names no document; a relation or an entry under it is left out, and said.
 */
export function implausibleNumber(number: string | null | undefined): boolean {
  const m = number ? /^\d+\/(\d{4})\/(?:[\p{L}-]*-)?(?:UBTV)?QH(\d{1,2})$/u.exec(number) : null;
  if (!m) return false;
  const term = LEGISLATURES[Number(m[2])];
  const year = Number(m[1]);
  return !!term && (year < term[0] || year > term[1]);
}

/** Reads each document's entry and relations into one registry. */
export function buildRegistry(inputs: Iterable<BuildInput>, options: BuildOptions = {}): BuiltRegistry {
  const acc = new Accumulator();
  const cited = new Map<string, CitedCandidate>();
  for (const { file, document, source } of inputs) {
    if (options.citedBy) collectCited(document, source ?? file, cited);
    const found = extractDocument(document, source ?? file);
    if (found.entry && !found.entry.date) {
      acc.problems.push({ file, message: "no date of issue could be read from the header: the document's entry is left out (its relations are kept)" });
    } else if (found.entry) {
      const { status: _s, ...rest } = found.entry;
      // A header read without its issuer or its summary says so, rather than leave the field blank unremarked.
      const missing = (["issuer", "title"] as const).filter((f) => !rest[f]);
      acc.addEntry({ ...rest, status: "unknown", source: source ?? file, ...(missing.length ? { uncertain: [...missing] } : {}) }, file);
    } else if (found.relations.length > 0) {
      acc.problems.push({ file, message: "no number and symbol in the header: the document's relations are kept, its own entry is not" });
    }
    for (const r of found.relations) {
      const bad = [r.by?.number, r.target.number].find(implausibleNumber);
      if (bad)
        acc.problems.push({
          file,
          line: r.source?.line,
          message: `"${bad}" cannot be a number (its year is outside the term of the National Assembly it names): the relation is left out`,
        });
      else acc.addRelation(r);
    }
  }
  if (options.citedBy) {
    const known = new Set(acc.documents.map(entryKey));
    for (const [key, c] of cited) {
      if (known.has(key) || c.dates.size !== 1 || c.files.size < options.citedBy || implausibleNumber(c.entry.number)) continue;
      acc.addEntry(
        { ...c.entry, note: `Đọc từ viện dẫn trong ${c.files.size} văn bản (số, ngày, cơ quan ban hành như các văn bản đó ghi).` },
        c.entry.source ?? "",
      );
    }
  }
  return { documents: acc.documents, relations: acc.relations, problems: acc.problems };
}

/** Documents cited in full: number (with its year), date and issuer, as the citing text writes them. */
function collectCited(document: VbhcDocument, source: string, into: Map<string, CitedCandidate>): void {
  for (const c of findCitations(document)) {
    const number = c.number;
    if (number?.form !== "state" || !number.year || !c.issuer || c.inHeadingOrCell) continue;
    const date = citedIso(c);
    if (!date || date.slice(0, 4) !== number.year) continue;
    const key = numberKey(number, true);
    if (!key) continue;
    let found = into.get(key);
    if (!found) {
      // A summary the grammar read up to a closing bracket of the sentence around it: "… cách mạng)".
      const raw = c.summary?.text.replace(/[;,.]+$/u, "").trim() ?? "";
      const title = (raw.match(/\(/g)?.length ?? 0) < (raw.match(/\)/g)?.length ?? 0) ? raw.replace(/\)+$/u, "").trim() : raw;
      found = {
        entry: {
          type: c.kind,
          number: number.raw.replace(/\s+/g, ""),
          date,
          issuer: c.issuer.text.replace(/[;,.]+$/u, "").trim(),
          title,
          status: "unknown",
          source: `${source}${source.includes("#") ? "" : `#L${c.range.start.line + 1}`}`,
          ...(title ? {} : { uncertain: ["title"] }),
        },
        files: new Set(),
        dates: new Set(),
      };
      into.set(key, found);
    }
    found.files.add(source);
    found.dates.add(date);
  }
}

/** Merges registries in order (the first keeps an entry in a conflict), with their provenance. */
export function mergeRegistries(registries: Iterable<{ name: string; registry: Pick<ParsedRegistry, "entries" | "relations"> }>): BuiltRegistry {
  const acc = new Accumulator();
  for (const { name, registry } of registries) {
    for (const e of registry.entries) acc.addEntry({ ...e, source: e.source ?? name }, name);
    for (const r of registry.relations) acc.addRelation({ ...r, source: { ...r.source, file: r.source?.file || name } });
  }
  return { documents: acc.documents, relations: acc.relations, problems: acc.problems };
}

/** An entry as a registry file writes it: no derived status, no empty fields. */
function writtenEntry(e: RegistryEntry): Record<string, unknown> {
  const out: Record<string, unknown> = { type: e.type, number: e.number };
  if (e.name) out.name = e.name;
  out.date = e.date;
  for (const field of ["issuer", "title", "effective", "expiry", "replacedBy", "source", "note"] as const) if (e[field]) out[field] = e[field];
  if (e.status !== "unknown") out.status = e.status;
  if (e.uncertain?.length) out.uncertain = e.uncertain;
  return out;
}

export function registryJson(r: Pick<BuiltRegistry, "documents" | "relations">, description?: string): string {
  const data = {
    $schema: "https://github.com/vbhc/vbhc/schemas/registry.schema.json",
    ...(description ? { description } : {}),
    documents: r.documents.map(writtenEntry),
    relations: r.relations,
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

const CSV_FIELDS = ["type", "number", "name", "date", "issuer", "title", "effective", "expiry", "replacedBy", "status", "source", "note", "relations"] as const;

const INVERSE: Record<Relation["kind"], string> = { replaces: "replaced-by", repeals: "repealed-by", amends: "amended-by" };

function csvCell(v: unknown): string {
  const s = v === undefined || v === null ? "" : String(v);
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV: one row per document; its "relations" cell holds what it states ("repeals 12/2019/TT-BTC
 * [Điều 5] 2020-07-01") and what others state of it when they have no row ("amended-by …").
 * Relations between two documents neither of which has a row cannot be written: they are
 * returned as `dropped` (JSON keeps everything, with each relation's line).
 */
export function registryCsv(r: Pick<BuiltRegistry, "documents" | "relations">): { text: string; dropped: Relation[] } {
  const rowOf = new Map<string, number>();
  r.documents.forEach((e, i) => {
    if (e.number) rowOf.set(e.number.toUpperCase(), i);
  });
  const cells: string[][] = r.documents.map(() => []);
  const dropped: Relation[] = [];
  const item = (word: string, other: DocRef, rel: Relation) =>
    `${word} ${other.number}${rel.parts.length ? ` [${rel.parts.join(", ")}]` : ""}${rel.date ? ` ${rel.date}` : ""}`;
  for (const rel of r.relations) {
    const byRow = rel.by?.number ? rowOf.get(rel.by.number.toUpperCase()) : undefined;
    const targetRow = rel.target.number ? rowOf.get(rel.target.number.toUpperCase()) : undefined;
    if (byRow !== undefined && rel.target.number) cells[byRow]!.push(item(rel.kind, rel.target, rel));
    else if (targetRow !== undefined && rel.by?.number) cells[targetRow]!.push(item(INVERSE[rel.kind], rel.by, rel));
    else dropped.push(rel);
  }
  const lines = [CSV_FIELDS.join(",")];
  r.documents.forEach((e, i) => {
    const row = { ...writtenEntry(e), relations: cells[i]!.join("; ") } as Record<string, unknown>;
    lines.push(CSV_FIELDS.map((f) => csvCell(row[f])).join(","));
  });
  return { text: `${lines.join("\n")}\n`, dropped };
}
