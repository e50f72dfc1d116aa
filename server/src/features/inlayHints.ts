// Inlay hints: after each deadline, its weekday and the working days left from the issue date
// ("Thứ Tư, còn 12 ngày làm việc"). Pure: the server wires it to textDocument/inlayHint.
import type { InlayHint, Range } from "vscode-languageserver-types";
import { deadlineHint } from "../core/deadline-text.js";
import { extractDeadlines, judgeDeadline } from "../core/deadlines.js";
import { isBefore } from "../core/positions.js";
import type { ResolvedConfig, VbhcDocument } from "../core/index.js";

/** Hints for the deadlines that end inside `range` (the whole document when it is absent). */
export function inlayHints(document: VbhcDocument, config: ResolvedConfig, range?: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const d of extractDeadlines(document, config)) {
    const at = d.dateRange.end;
    if (range && (isBefore(at, range.start) || isBefore(range.end, at))) continue;
    hints.push({ position: at, label: deadlineHint(d, judgeDeadline(d, config), config.locale), paddingLeft: true });
  }
  return hints;
}
