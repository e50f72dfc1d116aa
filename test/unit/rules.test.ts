// Fixture-driven rule tests. For every rule <family>/<name> there is a folder
// test/fixtures/<family>/<name>/ with bad-*.txt documents that must trigger it and good-*.txt
// documents that must not. Each document has <doc>.expected.json — the exact findings
// (1-based line/column, the rule's messageId and the data its message is rendered with, "data"
// left out when empty; "fixable": false when no fix is offered) — and,
// when the rule fixes it, <doc>.fixed.txt with the exact text after `--fix`. An optional
// <doc>.config.json sets config for that document ({ "standard": "tt01", "draft": true }).
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CONFIG, fixAll, parse, runRules, type MessageData, type ResolvedConfig } from "../../server/src/core/index.js";
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

describe("rules on their fixtures", () => {
  for (const rule of allRules) {
    describe(rule.id, () => {
      const dir = path.join(FIXTURES, rule.id);
      const docs = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt") && !f.endsWith(".fixed.txt")) : [];

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

      for (const doc of docs) {
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
          const actual = findings.map((f) => ({
            line: f.range.start.line + 1,
            column: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
            messageId: f.messageId,
            ...(f.data ? { data: f.data } : {}),
            ...(f.fix ? {} : { fixable: false }),
          }));
          assert.deepEqual(actual, expected);
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
