// Document symbols: the header fields, title, preamble, the numbering tree and the closing,
// nested as the document is, for the Outline view and breadcrumbs.
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver-types";
import type { Item, Range, Section, TextSpan, VbhcDocument } from "../core/index.js";
import { isoDate } from "../core/dates.js";

/** Outlines of huge documents are capped; the editor cannot show more usefully. */
const MAX_SYMBOLS = 5000;
const MAX_NAME = 80;

function shorten(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > MAX_NAME ? `${one.slice(0, MAX_NAME - 1)}…` : one || "…";
}

function symbol(name: string, kind: SymbolKind, range: Range, selection: Range = range, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  return { name: shorten(name), kind, range, selectionRange: selection, children, ...(detail ? { detail } : {}) };
}

function field(label: string, span: TextSpan | null | undefined, kind: SymbolKind = SymbolKind.Field): DocumentSymbol[] {
  return span ? [symbol(span.text, kind, span.range, span.range, [], label)] : [];
}

const MARKER_WORD: Partial<Record<Item["marker"]["style"], string>> = { part: "Phần ", chapter: "Chương ", section: "Mục ", article: "Điều " };

function itemSymbol(item: Item, budget: { left: number }): DocumentSymbol {
  budget.left--;
  const m = item.marker;
  const name = `${MARKER_WORD[m.style] ?? ""}${m.label}${m.punct} ${item.text.text}`;
  const kind = m.style === "bullet" ? SymbolKind.Field : m.style === "article" ? SymbolKind.Method : SymbolKind.Module;
  const children: DocumentSymbol[] = [];
  for (const c of item.children) {
    if (budget.left <= 0) break;
    if (c.marker.style === "bullet" && c.children.length === 0) continue; // bullets clutter the outline
    children.push(itemSymbol(c, budget));
  }
  return symbol(name, kind, item.range, m.range, children);
}

function sectionSymbols(s: Section, budget: { left: number }): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const h = s.header;
  if (h) {
    const pd = h.placeDate;
    const children = [
      ...h.agency.flatMap((a) => field("Cơ quan", a)),
      ...field("Quốc hiệu", h.nationalTitle),
      ...field("Tiêu ngữ", h.motto),
      ...field("Số, ký hiệu", h.number?.value ?? h.number?.label),
      ...(pd ? [symbol(`${pd.place.text}, ${isoDate(pd.date) ?? "…"}`, SymbolKind.Event, pd.range, pd.range, [], "Địa danh, ngày")] : []),
    ];
    out.push(symbol(h.number?.value?.text ?? "Phần đầu", SymbolKind.Namespace, h.range, h.range, children, "Thể thức"));
  }
  if (s.title) {
    out.push(
      symbol(`${s.title.kind}${s.title.summary ? ` — ${s.title.summary.text}` : ""}`, SymbolKind.Class, s.title.range, s.title.type?.range ?? s.title.range),
    );
  }
  if (s.addressees)
    out.push(
      symbol(
        "Kính gửi",
        SymbolKind.Interface,
        s.addressees.range,
        s.addressees.label.range,
        s.addressees.items.flatMap((i) => field("", i)),
      ),
    );
  if (s.preamble) {
    const lines = s.preamble.lines.map((l) => symbol(l.text.text, SymbolKind.Key, l.text.range));
    out.push(symbol("Căn cứ", SymbolKind.Package, s.preamble.range, s.preamble.range, lines));
  }
  for (const item of s.body.items) {
    if (budget.left <= 0) break;
    if (item.marker.style === "bullet" && item.children.length === 0) continue;
    out.push(itemSymbol(item, budget));
  }
  const c = s.closing;
  if (c) {
    const children = [
      ...(c.recipients
        ? [
            symbol(
              "Nơi nhận",
              SymbolKind.Interface,
              c.recipients.label.range,
              c.recipients.label.range,
              c.recipients.items.flatMap((i) => field("", i)),
            ),
          ]
        : []),
      ...c.signature.flatMap((x) => field("Thẩm quyền ký", x, SymbolKind.Property)),
      ...field("Người ký", c.signer, SymbolKind.Constant),
    ];
    out.push(symbol(c.signer?.text ?? "Phần cuối", SymbolKind.Struct, c.range, c.range, children, "Nơi nhận, chữ ký"));
  }
  return out;
}

export function documentSymbols(document: VbhcDocument): DocumentSymbol[] {
  const budget = { left: MAX_SYMBOLS };
  const out = sectionSymbols(document, budget);
  for (const a of document.attachments) {
    const children = sectionSymbols(a, budget);
    if (children.length === 0) continue;
    const range = { start: children[0]!.range.start, end: children[children.length - 1]!.range.end };
    out.push(symbol(`Kèm theo: ${a.title?.kind ?? "văn bản"}`, SymbolKind.File, range, range, children));
  }
  return out;
}
