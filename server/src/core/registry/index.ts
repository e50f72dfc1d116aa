// The workspace index: resolves citations against workspace documents, team registries and the
// built-in registry (in that order), and answers definition and references. Pure: it is given
// (uri, text) pairs and parsed registry entries; it reads no files.
import { citedIso, citedYear, findCitations, isLawKind, nameKey as lawNameKey, numberKey, type Citation } from "../citations.js";
import type { Position, Range, VbhcDocument } from "../model.js";
import { builtinEntries } from "./builtin.js";
import type { EntryOrigin, IndexedEntry, RegistryEntry } from "./types.js";
import { rangeContains } from "../positions.js";
import { entryFromDocument, NO_SUMMARY, parseNumber, summaryOf, type DocumentSummary, type IndexedSummary } from "./document-entry.js";
import { summarizeDocument } from "./summarize.js";
import { unpackCitations, type PackedCitations } from "./packed-citations.js";
import { extractDocument } from "../citator/extract.js";
import { bareLawName, entryRef, statusAt as deriveStatus } from "../citator/status.js";
import type { DerivedStatus, DocRef, Relation } from "../citator/types.js";
import { builtinRelations } from "./builtin.js";

export type { EntryOrigin, IndexedEntry, RegistryEntry, RegistryStatus, UncertainField } from "./types.js";
export { parseRegistry, parseRegistryCsv, parseRegistryJson, type ParsedRegistry, type RegistryProblem } from "./load.js";
export { builtinEntries } from "./builtin.js";
export { entryOfText, issuerOf, parseNumber, type DocumentSummary, type IndexedSummary } from "./document-entry.js";
export { summarizeDocument } from "./summarize.js";
export type { PackedCitations } from "./packed-citations.js";

export type Resolution =
  /** dateMatches: false when the registry knows the document under another date than the one cited. */
  | { status: "resolved"; entry: IndexedEntry; dateMatches: boolean }
  /** Several documents fit (the same number in different years, and no date to choose). */
  | { status: "ambiguous"; candidates: IndexedEntry[] }
  /** not-found: in no registry; no-identity: a short form ("Nghị định 30") with no earlier full citation. */
  | { status: "unknown"; reason: "not-found" | "no-identity" };

export interface Location {
  uri: string;
  range: Range;
}

export interface CitationReference extends Location {
  citation: Citation;
}

export interface WorkspaceIndexOptions {
  documents?: Iterable<{ uri: string; text: string }>;
  /** Workspace documents known only by what they define (see entryOfText): resolved against, never searched. */
  defined?: Iterable<{ uri: string; entry: IndexedEntry | null }>;
  /** Entries of the team's registry files (see parseRegistry), in config order. */
  team?: Iterable<RegistryEntry & { file?: string }>;
  /** Relations of the team's registry files. */
  teamRelations?: Iterable<Relation>;
  /** Include the built-in registry (default true). */
  builtin?: boolean;
}

