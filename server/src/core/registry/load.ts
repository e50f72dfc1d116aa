// Team registry files: JSON or CSV text → registry entries. The caller reads the file; this only
// parses text. Registry files are data, never code: nothing in them is evaluated.
// Format: schemas/registry.schema.json (JSON: an array of entries, or { "documents": [...] });
// CSV: a header row naming the same fields (type, number, name, date, issuer, title, status,
// effective, expiry, replacedBy, source, note), one document per row.
import { isValidDate } from "../dates.js";
import { canonicalType } from "../citations.js";
import { REGISTRY_STATUSES, type RegistryEntry, type RegistryStatus, type UncertainField } from "./types.js";
import { RELATION_KINDS, type DocRef, type Relation, type RelationKind } from "../citator/types.js";
import { entryRef } from "../citator/status.js";

export interface RegistryProblem {
  /** 1-based row (CSV) or entry index + 1 (JSON); 0 for the whole file. */
  row: number;
  message: string;
}

export interface ParsedRegistry {
  entries: RegistryEntry[];
  /** What the registry's documents state of others (JSON "relations"; CSV column "relations"). */
  relations: Relation[];
  problems: RegistryProblem[];
}

const STATUS_WORDS: Record<string, RegistryStatus> = {
  "in-force": "in-force",
  partly: "partly",
  expired: "expired",
  unknown: "unknown",
  "còn hiệu lực": "in-force",
  "hết hiệu lực một phần": "partly",
  "còn hiệu lực một phần": "partly",
  "hết hiệu lực": "expired",
  "hết hiệu lực toàn bộ": "expired",
  "không xác định": "unknown",
  "chưa xác định": "unknown",
};

const UNCERTAIN: readonly UncertainField[] = ["number", "date", "issuer", "title", "status", "effective", "expiry", "replacedBy"];

/** "2020-03-05" or "05/3/2020" → "2020-03-05"; null when absent or invalid. */
export function isoOf(value: unknown): string | null | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") return null;
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (!isValidDate(y, mo, d)) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.trim().normalize("NFC") : undefined;
}

/** Checks and normalizes one entry; returns the problem when it cannot be used. */
export function toEntry(raw: unknown): RegistryEntry | string {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return "an entry must be an object";
  const r = raw as Record<string, unknown>;
  const type = str(r.type);
  if (!type) return "missing 'type'";
  const number = str(r.number) ?? null;
  const name = str(r.name);
  if (!number && !name) return "an entry needs a 'number' (or a 'name' for a law)";
  const date = isoOf(r.date);
  if (!date) return `'date' must be a valid date (YYYY-MM-DD or DD/MM/YYYY)${r.date ? `, not "${String(r.date)}"` : ""}`;
  const statusWord = (str(r.status) ?? "unknown").toLowerCase();
  const status = STATUS_WORDS[statusWord];
  if (!status) return `'status' must be one of ${REGISTRY_STATUSES.join(", ")}, not "${statusWord}"`;
  const entry: RegistryEntry = {
    type: canonicalType(type),
    number: number ? number.replace(/\s+/g, "") : null,
    date,
    issuer: str(r.issuer) ?? "",
    title: str(r.title) ?? name ?? "",
    status,
  };
  if (name) entry.name = name;
  for (const field of ["effective", "expiry"] as const) {
    const v = isoOf(r[field]);
    if (v === null) return `'${field}' must be a valid date, not "${String(r[field])}"`;
    if (v) entry[field] = v;
  }
  const replacedBy = str(r.replacedBy);
  if (replacedBy) entry.replacedBy = replacedBy.replace(/\s+/g, "");
  const source = str(r.source);
  if (source) entry.source = source;
  const note = str(r.note);
  if (note) entry.note = note;
  const uncertain = Array.isArray(r.uncertain) ? r.uncertain : typeof r.uncertain === "string" ? r.uncertain.split(/[\s,;]+/) : [];
  const flags = uncertain.filter((u): u is UncertainField => typeof u === "string" && (UNCERTAIN as readonly string[]).includes(u));
  if (flags.length > 0) entry.uncertain = flags;
  return entry;
}

