// Internal references: "Điều 3", "khoản 2 Điều 3", "điểm a khoản 2 Điều 3", "tại mục 2.3".
// A reference followed by another document ("Điều 13 Nghị định 30/2020/NĐ-CP", "khoản 2 Điều 3
// của Luật …") is external and never resolved here; "Điều 3 Quyết định này" is internal.
import type { Item, Range, Section, VbhcDocument } from "./model.js";
import { articles } from "./numbering.js";
import { oncePer, TextMemo } from "./memo.js";
import { logicalUnits } from "./parser/index.js";
import { lineInRange } from "./positions.js";
import { sectionOfLine } from "./sections.js";

export type ReferencePartKind = "point" | "clause" | "article" | "section";

export interface ReferencePart {
  kind: ReferencePartKind;
  /** "a", "2", "3", "2.3"; "này" for "Điều này". */
  label: string;
  range: Range;
}

export interface Reference {
  range: Range;
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

const REFERENCES = oncePer(scanReferences);

/** Every internal reference of the document (scrape noise is skipped); computed once per model. */
export function findReferences(document: VbhcDocument): Reference[] {
  return REFERENCES(document);
}

/** A reference as its unit's text shows it: offsets in the text. */
interface LineReference {
  from: number;
  to: number;
  parts: { kind: ReferencePartKind; label: string; from: number; to: number }[];
}

const NONE = Object.freeze([]) as readonly LineReference[];
/** Unit texts → their references (the regexes run once per distinct text). */
const LINE_REFERENCES = new TextMemo<readonly LineReference[]>();

function referencesOn(raw: string): readonly LineReference[] {
  return LINE_REFERENCES.through(raw, () => {
    const found: LineReference[] = [];
    if (raw.indexOf("iều") >= 0 || raw.indexOf("ục") >= 0) {
      for (const m of raw.matchAll(ARTICLE_REF)) {
        const end = m.index + m[0].length;
        if (EXTERNAL_AFTER.test(raw.slice(end, end + 40))) continue;
        // "Điều 3." opening a line is the article's own heading, not a reference to it.
        if (/^[\s*#|_>]*$/.test(raw.slice(0, m.index)) && /^[\s*_]*[.:]/.test(raw.slice(end, end + 4))) continue;
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
        found.push({ from: m.index, to: end, parts });
      }
      for (const m of raw.matchAll(SECTION_REF)) {
        const end = m.index + m[0].length;
        if (EXTERNAL_AFTER.test(raw.slice(end, end + 40))) continue;
        const label = m[2]!;
        found.push({ from: m.index, to: end, parts: [{ kind: "section", label, from: end - label.length, to: end }] });
      }
    }
    return found.length > 0 ? found : NONE;
  });
}

function scanReferences(document: VbhcDocument): Reference[] {
  const out: Reference[] = [];
  // The text layer's logical units: a reference wrapped over lines ("khoản 2" / "Điều 5") or
  // followed on the next line by its document ("Điều 3" / "Nghị quyết này") is read whole.
  for (const unit of logicalUnits(document)) {
    if (lineInRange(unit.line, document.noiseBefore) || lineInRange(unit.line, document.noiseAfter)) continue;
    const found = referencesOn(unit.text);
    if (found.length === 0) continue;
    const section = sectionOfLine(document, unit.line);
    for (const r of found) {
      out.push({ range: unit.range(r.from, r.to), parts: r.parts.map((p) => ({ kind: p.kind, label: p.label, range: unit.range(p.from, p.to) })), section });
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
