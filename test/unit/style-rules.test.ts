// Extra assertions for the style/* rules beyond their fixtures: what they find on the real
// documents (seeds and examples), NFD input, and that they stay linear on large inputs.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CONFIG, fixAll, parse, runRules } from "../../server/src/core/index.js";
import { styleRules } from "../../server/src/rules/style/index.js";
import { FIXTURES, ROOT } from "../helpers.js";

function counts(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of runRules(parse(text), styleRules, DEFAULT_CONFIG)) out[f.ruleId] = (out[f.ruleId] ?? 0) + 1;
  return out;
}

describe("style/ rules on real documents", () => {
  // Judged by hand: 001 writes "Uỷ ban" once against "Ủy ban" and "hóa", "xóa" elsewhere;
  // 002 writes "xã hội hoá", "văn hoá" against twelve "hóa". Nothing else in them is a style defect.
  const expected: Record<string, Record<string, number>> = {
    "001_15119ff688545ab1.txt": { "style/tone-mark-placement": 1 },
    "002_bde8ca152358eecf.txt": { "style/tone-mark-placement": 2 },
  };
  const files = [
    ...readdirSync(path.join(FIXTURES, "seeds"))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => path.join(FIXTURES, "seeds", f)),
    ...readdirSync(path.join(ROOT, "examples")).map((f) => path.join(ROOT, "examples", f)),
  ];
  for (const file of files) {
    it(path.basename(file), () => {
      assert.deepEqual(counts(readFileSync(file, "utf8")), expected[path.basename(file)] ?? {});
    });
  }

  it("fixes an NFD copy of a seed to the same text as the NFC seed, outside the scrape noise", () => {
    const seed = readFileSync(path.join(FIXTURES, "seeds", "004_5578de96a9f99e7c.txt"), "utf8");
    const nfd = seed.normalize("NFD");
    const found = counts(nfd);
    assert.ok((found["style/unicode-normalization"] ?? 0) >= 30);
    const fixed = fixAll(nfd, styleRules, DEFAULT_CONFIG).text;
    const noise = parse(seed).noiseAfter!.start.line;
    assert.deepEqual(fixed.split("\n").slice(0, noise), seed.split("\n").slice(0, noise));
    assert.equal(fixAll(fixed, styleRules, DEFAULT_CONFIG).text, fixed);
  });
});

describe("style/ rules stay linear", function () {
  this.timeout(60_000);
  const inputs: Array<[string, string]> = [
    ["spaces and marks on one line", "a ,b  c ; ".repeat(100_000)],
    ["nested parentheses", "(".repeat(500_000) + ")".repeat(500_000)],
    ["definition phrases", "viết tắt là ((((".repeat(60_000)],
    ["abbreviations and tone marks", "Hoà hòa CCHC (CCHC) thủy ".repeat(40_000)],
    ["decomposed text", "hoà thuỷ ".normalize("NFD").repeat(100_000)],
  ];
  for (const [name, text] of inputs) {
    it(name, () => {
      const document = parse(text);
      for (const rule of styleRules) {
        const start = Date.now();
        runRules(document, [rule], DEFAULT_CONFIG);
        assert.ok(Date.now() - start < 5_000, `${rule.id} took ${Date.now() - start} ms on ${text.length} characters`);
      }
    });
  }
});
