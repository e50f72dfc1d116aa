// Internal references: "Điều 3", "khoản 2 Điều 3", "điểm a khoản 2 Điều 3", "tại mục 2.3".
// A reference followed by another document ("Điều 13 Nghị định 30/2020/NĐ-CP", "khoản 2 Điều 3
// của Luật …") is external and never resolved here; "Điều 3 Quyết định này" is internal.
import type { Item, Range, Section, VbhcDocument } from "./model.js";
import { articles } from "./numbering.js";
import { oncePer, TextMemo } from "./memo.js";
import { logicalUnits } from "./parser/index.js";
import { lineInRange } from "./positions.js";
import { sectionOfLine } from "./sections.js";
import { isAmendingDocument } from "./kinds.js";

export type ReferencePartKind = "point" | "clause" | "article" | "section";

export interface ReferencePart {
  kind: ReferencePartKind;
  /** "a", "2", "3", "2.3"; "này" for "Điều này". */
  label: string;
  range: Range;
}

export interface Reference {
  range: Range;
  /** Earlier in a list whose document is named after the last: that document's unless it resolves here. */
  listed: boolean;
  /** Says it is this document's own ("Điều này", "khoản 2 Điều 1 Nghị định này"). */
  own: boolean;
  /** From the innermost (điểm) to the outermost (Điều); a "mục" reference has one part. */
  parts: ReferencePart[];
  section: Section;
}

const LETTER = "(?<![\\p{L}\\p{N}])";
// Bounded, non-nested quantifiers only: linear on any line.
const ARTICLE_REF = new RegExp(`${LETTER}(?:(điểm) ([a-zđ]) )?(?:(khoản) ([0-9]{1,3}) )?(Điều) ([0-9]{1,3}|này)(?![\\p{L}\\p{N}])`, "giu");
const SECTION_REF = new RegExp(`${LETTER}(?:tiểu )?(mục) ([0-9]{1,2}(?:\\.[0-9]{1,2}){0,3}|[IVX]{1,6})(?![\\p{L}\\p{N}])`, "giu");
const EXTERNAL_AFTER =
  /^[ ,]*(?:của )?(?:(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Văn bản|Công văn|Quy chế|Quy định|Hướng dẫn|Thông báo|Điều lệ)(?! này)|số |[0-9])/iu;

/** "… Nghị định này", "của Quyết định này": the reference names this document. */
const OWN_AFTER =
  /^[ ,]*(?:của )?(?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Văn bản|Quy chế|Quy định|Hướng dẫn|Điều lệ) này/iu;
/** What joins the references of one list: "Điều 23, Điều 24 và Điều 26", "khoản 5 Điều 12; khoản 3 Điều 15". */
const LIST_GLUE = /^[ ,;]*(?:(?:và|hoặc) )?(?:các )?$/u;

/**
 * Which references are followed by another document ("external": never resolved here), and which
 * are earlier in a list whose document is named once, after the last ("listed": "các Điều 23,
 * Điều 24 và Điều 26 Nghị định số 42/2022/NĐ-CP", "khoản 5 Điều 12; khoản 3 Điều 15 của Luật …").
 * A listed reference is read as the named document's unless it resolves here ("điểm b khoản 2
 * Điều 1 và khoản 2 Điều 13 Nghị định số 30/2020/NĐ-CP" may name this document's Điều 1).
 */
function externalLists(raw: string, matches: readonly RegExpMatchArray[]): { external: boolean[]; listed: boolean[] } {
  const external = new Array<boolean>(matches.length).fill(false);
  const listed = new Array<boolean>(matches.length).fill(false);
  for (let k = matches.length - 1; k >= 0; k--) {
    const m = matches[k]!;
    const end = m.index! + m[0].length;
    const next = matches[k + 1];
    const glue = next ? raw.slice(end, next.index) : null;
    if (glue !== null && glue.length <= 12 && LIST_GLUE.test(glue)) listed[k] = external[k + 1]! || listed[k + 1]!;
    else external[k] = EXTERNAL_AFTER.test(raw.slice(end, end + 40));
  }
  return { external, listed };
}

const REFERENCES = oncePer(scanReferences);

/** Every internal reference of the document (scrape noise is skipped); computed once per model. */
export function findReferences(document: VbhcDocument): Reference[] {
  return REFERENCES(document);
}

/** A reference as its unit's text shows it: offsets in the text. */
interface LineReference {
  from: number;
  to: number;
  /** Says it is this document's own ("Điều này", "Điều 3 Nghị định này"). */
  own: boolean;
  /** In a list whose document is named after its last reference: probably that document's. */
  listed: boolean;
  parts: { kind: ReferencePartKind; label: string; from: number; to: number }[];
}

const NONE = Object.freeze([]) as readonly LineReference[];
/** Unit texts → their references (the regexes run once per distinct text). */
const LINE_REFERENCES = new TextMemo<readonly LineReference[]>();

