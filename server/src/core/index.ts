// The vbhc core: parse → model → rules → findings and fixes. No LSP, no VS Code.
import { runRules } from "./engine.js";
import { applyEdits, fixEdits } from "./fix.js";
import type { VbhcDocument } from "./model.js";
import { parse } from "./parser/index.js";
import { DEFAULT_CONFIG, type Finding, type ResolvedConfig, type Rule } from "./rule.js";

export * from "./model.js";
export * from "./rule.js";
export { documentLines, parse, perLine } from "./parser/index.js";
export { ParseCache } from "./cache.js";
export { rememberTexts } from "./memo.js";
export { runRules, effectiveSeverity, INTERNAL_RULE_ID } from "./engine.js";
export { applyEdits, fixEdits, offsetAt } from "./fix.js";
export { splitLines } from "./text/units.js";

export interface CheckResult {
  document: VbhcDocument;
  findings: Finding[];
}

export function check(text: string, rules: readonly Rule[], config: ResolvedConfig = DEFAULT_CONFIG): CheckResult {
  const document = parse(text);
  return { document, findings: runRules(document, rules, config) };
}

/** How many passes --fix makes at most: a fix may reveal another (as ESLint does). */
const MAX_FIX_PASSES = 10;

export interface FixResult {
  text: string;
  /** Edits applied over all passes. */
  applied: number;
  /** Findings that remain after fixing. */
  findings: Finding[];
}

export function fixAll(text: string, rules: readonly Rule[], config: ResolvedConfig = DEFAULT_CONFIG): FixResult {
  let current = text;
  let applied = 0;
  let result = check(current, rules, config);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = fixEdits(result.findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next.applied === 0 || next.text === current) break;
    applied += next.applied;
    current = next.text;
    result = check(current, rules, config);
  }
  return { text: current, applied, findings: result.findings };
}
