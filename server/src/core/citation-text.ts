// How citations and registry entries read in messages, hovers and completions: "Nghị định số
// 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về …", dates as Nghị định 30/2020 writes them, and
// what replaced an expired document. Shared by the citation rules and the editor features.
import type { Citation } from "./citations.js";
import type { IndexedEntry, WorkspaceIndex } from "./registry/index.js";
import type { RegistryEntry } from "./registry/types.js";
import type { DerivedStatus, DocRef, Relation } from "./citator/types.js";

/** "2020-03-05" → "05/3/2020", "2021-01-12" → "12/01/2021": zeros as Nghị định 30/2020 writes them. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = Number(m);
  return `${d}/${month <= 2 ? String(month).padStart(2, "0") : month}/${y}`;
}

/** A document's status as hover and `vbhc registry show` name it. */
export const STATUS_NAMES: Record<DerivedStatus["status"], { vi: string; en: string }> = {
  "in-force": { vi: "Còn hiệu lực", en: "In force" },
  partly: { vi: "Hết hiệu lực một phần", en: "Partly repealed" },
  expired: { vi: "Hết hiệu lực", en: "No longer in force" },
  unknown: { vi: "Chưa xác định", en: "Unknown" },
};

/** What a relation did to the document it targets, before the acting document's name. */
export const DONE_BY: Record<Relation["kind"], { vi: string; en: string }> = {
  replaces: { vi: "thay thế bởi", en: "replaced by" },
  repeals: { vi: "bãi bỏ bởi", en: "repealed by" },
  amends: { vi: "sửa đổi, bổ sung bởi", en: "amended by" },
};

/** How a relation's document reads in messages: the registry's entry when one knows it, else its number. */
export function refName(index: WorkspaceIndex, ref: DocRef, withTitle = true): string {
  const e = index.entryOfRef(ref);
  if (e) return entryName(e, withTitle);
  return ref.number ? `${ref.type ? `${ref.type} số ` : ""}${ref.number}` : `${ref.type} ${ref.name ?? ""}`.trim();
}

/** As far as the registries know (every relation in effect, whatever its date). */
const LATEST = "9999-12-31";

/**
 * What replaced a document, following the chain to the document in force now ("77/2015/QH13" →
 * "65/2025/QH15" → "72/2025/QH15"): the direct replacement and, when different, the current one.
 */
export function replacements(index: WorkspaceIndex, target: RegistryEntry | IndexedEntry | DocRef): { next?: DocRef; current?: DocRef } {
  const replacer = (t: IndexedEntry | DocRef): DocRef | null => {
    const ended = index.statusAt(t, LATEST).ended?.relation;
    return ended?.kind === "replaces" && ended.by ? ended.by : null;
  };
  const asTarget = (t: RegistryEntry | IndexedEntry | DocRef): IndexedEntry | DocRef =>
    "status" in t && !("origin" in t) ? { ...t, origin: "team" as const } : t;
  const next = replacer(asTarget(target));
  if (!next) return {};
  let current = next;
  const seen = new Set<string>([current.number ?? ""]);
  for (let hops = 0; hops < 8; hops++) {
    const after = replacer(index.entryOfRef(current) ?? current);
    if (!after || seen.has(after.number ?? "")) break;
    seen.add(after.number ?? "");
    current = after;
  }
  return { next, ...(current !== next ? { current } : {}) };
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
