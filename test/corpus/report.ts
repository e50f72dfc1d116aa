// `npm run corpus`: how the parser's model matches the golden outlines of the real corpus, per
// field and per source; `--wrong` lists every wrong field; `--json` prints the scores;
// `--raise-floors` raises test/corpus/real/floors.json to today's figures (never lowers one).
// Then the findings against the reviewed lists: precision and recall per rule, the false classes,
// and (`--unreviewed`) every finding no one has reviewed and every real defect no longer found.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { compareDocument, corpusDocuments, FIELDS, REAL, score, type DocumentResult } from "./outline-match.js";
import { compareReviewed, falseClasses, reviewedDocuments, scoreReviewed } from "./reviewed.js";

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

if (!process.argv.includes("--json")) {
  const reviewed = reviewedDocuments().map(compareReviewed);
  if (reviewed.length > 0) {
    const scores = scoreReviewed(reviewed);
    const ratio = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(0)}%`);
    console.log(`\nFindings on ${reviewed.length} reviewed documents (true / false / missed; precision, recall; false per 10 documents):`);
    const rows = [["rule", "true", "false", "missed", "precision", "recall"]];
    const ids = [...scores.keys()].filter((k) => k !== "*").sort();
    for (const id of [...ids, "*"]) {
      const s = scores.get(id)!;
      rows.push([
        id === "*" ? "all rules" : id,
        String(s.truePositives),
        String(s.falsePositives),
        String(s.falseNegatives),
        ratio(s.truePositives, s.truePositives + s.falsePositives),
        ratio(s.truePositives, s.truePositives + s.falseNegatives),
      ]);
    }
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
    const all = scores.get("*");
    if (all) console.log(`false findings per 10 documents: ${((10 * all.falsePositives) / reviewed.length).toFixed(1)}`);
    console.log(`false classes: ${[...falseClasses(reviewed)].map(([c, n]) => `${c} ${n}`).join(", ")}`);
    const unreviewed = reviewed.reduce((n, r) => n + r.unreviewed.length, 0);
    const lost = reviewed.reduce((n, r) => n + r.lost.length, 0);
    const gone = reviewed.reduce((n, r) => n + r.gone.length, 0);
    console.log(`unreviewed findings: ${unreviewed}; real defects no longer found: ${lost}; false findings gone since review: ${gone}`);
    if (process.argv.includes("--unreviewed")) {
      for (const r of reviewed) {
        for (const f of r.unreviewed) console.log(`unreviewed  ${r.id}:${f.line}:${f.column}  [${f.rule}] ${f.message}`);
        for (const f of r.lost) console.log(`lost        ${r.id}:${f.line}:${f.column}  [${f.rule}] ${f.why}`);
      }
    }
  }
}
