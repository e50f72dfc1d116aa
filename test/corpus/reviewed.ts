// The reviewed findings of the real corpus (test/corpus/real/reviewed/<source>/<file>.json): for
// every finding vbhc reported when the document was reviewed, whether a careful reviewer wants it
// (verdict "true") or not ("false", with the class of text it misjudged), and the real defects it
// missed. Compared with today's findings, they give precision and recall per rule; a finding that
// nobody reviewed, or a real defect no longer found, fails the test (test/unit/real-corpus.test.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { check, DEFAULT_CONFIG } from "../../server/src/core/index.js";
import { allRules } from "../../server/src/rules/index.js";
import { REAL } from "./outline-match.js";

export interface ReviewedFinding {
  rule: string;
  line: number;
  column: number;
  verdict: "true" | "false";
  class?: string;
  why: string;
}

export interface ReviewedDocument {
  document: string;
  reviewedAt: string;
  kind: string;
  findings: ReviewedFinding[];
  missed: { rule: string; line: number; why: string }[];
}

export interface DocumentVerdicts {
  id: string;
  /** Found today and reviewed true. */
  truePositives: ReviewedFinding[];
  /** Found today and reviewed false. */
  falsePositives: ReviewedFinding[];
  /** Found today and never reviewed: a reviewer must decide. */
  unreviewed: { rule: string; line: number; column: number; message: string }[];
  /** Reviewed true, not found today: a real defect vbhc stopped finding. */
  lost: ReviewedFinding[];
  /** Reviewed false, not found today: fixed (the reviewed file may drop it). */
  gone: ReviewedFinding[];
  /** Real defects the review says vbhc misses. */
  missed: ReviewedDocument["missed"];
}

const REVIEWED = path.join(REAL, "reviewed");

export function reviewedDocuments(): ReviewedDocument[] {
  if (!existsSync(REVIEWED)) return [];
  const out: ReviewedDocument[] = [];
  for (const source of readdirSync(REVIEWED).sort()) {
    for (const name of readdirSync(path.join(REVIEWED, source)).sort()) {
      if (name.endsWith(".json")) out.push(JSON.parse(readFileSync(path.join(REVIEWED, source, name), "utf8")) as ReviewedDocument);
    }
  }
  return out;
}

export function compareReviewed(reviewed: ReviewedDocument): DocumentVerdicts {
  const text = readFileSync(path.join(REAL, "docs", reviewed.document), "utf8");
  const found = check(text, allRules, DEFAULT_CONFIG).findings.map((f) => ({
    rule: f.ruleId,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    message: f.message.en,
  }));
  // Match as multisets: the same rule may report the same line more than once. The same column
  // first, then the same line (columns move with small range changes).
  const result: DocumentVerdicts = {
    id: reviewed.document,
    truePositives: [],
    falsePositives: [],
    unreviewed: [],
    lost: [],
    gone: [],
    missed: reviewed.missed,
  };
  const remaining = [...reviewed.findings];
  const take = (f: { rule: string; line: number; column: number }, exact: boolean): ReviewedFinding | null => {
    const k = remaining.findIndex((r) => r.rule === f.rule && r.line === f.line && (!exact || r.column === f.column));
    return k < 0 ? null : remaining.splice(k, 1)[0]!;
  };
  const unmatched: typeof found = [];
  const verdict = (r: ReviewedFinding) => (r.verdict === "true" ? result.truePositives : result.falsePositives).push(r);
  for (const f of found) {
    const r = take(f, true);
    if (r) verdict(r);
    else unmatched.push(f);
  }
  for (const f of unmatched) {
    const r = take(f, false);
    if (r) verdict(r);
    else result.unreviewed.push(f);
  }
  for (const r of remaining) (r.verdict === "true" ? result.lost : result.gone).push(r);
  return result;
}

export interface RuleScore {
  truePositives: number;
  falsePositives: number;
  /** Real defects not found: missed by the review's account, and reviewed true but lost since. */
  falseNegatives: number;
}

/** Per rule and in all ("*"), over the documents given. */
export function scoreReviewed(results: readonly DocumentVerdicts[]): Map<string, RuleScore> {
  const scores = new Map<string, RuleScore>();
  const add = (rule: string, field: keyof RuleScore) => {
    for (const id of [rule, "*"]) {
      const s = scores.get(id) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
      s[field]++;
      scores.set(id, s);
    }
  };
  for (const r of results) {
    for (const f of r.truePositives) add(f.rule, "truePositives");
    for (const f of r.falsePositives) add(f.rule, "falsePositives");
    for (const f of [...r.lost, ...r.missed]) add(f.rule, "falseNegatives");
  }
  return scores;
}

/** The false classes, with counts, over the documents given (what to fix first). */
export function falseClasses(results: readonly DocumentVerdicts[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of results) for (const f of r.falsePositives) out.set(f.class ?? "other", (out.get(f.class ?? "other") ?? 0) + 1);
  return new Map([...out].sort((a, b) => b[1] - a[1]));
}
