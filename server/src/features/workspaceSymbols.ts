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
    const document = index.document(uri);
    const entry = index.entryOf(uri);
    if (!document) continue;
    const kind = document.title?.kind ?? "";
    const number = document.header?.number?.value?.text ?? "";
    const summary = document.title?.summary?.text ?? "";
    const name = [kind, number].filter(Boolean).join(" ") + (summary ? ` — ${summary}` : "");
    if (!name || (q && !fold(name).includes(q) && !fold(entry?.title ?? "").includes(q))) continue;
    const range = (document.header ?? document.title)?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    out.push({ name: name.length > 120 ? `${name.slice(0, 119)}…` : name, kind: SymbolKind.File, location: { uri, range } });
    if (out.length >= MAX_RESULTS) break;
  }
  return out;
}
