// How citations and registry entries read in messages, hovers and completions: "Nghị định số
// 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về …", dates as Nghị định 30/2020 writes them, and
// what replaced an expired document. Shared by the citation rules and the editor features.
import type { Citation } from "./citations.js";
import type { WorkspaceIndex } from "./registry/index.js";
import type { RegistryEntry } from "./registry/types.js";

/** "2020-03-05" → "05/3/2020", "2021-01-12" → "12/01/2021": zeros as Nghị định 30/2020 writes them. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = Number(m);
  return `${d}/${month <= 2 ? String(month).padStart(2, "0") : month}/${y}`;
}

/**
 * What replaced an entry, following the chain to the document in force now ("77/2015/QH13" →
 * "65/2025/QH15" → "72/2025/QH15"): the direct replacement and, when different, the current one.
 */
export function replacements(index: WorkspaceIndex, e: RegistryEntry): { next?: RegistryEntry; current?: RegistryEntry } {
  if (!e.replacedBy) return {};
  const next = index.byNumber(e.replacedBy)[0];
  let current = next;
  for (let hops = 0; current?.status === "expired" && current.replacedBy && hops < 5; hops++) {
    const after = index.byNumber(current.replacedBy)[0];
    if (!after) break;
    current = after;
  }
  return { ...(next ? { next } : {}), ...(current && current !== next ? { current } : {}) };
}

/** How a citation names the document, for messages: "Nghị định số 30/2020/NĐ-CP", "Luật Tổ chức …". */
export function citedName(c: Citation): string {
  if (c.number) return `${c.kind} số ${c.number.raw.replace(/\s+/g, "")}`;
  if (c.name) return `${c.kind} ${c.name.text}`;
  return c.kind;
}

/** How an entry names the document: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về …". */
export function entryName(e: RegistryEntry, withTitle = true): string {
  const date = e.date ? ` ngày ${shortDate(e.date)}` : "";
  if (!e.number || e.type === "Luật" || e.type === "Bộ luật" || e.type === "Hiến pháp") {
    const name = e.name ?? `${e.type} ${e.title}`;
    return `${name}${e.number ? ` (${e.number})` : ""}${date}`;
  }
  const issuer = e.issuer ? ` của ${e.issuer}` : "";
  return `${e.type} số ${e.number}${date}${issuer}${withTitle && e.title ? ` ${e.title}` : ""}`;
}
