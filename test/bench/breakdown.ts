// Where the time of a check goes, per MB of a corpus: parsing, the shared analyses (citations,
// deadlines, references), then each rule alone. Fresh copies of the texts are parsed each round.
import { DEFAULT_CONFIG, parse, runRules } from "../../server/src/core/index.js";
import { findCitations } from "../../server/src/core/citations.js";
import { extractDeadlines } from "../../server/src/core/deadlines.js";
import { findReferences } from "../../server/src/core/references.js";
import { allRules } from "../../server/src/rules/index.js";

export interface Breakdown {
  megabytes: number;
  totalMsPerMb: number;
  /** Phase or rule → ms per MB, largest first. */
  parts: { name: string; msPerMb: number }[];
}

export function breakdown(docs: readonly string[], rounds = 3): Breakdown {
  const mb = docs.reduce((s, d) => s + Buffer.byteLength(d), 0) / 1e6;
  const totals = new Map<string, number>();
  const add = (k: string, ms: number) => totals.set(k, (totals.get(k) ?? 0) + ms);
  for (let round = 0; round < rounds + 1; round++) {
    for (const text of docs) {
      const fresh = ` ${text}`.slice(1);
      let t = performance.now();
      const document = parse(fresh);
      const parseMs = performance.now() - t;
      t = performance.now();
      findCitations(document);
      const citeMs = performance.now() - t;
      t = performance.now();
      extractDeadlines(document, DEFAULT_CONFIG);
      const deadlineMs = performance.now() - t;
      t = performance.now();
      findReferences(document);
      const refMs = performance.now() - t;
      if (round === 0) continue; // warm-up
      add("parse", parseMs);
      add("analysis: citations", citeMs);
      add("analysis: deadlines", deadlineMs);
      add("analysis: references", refMs);
      for (const rule of allRules) {
        t = performance.now();
        runRules(document, [rule], DEFAULT_CONFIG);
        add(`rule ${rule.id}`, performance.now() - t);
      }
    }
  }
  const parts = [...totals].map(([name, ms]) => ({ name, msPerMb: ms / rounds / mb })).sort((a, b) => b.msPerMb - a.msPerMb);
  return { megabytes: mb, totalMsPerMb: parts.reduce((s, p) => s + p.msPerMb, 0), parts };
}
