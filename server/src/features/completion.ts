// Completion after "Căn cứ ": the registry's documents (workspace, team, built-in), each inserting
// a complete căn cứ line — type, number, date, issuer and summary (a law: name and date) ending
// with ";" (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm a).
import { CompletionItemKind, CompletionItemTag, type CompletionItem } from "vscode-languageserver-types";
import { formatVietnameseDate, todayInVietnam } from "../core/dates.js";
import { toIso } from "../core/calendar/civil.js";
import type { Locale, Position, VbhcDocument } from "../core/index.js";
import type { IndexedEntry, WorkspaceIndex } from "../core/registry/index.js";
import { replacements, shortDate } from "../core/citation-text.js";

const TRIGGER = /^([\s*_>-]*)(căn cứ)(\s+)([^;]*)$/iu;

/** Legal force, for sorting: Constitution, laws, decrees, decisions, circulars, the rest. */
function rank(e: IndexedEntry): number {
  switch (e.type) {
    case "Hiến pháp":
      return 0;
    case "Bộ luật":
    case "Luật":
      return 1;
    case "Nghị quyết":
      return /QH\d*$/.test(e.number ?? "") ? 1 : 5;
    case "Pháp lệnh":
      return 2;
    case "Nghị định":
      return 3;
    case "Quyết định":
      return 4;
    case "Thông tư":
    case "Thông tư liên tịch":
      return 6;
    default:
      return 7;
  }
}

function dateWords(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return formatVietnameseDate({ year: y!, month: m!, day: d! });
}

/** The căn cứ line's text after "Căn cứ ". */
export function basisText(e: IndexedEntry): string {
  const date = e.date ? ` ${dateWords(e.date)}` : "";
  if (e.type === "Hiến pháp") return `${e.name ?? "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"};`;
  if (e.type === "Luật" || e.type === "Bộ luật" || e.type === "Pháp lệnh") return `${e.name ?? `${e.type} ${e.title}`}${date};`;
  const issuer = e.issuer ? ` của ${e.issuer}` : "";
  const title = e.title ? ` ${e.title}` : "";
  return `${e.type} số ${e.number}${date}${issuer}${title};`;
}

export function completion(document: VbhcDocument, position: Position, index: WorkspaceIndex, locale: Locale = "vi"): CompletionItem[] {
  const start = document.lineStarts[position.line];
  if (start === undefined) return [];
  const before = document.text.slice(start, start + Math.min(position.character, document.lineLengths[position.line] ?? 0));
  const m = TRIGGER.exec(before);
  if (!m) return [];
  const from = m[1]!.length + m[2]!.length + m[3]!.length;
  const range = { start: { line: position.line, character: from }, end: position };
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  const today = toIso(todayInVietnam());
  for (const e of index.entries()) {
    const id = `${e.type}|${e.number ?? e.name}|${e.date}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (!e.date && e.type !== "Hiến pháp") continue;
    const label =
      e.number && e.type !== "Luật" && e.type !== "Bộ luật" ? `${e.type} ${e.number}` : `${e.name ?? e.title}${e.date ? ` (${e.date.slice(0, 4)})` : ""}`;
    const derived = index.statusAt(e, today);
    const expired = derived.status === "expired" || (e.origin === "team" && e.status === "expired");
    const detailParts = [e.title, e.date ? shortDate(e.date) : ""].filter(Boolean);
    if (expired) {
      const until = derived.ended?.date ?? e.expiry;
      const by = replacements(index, e).next?.number ?? e.replacedBy;
      detailParts.push(
        locale === "vi"
          ? `hết hiệu lực${until ? ` từ ${shortDate(until)}` : ""}${by ? `, thay bằng ${by}` : ""}`
          : `no longer in force${by ? `, replaced by ${by}` : ""}`,
      );
    }
    const text = basisText(e);
    items.push({
      label,
      kind: CompletionItemKind.Reference,
      detail: detailParts.join(" — "),
      documentation: `Căn cứ ${text}`,
      filterText: `${label} ${e.title} ${e.name ?? ""}`,
      sortText: `${expired ? 1 : 0}${rank(e)}${String(99999999 - Number((e.date || "0").replace(/-/g, ""))).padStart(8, "0")}`,
      textEdit: { range, newText: text },
      ...(expired ? { tags: [CompletionItemTag.Deprecated] } : {}),
    });
  }
  return items;
}
