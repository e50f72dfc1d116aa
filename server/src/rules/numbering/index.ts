// numbering/* rules, in catalogue order.
import type { Rule } from "../../core/index.js";
import { articleSequence } from "./article-sequence.js";
import { letterSequence } from "./letter-sequence.js";
import { mixedStyle } from "./mixed-style.js";
import { parentMismatch } from "./parent-mismatch.js";
import { sequence } from "./sequence.js";

export const numberingRules: Rule[] = [sequence, letterSequence, parentMismatch, mixedStyle, articleSequence];
