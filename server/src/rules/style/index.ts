// style/* rules, in catalogue order.
import type { Rule } from "../../core/index.js";
import { doubleSpace } from "./double-space.js";
import { spaceBeforePunctuation } from "./space-before-punctuation.js";
import { toneMarkPlacement } from "./tone-mark-placement.js";
import { undefinedAbbreviation } from "./undefined-abbreviation.js";
import { unicodeNormalization } from "./unicode-normalization.js";

export const styleRules: Rule[] = [spaceBeforePunctuation, doubleSpace, unicodeNormalization, toneMarkPlacement, undefinedAbbreviation];
