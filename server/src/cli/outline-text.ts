// `vbhc outline` as text: what the parser understood, for a person to read.
import type { Outline, OutlineItem, OutlineSection } from "../core/outline.js";

function items(list: readonly OutlineItem[], depth: number, out: string[]): void {
  for (const i of list) {
    const head = i.text.length > 70 ? `${i.text.slice(0, 69)}…` : i.text;
    out.push(`${"  ".repeat(depth)}${i.marker} ${head}  (${i.line})`);
    items(i.children, depth + 1, out);
  }
}

function section(s: OutlineSection, out: string[]): void {
  if (s.header) {
    out.push(`Header (${s.header.line})`);
    for (const a of s.header.agency) out.push(`  agency: ${a}`);
    out.push(`  national title: ${s.header.nationalTitle ?? "—"}`);
    out.push(`  motto: ${s.header.motto ?? "—"}`);
    out.push(`  number: ${s.header.number ?? "—"}`);
    out.push(`  place: ${s.header.place ?? "—"}`);
    out.push(`  date: ${s.header.dateText ?? "—"}${s.header.date ? ` = ${s.header.date}` : ""}`);
  } else {
    out.push("Header: —");
  }
  if (s.title) {
    out.push(`Title (${s.title.line}): ${s.title.type}`);
    if (s.title.summary) out.push(`  summary: ${s.title.summary}`);
    if (s.title.attachedTo) out.push(`  attached to: ${s.title.attachedTo}`);
  }
  if (s.addressees) out.push(`Kính gửi: ${s.addressees.join(" | ")}`);
  if (s.preamble) {
    out.push(`Preamble (${s.preamble.line})`);
    if (s.preamble.authority) out.push(`  authority: ${s.preamble.authority}`);
    for (const l of s.preamble.lines) out.push(`  ${l.length > 90 ? `${l.slice(0, 89)}…` : l}`);
    if (s.preamble.enactment) out.push(`  ${s.preamble.enactment}`);
  }
  out.push("Body");
  items(s.items, 1, out);
  if (s.closing) {
    out.push(`Closing (${s.closing.line})`);
    out.push(`  recipients: ${s.closing.recipients ? s.closing.recipients.join(" | ") : "—"}`);
    out.push(`  signature: ${s.closing.signature.length ? s.closing.signature.join(" / ") : "—"}`);
    out.push(`  signer: ${s.closing.signer ?? "—"}`);
  }
}

export function formatOutline(o: Outline): string {
  const out: string[] = [];
  if (o.noiseBefore) out.push(`(scrape noise: lines ${o.noiseBefore.from}–${o.noiseBefore.to})`);
  section(o, out);
  o.attachments.forEach((a, k) => {
    out.push("", `Attachment ${k + 1}`);
    section(a, out);
  });
  if (o.noiseAfter) out.push(`(trailing noise: lines ${o.noiseAfter.from}–${o.noiseAfter.to})`);
  return `${out.join("\n")}\n`;
}
