// The real corpus (test/corpus/real): each document's model against the outline a reader wrote
// for it. The floors in test/corpus/real/floors.json are today's figures: a change that loses a
// field on any document fails here; one that gains raises the floor (npm run corpus -- --json).
// The goal (issue: the text layer) is every field right on 95% of the documents. Then each
// document's findings against its reviewed list (test/corpus/reviewed.ts).
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { compareDocument, corpusDocuments, FIELDS, REAL, score } from "../corpus/outline-match.js";
import { compareReviewed, reviewedDocuments } from "../corpus/reviewed.js";

const documents = corpusDocuments();
const results = documents.map(compareDocument);
const floors = JSON.parse(readFileSync(path.join(REAL, "floors.json"), "utf8")) as { allRight: number; perField: Record<string, number> };

describe("real corpus: golden outlines", () => {
  it("has at least 150 documents, each with its golden outline and its SOURCES row", () => {
    assert.ok(documents.length >= 150, `${documents.length} documents`);
    const sources = readFileSync(path.join(REAL, "SOURCES.md"), "utf8");
    for (const source of readdirSync(path.join(REAL, "docs"))) {
      for (const file of readdirSync(path.join(REAL, "docs", source))) {
        assert.ok(existsSync(path.join(REAL, "golden", source, `${file}.json`)), `golden/${source}/${file}.json`);
        assert.ok(sources.includes(`| ${source} | ${file} |`), `SOURCES.md row for ${source}/${file}`);
      }
    }
  });

  it("keeps every field at or above its floor", () => {
    const s = score(results);
    const lost = FIELDS.filter((f) => s.perField[f] < floors.perField[f]!).map((f) => `${f}: ${s.perField[f]} < ${floors.perField[f]}`);
    if (s.allRight < floors.allRight) lost.push(`every field: ${s.allRight} < ${floors.allRight}`);
    const wrong = results.flatMap((r) => r.wrong.map((w) => `${r.id} ${w.field}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.actual)}`));
    assert.deepEqual(lost, [], `fields below their floor (npm run corpus -- --wrong lists the ${wrong.length} wrong fields)`);
  });
});

describe("real corpus: reviewed findings", () => {
  const reviewed = reviewedDocuments();
  const verdicts = reviewed.map(compareReviewed);

  it("has a reviewed list for every document, well formed", () => {
    const ids = new Set(reviewed.map((r) => r.document));
    const missing = documents.map((d) => d.id).filter((id) => !ids.has(id));
    assert.deepEqual(missing, [], "documents without test/corpus/real/reviewed/<source>/<file>.json");
    for (const r of reviewed) {
      for (const f of r.findings) {
        assert.ok(f.verdict === "true" || f.verdict === "false", `${r.document}:${f.line} verdict`);
        assert.ok(f.verdict === "true" || typeof f.class === "string", `${r.document}:${f.line} a false finding names its class`);
      }
    }
  });

  it("reports nothing that no one has reviewed, and still finds every reviewed real defect", () => {
    // A new finding is read against the document and the law, then added to the reviewed list
    // (true or false) — never accepted wholesale (npm run corpus -- --unreviewed lists them).
    const problems = verdicts.flatMap((v) => [
      ...v.unreviewed.map((f) => `unreviewed ${v.id}:${f.line}:${f.column} [${f.rule}] ${f.message}`),
      ...v.lost.map((f) => `no longer found ${v.id}:${f.line}:${f.column} [${f.rule}] ${f.why}`),
    ]);
    assert.deepEqual(problems, []);
  });
});
