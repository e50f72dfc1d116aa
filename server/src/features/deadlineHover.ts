// Hover on a deadline: the last day with its weekday, how the cue is read, the holiday when the
// day is off, the next working day, the working days from the issue date. Pure: the server
// wires it into textDocument/hover (after the other hovers, which take precedence).
import { MarkupKind, type Hover, type Position } from "vscode-languageserver-types";
import { deadlineHoverMarkdown } from "../core/deadline-text.js";
import { extractDeadlines, judgeDeadline } from "../core/deadlines.js";
import type { ResolvedConfig, VbhcDocument } from "../core/index.js";

function contains(r: { start: Position; end: Position }, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

export function deadlineHover(document: VbhcDocument, config: ResolvedConfig, position: Position): Hover | null {
  for (const d of extractDeadlines(document, config)) {
    const inRange = contains(d.range, position) || (d.start !== null && contains(d.start.range, position));
    if (!inRange) continue;
    return {
      contents: { kind: MarkupKind.Markdown, value: deadlineHoverMarkdown(d, judgeDeadline(d, config), config, config.locale) },
      range: d.range,
    };
  }
  return null;
}
