// Scores the citator's extraction against the reviewed expectations of test/corpus/real/citator
// (written by reading each document, never from the tool's output): the entry's fields and every
// relation (kind, acting document, target, parts, date, line). Used by test/unit/citator.test.ts
// and `npm run citator:eval`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractDocument } from "../server/src/core/citator/extract.js";
import type { DocRef, Relation } from "../server/src/core/citator/types.js";
import { parse } from "../server/src/core/parser/index.js";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "corpus/real");

interface ExpectedRef {
  type: string;
  number?: string;
  name?: string;
  year?: number;
}

interface ExpectedRelation {
  kind: Relation["kind"];
  by: "self" | ExpectedRef;
  target: ExpectedRef;
  parts: string[];
  date: string | null;
  line: number;
}

interface Expectation {
  file: string;
  entry: { type: string; number: string | null; date: string | null; effective: string | null };
  relations: ExpectedRelation[];
  notes?: string;
}

export interface DocumentScore {
  file: string;
  entryFields: { field: string; expected: unknown; actual: unknown }[];
  matched: number;
  missed: ExpectedRelation[];
  extra: Relation[];
}

export interface CitatorScore {
  documents: DocumentScore[];
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  entryFieldsRight: number;
  entryFieldsTotal: number;
  /** Relations between other documents the texts report (not scored). */
  reported: number;
  /** Matched relations whose line is within 3 of the reviewer's. */
  lineRight: number;
}

function norm(s: string | undefined | null): string {
  return (s ?? "").normalize("NFC").replace(/\s+/g, "").toUpperCase();
}

function sameRef(expected: ExpectedRef | "self", actual: DocRef | null, self: DocRef | null): boolean {
  const e = expected === "self" ? self : expected;
  if (!e || !actual) return false;
  if (e.number || actual.number) return norm(e.number) === norm(actual.number);
  return norm(e.name) === norm(actual.name) && (!e.year || !actual.year || e.year === actual.year);
}

function sameParts(a: readonly string[], b: readonly string[]): boolean {
  const key = (l: readonly string[]) => [...new Set(l.map((p) => p.normalize("NFC").replace(/\s+/g, " ").toLowerCase()))].sort().join("|");
  return key(a) === key(b);
}

/** `set`: "citator" (the reviewed set the extraction was developed on) or "citator-heldout" (never tuned on). */
export function loadExpectations(set = "citator"): Expectation[] {
  const out: Expectation[] = [];
  const dir = path.join(ROOT, set);
  for (const source of readdirSync(dir).sort()) {
    const sub = path.join(dir, source);
    if (!sub.endsWith(".md") && !source.includes(".")) {
      for (const f of readdirSync(sub).sort()) if (f.endsWith(".json")) out.push(JSON.parse(readFileSync(path.join(sub, f), "utf8")) as Expectation);
    }
  }
  return out;
}

/** A relation matches an expected one: same kind, acting document, target and parts (and date, when both give one). */
export function scoreCitator(set = "citator"): CitatorScore {
  const documents: DocumentScore[] = [];
  let expected = 0;
  let found = 0;
  let matched = 0;
  let right = 0;
  let total = 0;
  let reported = 0;
  let merged = 0;
  let lineRight = 0;
  for (const exp of loadExpectations(set)) {
    const text = readFileSync(path.join(ROOT, "docs", exp.file), "utf8");
    const got = extractDocument(parse(text), exp.file);
    const entry = got.entry;
    const fields: DocumentScore["entryFields"] = [];
    const pairs: [string, unknown, unknown][] = [
      ["number", exp.entry.number, entry?.number ?? null],
      ["date", exp.entry.date, entry?.date || null],
      ["effective", exp.entry.effective, entry?.effective ?? null],
      ["type", exp.entry.type, entry?.type ?? null],
    ];
    for (const [field, e, a] of pairs) {
      total++;
      const same = field === "number" ? norm(e as string) === norm(a as string) : e === a;
      if (same) right++;
      else fields.push({ field, expected: e, actual: a });
    }
    // "self" in a consolidated text is the document it consolidates: the acting document of its relations.
    const self: DocRef | null = entry?.number ? { type: entry.type, number: entry.number } : null;
    // A page that does not show its own number: "self" is an acting document the extraction leaves unnamed (by: null).
    const bySelf = (e: ExpectedRelation, r: Relation) => e.by === "self" && !self && r.by === null;
    // Scored: what the document states it does (relations it only reports are counted apart).
    const left = got.relations.filter((r) => !r.reported);
    reported += got.relations.length - left.length;
    const missed: ExpectedRelation[] = [];
    let m = 0;
    for (const e of exp.relations) {
      const i = left.findIndex(
        (r) =>
          r.kind === e.kind &&
          (sameRef(e.by, r.by, self) || bySelf(e, r)) &&
          sameRef(e.target, r.target, null) &&
          sameParts(e.parts, r.parts) &&
          (!r.date || !e.date || r.date === e.date),
      );
      if (i >= 0) {
        m++;
        if (Math.abs((left[i]!.source?.line ?? 0) - e.line) <= 3) lineRight++;
        left.splice(i, 1);
      } else missed.push(e);
    }
    // An amendment read article by article where the reviewer wrote one amendment of the whole
    // document (the title's "sửa đổi, bổ sung một số điều của …") is the same statement, not an extra.
    for (let i = left.length - 1; i >= 0; i--) {
      const r = left[i]!;
      if (
        r.kind === "amends" &&
        r.parts.length > 0 &&
        exp.relations.some((e) => e.kind === "amends" && e.parts.length === 0 && sameRef(e.by, r.by, self) && sameRef(e.target, r.target, null))
      ) {
        left.splice(i, 1);
        merged++;
      }
    }
    expected += exp.relations.length;
    found += got.relations.filter((r) => !r.reported).length;
    matched += m;
    documents.push({ file: exp.file, entryFields: fields, matched: m, missed, extra: left });
  }
  return {
    documents,
    expected,
    found,
    matched,
    precision: found - merged ? matched / (found - merged) : 1,
    recall: expected ? matched / expected : 1,
    entryFieldsRight: right,
    entryFieldsTotal: total,
    reported,
    lineRight,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const s = scoreCitator(process.argv[2] ?? "citator");
  for (const d of s.documents) {
    if (d.entryFields.length === 0 && d.missed.length === 0 && d.extra.length === 0) continue;
    console.log(`\n${d.file}`);
    for (const f of d.entryFields) console.log(`  entry ${f.field}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`);
    for (const r of d.missed)
      console.log(`  missed ${r.kind} by ${JSON.stringify(r.by)} → ${JSON.stringify(r.target)} ${JSON.stringify(r.parts)} ${r.date ?? ""} L${r.line}`);
    for (const r of d.extra)
      console.log(`  extra  ${r.kind} by ${JSON.stringify(r.by)} → ${JSON.stringify(r.target)} ${JSON.stringify(r.parts)} ${r.date ?? ""} L${r.source?.line}`);
  }
  console.log(
    `\nrelations: ${s.matched} of ${s.expected} expected found (${s.lineRight} at the reviewer's line ±3), ${s.found} extracted (+${s.reported} reported between other documents, not scored): precision ${(100 * s.precision).toFixed(1)}%, recall ${(100 * s.recall).toFixed(1)}%; entry fields ${s.entryFieldsRight}/${s.entryFieldsTotal}`,
  );
}
