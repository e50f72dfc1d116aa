// Workspace symbols: every document of the workspace by its type, number and summary
// ("KẾ HOẠCH 146/KH-UBND — Cải cách hành chính năm 2020"), for "Go to Symbol in Workspace".
import { SymbolKind, type SymbolInformation } from "vscode-languageserver-types";
import type { WorkspaceIndex } from "../core/registry/index.js";

const MAX_RESULTS = 500;
const fold = (s: string) => s.normalize("NFC").toLowerCase();

export function workspaceSymbols(index: WorkspaceIndex, query: string): SymbolInformation[] {
  const q = fold(query.trim());
  const out: SymbolInformation[] = [];
  for (const uri of index.uris()) {
    const summary = index.summaryOf(uri);
    const entry = index.entryOf(uri);
    if (!summary) continue;
    const name = [summary.kind, summary.number].filter(Boolean).join(" ") + (summary.summary ? ` — ${summary.summary}` : "");
    if (!name || (q && !fold(name).includes(q) && !fold(entry?.title ?? "").includes(q))) continue;
    const range = summary.headerRange ?? summary.titleRange ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    out.push({ name: name.length > 120 ? `${name.slice(0, 119)}…` : name, kind: SymbolKind.File, location: { uri, range } });
    if (out.length >= MAX_RESULTS) break;
  }
  return out;
}