export function parseRegistryJson(text: string): ParsedRegistry {
  const problems: RegistryProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { entries: [], relations: [], problems: [{ row: 0, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const list = Array.isArray(data) ? data : data && typeof data === "object" ? (data as { documents?: unknown }).documents : undefined;
  if (!Array.isArray(list)) return { entries: [], relations: [], problems: [{ row: 0, message: 'expected an array of documents or { "documents": [...] }' }] };
  const entries: RegistryEntry[] = [];
  list.forEach((raw, i) => {
    const e = toEntry(raw);
    if (typeof e === "string") problems.push({ row: i + 1, message: e });
    else entries.push(e);
  });
  const rawRelations = !Array.isArray(data) && data && typeof data === "object" ? (data as { relations?: unknown }).relations : undefined;
  if (rawRelations !== undefined && !Array.isArray(rawRelations)) problems.push({ row: 0, message: '"relations" must be an array' });
  const parsed = parseRelations(Array.isArray(rawRelations) ? rawRelations : []);
  for (const p of parsed.problems) problems.push({ row: p.row, message: `relation ${p.row}: ${p.message}` });
  return { entries, relations: parsed.relations, problems };
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF); a separator ";" is accepted when the header uses it. */
export function parseCsvRows(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

export function parseRegistryCsv(text: string): ParsedRegistry {
  const rows = parseCsvRows(text);
  if (rows.length === 0) return { entries: [], relations: [], problems: [{ row: 0, message: "empty CSV" }] };
  const header = rows[0]!.map((h) => h.trim());
  if (!header.includes("type") || !header.includes("date")) {
    return { entries: [], relations: [], problems: [{ row: 1, message: "the header row must name at least 'type', 'number' or 'name', and 'date'" }] };
  }
  const entries: RegistryEntry[] = [];
  const relations: Relation[] = [];
  const problems: RegistryProblem[] = [];
  rows.slice(1).forEach((cells, i) => {
    const raw: Record<string, string> = {};
    header.forEach((h, j) => {
      if (cells[j] !== undefined) raw[h] = cells[j]!;
    });
    const { relations: cell, ...fields } = raw;
    const e = toEntry(fields);
    if (typeof e === "string") problems.push({ row: i + 2, message: e });
    else {
      entries.push(e);
      if (cell?.trim()) {
        const read = parseRelationCell(cell, e);
        relations.push(...read.relations.map((r) => ({ ...r, source: { file: e.source ?? "", line: i + 2 } })));
        for (const message of read.problems) problems.push({ row: i + 2, message });
      }
    }
  });
  return { entries, relations, problems };
}

const KIND_WORDS: Record<string, { kind: RelationKind; inverse: boolean }> = {
  replaces: { kind: "replaces", inverse: false },
  repeals: { kind: "repeals", inverse: false },
  amends: { kind: "amends", inverse: false },
  "replaced-by": { kind: "replaces", inverse: true },
  "repealed-by": { kind: "repeals", inverse: true },
  "amended-by": { kind: "amends", inverse: true },
};

/**
 * A CSV row's "relations" cell: relations separated by ";", each "<kind> <number> [parts] <date>",
 * where kind is replaces, repeals, amends (this row's document acts) or replaced-by, repealed-by,
 * amended-by (this row's document is acted on): "repeals 12/2019/TT-BTC [Điều 5, khoản 2 Điều 3]
 * 2020-07-01; amended-by 55/2023/NĐ-CP".
 */
export function parseRelationCell(cell: string, row: RegistryEntry): { relations: Relation[]; problems: string[] } {
  const relations: Relation[] = [];
  const problems: string[] = [];
  const self = entryRef(row);
  for (const item of cell
    .split(";")
    .map((t) => t.trim())
    .filter(Boolean)) {
    const m = /^([a-z-]+)\s+(\S+)(?:\s*\[([^\]]*)\])?(?:\s+(\S+))?$/u.exec(item.normalize("NFC"));
    const word = m ? KIND_WORDS[m[1]!] : undefined;
    if (!m || !word) {
      problems.push(`relation "${item}" must read "<replaces|repeals|amends|replaced-by|repealed-by|amended-by> <number> [parts] <date>"`);
      continue;
    }
    const date = m[4] ? isoOf(m[4]) : undefined;
    if (date === null) {
      problems.push(`relation "${item}": "${m[4]}" is not a valid date`);
      continue;
    }
    const other: DocRef = { type: "", number: m[2]! };
    const parts = (m[3] ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    relations.push({ kind: word.kind, by: word.inverse ? other : self, target: word.inverse ? self : other, parts, ...(date ? { date } : {}) });
  }
  return { relations, problems };
}

function toRef(raw: unknown): DocRef | string {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return "a document reference must be an object";
  const r = raw as Record<string, unknown>;
  const type = str(r.type) ?? "";
  const number = str(r.number);
  const name = str(r.name);
  if (!number && !name) return "a document reference needs a 'number' (or a law's 'name')";
  const ref: DocRef = { type: type ? canonicalType(type) : "" };
  if (number) ref.number = number.replace(/\s+/g, "");
  if (name) ref.name = name;
  if (typeof r.year === "number" && Number.isInteger(r.year)) ref.year = r.year;
  const date = isoOf(r.date);
  if (date) ref.date = date;
  return ref;
}

/** Checks and normalizes one relation; returns the problem when it cannot be used. */
function toRelation(raw: unknown): Relation | string {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return "a relation must be an object";
  const r = raw as Record<string, unknown>;
  const kind = str(r.kind) as RelationKind | undefined;
  if (!kind || !RELATION_KINDS.includes(kind)) return `'kind' must be one of ${RELATION_KINDS.join(", ")}`;
  const target = toRef(r.target);
  if (typeof target === "string") return `target: ${target}`;
  const by = r.by === null || r.by === undefined ? null : toRef(r.by);
  if (typeof by === "string") return `by: ${by}`;
  const parts = Array.isArray(r.parts) ? r.parts.filter((p): p is string => typeof p === "string").map((p) => p.normalize("NFC")) : [];
  const date = isoOf(r.date);
  if (date === null) return `'date' must be a valid date, not "${String(r.date)}"`;
  const relation: Relation = { kind, by, target, parts, ...(date ? { date } : {}) };
  if (r.source && typeof r.source === "object") {
    const s = r.source as Record<string, unknown>;
    const file = str(s.file);
    relation.source = { ...(file ? { file } : {}), ...(typeof s.line === "number" ? { line: s.line } : {}) };
  }
  if (r.reported === true) relation.reported = true;
  return relation;
}

/** Checks and normalizes a registry's "relations" array. */
export function parseRelations(list: readonly unknown[]): { relations: Relation[]; problems: RegistryProblem[] } {
  const relations: Relation[] = [];
  const problems: RegistryProblem[] = [];
  list.forEach((raw, i) => {
    const r = toRelation(raw);
    if (typeof r === "string") problems.push({ row: i + 1, message: r });
    else relations.push(r);
  });
  return { relations, problems };
}

/** Parses a registry file's text; the format is chosen by the file name (".csv" → CSV, else JSON). */
export function parseRegistry(text: string, fileName: string): ParsedRegistry {
  return /\.csv$/i.test(fileName) ? parseRegistryCsv(text) : parseRegistryJson(text);
}

/** A team registry file's entries, each knowing its file, and what is wrong in it. */
export interface TeamRegistryFile {
  entries: (RegistryEntry & { file: string })[];
  relations: Relation[];
  problems: (RegistryProblem & { file: string })[];
}

/**
 * Reads one team registry file through `readText` (the caller's file access) and parses it. A
 * file that cannot be read gives no entries and one problem (row 0); the editor and the CLI both
 * say every problem.
 */
export function readTeamRegistry(file: string, readText: (file: string) => string): TeamRegistryFile {
  let parsed: ParsedRegistry;
  try {
    parsed = parseRegistry(readText(file), file);
  } catch (error) {
    return { entries: [], relations: [], problems: [{ file, row: 0, message: (error as Error).message }] };
  }
  return {
    entries: parsed.entries.map((e) => ({ ...e, file })),
    relations: parsed.relations.map((r) => ({ ...r, source: { ...r.source, file: r.source?.file || file } })),
    problems: parsed.problems.map((p) => ({ ...p, file })),
  };
}

/** "file, row 3: …" or "file: …". */
export function describeRegistryProblem(p: RegistryProblem & { file: string }): string {
  return `${p.file}${p.row ? `, row ${p.row}` : ""}: ${p.message}`;
}
