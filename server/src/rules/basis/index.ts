// basis/* rules, in catalogue order.
import type { Rule } from "../../core/index.js";
import { citationIncomplete } from "./citation-incomplete.js";
import { order } from "./order.js";
import { punctuation } from "./punctuation.js";

export const basisRules: Rule[] = [punctuation, order, citationIncomplete];
