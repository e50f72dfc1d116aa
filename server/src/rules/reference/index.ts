// reference/* rules.
import type { Rule } from "../../core/index.js";
import { unresolved } from "./unresolved.js";

export const referenceRules: Rule[] = [unresolved];
