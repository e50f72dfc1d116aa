// Hover on a citation: what it resolves to (type, number, date, issuer, title, status, what
// replaced it, where the facts come from) or why it does not resolve.
import { MarkupKind, type Hover } from "vscode-languageserver-types";
import { citedIso, findCitations, type Citation } from "../core/citations.js";
import type { Locale, Position, VbhcDocument } from "../core/index.js";
import { rangeContains } from "../core/positions.js";
import type { IndexedEntry, WorkspaceIndex } from "../core/registry/index.js";
import { citedName, entryName, replacements, shortDate } from "../core/citation-text.js";

export function citationAtPosition(document: VbhcDocument, position: Position): Citation | null {
  return findCitations(document).find((c) => rangeContains(c.range, position)) ?? null;
}

const STATUS: Record<string, { vi: string; en: string }> = {
  "in-force": { vi: "Còn hiệu lực", en: "In force" },
  partly: { vi: "Hết hiệu lực một phần", en: "Partly in force" },
  expired: { vi: "Hết hiệu lực", en: "No longer in force" },
  unknown: { vi: "Chưa xác định", en: "Unknown" },
};

const ORIGIN: Record<string, { vi: string; en: string }> = {
  workspace: { vi: "văn bản trong workspace", en: "workspace document" },
  team: { vi: "registry của đơn vị", en: "team registry" },
  builtin: { vi: "registry có sẵn của vbhc", en: "vbhc built-in registry" },
};

const FIELD: Record<string, { vi: string; en: string }> = {
  number: { vi: "số, ký hiệu", en: "number" },
  date: { vi: "ngày ban hành", en: "date" },
  issuer: { vi: "cơ quan ban hành", en: "issuer" },
  title: { vi: "trích yếu", en: "title" },
  status: { vi: "tình trạng hiệu lực", en: "status" },
  effective: { vi: "ngày có hiệu lực", en: "effective date" },
  expiry: { vi: "ngày hết hiệu lực", en: "expiry date" },
  replacedBy: { vi: "văn bản thay thế", en: "replacement" },
};

function describe(e: IndexedEntry, index: WorkspaceIndex, locale: Locale): string[] {
  const lines: string[] = [`**${entryName(e, false)}**`];
  if (e.title && e.title !== e.name) lines.push(e.title);
  const status = STATUS[e.status]![locale];
  const parts: string[] = [`${locale === "vi" ? "Tình trạng" : "Status"}: ${status}`];
  if (e.effective) parts.push(`${locale === "vi" ? "hiệu lực từ" : "effective"} ${shortDate(e.effective)}`);
  if (e.expiry) parts.push(`${locale === "vi" ? "hết hiệu lực từ" : "until"} ${shortDate(e.expiry)}`);
  lines.push(parts.join(" · "));
  if (e.replacedBy) {
    const { next, current } = replacements(index, e);
    lines.push(`${locale === "vi" ? "Thay thế bởi" : "Replaced by"}: ${next ? entryName(next) : e.replacedBy}`);
    if (current) lines.push(`${locale === "vi" ? "Văn bản hiện hành" : "Now in force"}: ${entryName(current)}`);
  }
  if (e.note) lines.push(`_${e.note}_`);
  if (e.uncertain?.length) {
    lines.push(`${locale === "vi" ? "Chưa kiểm chứng" : "Not verified"}: ${e.uncertain.map((f) => FIELD[f]?.[locale] ?? f).join(", ")}`);
  }
  const from = ORIGIN[e.origin]![locale];
  const where = e.origin === "workspace" && e.uri ? `${from}: ${e.uri}` : e.file ? `${from}: ${e.file}` : from;
  lines.push(`${locale === "vi" ? "Nguồn" : "Source"}: ${where}${e.source ? ` — <${e.source}>` : ""}`);
  return lines;
}

/** The hover of the citation under the position, or null when there is none. */
export function citationHover(document: VbhcDocument, position: Position, index: WorkspaceIndex, locale: Locale = "vi"): Hover | null {
  const c = citationAtPosition(document, position);
  if (!c) return null;
  const r = index.resolve(c);
  let lines: string[];
  if (r.status === "resolved") {
    lines = describe(r.entry, index, locale);
    const cited = citedIso(c);
    if (!r.dateMatches && cited && r.entry.date) {
      lines.push(
        locale === "vi"
          ? `⚠ Văn bản này ghi ngày ${shortDate(cited)}, registry ghi ngày ${shortDate(r.entry.date)}.`
          : `⚠ Cited as of ${shortDate(cited)}; the registry says ${shortDate(r.entry.date)}.`,
      );
    }
  } else if (r.status === "ambiguous") {
    lines = [
      locale === "vi"
        ? `**${citedName(c)}**: có ${r.candidates.length} văn bản cùng số; ghi ngày ban hành để xác định:`
        : `**${citedName(c)}**: ${r.candidates.length} documents share this number; give the date to tell them apart:`,
      ...r.candidates.map((e) => `- ${entryName(e)}`),
    ];
  } else if (r.reason === "no-identity") {
    lines = [
      locale === "vi"
        ? `**${citedName(c)}**: cách viết tắt, không có lần viện dẫn đầy đủ trước đó trong văn bản để xác định văn bản nào.`
        : `**${citedName(c)}**: a short form with no earlier full citation in this document to identify it.`,
    ];
  } else {
    lines = [
      locale === "vi"
        ? `**${citedName(c)}**: không có trong workspace, registry của đơn vị hay registry có sẵn.`
        : `**${citedName(c)}**: not in the workspace, the team registry or the built-in registry.`,
    ];
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join("\n\n") }, range: c.range };
}
