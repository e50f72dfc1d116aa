// The workspace index: resolves citations against workspace documents, team registries and the
// built-in registry (in that order), and answers definition and references. Pure: it is given
// (uri, text) pairs and parsed registry entries; it reads no files.
import { citedIso, citedYear, findCitations, isLawKind, nameKey as lawNameKey, numberKey, type Citation } from "../citations.js";
import type { Position, Range, VbhcDocument } from "../model.js";
import { builtinEntries } from "./builtin.js";
import type { EntryOrigin, IndexedEntry, RegistryEntry } from "./types.js";
import { rangeContains } from "../positions.js";
import { entryFromDocument, NO_SUMMARY, parseNumber, summarizeDocument, summaryOf, type DocumentSummary, type IndexedSummary } from "./document-entry.js";
import { unpackCitations, type PackedCitations } from "./packed-citations.js";

export type { EntryOrigin, IndexedEntry, RegistryEntry, RegistryStatus, UncertainField } from "./types.js";
export { parseRegistry, parseRegistryCsv, parseRegistryJson, type ParsedRegistry, type RegistryProblem } from "./load.js";
export { builtinEntries } from "./builtin.js";
export { entryOfText, issuerOf, parseNumber, summarizeDocument, type DocumentSummary, type IndexedSummary } from "./document-entry.js";
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
  /** Include the built-in registry (default true). */
  builtin?: boolean;
}

export interface WorkspaceIndex {
  /** Adds or replaces a workspace document; pass its model when it is already parsed. */
  setDocument(uri: string, text: string, document?: VbhcDocument): void;
  removeDocument(uri: string): void;
  setTeamEntries(entries: Iterable<RegistryEntry & { file?: string }>): void;
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
}

/** What the index keeps of a workspace document. */
interface IndexedDocument {
  /** The model, for a document given with one (open in the editor); null for a file from disk. */
  model: VbhcDocument | null;
  entry: IndexedEntry | null;
  summary: DocumentSummary;
  /** For a file from disk: its citations, packed (no model, no text kept). */
  citations: PackedCitations | null;
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
  const builtin: IndexedEntry[] = options.builtin === false ? [] : builtinEntries().map((e) => ({ ...e, origin: "builtin" as const }));
  // Lookup tables, rebuilt lazily after a change.
  let byKey: Map<string, IndexedEntry[]> | null = null;
  let byName: Map<string, IndexedEntry[]> | null = null;
  let resolutions = new WeakMap<Citation, Resolution>();

  const invalidate = () => {
    byKey = null;
    byName = null;
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

  const index: WorkspaceIndex = {
    setDocument(uri, text, model) {
      // A file from disk is summarised and its model dropped: a workspace of thousands of
      // documents must not keep thousands of models in memory.
      if (!model) {
        index.setSummary(uri, summarizeDocument(uri, text));
        return;
      }
      const entry = entryFromDocument(uri, model);
      const before = docs.get(uri)?.entry ?? null;
      docs.set(uri, { model, entry, summary: summaryOf(model), citations: null });
      // Lookup tables depend only on what documents say they are: typing in a body keeps them.
      if (JSON.stringify(before) !== JSON.stringify(entry)) invalidate();
    },
    setSummary(uri, { entry, summary, citations }) {
      const before = docs.get(uri)?.entry ?? null;
      docs.set(uri, { model: null, entry, summary, citations });
      // Lookup tables depend only on what documents say they are: typing in a body keeps them.
      if (JSON.stringify(before) !== JSON.stringify(entry)) invalidate();
    },
    removeDocument(uri) {
      if (docs.delete(uri)) invalidate();
    },
    setTeamEntries(entries) {
      team = [...entries].map((e) => ({ ...e, origin: "team" as const }));
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
  };
  for (const d of options.documents ?? []) index.setDocument(d.uri, d.text);
  for (const d of options.defined ?? []) index.setSummary(d.uri, { entry: d.entry, summary: NO_SUMMARY, citations: [] });
  if (options.team) index.setTeamEntries(options.team);
  return index;
}

let builtinOnly: WorkspaceIndex | undefined;

/** The index rules use when config gives none: the built-in registry only. */
export function builtinIndex(): WorkspaceIndex {
  builtinOnly ??= createWorkspaceIndex();
  return builtinOnly;
}
