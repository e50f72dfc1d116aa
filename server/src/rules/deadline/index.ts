// deadline/* — deadlines set in the body: a day that exists, not before the issue date, on a
// working day, with its year, and with time to act. In catalogue order.
import type { Rule } from "../../core/index.js";
import { ambiguousYear } from "./ambiguous-year.js";
import { beforeIssue } from "./before-issue.js";
import { invalidDate } from "./invalid-date.js";
import { nonWorkingDay } from "./non-working-day.js";
import { tooSoon } from "./too-soon.js";

export const deadlineRules: Rule[] = [invalidDate, beforeIssue, nonWorkingDay, ambiguousYear, tooSoon];
