// The rule catalogue. IDs are stable (DESIGN.md); one rule per file.
import type { Rule } from "../core/index.js";
import { dateFormat } from "./header/date-format.js";

export const allRules: readonly Rule[] = [dateFormat];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
