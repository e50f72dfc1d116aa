// header/* — the header format (thể thức) rules, in catalogue order.
import type { Rule } from "../../core/index.js";
import { dateFormat } from "./date-format.js";
import { invalidDate } from "./invalid-date.js";
import { missingAgency } from "./missing-agency.js";
import { missingDate } from "./missing-date.js";
import { missingNationalTitle } from "./missing-national-title.js";
import { missingPlace } from "./missing-place.js";
import { missingSummary } from "./missing-summary.js";
import { missingTitle } from "./missing-title.js";
import { mottoText } from "./motto-text.js";
import { nationalTitleText } from "./national-title-text.js";
import { numberFormat } from "./number-format.js";
import { summaryFormat } from "./summary-format.js";
import { typeCodeMismatch } from "./type-code-mismatch.js";
import { unknownTypeCode } from "./unknown-type-code.js";

export const headerRules: Rule[] = [
  missingNationalTitle,
  nationalTitleText,
  mottoText,
  missingAgency,
  numberFormat,
  typeCodeMismatch,
  unknownTypeCode,
  missingDate,
  dateFormat,
  invalidDate,
  missingPlace,
  missingTitle,
  missingSummary,
  summaryFormat,
];
