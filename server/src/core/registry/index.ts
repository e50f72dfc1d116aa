// The workspace index: resolves citations against workspace documents, team registries and the
// built-in registry (in that order), and answers definition and references. Pure: it is given
// (uri, text) pairs and parsed registry entries; it reads no files.
import { canonicalType, citedIso, citedYear, findCitations, isLawKind, nameKey as lawNameKey, numberKey, type Citation } from "../citations.js";
import { isoDate } from "../dates.js";
import type { DatePart, DocNumber, Position, Range, VbhcDocument } from "../model.js";
import { parse } from "../parser/index.js";
import { builtinEntries } from "./builtin.js";
import type { EntryOrigin, IndexedEntry, RegistryEntry } from "./types.js";
import { detached } from "../memo.js";

export type { EntryOrigin, IndexedEntry, RegistryEntry, RegistryStatus, UncertainField } from "./types.js";
export { parseRegistry, parseRegistryCsv, parseRegistryJson, type ParsedRegistry, type RegistryProblem } from "./load.js";
export { builtinEntries } from "./builtin.js";

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

export interface DocumentSummary {
  kind: string;
  number: string;
  summary: string;
  /** The header (or the title): where the document's own references point. */
  headerRange: Range | null;
  titleRange: Range | null;
}

/** What the index keeps of a file from disk: plain data (it can cross a thread boundary). */
export interface IndexedSummary {
  entry: IndexedEntry | null;
  summary: DocumentSummary;
  citations: PackedCitations;
}

/** Parses a workspace file and keeps what the index needs of it (the model is dropped). */
export function summarizeDocument(uri: string, text: string): IndexedSummary {
  const document = parse(text);
  const entry = entryFromDocument(uri, document);
  return { entry: entry && detachedEntry(entry), summary: summaryOf(document), citations: packCitations(findCitations(document)) };
}

/** What a workspace document defines, from its text (a header is enough): no citations are read. */
export function entryOfText(uri: string, text: string): IndexedEntry | null {
  const entry = entryFromDocument(uri, parse(text));
  return entry && detachedEntry(entry);
}

const NO_SUMMARY: DocumentSummary = Object.freeze({ kind: "", number: "", summary: "", headerRange: null, titleRange: null });

/** What the index keeps of a workspace document. */
interface IndexedDocument {
  /** The model, for a document given with one (open in the editor); null for a file from disk. */
  model: VbhcDocument | null;
  entry: IndexedEntry | null;
  summary: DocumentSummary;
  /** For a file from disk: its citations, packed (no model, no text kept). */
  citations: PackedCitations | null;
}

/** Stands for a slimmed citation's section: the model it came from is not kept. */
const NO_SECTION: VbhcDocument["attachments"][number] = Object.freeze({
  header: null,
  title: null,
  addressees: null,
  preamble: null,
  body: Object.freeze({ range: null, paragraphs: [], items: [] }),
  closing: null,
});

/**
 * A file's citations as the index keeps them: one flat array, CITATION_FIELDS values a citation,
 * holding what resolving and finding references need (no model, no text, no nested objects — a
 * workspace of thousands of files keeps tens of thousands of citations).
 */
export type PackedCitations = (string | number | null)[];
const CITATION_FIELDS = 17;

function packCitations(citations: readonly Citation[]): PackedCitations {
  const out: PackedCitations = [];
  const at = new Map<Citation, number>();
  const text = (s: string | null | undefined) => (s == null ? null : detached(s));
  citations.forEach((c, k) => {
    at.set(c, k);
    const n = c.number;
    const d = c.date;
    out.push(
      c.kind,
      n ? n.form : null,
      text(n?.number),
      text(n?.year),
      text(n?.symbol),
      text(c.name?.text),
      d?.day?.value ?? null,
      d?.month?.value ?? null,
      d?.year?.value ?? null,
      c.yearOnly?.value ?? null,
      c.antecedent ? (at.get(c.antecedent) ?? -1) : -1,
      c.range.start.line,
      c.range.start.character,
      c.range.end.line,
      c.range.end.character,
      c.context,
      text(n?.raw),
    );
  });
  return out;
}

/** Citations back from their packed form: enough to resolve them and to say where they are. */
function unpackCitations(packed: PackedCitations): Citation[] {
  const out: Citation[] = [];
  for (let i = 0; i + CITATION_FIELDS <= packed.length; i += CITATION_FIELDS) {
    const f = packed.slice(i, i + CITATION_FIELDS);
    const range: Range = { start: { line: f[11] as number, character: f[12] as number }, end: { line: f[13] as number, character: f[14] as number } };
    const part = (v: string | number | null): DatePart | null => (v === null ? null : { text: String(v), value: v as number, range });
    const form = f[1] as DocNumber["form"] | null;
    const number = f[2] as string | null;
    const year = f[3] as string | null;
    const symbol = f[4] as string | null;
    const name = f[5] as string | null;
    const antecedent = f[10] as number;
    out.push({
      range,
      type: { text: f[0] as string, range },
      kind: f[0] as string,
      number: form && number !== null ? { form, number, year, symbol, raw: f[16] as string, range } : null,
      name: name === null ? null : { text: name, range },
      date: f[6] !== null || f[7] !== null || f[8] !== null ? { form: "numeric", day: part(f[6]!), month: part(f[7]!), year: part(f[8]!), range } : null,
      yearOnly: part(f[9]!),
      issuer: null,
      summary: null,
      section: NO_SECTION,
      context: f[15] as Citation["context"],
      antecedent: antecedent >= 0 ? (out[antecedent] ?? null) : null,
      // The slim index keeps no text around citations (nothing that reads the index needs it).
      lead: "",
    });
  }
  return out;
}

