// header/* — the header format (thể thức) rules, in catalogue order.
import type { Rule } from "../../core/index.js";
import { dateFormat } from "./date-format.js";

export const headerRules: Rule[] = [dateFormat];