function referencesOn(raw: string): readonly LineReference[] {
  return LINE_REFERENCES.through(raw, () => {
    const found: LineReference[] = [];
    if (raw.indexOf("iều") >= 0 || raw.indexOf("ục") >= 0) {
      const matches = [...raw.matchAll(ARTICLE_REF)];
      const { external, listed } = externalLists(raw, matches);
      matches.forEach((m, k) => {
        const end = m.index + m[0].length;
        if (external[k]) return;
        // "Điều 3." opening a line is the article's own heading, not a reference to it.
        if (/^[\s*#|_>]*$/.test(raw.slice(0, m.index)) && /^[\s*_]*[.:]/.test(raw.slice(end, end + 4))) return;
        const parts: LineReference["parts"] = [];
        const whole = m[0];
        const partAt = (kind: ReferencePartKind, word: string | undefined, label: string | undefined) => {
          if (!word || !label) return;
          const w = whole.indexOf(word);
          const l = m.index + w + word.length + 1;
          parts.push({ kind, label, from: l, to: l + label.length });
        };
        partAt("point", m[1], m[2]);
        partAt("clause", m[3], m[4]);
        // The article label is the last token of the match.
        const articleLabel = m[6]!;
        parts.push({ kind: "article", label: articleLabel, from: end - articleLabel.length, to: end });
        found.push({ from: m.index, to: end, parts, own: articleLabel === "này" || OWN_AFTER.test(raw.slice(end, end + 40)), listed: listed[k]! });
      });
      for (const m of raw.matchAll(SECTION_REF)) {
        const end = m.index + m[0].length;
        if (EXTERNAL_AFTER.test(raw.slice(end, end + 40))) continue;
        const label = m[2]!;
        found.push({
          from: m.index,
          to: end,
          parts: [{ kind: "section", label, from: end - label.length, to: end }],
          own: OWN_AFTER.test(raw.slice(end, end + 40)),
          listed: false,
        });
      }
    }
    return found.length > 0 ? found : NONE;
  });
}

function scanReferences(document: VbhcDocument): Reference[] {
  const out: Reference[] = [];
  // The text layer's logical units: a reference wrapped over lines ("khoản 2" / "Điều 5") or
  // followed on the next line by its document ("Điều 3" / "Nghị quyết này") is read whole.
  // An amending document's bare references ("Sửa đổi, bổ sung Điều 4 như sau:", the quoted new
  // text) are the amended document's; only "Điều này", "Điều 2 Nghị định này" are its own.
  const amending = isAmendingDocument(document);
  for (const unit of logicalUnits(document)) {
    if (lineInRange(unit.line, document.noiseBefore) || lineInRange(unit.line, document.noiseAfter)) continue;
    const found = referencesOn(unit.text);
    if (found.length === 0) continue;
    const section = sectionOfLine(document, unit.line);
    for (const r of found) {
      if (amending && !r.own) continue;
      out.push({
        range: unit.range(r.from, r.to),
        listed: r.listed,
        own: r.own,
        parts: r.parts.map((p) => ({ kind: p.kind, label: p.label, range: unit.range(p.from, p.to) })),
        section,
      });
    }
  }
  return out;
}

/** The article containing a line, for "Điều này". */
function articleAt(section: Section, line: number): Item | undefined {
  return articles(section).find((a) => line >= a.range.start.line && line <= a.range.end.line);
}

export type Resolution =
  | { status: "resolved"; item: Item; chain: ResolvedPart[] }
  /** The document has nothing of that kind to resolve against: not judged. */
  | { status: "unknown"; chain: ResolvedPart[] }
  | { status: "unresolved"; missing: ReferencePart; chain: ResolvedPart[] };

/** A part of a reference and the item it names, outermost first. */
export interface ResolvedPart {
  part: ReferencePart;
  item: Item;
}

function findLabel(items: readonly Item[], label: string, styles: readonly string[]): Item | undefined {
  return items.find((i) => styles.includes(i.marker.style) && i.marker.label === label);
}

function allItems(section: Section): Item[] {
  const out: Item[] = [];
  const visit = (items: Item[]) => {
    for (const i of items) {
      out.push(i);
      visit(i.children);
    }
  };
  visit(section.body.items);
  return out;
}

const RESOLUTIONS = oncePer(resolve);

/** Resolves a reference within its section, as deep as the document allows (memoized). */
export function resolveReference(ref: Reference): Resolution {
  return RESOLUTIONS(ref);
}

function resolve(ref: Reference): Resolution {
  const section = ref.section;
  const parts = [...ref.parts].reverse(); // outermost first
  const first = parts[0]!;
  if (first.kind === "section") {
    const candidates = allItems(section).filter((i) => ["section", "hierarchical", "arabic", "roman"].includes(i.marker.style));
    const styleOf = /^[IVX]+$/.test(first.label) ? ["roman", "section"] : first.label.includes(".") ? ["hierarchical"] : ["arabic", "section"];
    if (!candidates.some((i) => styleOf.includes(i.marker.style))) return { status: "unknown", chain: [] };
    const item = findLabel(candidates, first.label, styleOf);
    return item ? { status: "resolved", item, chain: [{ part: first, item }] } : { status: "unresolved", missing: first, chain: [] };
  }
  const arts = articles(section);
  if (arts.length === 0) return { status: "unknown", chain: [] };
  let item = first.label === "này" ? articleAt(section, ref.range.start.line) : findLabel(arts, first.label, ["article"]);
  if (!item) return first.label === "này" ? { status: "unknown", chain: [] } : { status: "unresolved", missing: first, chain: [] };
  const chain: ResolvedPart[] = [{ part: first, item }];
  for (const part of parts.slice(1)) {
    const style = part.kind === "clause" ? "arabic" : "letter";
    const children: Item[] = item.children.filter((c: Item) => c.marker.style === style);
    if (children.length === 0) return { status: "unknown", chain };
    const next = findLabel(children, part.label, [style]);
    if (!next) return { status: "unresolved", missing: part, chain };
    item = next;
    chain.push({ part, item });
  }
  return { status: "resolved", item, chain };
}
