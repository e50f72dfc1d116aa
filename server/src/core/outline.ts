// What the parser understood, as plain data: `vbhc outline` prints it, tests compare it.
import { isoDate } from "./dates.js";
import type { Item, Section, TextSpan, VbhcDocument } from "./model.js";

export interface OutlineItem {
  /** The marker as a reader sees it: "1.", "a)", "Điều 3.", "-". */
  marker: string;
  label: string;
  style: string;
  text: string;
  line: number;
  children: OutlineItem[];
}

export interface OutlineSection {
  header: {
    agency: string[];
    nationalTitle: string | null;
    motto: string | null;
    number: string | null;
    place: string | null;
    date: string | null;
    dateText: string | null;
    line: number;
  } | null;
  title: { type: string; summary: string | null; attachedTo: string | null; line: number } | null;
  addressees: string[] | null;
  preamble: { authority: string | null; lines: string[]; enactment: string | null; line: number } | null;
  items: OutlineItem[];
  closing: { recipients: string[] | null; signature: string[]; signer: string | null; line: number } | null;
}

export interface Outline extends OutlineSection {
  noiseBefore: { from: number; to: number } | null;
  attachments: OutlineSection[];
  noiseAfter: { from: number; to: number } | null;
}

const text = (s: TextSpan | null | undefined) => (s ? s.text : null);
/** 1-based line numbers, as editors show them. */
const lineOf = (s: { range: { start: { line: number } } }) => s.range.start.line + 1;

function item(i: Item): OutlineItem {
  const m = i.marker;
  const word = { part: "Phần ", chapter: "Chương ", section: "Mục ", article: "Điều " }[m.style as string] ?? "";
  const label = m.style === "bullet" && m.label === "-+" ? "- +" : m.label;
  return {
    marker: `${word}${label}${m.punct}`,
    label: i.marker.label,
    style: i.marker.style,
    text: i.text.text,
    line: lineOf(i),
    children: i.children.map(item),
  };
}

function section(s: Section): OutlineSection {
  const h = s.header;
  const pd = h?.placeDate;
  return {
    header: h
      ? {
          agency: h.agency.map((a) => a.text),
          nationalTitle: text(h.nationalTitle),
          motto: text(h.motto),
          number: text(h.number?.value),
          place: pd ? pd.place.text : null,
          date: isoDate(pd?.date),
          dateText: pd ? `ngày ${pd.date.day?.text ?? "…"} tháng ${pd.date.month?.text ?? "…"} năm ${pd.date.year?.text ?? "…"}` : null,
          line: lineOf(h),
        }
      : null,
    title: s.title ? { type: s.title.kind, summary: text(s.title.summary), attachedTo: text(s.title.attachedTo), line: lineOf(s.title) } : null,
    addressees: s.addressees ? s.addressees.items.map((a) => a.text) : null,
    preamble: s.preamble
      ? {
          authority: text(s.preamble.authority),
          lines: s.preamble.lines.map((l) => l.text.text),
          enactment: text(s.preamble.enactment),
          line: lineOf(s.preamble),
        }
      : null,
    items: s.body.items.map(item),
    closing: s.closing
      ? {
          recipients: s.closing.recipients ? s.closing.recipients.items.map((r) => r.text) : null,
          signature: s.closing.signature.map((x) => x.text),
          signer: text(s.closing.signer),
          line: lineOf(s.closing),
        }
      : null,
  };
}

export function outline(document: VbhcDocument): Outline {
  const lines = (r: VbhcDocument["noiseBefore"]) => (r ? { from: r.start.line + 1, to: r.end.line + 1 } : null);
  return {
    noiseBefore: lines(document.noiseBefore),
    ...section(document),
    attachments: document.attachments.map(section),
    noiseAfter: lines(document.noiseAfter),
  };
}
