// layout/* — the presentation of a Word document (Nghị định 30/2020/NĐ-CP, Phụ lục I): read from
// the .docx's formatting, silent on text.
import type { Rule } from "../../core/index.js";
import { emphasis } from "./emphasis.js";
import { firstLineIndent } from "./first-line-indent.js";
import { fontFamily } from "./font-family.js";
import { fontSize } from "./font-size.js";
import { lineSpacing } from "./line-spacing.js";
import { margins } from "./margins.js";
import { pageNumber } from "./page-number.js";
import { pageSize } from "./page-size.js";
import { paragraphSpacing } from "./paragraph-spacing.js";

export const layoutRules: Rule[] = [pageSize, margins, fontFamily, fontSize, emphasis, lineSpacing, paragraphSpacing, firstLineIndent, pageNumber];