export interface WorkspaceIndex {
  /** Adds or replaces a workspace document; pass its model when it is already parsed. */
  setDocument(uri: string, text: string, document?: VbhcDocument): void;
  removeDocument(uri: string): void;
  setTeamEntries(entries: Iterable<RegistryEntry & { file?: string }>, relations?: Iterable<Relation>): void;
  uris(): string[];
  /** Adds or replaces a workspace document from its summary (made by summarizeDocument, perhaps in another thread). */
  setSummary(uri: string, summary: IndexedSummary): void;
  /** The model given with setDocument (an open document); files indexed from disk keep only a summary. */
  document(uri: string): VbhcDocument | undefined;
  /** How a workspace document names itself: type, number, summary and where its header is. */
  summaryOf(uri: string): DocumentSummary | null;
  /** What a workspace document says it is (from its header); null when it has no number. */
  entryOf(uri: string): IndexedEntry | null;
  /** Every entry, workspace first, then team, then built-in. */
  entries(): IndexedEntry[];
  /** Entries published under this number ("30/2020/NĐ-CP"), best origin first. */
  byNumber(number: string): IndexedEntry[];
  resolve(citation: Citation): Resolution;
  /** The citation under a position of a workspace document. */
  citationAt(uri: string, position: Position): Citation | null;
  /** Where the cited document is, when it is a workspace file. */
  definition(uri: string, position: Position): Location | null;
  /** Every citation in the workspace of the document cited (or defined by the header) at a position. */
  references(uri: string, position: Position, includeDeclaration?: boolean): Location[];
  /** Every citation in the workspace that resolves to this entry. */
  referencesTo(entry: IndexedEntry): CitationReference[];
  /** The entry a relation's reference names (best origin first), if any registry knows it. */
  entryOfRef(ref: DocRef): IndexedEntry | null;
  /** Every relation that targets the document (an entry, or a reference to one no registry lists). */
  relationsTo(target: IndexedEntry | DocRef): Relation[];
  /** The document's status at a date (ISO), derived from the relations. */
  statusAt(target: IndexedEntry | DocRef, date: string): DerivedStatus;
}

/** What the index keeps of a workspace document. */
interface IndexedDocument {
  /** The model, for a document given with one (open in the editor); null for a file from disk. */
  model: VbhcDocument | null;
  entry: IndexedEntry | null;
  summary: DocumentSummary;
  /** For a file from disk: its citations, packed (no model, no text kept). */
  citations: PackedCitations | null;
  relations: readonly Relation[];
}

const ORIGIN_RANK: Record<EntryOrigin, number> = { workspace: 0, team: 1, builtin: 2 };

function lawKey(name: string): string {
  return lawNameKey(name)
    .replace(/\bqppl\b/g, "quy phạm pháp luật")
    .replace(/\bubnd\b/g, "ủy ban nhân dân");
}

function yearOf(e: RegistryEntry): number | null {
  return e.date ? Number(e.date.slice(0, 4)) : null;
}

