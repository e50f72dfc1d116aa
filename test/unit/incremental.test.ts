// The editor's incremental path — a parse that reuses the previous version's lines, and the
// memos of what each line's text gives — must find exactly what a fresh check finds.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CONFIG, parse, rememberTexts, runRules, type VbhcDocument } from "../../server/src/core/index.js";
import { allRules } from "../../server/src/rules/index.js";
import { FIXTURES } from "../helpers.js";

function documents(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(txt|md)$/.test(e.name) && !e.name.endsWith(".fixed.txt")) out.push(readFileSync(full, "utf8"));
    }
  };
  walk(FIXTURES);
  return out;
}

const findings = (d: VbhcDocument) => JSON.stringify(runRules(d, allRules, DEFAULT_CONFIG));

describe("incremental checking", () => {
  after(() => rememberTexts(false));

  it("finds with the memos what it finds without them, on every fixture, checked twice", () => {
    const texts = documents();
    assert.ok(texts.length > 200, `${texts.length} fixtures`);
    rememberTexts(false);
    const fresh = texts.map((t) => findings(parse(t)));
    rememberTexts(true);
    for (let pass = 0; pass < 2; pass++) {
      // The second pass answers from the memos.
      for (let k = 0; k < texts.length; k++) assert.equal(findings(parse(texts[k]!)), fresh[k], `pass ${pass + 1}: ${texts[k]!.slice(0, 60)}`);
    }
  });

  it("follows a document typed line by line, then edited in the middle, like a fresh check", () => {
    const seed = readFileSync(path.join(FIXTURES, "seeds", "002_bde8ca152358eecf.txt"), "utf8");
    const lines = seed.split("\n");
    rememberTexts(true);
    let previous: VbhcDocument | undefined;
    const step = Math.max(1, Math.floor(lines.length / 40));
    const versions: string[] = [];
    for (let n = 1; n <= lines.length; n += step) versions.push(lines.slice(0, n).join("\n"));
    // Then: a line deleted, a line changed, a line added, in the middle.
    const mid = Math.floor(lines.length / 2);
    versions.push([...lines.slice(0, mid), ...lines.slice(mid + 1)].join("\n"));
    versions.push([...lines.slice(0, mid), `${lines[mid]} hoà ủy  ,`, ...lines.slice(mid + 1)].join("\n"));
    versions.push([...lines.slice(0, mid), "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;", ...lines.slice(mid)].join("\n"));
    for (const text of versions) {
      const incremental = parse(text, previous);
      rememberTexts(false);
      const expected = findings(parse(text));
      rememberTexts(true);
      assert.equal(findings(incremental), expected);
      previous = incremental;
    }
  });
});
