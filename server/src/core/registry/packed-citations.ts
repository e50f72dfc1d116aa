// A file's citations as the workspace index keeps them when it keeps no model: packed into one
// flat array, and read back with what resolving and finding references need.
import type { Citation } from "../citations.js";
import { detached } from "../memo.js";
import type { DatePart, DocNumber, Range, VbhcDocument } from "../model.js";

/** Stands for a slimmed citation's section: the model it came from is not kept. */
const NO_SECTION: VbhcDocument["attachments"][number] = Object.freeze({
  header: null,
  title: null,
  addressees: null,
  preamble: null,
  body: Object.freeze({ range: null, paragraphs: [], items: [] }),
  closing: null,
});

/**
 * A file's citations as the index keeps them: one flat array, CITATION_FIELDS values a citation,
 * holding what resolving and finding references need (no model, no text, no nested objects — a
 * workspace of thousands of files keeps tens of thousands of citations).
 */
export type PackedCitations = (string | number | null)[];
const CITATION_FIELDS = 17;

export function packCitations(citations: readonly Citation[]): PackedCitations {
  const out: PackedCitations = [];
  const at = new Map<Citation, number>();
  const text = (s: string | null | undefined) => (s == null ? null : detached(s));
  citations.forEach((c, k) => {
    at.set(c, k);
    const n = c.number;
    const d = c.date;
    out.push(
      c.kind,
      n ? n.form : null,
      text(n?.number),
      text(n?.year),
      text(n?.symbol),
      text(c.name?.text),
      d?.day?.value ?? null,
      d?.month?.value ?? null,
      d?.year?.value ?? null,
      c.yearOnly?.value ?? null,
      c.antecedent ? (at.get(c.antecedent) ?? -1) : -1,
      c.range.start.line,
      c.range.start.character,
      c.range.end.line,
      c.range.end.character,
      c.context,
      text(n?.raw),
    );
  });
  return out;
}

/** Citations back from their packed form: enough to resolve them and to say where they are. */
export function unpackCitations(packed: PackedCitations): Citation[] {
  const out: Citation[] = [];
  for (let i = 0; i + CITATION_FIELDS <= packed.length; i += CITATION_FIELDS) {
    const f = packed.slice(i, i + CITATION_FIELDS);
    const range: Range = { start: { line: f[11] as number, character: f[12] as number }, end: { line: f[13] as number, character: f[14] as number } };
    const part = (v: string | number | null): DatePart | null => (v === null ? null : { text: String(v), value: v as number, range });
    const form = f[1] as DocNumber["form"] | null;
    const number = f[2] as string | null;
    const year = f[3] as string | null;
    const symbol = f[4] as string | null;
    const name = f[5] as string | null;
    const antecedent = f[10] as number;
    out.push({
      range,
      type: { text: f[0] as string, range },
      kind: f[0] as string,
      number: form && number !== null ? { form, number, year, symbol, raw: f[16] as string, range } : null,
      name: name === null ? null : { text: name, range },
      date: f[6] !== null || f[7] !== null || f[8] !== null ? { form: "numeric", day: part(f[6]!), month: part(f[7]!), year: part(f[8]!), range } : null,
      yearOnly: part(f[9]!),
      issuer: null,
      summary: null,
      section: NO_SECTION,
      context: f[15] as Citation["context"],
      antecedent: antecedent >= 0 ? (out[antecedent] ?? null) : null,
      // The slim index keeps no text around citations (nothing that reads the index needs it).
      lead: "",
      inHeadingOrCell: false,
    });
  }
  return out;
}