export function createWorkspaceIndex(options: WorkspaceIndexOptions = {}): WorkspaceIndex {
  const docs = new Map<string, IndexedDocument>();
  const citationsOf = (d: IndexedDocument): readonly Citation[] => (d.citations ? unpackCitations(d.citations) : d.model ? findCitations(d.model) : []);
  let team: IndexedEntry[] = [];
  let teamRelations: Relation[] = [];
  const builtin: IndexedEntry[] = options.builtin === false ? [] : builtinEntries().map((e) => ({ ...e, origin: "builtin" as const }));
  const builtinStated: readonly Relation[] = options.builtin === false ? [] : builtinRelations();
  // Lookup tables, rebuilt lazily after a change.
  let byKey: Map<string, IndexedEntry[]> | null = null;
  let byName: Map<string, IndexedEntry[]> | null = null;
  let byTarget: Map<string, Relation[]> | null = null;
  let resolutions = new WeakMap<Citation, Resolution>();

  const invalidate = () => {
    byKey = null;
    byName = null;
    byTarget = null;
    resolutions = new WeakMap();
  };

  const allEntries = (): IndexedEntry[] => {
    const ws: IndexedEntry[] = [];
    for (const d of docs.values()) if (d.entry) ws.push(d.entry);
    return [...ws, ...team, ...builtin];
  };

  const push = (map: Map<string, IndexedEntry[]>, key: string, e: IndexedEntry) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };

  const tables = () => {
    if (!byKey || !byName) {
      byKey = new Map();
      byName = new Map();
      for (const e of allEntries()) {
        const n = e.number ? parseNumber(e.number) : null;
        if (n) {
          const withYear = numberKey(n, true);
          const noYear = numberKey(n, false);
          if (withYear) push(byKey, withYear, e);
          if (noYear && noYear !== withYear) push(byKey, noYear, e);
        }
        if (isLawKind(e.type)) push(byName, e.type === "Hiến pháp" ? "hiến pháp" : lawKey(e.name ?? e.title), e);
      }
    }
    return { byKey, byName };
  };

  const choose = (candidates: IndexedEntry[], citation: Citation): Resolution => {
    if (candidates.length === 0) return { status: "unknown", reason: "not-found" };
    const sorted = [...candidates].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin]);
    const iso = citedIso(citation);
    if (iso) {
      const exact = sorted.filter((e) => e.date === iso);
      if (exact.length > 0) return { status: "resolved", entry: exact[0]!, dateMatches: true };
    }
    const year = citedYear(citation);
    let pool = sorted;
    if (year !== null) {
      const sameYear = sorted.filter((e) => yearOf(e) === year || !e.date);
      if (sameYear.length > 0) pool = sameYear;
      else if (!citation.number?.year) return { status: "unknown", reason: "not-found" };
    }
    // Distinct documents left: by date (the same document known to several registries counts once).
    const dates = new Set(pool.map((e) => e.date));
    if (dates.size > 1) return { status: "ambiguous", candidates: pool };
    return { status: "resolved", entry: pool[0]!, dateMatches: !iso || pool[0]!.date === iso || !pool[0]!.date };
  };

  const resolveUncached = (citation: Citation): Resolution => {
    const { byKey: keys, byName: names } = tables();
    const source = citation.number?.form === "bare" ? citation.antecedent : citation;
    if (!source) return { status: "unknown", reason: "no-identity" };
    if (source.number && source.number.form !== "bare") {
      const withYear = numberKey(source.number, true);
      const noYear = numberKey(source.number, false);
      let candidates = (withYear && keys.get(withYear)) || [];
      if (candidates.length === 0 && noYear) {
        // "19/QĐ-TTg" for "19/2014/QĐ-TTg", or a registry that left the year out.
        candidates = (keys.get(noYear) ?? []).filter((e) => {
          const n = e.number ? parseNumber(e.number) : null;
          return !source.number!.year || !n?.year || n.year === source.number!.year;
        });
      }
      return choose(candidates, citation.number?.form === "bare" ? source : citation);
    }
    if (isLawKind(source.kind)) {
      const key = source.kind === "Hiến pháp" ? "hiến pháp" : source.name ? lawKey(source.name.text) : null;
      if (!key) return { status: "unknown", reason: "no-identity" };
      return choose(names.get(key) ?? [], source);
    }
    return { status: "unknown", reason: "no-identity" };
  };

  const resolve = (citation: Citation): Resolution => {
    let r = resolutions.get(citation);
    if (!r) {
      r = resolveUncached(citation);
      resolutions.set(citation, r);
    }
    return r;
  };

  const sameDocument = (a: IndexedEntry, b: IndexedEntry): boolean => {
    if (a === b) return true;
    if (a.uri || b.uri) return a.uri === b.uri;
    return a.type === b.type && a.number === b.number && a.date === b.date && (a.name ?? "") === (b.name ?? "");
  };

  const citationAt = (uri: string, position: Position): Citation | null => {
    const d = docs.get(uri);
    if (!d) return null;
    for (const c of citationsOf(d)) if (rangeContains(c.range, position)) return c;
    return null;
  };

  const referencesTo = (target: IndexedEntry): CitationReference[] => {
    const out: CitationReference[] = [];
    for (const [uri, d] of docs) {
      for (const c of citationsOf(d)) {
        const r = resolve(c);
        if (r.status === "resolved" && sameDocument(r.entry, target)) out.push({ uri, range: c.range, citation: c });
      }
    }
    return out;
  };

  /** The keys a document is found under in the relation table: its number (with and without year), or its law name. */
  const keysOfRef = (ref: DocRef): string[] => {
    if (ref.number) {
      const n = parseNumber(ref.number);
      const withYear = n && numberKey(n, true);
      const noYear = n && numberKey(n, false);
      return [...new Set([withYear, noYear].filter((k): k is string => !!k))];
    }
    if (ref.name) return [`law:${lawKey(ref.name)}`];
    return [];
  };
  /** Relations a registry states only as fields: "expiry" (and "replacedBy"). */
  const fieldRelations = (e: RegistryEntry, file?: string): Relation[] =>
    e.expiry
      ? [
          {
            kind: e.replacedBy ? "replaces" : "repeals",
            by: e.replacedBy ? { type: "", number: e.replacedBy } : null,
            target: entryRef(e),
            parts: [],
            date: e.expiry,
            source: { file: e.source ?? file ?? "" },
          },
        ]
      : [];

  const relationTable = (): Map<string, Relation[]> => {
    if (!byTarget) {
      byTarget = new Map();
      const all: Relation[] = [];
      for (const d of docs.values()) all.push(...d.relations);
      all.push(...teamRelations, ...team.flatMap((e) => fieldRelations(e, e.file)));
      all.push(...builtinStated, ...builtin.flatMap((e) => fieldRelations(e)));
      for (const r of all) {
        // A relation's target by number is filed under its full key only when it has a year.
        const keys = keysOfRef(r.target);
        const key = keys[0];
        if (key) (byTarget.get(key) ?? byTarget.set(key, []).get(key)!).push(r);
      }
    }
    return byTarget;
  };

  const entryOfRef = (ref: DocRef): IndexedEntry | null => {
    const { byKey: keys, byName: names } = tables();
    if (ref.number) {
      const [withYear] = keysOfRef(ref);
      const list = (withYear && keys.get(withYear)) || [];
      return [...list].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin])[0] ?? null;
    }
    if (ref.name) {
      const list = (names.get(lawKey(ref.name)) ?? []).filter((e) => !ref.year || yearOf(e) === ref.year);
      return [...list].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin])[0] ?? null;
    }
    return null;
  };

  const relationsTo = (target: IndexedEntry | DocRef): Relation[] => {
    const ref = "origin" in target ? entryRef(target) : target;
    const table = relationTable();
    const out = new Set<Relation>();
    const lists: Relation[][] = [];
    for (const k of keysOfRef(ref)) lists.push(table.get(k) ?? []);
    // A law is also found by its name (a relation may name it either way).
    if ("origin" in target && target.name) lists.push(table.get(`law:${lawKey(bareLawName(target.name))}`) ?? []);
    const year = "origin" in target ? yearOf(target) : (ref.year ?? null);
    const date = "origin" in target ? target.date : ref.date;
    // A number without a year ("595/QĐ-UBND") is reused by every issuer, every year: such a
    // relation counts only when its date is the document's.
    const yearless = !!ref.number && !parseNumber(ref.number)?.year;
    for (const list of lists)
      for (const r of list) {
        if (r.target.year && year && r.target.year !== year) continue;
        if (r.target.date && date && r.target.date !== date) continue;
        if (yearless && !(r.target.date && date && r.target.date === date)) continue;
        out.add(r);
      }
    return [...out];
  };

  const index: WorkspaceIndex = {
    setDocument(uri, text, model) {
      // A file from disk is summarised and its model dropped: a workspace of thousands of
      // documents must not keep thousands of models in memory.
      if (!model) {
        index.setSummary(uri, summarizeDocument(uri, text));
        return;
      }
      const entry = entryFromDocument(uri, model);
      const stated = extractDocument(model, uri);
      if (entry && stated.entry?.effective) entry.effective = stated.entry.effective;
      const previous = docs.get(uri);
      const relations = keepRelations(previous?.relations, stated.relations);
      docs.set(uri, { model, entry, summary: summaryOf(model), citations: null, relations });
      // Lookup tables depend only on what documents say they are and state: typing in a body keeps them.
      if (JSON.stringify(previous?.entry ?? null) !== JSON.stringify(entry) || relations !== previous?.relations) invalidate();
    },
    setSummary(uri, { entry, summary, citations, relations }) {
      const previous = docs.get(uri);
      const kept = keepRelations(previous?.relations, relations ?? []);
      docs.set(uri, { model: null, entry, summary, citations, relations: kept });
      if (JSON.stringify(previous?.entry ?? null) !== JSON.stringify(entry) || kept !== previous?.relations) invalidate();
    },
    removeDocument(uri) {
      if (docs.delete(uri)) invalidate();
    },
    setTeamEntries(entries, relations = []) {
      team = [...entries].map((e) => ({ ...e, origin: "team" as const }));
      teamRelations = [...relations];
      invalidate();
    },
    uris: () => [...docs.keys()],
    document: (uri) => docs.get(uri)?.model ?? undefined,
    summaryOf: (uri) => docs.get(uri)?.summary ?? null,
    entryOf: (uri) => docs.get(uri)?.entry ?? null,
    entries: allEntries,
    byNumber(number) {
      const n = parseNumber(number);
      const key = n ? numberKey(n, true) : null;
      const list = key ? (tables().byKey.get(key) ?? []) : [];
      return [...list].sort((a, b) => ORIGIN_RANK[a.origin] - ORIGIN_RANK[b.origin]);
    },
    resolve,
    citationAt,
    definition(uri, position) {
      const c = citationAt(uri, position);
      if (!c) return null;
      const r = resolve(c);
      if (r.status !== "resolved" || r.entry.origin !== "workspace" || !r.entry.uri) return null;
      return { uri: r.entry.uri, range: r.entry.range! };
    },
    references(uri, position, includeDeclaration = true) {
      let target: IndexedEntry | null = null;
      const c = citationAt(uri, position);
      if (c) {
        const r = resolve(c);
        if (r.status === "resolved") target = r.entry;
      } else {
        // On the document's own header (its number, title or place-date): its own references.
        const d = docs.get(uri);
        const own = d?.entry;
        const header = d?.summary.headerRange;
        const title = d?.summary.titleRange;
        if (own && ((header && rangeContains(header, position)) || (title && rangeContains(title, position)))) target = own;
      }
      if (!target) return [];
      const refs: Location[] = referencesTo(target).map(({ uri: u, range }) => ({ uri: u, range }));
      if (includeDeclaration && target.origin === "workspace" && target.uri && target.range) refs.unshift({ uri: target.uri, range: target.range });
      return refs;
    },
    referencesTo,
    entryOfRef,
    relationsTo,
    statusAt(target, date) {
      const relations = relationsTo(target);
      const known = "origin" in target || relations.length > 0;
      return deriveStatus(relations, date, (ref) => entryOfRef(ref), known);
    },
  };
  for (const d of options.documents ?? []) index.setDocument(d.uri, d.text);
  for (const d of options.defined ?? []) index.setSummary(d.uri, { entry: d.entry, summary: NO_SUMMARY, citations: [], relations: [] });
  if (options.team || options.teamRelations) index.setTeamEntries(options.team ?? [], options.teamRelations ?? []);
  return index;
}

/** What a relation says, without where it is said. */
function relationId(r: Relation): string {
  return JSON.stringify([r.kind, r.by, r.target, r.parts, r.date ?? "", r.reported ?? false]);
}

/**
 * The relations a document states after an edit: the previous objects when it states the same
 * (their lines moved at most, and are updated in place), so the lookup tables built on them stand.
 */
function keepRelations(previous: readonly Relation[] | undefined, next: Relation[]): readonly Relation[] {
  if (!previous || previous.length !== next.length || previous.some((r, i) => relationId(r) !== relationId(next[i]!))) return next;
  previous.forEach((r, i) => {
    if (r.source && next[i]!.source) r.source.line = next[i]!.source!.line;
  });
  return previous;
}

let builtinOnly: WorkspaceIndex | undefined;

/** The index rules use when config gives none: the built-in registry only. */
export function builtinIndex(): WorkspaceIndex {
  builtinOnly ??= createWorkspaceIndex();
  return builtinOnly;
}
