// Hover on a deadline: the last day with its weekday, how the cue is read, the holiday when the
// day is off, the next working day, the working days from the issue date. Pure: the server
// wires it into textDocument/hover (after the other hovers, which take precedence).
import { MarkupKind, type Hover, type Position } from "vscode-languageserver-types";
import { deadlineHoverMarkdown } from "../core/deadline-text.js";
import { extractDeadlines, judgeDeadline } from "../core/deadlines.js";
import type { ResolvedConfig, VbhcDocument } from "../core/index.js";
import { rangeContains } from "../core/positions.js";

export function deadlineHover(document: VbhcDocument, config: ResolvedConfig, position: Position): Hover | null {
  for (const d of extractDeadlines(document, config)) {
    const inRange = rangeContains(d.range, position) || (d.start !== null && rangeContains(d.start.range, position));
    if (!inRange) continue;
    return {
      contents: { kind: MarkupKind.Markdown, value: deadlineHoverMarkdown(d, judgeDeadline(d, config), config, config.locale) },
      range: d.range,
    };
  }
  return null;
}
