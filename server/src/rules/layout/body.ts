// The body paragraphs the spacing and indent rules judge: paragraphs of the body element (not in a
// table, holding letters, not centred like the heading of a part or a chapter), each once.
import type { VbhcDocument } from "../../core/index.js";
import type { DocxParagraph } from "../../core/docx/read.js";
import { layoutElements } from "./elements.js";

const LETTER = /\p{L}/u;

export function bodyParagraphs(document: VbhcDocument): DocxParagraph[] {
  const layout = document.layout;
  if (!layout) return [];
  const out: DocxParagraph[] = [];
  for (const element of layoutElements(document)) {
    if (element.name.en !== "Body text") continue;
    for (const part of element.parts) {
      const p = layout.paragraphs[part.line];
      if (p && !p.inTable && p.align !== "center" && LETTER.test(p.text)) out.push(p);
    }
  }
  return out;
}
