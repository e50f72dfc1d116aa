// Hover on a citation: what it resolves to (type, number, date, issuer, title, status, what
// replaced it, where the facts come from) or why it does not resolve.
import { MarkupKind, type Hover } from "vscode-languageserver-types";
import { citedIso, findCitations, type Citation } from "../core/citations.js";
import type { Locale, Position, VbhcDocument } from "../core/index.js";
import { rangeContains } from "../core/positions.js";
import type { IndexedEntry, WorkspaceIndex } from "../core/registry/index.js";
import { citedName, DONE_BY, entryName, refName, replacements, shortDate, STATUS_NAMES } from "../core/citation-text.js";
import type { AppliedRelation, DerivedStatus } from "../core/citator/types.js";
import { citationRef } from "../core/citator/extract.js";
import { todayInVietnam } from "../core/dates.js";
import { toIso } from "../core/calendar/civil.js";

export function citationAtPosition(document: VbhcDocument, position: Position): Citation | null {
  return findCitations(document).find((c) => rangeContains(c.range, position)) ?? null;
}

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

/** One relation as a line of the chain: "01/7/2016 — bãi bỏ Điều 5 bởi Luật …". */
function relationLine(a: AppliedRelation, index: WorkspaceIndex, locale: Locale): string {
  const r = a.relation;
  const when = a.date
    ? `${shortDate(a.date)}${a.dateIsIssue ? (locale === "vi" ? " (ngày ký)" : " (signed)") : ""}`
    : locale === "vi"
      ? "chưa rõ ngày"
      : "date unknown";
  const parts = r.parts.length > 0 ? ` ${r.parts.join(", ")}` : "";
  const by = r.by ? ` ${refName(index, r.by, false)}` : "";
  const from = r.source?.file ? ` _(${r.source.file}${r.source.line ? `:${r.source.line}` : ""})_` : "";
  return `- ${when} —${parts ? `${parts}:` : ""} ${DONE_BY[r.kind][locale]}${by || (locale === "vi" ? " (không rõ văn bản)" : " (document not named)")}${from}`;
}

/** The relations in effect and pending, by date, as a Markdown list (at most 12). */
function history(derived: DerivedStatus, index: WorkspaceIndex, locale: Locale): string[] {
  const chain = [...(derived.ended ? [derived.ended] : []), ...derived.repealed, ...derived.amended, ...derived.pending].sort((a, b) =>
    (a.date ?? "9999").localeCompare(b.date ?? "9999"),
  );
  if (chain.length === 0) return [];
  const shown = chain.slice(0, 12).map((a) => relationLine(a, index, locale));
  return [`${locale === "vi" ? "Lịch sử" : "History"}:\n${shown.join("\n")}${chain.length > 12 ? `\n- … ${chain.length - 12}` : ""}`];
}

function describe(e: IndexedEntry, index: WorkspaceIndex, locale: Locale, today: string): string[] {
  const lines: string[] = [`**${entryName(e, false)}**`];
  if (e.title && e.title !== e.name) lines.push(e.title);
  const derived = index.statusAt(e, today);
  // A status the team typed stands only where no relation says otherwise.
  const statusKey = derived.ended || derived.repealed.length > 0 || e.origin === "builtin" || e.status === "unknown" ? derived.status : e.status;
  const parts: string[] = [`${locale === "vi" ? "Tình trạng hôm nay" : "Status today"}: ${STATUS_NAMES[statusKey][locale]}`];
  if (e.effective) parts.push(`${locale === "vi" ? "hiệu lực từ" : "effective"} ${shortDate(e.effective)}`);
  if (derived.ended?.date) parts.push(`${locale === "vi" ? "hết hiệu lực từ" : "until"} ${shortDate(derived.ended.date)}`);
  lines.push(parts.join(" · "));
  const { next, current } = replacements(index, e);
  if (next) lines.push(`${locale === "vi" ? "Thay thế bởi" : "Replaced by"}: ${refName(index, next)}`);
  if (current) lines.push(`${locale === "vi" ? "Văn bản hiện hành" : "Now in force"}: ${refName(index, current)}`);
  lines.push(...history(derived, index, locale));
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
    lines = describe(r.entry, index, locale, toIso(todayInVietnam()));
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
    const ref = citationRef(c);
    const known = ref ? index.statusAt(ref, toIso(todayInVietnam())) : null;
    if (ref && known && known.status !== "unknown") {
      // Listed nowhere as a document, but others say what became of it.
      lines = [
        locale === "vi"
          ? `**${citedName(c)}**: không có trong danh mục văn bản, nhưng văn bản khác nói về nó.`
          : `**${citedName(c)}**: not listed as a document, but other documents speak of it.`,
        `${locale === "vi" ? "Tình trạng hôm nay" : "Status today"}: ${STATUS_NAMES[known.status][locale]}`,
        ...history(known, index, locale),
      ];
      const { next, current } = replacements(index, ref);
      if (next) lines.push(`${locale === "vi" ? "Thay thế bởi" : "Replaced by"}: ${refName(index, next)}`);
      if (current) lines.push(`${locale === "vi" ? "Văn bản hiện hành" : "Now in force"}: ${refName(index, current)}`);
    } else {
      lines = [
        locale === "vi"
          ? `**${citedName(c)}**: không có trong workspace, registry của đơn vị hay registry có sẵn.`
          : `**${citedName(c)}**: not in the workspace, the team registry or the built-in registry.`,
      ];
    }
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join("\n\n") }, range: c.range };
}
