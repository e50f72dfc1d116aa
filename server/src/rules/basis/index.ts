// basis/* rules, in catalogue order.
import type { Rule } from "../../core/index.js";

export const basisRules: Rule[] = [];
