// Fixture-driven rule tests. For every rule <family>/<name> there is a folder
// test/fixtures/<family>/<name>/ with bad-*.txt documents that must trigger it and good-*.txt
// documents that must not. Each document has <doc>.expected.json — the exact findings
// (1-based line/column, the rule's messageId and the data its message is rendered with, "data"
// left out when empty; "fixable": false when no fix is offered) — and,
// when the rule fixes it, <doc>.fixed.txt with the exact text after `--fix`. An optional
// <doc>.config.json sets config for that document ({ "standard": "tt01", "draft": true }).
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { DEFAULT_CONFIG, type Finding, fixAll, parse, runRules, type MessageData, type ResolvedConfig } from "../../server/src/core/index.js";
import { type DocxText, readDocx } from "../../server/src/core/docx/read.js";
import { exportDocx } from "../../server/src/features/docx.js";
import { allRules } from "../../server/src/rules/index.js";
import { fixture, FIXTURES } from "../helpers.js";

interface ExpectedFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId: string;
  data?: MessageData;
  fixable?: boolean;
}

function asExpected(f: Finding): ExpectedFinding {
  return {
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    messageId: f.messageId,
    ...(f.data ? { data: f.data } : {}),
    ...(f.fix ? {} : { fixable: false }),
  };
}

/** A Word document made from a recipe: a text fixture exported by vbhc, with its XML changed as the recipe says. */
async function docxFromRecipe(file: string): Promise<DocxText> {
  const recipe = JSON.parse(readFileSync(file, "utf8")) as { text: string; replace?: Record<string, [string, string][]> };
  const parts = unzipSync(await exportDocx(parse(readFileSync(path.resolve(path.dirname(file), recipe.text), "utf8"))));
  for (const [part, pairs] of Object.entries(recipe.replace ?? {})) {
    let xml = strFromU8(parts[part]!);
    for (const [from, to] of pairs) {
      assert.ok(xml.includes(from), `${path.basename(file)}: ${part} has no ${from}`);
      xml = xml.split(from).join(to);
    }
    parts[part] = strToU8(xml);
  }
  return readDocx(zipSync(parts));
}

describe("rules on their fixtures", () => {
  for (const rule of allRules) {
    describe(rule.id, () => {
      const dir = path.join(FIXTURES, rule.id);
      const docs = existsSync(dir) ? readdirSync(dir).filter((f) => (f.endsWith(".txt") && !f.endsWith(".fixed.txt")) || f.endsWith(".docx.json")) : [];

      it("has documents that must and must not trigger it, and a docs page", () => {
        assert.ok(
          docs.some((d) => d.startsWith("bad-")),
          `no bad-*.txt in ${dir}`,
        );
        assert.ok(
          docs.some((d) => d.startsWith("good-")),
          `no good-*.txt in ${dir}`,
        );
        assert.ok(existsSync(path.join(FIXTURES, "..", "..", "docs", "rules", `${rule.id}.md`)), "no docs page");
        assert.match(rule.id, /^[a-z]+\/[a-z-]+$/);
        assert.ok(rule.description.vi && rule.description.en && rule.source);
      });

      for (const doc of docs.filter((d) => d.endsWith(".docx.json"))) {
        it(doc, async () => {
          const { text, layout } = await docxFromRecipe(path.join(dir, doc));
          const expected = JSON.parse(fixture(rule.id, `${doc.slice(0, -".docx.json".length)}.expected.json`)) as ExpectedFinding[];
          const document = parse(text);
          document.layout = layout;
          const findings = runRules(document, [rule], DEFAULT_CONFIG);
          assert.deepEqual(findings.map(asExpected), expected);
          for (const f of findings) assert.ok(f.message.en.length > 0 && f.message.en !== f.message.vi);
        });
      }

      for (const doc of docs.filter((d) => !d.endsWith(".docx.json"))) {
        it(doc, () => {
          const text = fixture(rule.id, doc);
          const base = doc.slice(0, -4);
          const expected = JSON.parse(fixture(rule.id, `${base}.expected.json`)) as ExpectedFinding[];
          const configPath = path.join(FIXTURES, rule.id, `${base}.config.json`);
          const config: ResolvedConfig = {
            ...DEFAULT_CONFIG,
            ...(existsSync(configPath) ? (JSON.parse(fixture(rule.id, `${base}.config.json`)) as Partial<ResolvedConfig>) : {}),
          };
          const findings = runRules(parse(text), [rule], config);
          assert.deepEqual(findings.map(asExpected), expected);
          for (const f of findings) assert.ok(f.message.en.length > 0 && f.message.en !== f.message.vi);

          const fixedPath = path.join(FIXTURES, rule.id, `${base}.fixed.txt`);
          const fixed = fixAll(text, [rule], config);
          if (existsSync(fixedPath)) {
            assert.equal(fixed.text, fixture(rule.id, `${base}.fixed.txt`));
            assert.equal(fixAll(fixed.text, [rule], config).text, fixed.text, "fixing twice must equal fixing once");
          } else {
            assert.ok(
              findings.every((f) => !f.fix),
              `${base}.fixed.txt is missing for a fixable finding`,
            );
            assert.equal(fixed.text, text);
          }
        });
      }
    });
  }
});
