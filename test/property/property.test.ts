// Property tests with fast-check, bounded for `npm test` (npm run fuzz runs a million inputs).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { FIXTURES } from "../helpers.js";
import assert from "node:assert/strict";
import { DEFAULT_CONFIG, parse, rememberTexts, runRules, type VbhcDocument } from "../../server/src/core/index.js";
import { allRules } from "../../server/src/rules/index.js";
import { checkModel, checkRulesAndFixes, mutated, oddText } from "./properties.js";

const documents = [
  ...readdirSync(path.join(FIXTURES, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(path.join(FIXTURES, "seeds", f), "utf8")),
  ...readdirSync(path.join(FIXTURES, "parser"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(path.join(FIXTURES, "parser", f), "utf8")),
];

describe("properties", function () {
  this.timeout(120000);

  it("any string parses to a model with every range inside the text", () => {
    fc.assert(
      fc.property(oddText, (text) => void checkModel(text)),
      { numRuns: 2000, seed: 20261125 },
    );
  });

  it("a parse that reuses the previous version's lines equals a fresh parse, for any edit", () => {
    const json = (d: VbhcDocument) => JSON.stringify(d);
    fc.assert(
      fc.property(mutated(documents), fc.nat(), fc.nat(), oddText, (a, x, y, insertion) => {
        // An edit as an editor sends it: the text from i to j replaced (lines added or removed).
        const i = x % (a.length + 1);
        const j = i + (y % (a.length - i + 1));
        const edited = a.slice(0, i) + insertion + a.slice(j);
        const previous = parse(a);
        assert.equal(json(parse(edited, previous)), json(parse(edited)));
        assert.equal(json(parse(a, parse(edited))), json(previous));
      }),
      { numRuns: 150, seed: 3 },
    );
  });

  it("the editor's path (reused lines, per-line results, memos) finds what a fresh check finds, for any edit", () => {
    const findings = (d: VbhcDocument) => JSON.stringify(runRules(d, allRules, DEFAULT_CONFIG));
    try {
      fc.assert(
        fc.property(mutated(documents), fc.nat(), fc.nat(), oddText, (a, x, y, insertion) => {
          const i = x % (a.length + 1);
          const j = i + (y % (a.length - i + 1));
          const edited = a.slice(0, i) + insertion + a.slice(j);
          rememberTexts(true);
          const previous = parse(a);
          findings(previous); // the previous version's results are there to be reused
          const incremental = findings(parse(edited, previous));
          rememberTexts(false);
          assert.equal(incremental, findings(parse(edited)));
        }),
        { numRuns: 150, seed: 4 },
      );
    } finally {
      rememberTexts(false);
    }
  });

  it("no rule throws and every fix is safe and idempotent, on odd strings", () => {
    fc.assert(
      fc.property(oddText, (text) => checkRulesAndFixes(text)),
      { numRuns: 500, seed: 1 },
    );
  });

  it("no rule throws and every fix is safe and idempotent, on mutated real documents", () => {
    fc.assert(
      fc.property(mutated(documents), (text) => checkRulesAndFixes(text)),
      { numRuns: 80, seed: 2 },
    );
  });
});

describe("properties (regressions found by npm run fuzz)", () => {
  it("a V/v line whose summary wraps onto the next line is fixed once, not padded forever", () => {
    const base = documents.find((d) => d.includes("V/v đăng ký"))!;
    checkRulesAndFixes(base.replace("V/v đăng ký", "V/v\r\n đăng ký"));
  });
});