function summaryOf(document: VbhcDocument): DocumentSummary {
  return {
    kind: detached(document.title?.kind ?? ""),
    number: detached(document.header?.number?.value?.text ?? ""),
    summary: detached(document.title?.summary?.text ?? ""),
    headerRange: document.header?.range ?? null,
    titleRange: document.title?.range ?? null,
  };
}

const ORIGIN_RANK: Record<EntryOrigin, number> = { workspace: 0, team: 1, builtin: 2 };

function within(p: Position, r: Range): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

/** Parses "30/2020/NĐ-CP", "595/QĐ-UBND", "25-CT/TU" as published in a registry. */
export function parseNumber(text: string): DocNumber | null {
  const t = text.replace(/\s+/g, "").normalize("NFC");
  let m = /^(\d+[A-Za-z]?)-([^/]+)\/(.+)$/.exec(t);
  if (m) return { form: "party", number: m[1]!, year: null, symbol: `${m[2]}/${m[3]}`, raw: t };
  m = /^(\d+[A-Za-z]?)\/(?:(\d{4})\/)?(.+)$/.exec(t);
  if (m) return { form: "state", number: m[1]!, year: m[2] ?? null, symbol: m[3]!, raw: t };
  return null;
}

function lawKey(name: string): string {
  return lawNameKey(name)
    .replace(/\bqppl\b/g, "quy phạm pháp luật")
    .replace(/\bubnd\b/g, "ủy ban nhân dân");
}

const PLACE_WORD = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s/;

/**
 * The issuing body as a căn cứ names it, from the header's agency lines: "ỦY BAN NHÂN DÂN" /
 * "TỈNH KHÁNH HÒA" → "Ủy ban nhân dân tỉnh Khánh Hòa"; "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG" /
 * "SỞ NỘI VỤ" → "Sở Nội vụ" (the last line names the issuer unless it only names the place).
 */
export function issuerOf(lines: readonly string[]): string {
  const clean = lines.map((l) => l.normalize("NFC").replace(/\s+/g, " ").trim()).filter((l) => l.length > 0);
  if (clean.length === 0) return "";
  const last = clean[clean.length - 1]!.toLowerCase();
  const name = PLACE_WORD.test(last) && clean.length > 1 ? `${clean[clean.length - 2]!.toLowerCase()} ${last}` : last;
  // Sentence case; proper names after a place word, "sở", "bộ", "ban" keep their capitals.
  const words = name.split(" ");
  const cap = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);
  let properFrom = -1;
  const m = /(?:^|\s)(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s/.exec(name);
  if (m)
    properFrom = name
      .slice(0, m.index + m[0].length)
      .split(" ")
      .filter(Boolean).length;
  return words.map((w, i) => (i === 0 || (properFrom >= 0 && i >= properFrom) || (i === 1 && /^(sở|bộ|ban|cục|vụ)$/.test(words[0]!)) ? cap(w) : w)).join(" ");
}

/** What a workspace document defines: its type, number, date and agency from the header. */
function entryFromDocument(uri: string, document: VbhcDocument): IndexedEntry | null {
  const parsed = document.header?.number?.parsed;
  if (!parsed || parsed.form === "bare" || !parsed.symbol) return null;
  const kind = document.title?.kind ?? "";
  const agency = issuerOf(document.header?.agency.map((a) => a.text) ?? []);
  return {
    origin: "workspace",
    uri,
    range: document.header?.number?.value?.range ?? document.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    type: kind ? canonicalType(kind.toLowerCase()) : "Văn bản",
    number: parsed.raw.replace(/\s+/g, ""),
    date: isoDate(document.header?.placeDate?.date) ?? "",
    issuer: agency,
    title: lowerFirst(document.title?.summary?.text ?? ""),
    status: "unknown",
  };
}

/** An entry whose strings do not keep its document's text alive. */
function detachedEntry(e: IndexedEntry): IndexedEntry {
  return { ...e, number: e.number && detached(e.number), issuer: detached(e.issuer), title: detached(e.title) };
}

/** A header's summary ("Ban hành Kế hoạch …") as it reads inside a sentence ("ban hành Kế hoạch …"). */
function lowerFirst(text: string): string {
  const first = text.split(" ")[0] ?? "";
  if (first.length > 1 && first === first.toUpperCase()) return text; // an abbreviation, or an all-caps title
  return text.charAt(0).toLowerCase() + text.slice(1);
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
    for (const c of citationsOf(d)) if (within(position, c.range)) return c;
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
        if (own && ((header && within(position, header)) || (title && within(position, title)))) target = own;
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
