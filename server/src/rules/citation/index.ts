// citation/* rules, in catalogue order.
import type { Rule } from "../../core/index.js";
import { expired } from "./expired.js";
import { futureDate } from "./future-date.js";
import { inconsistent } from "./inconsistent.js";
import { invalidDate } from "./invalid-date.js";
import { issuerMismatch } from "./issuer-mismatch.js";
import { malformedNumber } from "./malformed-number.js";
import { missingDate } from "./missing-date.js";
import { typeMismatch } from "./type-mismatch.js";
import { unknown } from "./unknown.js";
import { yearMismatch } from "./year-mismatch.js";

export const citationRules: Rule[] = [
  malformedNumber,
  typeMismatch,
  yearMismatch,
  invalidDate,
  futureDate,
  missingDate,
  inconsistent,
  issuerMismatch,
  expired,
  unknown,
];
