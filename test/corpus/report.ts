// `npm run corpus`: how the parser's model matches the golden outlines of the real corpus, per
// field and per source; `--wrong` lists every wrong field; `--json` prints the scores;
// `--raise-floors` raises test/corpus/real/floors.json to today's figures (never lowers one).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compareDocument, corpusDocuments, FIELDS, REAL, score, type DocumentResult } from "./outline-match.js";

const results: DocumentResult[] = corpusDocuments().map(compareDocument);
const sources = [...new Set(results.map((r) => r.source))];
const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(0)}%`);
if (process.argv.includes("--raise-floors")) {
  const file = path.join(REAL, "floors.json");
  const floors = JSON.parse(readFileSync(file, "utf8")) as { documents: number; allRight: number; perField: Record<string, number> };
  const now = score(results);
  floors.documents = now.documents;
  floors.allRight = Math.max(floors.allRight, now.allRight);
  for (const f of FIELDS) floors.perField[f] = Math.max(floors.perField[f] ?? 0, now.perField[f]);
  writeFileSync(file, `${JSON.stringify(floors, null, 2)}\n`);
}
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(score(results), null, 2));
} else {
  const rows = [["field", "all", ...sources]];
  const all = score(results);
  const bySource = sources.map((s) => score(results.filter((r) => r.source === s)));
  for (const f of FIELDS)
    rows.push([
      f,
      `${all.perField[f]}/${all.documents} ${pct(all.perField[f], all.documents)}`,
      ...bySource.map((b) => `${b.perField[f]}/${b.documents} ${pct(b.perField[f], b.documents)}`),
    ]);
  rows.push([
    "every field",
    `${all.allRight}/${all.documents} ${pct(all.allRight, all.documents)}`,
    ...bySource.map((b) => `${b.allRight}/${b.documents} ${pct(b.allRight, b.documents)}`),
  ]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));
  if (process.argv.includes("--wrong")) {
    const only = process.argv.find((a) => a.startsWith("--field="))?.slice(8);
    for (const r of results) {
      for (const w of r.wrong)
        if (!only || w.field === only) console.log(`${r.id}  ${w.field}\n    expected ${JSON.stringify(w.expected)}\n    actual   ${JSON.stringify(w.actual)}`);
    }
  }
}
