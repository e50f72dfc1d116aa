// closing/* rules, in catalogue order.
import type { Rule } from "../../core/index.js";
import { missingArchiveEntry } from "./missing-archive-entry.js";
import { missingEndMark } from "./missing-end-mark.js";
import { missingRecipients } from "./missing-recipients.js";
import { missingSigner } from "./missing-signer.js";
import { recipientsFormat } from "./recipients-format.js";
import { signatureAuthority } from "./signature-authority.js";

export const closingRules: Rule[] = [missingEndMark, missingRecipients, recipientsFormat, missingArchiveEntry, signatureAuthority, missingSigner];
