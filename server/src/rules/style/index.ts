// style/* rules, in catalogue order.
import type { Rule } from "../../core/index.js";

export const styleRules: Rule[] = [];
