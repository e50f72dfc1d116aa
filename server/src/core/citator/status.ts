// A document's status at a date, derived from the relations that target it: replaced or repealed
// whole (expired, from the day the relation takes effect), parts repealed, amendments in effect.
// The day a relation takes effect is the one it states, else the acting document's effective
// date, else (flagged) its date of issue: a replaced document stays citable until its
// replacement takes effect.
import type { RegistryEntry } from "../registry/types.js";
import type { AppliedRelation, DerivedStatus, DocRef, Relation } from "./types.js";

/** What the status needs to know of the acting documents. */
export type ActorLookup = (ref: DocRef) => Pick<RegistryEntry, "date" | "effective"> | null;

export function applied(relation: Relation, actorOf: ActorLookup): AppliedRelation {
  if (relation.date) return { relation, date: relation.date, dateIsIssue: false };
  const actor = relation.by ? actorOf(relation.by) : null;
  if (actor?.effective) return { relation, date: actor.effective, dateIsIssue: false };
  if (actor?.date) return { relation, date: actor.date, dateIsIssue: true };
  return { relation, date: null, dateIsIssue: false };
}

/**
 * The status at `date` (ISO) of a document that `relations` target. `known`: whether any registry
 * knows the document at all (an entry, or relations); with neither, the status is unknown.
 */
export function statusAt(relations: readonly Relation[], date: string, actorOf: ActorLookup, known = relations.length > 0): DerivedStatus {
  const out: DerivedStatus = { status: known ? "in-force" : "unknown", repealed: [], amended: [], pending: [] };
  const sorted = relations.map((r) => applied(r, actorOf)).sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  for (const a of sorted) {
    if (!a.date || a.date > date) {
      out.pending.push(a);
      continue;
    }
    const r = a.relation;
    if (r.kind === "amends") out.amended.push(a);
    else if (r.parts.length > 0) out.repealed.push(a);
    else if (!out.ended) out.ended = a;
  }
  if (out.ended) out.status = "expired";
  else if (out.repealed.length > 0) out.status = "partly";
  return out;
}

/** A law's name without its type word: "Luật Cư trú" → "Cư trú" (as a relation names it). */
export function bareLawName(name: string): string {
  return name.replace(/^(?:Bộ luật|Luật|Pháp lệnh)\s+/iu, "");
}

/** A registry entry as a relation names it: by number (and date), or a law by name and year. */
export function entryRef(e: Pick<RegistryEntry, "type" | "number" | "name" | "title" | "date">): DocRef {
  if (e.number) return { type: e.type, number: e.number, ...(e.date ? { date: e.date } : {}) };
  return { type: e.type, name: bareLawName(e.name ?? e.title), ...(e.date ? { year: Number(e.date.slice(0, 4)) } : {}) };
}

/** A part as a path from the article down: "điểm a khoản 2 Điều 3" → { article: "3", clause: "2", point: "a" }. */
interface PartPath {
  unit?: string;
  article?: string;
  clause?: string;
  point?: string;
}

function pathOf(part: string): PartPath {
  const p: PartPath = {};
  const article = /Điều\s+(\d+[a-zđ]?)/iu.exec(part);
  const clause = /khoản\s+(\d+)/iu.exec(part);
  const point = /điểm\s+([a-zđ])/iu.exec(part);
  const unit = /(Chương|Mục|Phụ lục)\s+(\S+)/iu.exec(part);
  if (article) p.article = article[1]!.toLowerCase();
  if (clause) p.clause = clause[1]!;
  if (point) p.point = point[1]!.toLowerCase();
  if (unit) p.unit = `${unit[1]!.toLowerCase()} ${unit[2]!.toUpperCase()}`;
  return p;
}

/**
 * Does repealing `repealed` take away `cited`? "Điều 5" covers "khoản 2 Điều 5"; "khoản 2 Điều
 * 5" does not cover "Điều 5" (the rest of the article stands). A chapter covers only itself: which
 * articles it holds is not known here.
 */
export function partCovers(repealed: string, cited: string): boolean {
  const r = pathOf(repealed);
  const c = pathOf(cited);
  if (r.unit || c.unit) return !!r.unit && r.unit === c.unit && !r.article && !c.article;
  if (!r.article || r.article !== c.article) return false;
  if (r.clause && r.clause !== c.clause) return false;
  if (r.point && r.point !== c.point) return false;
  return true;
}
