// The rule catalogue. IDs are stable (DESIGN.md); one rule per file, one index per family.
import type { Rule } from "../core/index.js";
import { basisRules } from "./basis/index.js";
import { citationRules } from "./citation/index.js";
import { closingRules } from "./closing/index.js";
import { deadlineRules } from "./deadline/index.js";
import { headerRules } from "./header/index.js";
import { layoutRules } from "./layout/index.js";
import { numberingRules } from "./numbering/index.js";
import { referenceRules } from "./reference/index.js";
import { styleRules } from "./style/index.js";

export const allRules: readonly Rule[] = [
  ...headerRules,
  ...numberingRules,
  ...citationRules,
  ...basisRules,
  ...closingRules,
  ...deadlineRules,
  ...referenceRules,
  ...styleRules,
  ...layoutRules,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
