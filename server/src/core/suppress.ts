// Inline suppression of findings on the next line:
//   <!-- vbhc-disable-next-line header/date-format style/double-space -->   (Markdown, any file)
//   // vbhc-disable-next-line header/date-format                             (plain text)
// Without rule ids, every rule is silenced on that line. The directive line itself is not
// part of the document's structure (the parser treats it like a blank line).
import type { VbhcDocument } from "./model.js";

const DIRECTIVE = /^\s*(?:<!--\s*vbhc-disable-next-line\b([^>]*?)\s*-->|\/\/\s*vbhc-disable-next-line\b(.*))\s*$/;

/** Line number → the rule ids silenced there (an empty set: all rules). */
export function suppressions(document: VbhcDocument): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const { text, lineStarts, lineLengths } = document;
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    // Cheap test before the regex: directives start with "<!--" or "//".
    const first = text.slice(start, start + Math.min(lineLengths[line]!, 200)).trimStart();
    if (!first.startsWith("<!--") && !first.startsWith("//")) continue;
    const m = DIRECTIVE.exec(text.slice(start, start + lineLengths[line]!));
    if (!m) continue;
    const ids = (m[1] ?? m[2] ?? "").split(/[\s,]+/).filter(Boolean);
    out.set(line + 1, new Set(ids));
  }
  return out;
}
