// Reads what a document says about itself and about other documents: its effective date ("có
// hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025", "kể từ ngày ký", "sau 45 ngày kể từ ngày
// ký") and the relations its text states — it replaces, repeals ("bãi bỏ", "hết hiệu lực") or
// amends ("sửa đổi, bổ sung") a cited document, whole or in part ("Điều 5", "khoản 2 Điều 3").
//
// Precision first: a relation is kept only when the words between the verb and the cited
// document are parts and connectives ("bãi bỏ Điều 5, Điều 6 của"), never when the verb belongs
// to the name of a cited document ("Luật sửa đổi, bổ sung một số điều của Luật …"), to a
// proposal ("đề nghị bãi bỏ") or is negated ("chưa hết hiệu lực").
import { canonicalType, citationSpan, citedIso, findCitations, isLawKind, type Citation } from "../citations.js";
import { isValidDate } from "../dates.js";
import { typeOfCode } from "../facts/document-types.js";
import type { VbhcDocument } from "../model.js";
import { logicalUnits, type LogicalUnit } from "../parser/index.js";
import { sectionOfLine } from "../sections.js";
import { entryFromDocument } from "../registry/document-entry.js";
import type { RegistryEntry } from "../registry/types.js";
import type { DocRef, Relation, RelationKind } from "./types.js";

export interface ExtractedDocument {
  /** The document's own entry (from its header), with its effective date; null without a number. */
  entry: RegistryEntry | null;
  /** The words that state the effective date. */
  effectiveText?: string;
  relations: Relation[];
}

const TYPES =
  "Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết liên tịch|Nghị quyết|Quyết định|Thông tư liên tịch|Thông tư|Chỉ thị|Văn bản|Kế hoạch|Quy chế|Quy định|Hướng dẫn|Lệnh|Công văn|Thông báo|Điều lệ|Hiến pháp";
/** "Luật này có hiệu lực thi hành từ …", "Quyết định này có hiệu lực kể từ …". */
const SELF_EFFECTIVE = new RegExp(`(?:${TYPES}) này (?:có|sẽ có) hiệu lực(?: thi hành)?`, "giu");
/** Before "Luật này": a part of the document ("Điều 5 của Luật này có hiệu lực …"), not the whole. */
const PART_BEFORE = /(?:của|tại|Điều \d+[a-zđ]?|khoản \d+|điểm [a-zđ]|Chương [IVXLC]+|Mục \d+)\s*$/iu;
const DATE_WORDS = /^\s*,?\s*(?:kể\s+)?từ\s+ngày\s+(\d{1,2})\s*(?:tháng\s*(\d{1,2})\s*năm\s*(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))/iu;
const FROM_SIGNING = /^\s*,?\s*(?:kể\s+)?từ\s+ngày\s+(?:ký|ban hành|thông qua|công bố)/iu;
const AFTER_DAYS = /^\s*,?\s*sau\s+(\d{1,3})\s+ngày\s*,?\s*(?:kể\s+)?từ\s+ngày\s+(?:ký|ban hành|công bố|thông qua)/iu;
/** "kể từ ngày Luật này có hiệu lực": the document's own effective date. */
const FROM_SELF_EFFECTIVE = new RegExp(`^\\s*,?\\s*(?:thi hành\\s+)?(?:kể\\s+)?từ\\s+ngày\\s+(?:${TYPES}) này có hiệu lực`, "iu");
const AFTER_PASSIVE_DATE = /^\s*,?\s*(?:thi hành\s*)?/u;
/** "… đến hết ngày 31 tháng 12 năm 2025" after an effective date: the last day in force. */
const UNTIL = /^[^.;]{0,120}?\s(?:cho\s+)?đến(?:\s+hết)?\s+ngày\s+(\d{1,2})\s*(?:tháng\s*(\d{1,2})\s*năm\s*(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))/iu;
/** "Quyết định này hết hiệu lực …". */
const SELF_ENDS = new RegExp(`(?:${TYPES}) này (?:sẽ )?hết hiệu lực(?: thi hành)?`, "giu");
/** "… kể từ ngày 01/01/2026", "… vào ngày 01/01/2026". */
const ENDS_ON = /^\s*,?\s*(?:kể\s+từ|từ|vào)\s+ngày\s+(\d{1,2})\s*(?:tháng\s*(\d{1,2})\s*năm\s*(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))/iu;

/** A cheap test before the verb scan: the verbs' stems (VERB finds them whole). */
const VERB_HINT = /thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|hiệu lực|sửa đổi|bổ sung/iu;

interface Verb {
  kind: RelationKind;
  /** active: "bãi bỏ X" (the target follows); passive: "X hết hiệu lực" (the target precedes). */
  voice: "active" | "passive";
  start: number;
  end: number;
}

// Verbs, longest first. Bounded alternations only: linear on any text.
const VERB =
  /(?<![\p{L}\p{N}])(?:(bị bãi bỏ|được bãi bỏ|bị hủy bỏ|bị huỷ bỏ|hết hiệu lực(?: thi hành)?|chấm dứt hiệu lực)|(được thay thế|bị thay thế)|(được sửa đổi, bổ sung|được sửa đổi|được bổ sung)|(bãi bỏ|hủy bỏ|huỷ bỏ)|(thay thế(?: cụm từ| từ)?)|(sửa đổi, bổ sung|sửa đổi|bổ sung))(?![\p{L}\p{N}])/giu;

function verbsIn(text: string, from: number, to: number): Verb[] {
  const out: Verb[] = [];
  VERB.lastIndex = from;
  for (let m = VERB.exec(text); m && m.index < to; m = VERB.exec(text)) {
    const [, passiveRepeal, passiveReplace, passiveAmend, repeal, replace, amend] = m;
    const span = { start: m.index, end: m.index + m[0].length };
    if (passiveRepeal) out.push({ kind: "repeals", voice: "passive", ...span });
    else if (passiveReplace) out.push({ kind: "replaces", voice: "passive", ...span });
    else if (passiveAmend) out.push({ kind: "amends", voice: "passive", ...span });
    else if (repeal) out.push({ kind: "repeals", voice: "active", ...span });
    else if (replace) out.push({ kind: / từ$/.test(replace) ? "amends" : "replaces", voice: "active", ...span });
    else if (amend) out.push({ kind: "amends", voice: "active", ...span });
  }
  return out;
}

/** Words that make a verb no statement: negated, proposed, asked for, or a condition. */
const NOT_STATED =
  /(?:chưa|không|chưa bị|không bị|đề nghị|kiến nghị|đề xuất|xem xét|dự kiến|dự thảo|nghiên cứu|rà soát(?:,)?|(?<!về )việc|trường hợp|nếu|khi|cần|phải|để|nhằm|thì)\s*$/iu;
/** A type word just before the verb: the verb names a document ("Luật sửa đổi, bổ sung …"). */
const NAME_BEFORE = new RegExp(`(?:${TYPES}|về việc|về|V/v)\\s*(?:số\\s*\\S+\\s*)?$`, "iu");

// Parts: "điểm a khoản 2 Điều 3", "khoản 1, 2 Điều 5", "Điều 5, 6", "điểm b khoản 2, khoản 4, điểm b
// khoản 5 Điều 6" (points and clauses wait for the article written after them), "Chương II".
const PART_TOKEN =
  /(?<![\p{L}\p{N}])(?:các\s+)?(điểm|[Kk]hoản|Điều|(?<=các\s+)điều|Chương|Mục|Phụ lục)\s+((?:[a-zđ]|\d{1,3}[a-zđ]?|[IVXLC]{1,6})(?:\s*(?:,|và(?![\p{L}]))\s*(?:[a-zđ]|\d{1,3}[a-zđ]?|[IVXLC]{1,6})(?![\p{L}\p{N}]))*)(?![\p{L}\p{N}])/gu;

function listOf(text: string): string[] {
  return text.split(/\s*(?:,|và(?![\p{L}]))\s*/u).filter(Boolean);
}

/** Every part named in a stretch of text, one per article, clause or point; `rest` is the text without them. */
export function partsIn(raw: string): { parts: string[]; rest: string } {
  const parts: string[] = [];
  // "Chương VIII gồm các điều từ Điều 67 đến Điều 78": what the chapter holds, not more parts.
  // "từ Điều 3 đến Điều 6": every article between.
  const text = raw
    .replace(/((?:Chương|Mục)\s+[IVXLC\d]+)\s*(?:,\s*)?(?:gồm|bao gồm)\s+(?:các\s+điều\s+)?từ\s+Điều\s+\d+\s+đến\s+Điều\s+\d+/gu, "$1")
    .replace(/từ\s+Điều\s+(\d{1,3})\s+đến\s+Điều\s+(\d{1,3})(?![\p{L}\p{N}])/gu, (m, a: string, b: string) => {
      const from = Number(a);
      const to = Number(b);
      return to > from && to - from <= 60 ? `Điều ${Array.from({ length: to - from + 1 }, (_, i) => from + i).join(", ")}` : m;
    });
  /** Points and clauses read so far, waiting for their article. */
  let waiting: string[] = [];
  let points: string[] = [];
  let lastEnd = 0;
  const flush = () => {
    parts.push(...waiting, ...points);
    waiting = [];
    points = [];
  };
  PART_TOKEN.lastIndex = 0;
  const rest = text.replace(PART_TOKEN, (_m: string, word: string, labels: string, at: number) => {
    // "bổ sung Điều 3a vào sau Điều 3": where a new part goes, not a part acted on.
    if (/(?:vào\s+)?(?:sau|trước)\s+$/u.test(text.slice(Math.max(0, at - 12), at))) return " ";
    const list = listOf(labels);
    if (w0(word) !== "chương") lastEnd = at + _m.length;
    const w = w0(word);
    if (w === "điểm") {
      points.push(...list.map((l) => `điểm ${l}`));
    } else if (w === "khoản") {
      const own = points.length > 0 ? list.flatMap((k) => points.map((pt) => `${pt} khoản ${k}`)) : list.map((k) => `khoản ${k}`);
      points = [];
      waiting.push(...own);
    } else if (w === "điều") {
      const inner = [...waiting, ...points];
      waiting = [];
      points = [];
      for (const a of list) {
        if (inner.length === 0) parts.push(`Điều ${a}`);
        else parts.push(...inner.map((x) => `${x} Điều ${a}`));
      }
    } else {
      // "Mục 1 Chương VI": a section of a chapter is one part; "khoản 1 Mục II": a clause of a section.
      const inner = [...waiting, ...points];
      waiting = [];
      points = [];
      const last = parts[parts.length - 1];
      if (inner.length > 0) for (const l of list) parts.push(...inner.map((x) => `${x} ${capitalize(word)} ${l}`));
      else if (w === "chương" && list.length === 1 && last && /^Mục \S+$/u.test(last) && /^\s*$/.test(text.slice(lastEnd, at)))
        parts[parts.length - 1] = `${last} Chương ${list[0]}`;
      else parts.push(...list.map((l) => `${capitalize(word)} ${l}`));
    }
    lastEnd = at + _m.length;
    return " ";
  });
  flush();
  return { parts, rest };
}

function w0(word: string): string {
  return word.toLowerCase();
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** What may stand between a verb and its target besides parts: "một số điều của", "các quy định tại". */
const CONNECTIVE =
  /^(?:\s|[,;:.\-–+()]|\b(?:[a-zđ]|\d{1,2})\)|(?<![\p{L}\p{N}])(?:các (?:Quyết định|Nghị định|Thông tư|Thông tư liên tịch|Chỉ thị|Nghị quyết|Luật|văn bản)|của|tại|các|và|vào sau|vào trước|vào|một số điều|một số|toàn bộ|nội dung|quy định|các quy định|văn bản|như sau|sau đây|sau|đối với|ban hành kèm theo|kèm theo|thi hành|được ban hành|cụ thể|gồm|bao gồm|là)(?![\p{L}\p{N}]))*$/iu;

function connectiveOnly(text: string): { ok: boolean; parts: string[] } {
  const { parts, rest } = partsIn(text);
  return { ok: CONNECTIVE.test(rest), parts };
}

/** One part word and its labels ("khoản 1, 2", "các Điều 5 và 6"), as the tails below read them. */
const PART_RUN = String.raw`(?:các\s+)?(?:điểm|khoản|Điều|Chương|Mục|Phụ lục)\s+[0-9a-zđIVXLC]{1,6}(?:\s*(?:,|và)\s*[0-9a-zđIVXLC]{1,6}){0,9}`;

/** Parts and "của" at the end of a lead (bounded: the last 160 characters are read). */
const TRAILING_PARTS = new RegExp(`((?:(?:${PART_RUN})\\s*,?\\s*){1,12})(?:của\\s*)?$`, "iu");

/** The parts written just before a citation ("căn cứ khoản 2 Điều 5 của " → ["khoản 2 Điều 5"]). */
export function trailingParts(lead: string): string[] {
  const m = TRAILING_PARTS.exec(lead.slice(-160));
  return m ? partsIn(m[1]!).parts : [];
}

/** The end of a list's item before the next: ", ", "; ", " và ", with the next item's parts ("và Điều 3 của "). */
const LIST_TAIL = new RegExp(`(?:,|;|(?<![\\p{L}\\p{N}])và)\\s*((?:${PART_RUN}\\s*)*)(?:của\\s*)?$`, "iu");

/** Between two subjects of one verb: ", " or " và " (a ";" separates statements, as in a list of căn cứ). */
const SUBJECT_TAIL = new RegExp(`(?:,|(?<![\\p{L}\\p{N}])và)\\s*((?:${PART_RUN}\\s*)*)(?:của\\s*)?$`, "iu");

/** "(sau đây gọi tắt là Thông tư số …)": a short name given to a document already cited. */
const ALIAS_LEAD = /\(\s*(?:sau đây\s+)?(?:gọi|viết)(?:\s+(?:tắt|gọn))?\s+là\s*$/iu;

/** "a)", "1.", "-": a list item's mark. */
const LIST_MARK = /^\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-–+•*>])\s*/giu;

/** The last list separator in a lead: ",", ";" or "và" (not the comma of "sửa đổi, bổ sung"). */
function lastSeparator(lead: string): { kind: "," | ";" | "và"; end: number } | null {
  let found: { kind: "," | ";" | "và"; end: number } | null = null;
  const re = /(,|;|(?<![\p{L}\p{N}])và(?![\p{L}\p{N}]))(?!\s*bổ sung)/gu;
  for (let m = re.exec(lead); m; m = re.exec(lead)) found = { kind: m[1] as "," | ";" | "và", end: m.index + m[0].length };
  return found;
}

/** A unit that starts an article of the document ("Điều 12. …"), not a quoted one. */
const ARTICLE_START = /^\s*Điều\s+\d{1,3}[a-zđ]?\s*\./u;
/** An item that only repeals parts: "b) Bãi bỏ khoản 2 Điều 32.", "3. Bãi bỏ Điều 68 và Điều 69;". */
const REPEAL_ITEM = /^\s*(?:[a-zđ]\)|\d{1,2}\.)?\s*Bãi bỏ\s+(.{1,300})$/u;

/** A sentence ends: ". " before a capital letter (not after an abbreviation's dot in a number). */
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}"“])/gu;

function sentenceBounds(text: string): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) ends.push(m.index + 1);
  ends.push(text.length);
  return ends;
}

/** The document a citation names, as a relation names it (a short form through its antecedent). */
export function citationRef(c: Citation): DocRef | null {
  const source = c.number?.form === "bare" ? c.antecedent : c;
  if (!source) return null;
  const type = source.kind;
  const date = citedIso(source);
  if (source.number && source.number.form !== "bare") return { type, number: source.number.raw.replace(/\s+/g, ""), ...(date ? { date } : {}) };
  if (isLawKind(type) && source.name) {
    const year = source.date?.year?.value ?? source.yearOnly?.value;
    return { type, name: source.name.text, ...(year ? { year } : {}) };
  }
  return null;
}

function civilIso(y: number, m: number, d: number): string | null {
  return isValidDate(y, m, d) ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : null;
}

function dateIn(m: RegExpExecArray): string | null {
  const day = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  const year = Number(m[3] ?? m[5]);
  return civilIso(year, month, day);
}

/** A civil date plus some days (UTC arithmetic: no time zone can shift a civil date). */
function plusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "Luật này" in a law, "Quyết định này" in a decision; any type when the document's own is not known. */
function speaksOfItself(statement: string, ownType: string | null): boolean {
  if (!ownType || ownType === "Văn bản" || ownType === "Văn bản hợp nhất") return true;
  const word = statement.slice(0, statement.toLowerCase().indexOf(" này")).toLowerCase();
  const own = ownType.toLowerCase();
  return word === own || (own === "bộ luật" && word === "luật") || (own === "luật" && word === "bộ luật");
}

/** The effective date a statement gives, from the words after "có hiệu lực (thi hành)". */
function effectiveFrom(after: string, issued: string | null): { date: string | null; text: string } | null {
  let m = DATE_WORDS.exec(after);
  if (m) return { date: dateIn(m), text: m[0] };
  m = AFTER_DAYS.exec(after);
  if (m) return { date: issued ? plusDays(issued, Number(m[1])) : null, text: m[0] };
  m = FROM_SIGNING.exec(after);
  if (m) return { date: issued, text: m[0] };
  return null;
}

interface Event {
  at: number;
  verb?: Verb;
  citation?: Citation;
}

/** The relations and effective date one document states. `file` is recorded as each relation's source. */
export function extractDocument(document: VbhcDocument, file?: string): ExtractedDocument {
  const own = entryFromDocument(file ?? "", document);
  let entry: RegistryEntry | null = null;
  if (own) {
    const { origin: _o, uri: _u, range: _r, ...rest } = own;
    entry = { ...rest };
    if (entry.type === "Văn bản" || entry.type === "Văn bản hợp nhất") entry.type = typeFromNumber(entry.number) ?? entry.type;
    if (/VBHN/i.test(entry.number ?? "")) entry.type = "Văn bản hợp nhất";
    if (isLawKind(entry.type) && entry.title) {
      entry.name = `${entry.type} ${sentenceCaseName(entry.title)}`;
      entry.title = entry.name;
    }
  }
  // A consolidated text (VBHN) speaks in the words of the document it consolidates: "Nghị định
  // này" there is that document, named by the text's opening ("Nghị định số 75/2021/NĐ-CP …
  // được sửa đổi, bổ sung bởi: …").
  const consolidated = entry?.type === "Văn bản hợp nhất";
  const who: Speaker = { self: entry?.number && !consolidated ? { type: entry.type, number: entry.number } : null, consolidated };
  const issued = entry?.date || null;
  const units = logicalUnits(document);

  // The effective date: the first statement about the document itself in its main part.
  let effective: string | null = null;
  let effectiveText: string | undefined;
  /** The day the document ceases by its own terms, and where it says so. */
  let ownEnd: { date: string; unit: LogicalUnit } | null = null;
  for (const unit of units) {
    if (!unit.text.includes("hiệu lực") || sectionOfLine(document, unit.line) !== document) continue;
    SELF_EFFECTIVE.lastIndex = 0;
    for (let m = SELF_EFFECTIVE.exec(unit.text); m; m = SELF_EFFECTIVE.exec(unit.text)) {
      if (PART_BEFORE.test(unit.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "Quyết định này có hiệu lực …" quoted in a Công văn speaks of that decision, not of the letter.
      if (!speaksOfItself(m[0], entry?.type ?? null)) continue;
      const found = effectiveFrom(unit.text.slice(m.index + m[0].length, m.index + m[0].length + 120), issued);
      if (!found) continue;
      effective = found.date;
      effectiveText = (m[0] + found.text).replace(/\s+/g, " ").trim();
      // "… có hiệu lực từ ngày 01/01/2024 đến hết ngày 31/12/2025": in force through that day.
      const until = UNTIL.exec(unit.text.slice(m.index + m[0].length, m.index + m[0].length + 200));
      const last = until ? dateIn(until) : null;
      if (last) ownEnd = { date: plusDays(last, 1), unit };
      break;
    }
    if (effectiveText) break;
  }
  if (entry && effective && !consolidated) entry.effective = effective;
  // "Quyết định này hết hiệu lực kể từ ngày 01/01/2026": the document's own term.
  if (!ownEnd) {
    for (const unit of units) {
      if (!unit.text.includes("hết hiệu lực") || sectionOfLine(document, unit.line) !== document) continue;
      SELF_ENDS.lastIndex = 0;
      const m = SELF_ENDS.exec(unit.text);
      if (!m || PART_BEFORE.test(unit.text.slice(Math.max(0, m.index - 40), m.index)) || !speaksOfItself(m[0], entry?.type ?? null)) continue;
      const when = ENDS_ON.exec(unit.text.slice(m.index + m[0].length, m.index + m[0].length + 80));
      const date = when ? dateIn(when) : null;
      if (date) {
        ownEnd = { date, unit };
        break;
      }
    }
  }

  const byUnit = new Map<LogicalUnit, Citation[]>();
  for (const c of findCitations(document)) {
    const span = citationSpan(c);
    if (!span || c.context === "proposal" || ALIAS_LEAD.test(span.unit.text.slice(Math.max(0, span.at - 40), span.at))) continue;
    const list = byUnit.get(span.unit);
    if (list) list.push(c);
    else byUnit.set(span.unit, [c]);
  }

  const relations: Relation[] = [];
  const seen = new Set<string>();
  const add: Add = (kind, by, target, parts, date, unit, bySelf = false) => {
    // A document that does not show its own number still says when what it ends ends.
    if (!target || (!by && !(bySelf && date && !who.consolidated)) || sameRef(by, target)) return;
    // Replacing part of a document is amending it.
    const k: RelationKind = kind === "replaces" && parts.length > 0 ? "amends" : kind;
    const own = bySelf || (!!who.self && (sameRef(by, who.self) || (who.consolidated && sameRef(target, who.self))));
    const r: Relation = {
      kind: k,
      by,
      target,
      parts,
      ...(date ? { date } : {}),
      source: { ...(file ? { file } : {}), line: unit.line + 1 },
      ...(own ? {} : { reported: true }),
    };
    const key = JSON.stringify([r.kind, refId(r.by), refId(r.target), r.parts]);
    if (seen.has(key)) return;
    seen.add(key);
    relations.push(r);
  };

  if (ownEnd && who.self && !consolidated) add("repeals", null, who.self, [], ownEnd.date, ownEnd.unit, true);

  /** A verb left open at the end of a unit ("bãi bỏ các văn bản sau:"), for the list items that follow. */
  let pending: Pending | null = null;
  /**
   * The document an amending article of this one amends ("Điều 48. Sửa đổi, bổ sung một số điều
   * của Luật …:"), for its items that repeal a part without naming the document again ("b) Bãi
   * bỏ khoản 2 Điều 32."); until the next article.
   */
  let amending: DocRef | null = null;
  for (const unit of units) {
    const text = unit.text;
    if (amending && ARTICLE_START.test(text)) amending = null;
    // Most units state nothing: no verb of a relation, and no list open above them.
    if (!pending && !VERB_HINT.test(text)) continue;
    const cites = byUnit.get(unit) ?? [];
    const listItem = /^\s*(?:>\s*)*(?:[a-zđ]\)|\d{1,2}[.)]|[-–+•*]|\))\s*/u.exec(text) ?? (pending?.startsWithCitation ? /^/.exec(text) : null);
    if (pending && cites.length > 0 && listItem) {
      const first = cites[0]!;
      const span = citationSpan(first)!;
      const between = connectiveOnly(text.slice(listItem[0].length, span.at));
      if (between.ok) {
        for (const [c, parts] of listedFrom(text, cites, between.parts)) {
          const ref = citationRef(c);
          if (pending.verb.voice === "active" || pending.listTargets)
            add(pending.verb.kind, pending.actor, ref, parts, pending.date ?? null, unit, pending.bySelf);
          else for (const t of pending.passiveTargets) add(pending.verb.kind, ref, t, pending.parts, null, unit);
        }
        continue;
      }
    }
    // A list's items may be split by blank quote lines (">") or items that cite nothing.
    if (pending && !(listItem && cites.length === 0) && !/^[\s>*_-]*$/u.test(text)) pending = null;
    if (amending && cites.length === 0) {
      const m = REPEAL_ITEM.exec(text);
      const named = m ? partsIn(m[1]!) : null;
      if (named && named.parts.length > 0 && /^[\s,.;]*(?:và[\s,.;]*)*$/u.test(named.rest)) {
        add("repeals", who.self, amending, named.parts, null, unit, true);
        continue;
      }
    }
    if (cites.length === 0 && !/:\s*$/.test(text)) continue;
    const before = relations.length;
    const ends = sentenceBounds(text);
    let from = 0;
    for (const to of ends) {
      const inSentence = cites.filter((c) => {
        const at = citationSpan(c)!.at;
        return at >= from && at < to;
      });
      const verbs = verbsIn(text, from, to);
      if (verbs.length > 0 && (inSentence.length > 0 || /:\s*$/.test(text.slice(from, to)))) {
        const opened = readSentence(text, from, to, verbs, inSentence, unit, who, effective, add);
        if (opened && to === text.length) pending = opened;
      }
      from = to;
    }
    // A lead-in that amends a document of this one's ("… của Luật … như sau:") opens its items.
    if (/:\s*$/.test(text) && who.self) {
      const amended = relations.slice(before).find((r) => r.kind === "amends" && !r.reported && sameRef(r.by, who.self));
      if (amended) amending = amended.target;
    }
  }
  return { entry, ...(effectiveText ? { effectiveText } : {}), relations };
}

/** A verb left open by a final colon, for the list items (or, in a consolidated text, the paragraphs) that follow. */
interface Pending {
  verb: Verb;
  actor: DocRef | null;
  /** Passive "X được sửa đổi, bổ sung bởi:": the documents acted on; the items are the actors. */
  passiveTargets: DocRef[];
  parts: string[];
  /** Passive "… hết hiệu lực thi hành:": the items are the documents acted on, by `actor`. */
  listTargets?: boolean;
  /** The items may be paragraphs that begin with the citation (a consolidated text's list). */
  startsWithCitation?: boolean;
  /** `actor` is the document itself. */
  bySelf?: boolean;
  date?: string | null;
}

/**
 * The first citation of a list item and those listed after it ("Nghị định số A …, Nghị định số B
 * …"), each with the parts written before it; not the documents named inside their summaries.
 */
function listedFrom(text: string, cites: readonly Citation[], firstParts: string[]): [Citation, string[]][] {
  const out: [Citation, string[]][] = [[cites[0]!, firstParts]];
  for (let i = 1; i < cites.length; i++) {
    const lead = text.slice(citationSpan(cites[i - 1]!)!.headEnd, citationSpan(cites[i]!)!.at);
    const sep = lastSeparator(lead);
    if (!sep) continue;
    const tail = partsIn(lead.slice(sep.end));
    if (CONNECTIVE.test(tail.rest)) out.push([cites[i]!, tail.parts]);
  }
  return out;
}

/** Who "this document" is: the document itself, or for a consolidated text the one it consolidates. */
interface Speaker {
  self: DocRef | null;
  consolidated: boolean;
}

/** `bySelf`: the document itself acts (its number may be unknown: then the relation needs its date). */
type Add = (kind: RelationKind, by: DocRef | null, target: DocRef | null, parts: string[], date: string | null, unit: LogicalUnit, bySelf?: boolean) => void;

/** Reads one sentence's verbs and citations in order; returns a verb left open by a final colon. */
function readSentence(
  text: string,
  from: number,
  to: number,
  verbs: Verb[],
  cites: Citation[],
  unit: LogicalUnit,
  who: Speaker,
  effective: string | null,
  add: Add,
): Pending | null {
  const events: Event[] = [...verbs.map((verb) => ({ at: verb.start, verb })), ...cites.map((citation) => ({ at: citationSpan(citation)!.at, citation }))];
  events.sort((a, b) => a.at - b.at);
  const spanOf = (c: Citation) => citationSpan(c)!;
  /** The citation whose summary holds this offset: "Quyết định số A về việc sửa đổi …". */
  const enclosing = (at: number): Citation | null => {
    for (const c of cites) {
      const s = spanOf(c);
      if (s.headEnd <= at && at < s.end) return c;
    }
    return null;
  };
  /**
   * The citation a verb describes right after it ("Thông tư liên tịch số 25/2010/… về việc sửa
   * đổi, bổ sung …"), when the grammar did not read that summary.
   */
  const describing = (at: number): Citation | null => {
    for (let i = cites.length - 1; i >= 0; i--) {
      const s = spanOf(cites[i]!);
      if (s.at >= at) continue;
      // (An issuer the grammar cut short may stand between: "của Liên Bộ: Lao động …, Y tế về việc".)
      const between = text.slice(s.headEnd, at);
      return between.length <= 160 && !/[;.]/.test(between) && /(?:^|\s)(?:về việc|về|V\/v)\s*$/iu.test(between) ? cites[i]! : null;
    }
    return null;
  };
  let lastHolder: Citation | null = null;
  let active: { verb: Verb; actor: DocRef | null; pos: number; bySelf?: boolean } | null = null;
  let lastTarget: Citation | null = null;
  let lastSubject: Citation | null = null;
  let open: Pending | null = null;
  for (const e of events) {
    if (e.verb) {
      const v = e.verb;
      const before = text.slice(Math.max(from, v.start - 40), v.start);
      if (NOT_STATED.test(before)) {
        active = null;
        continue;
      }
      if (v.voice === "active") {
        const basis = cites.some((c) => c.context === "basis");
        // "… về việc sửa đổi Thông tư số A và thay thế Thông tư số B": the second verb continues the first's summary.
        const chained: Citation | null = lastHolder && /(?:,|(?<![\p{L}\p{N}])và)\s*$/u.test(before) ? lastHolder : null;
        const holder: Citation | null = enclosing(v.start) ?? describing(v.start) ?? chained;
        if (holder) {
          // The verb is in a cited document's summary: that document acts.
          active = { verb: v, actor: citationRef(holder), pos: v.end };
          lastHolder = holder;
        } else if (basis) {
          active = null; // a căn cứ line states nothing the document does
        } else if (NAME_BEFORE.test(before)) {
          active = null; // the name of a document ("Nghị định sửa đổi, bổ sung …")
        } else {
          // A cited subject right before the verb acts ("Nghị định số 30/2020/NĐ-CP thay thế …"); else this document.
          const subject = lastSubject && /^\s*(?:,\s*)?(?:đã|sẽ|cũng)?\s*$/u.test(text.slice(spanOf(lastSubject).end, v.start)) ? lastSubject : null;
          active = { verb: v, actor: subject ? citationRef(subject) : who.self, pos: v.end, bySelf: !subject };
        }
        lastTarget = null;
        if (active && /:\s*$/.test(text.slice(v.end, to)) && !cites.some((c) => spanOf(c).at > v.end))
          open = { verb: v, actor: active.actor, passiveTargets: [], parts: [], bySelf: active.bySelf, date: active.bySelf ? effective : null };
        continue;
      }
      // Passive: its subjects are the documents the sentence lists before it. A document named
      // inside another's summary ("Thông tư số A sửa đổi … của Thông tư số B") is not one of them.
      const preceding = cites.filter((c) => spanOf(c).at < v.start);
      const last = preceding[preceding.length - 1];
      const subjects: Citation[] = [];
      if (last && v.start - spanOf(last).headEnd <= 400 && !/;/.test(text.slice(spanOf(last).headEnd, v.start))) {
        for (let i = preceding.length - 1; i >= 0; i--) {
          const c = preceding[i]!;
          const leadFrom = i > 0 ? Math.max(from, spanOf(preceding[i - 1]!).headEnd) : from;
          const lead = text.slice(leadFrom, spanOf(c).at);
          const sep = lastSeparator(lead);
          const tail = sep ? lead.slice(sep.end) : lead;
          if (!CONNECTIVE.test(partsIn(tail).rest.replace(LIST_MARK, " "))) {
            // "A đã được sửa đổi theo Luật số B, Luật số C và Luật số D hết hiệu lực": B, C, D act on A.
            if (/(?:bởi|theo|tại)\s*$/u.test(tail)) subjects.length = 0;
            continue;
          }
          subjects.unshift(c);
          // "A; B đã được sửa đổi, bổ sung theo Luật số C": an amendment is the history of the one
          // document it follows, not of a list.
          if (!sep || (sep.kind === ";" && c.context === "basis") || v.kind === "amends") break;
        }
      }
      // A consolidated text opens with the document it consolidates: "<document> …, có hiệu lực kể
      // từ ngày …, được sửa đổi, bổ sung bởi:" — the first document named, whatever it names after.
      if (who.consolidated && !who.self && subjects.length > 0 && cites[0] && spanOf(cites[0]).at >= from) subjects.splice(0, subjects.length, cites[0]);
      if (subjects.length === 0) {
        // "Các văn bản sau đây hết hiệu lực thi hành:" — the list items are what ends.
        if (v.kind === "repeals" && /:\s*$/.test(text.slice(v.end, to))) {
          const tail = text.slice(v.end, to).replace(AFTER_PASSIVE_DATE, "");
          const explicit = DATE_WORDS.exec(tail);
          const date = explicit ? dateIn(explicit) : FROM_SELF_EFFECTIVE.test(tail) ? effective : null;
          open = { verb: v, actor: who.self, passiveTargets: [], parts: [], listTargets: true, bySelf: true, date };
        }
        continue;
      }
      // Each subject with the parts written before it ("điểm b khoản 2, khoản 4 Điều 6 Thông tư số …").
      const targets = subjects.map((c) => {
        const i = cites.indexOf(c);
        return { ref: citationRef(c), parts: trailingParts(text.slice(i > 0 ? Math.max(from, spanOf(cites[i - 1]!).headEnd) : from, spanOf(c).at)) };
      });
      const after = text.slice(v.end, to);
      const byMatch = /^\s*(?:,\s*)?(?:bổ sung\s*)?(?:(?:một số điều|một số nội dung)(?: và phụ lục)?\s*)?(?:bởi|bằng|tại|theo)\s*(?::\s*)?/iu.exec(after);
      const actors: (DocRef | null)[] = [];
      const actorCitations: Citation[] = [];
      if (byMatch) {
        let prev: Citation | null = null;
        for (const c of cites) {
          if (spanOf(c).at < v.end) continue;
          const gap = prev ? text.slice(spanOf(prev).headEnd, spanOf(c).at) : text.slice(v.end + byMatch[0].length, spanOf(c).at);
          if (!(prev ? SUBJECT_TAIL.test(gap) : connectiveOnly(gap).ok)) break;
          actors.push(citationRef(c));
          actorCitations.push(c);
          prev = c;
        }
      }
      if (byMatch && actors.length === 0 && /:\s*$/.test(after)) {
        if (who.consolidated && !who.self && targets[0]!.ref) who.self = targets[0]!.ref;
        open = { verb: v, actor: null, passiveTargets: targets.flatMap((t) => (t.ref ? [t.ref] : [])), parts: targets[0]!.parts, startsWithCitation: true };
        continue;
      }
      let date: string | null = null;
      if (v.kind === "repeals") {
        const tail = after.replace(AFTER_PASSIVE_DATE, "");
        const explicit = DATE_WORDS.exec(tail);
        if (explicit) date = dateIn(explicit);
        else if (FROM_SELF_EFFECTIVE.test(tail)) date = effective;
      }
      if (who.consolidated && !who.self && byMatch && targets[0]!.ref) who.self = targets[0]!.ref;
      if (byMatch && actors.length > 0) {
        for (const a of actors) for (const t of targets) add(v.kind, a, t.ref, t.parts, date, unit);
      } else if (!byMatch && v.kind !== "replaces") for (const t of targets) add(v.kind, who.self, t.ref, t.parts, date, unit, true);
      active = null;
      continue;
    }
    const c = e.citation!;
    const s = spanOf(c);
    lastSubject = c;
    if (!active) continue;
    // The verb's target: only parts and connectives between ("bãi bỏ Điều 5 của Thông tư số …").
    const gapFrom = lastTarget ? spanOf(lastTarget).headEnd : active.pos;
    let between = connectiveOnly(text.slice(gapFrom, s.at));
    let listed = false;
    if (!between.ok && lastTarget) {
      // The next of a list: "thay thế Quyết định số A về … và Quyết định số B" (past A's summary).
      const tail = LIST_TAIL.exec(text.slice(gapFrom, s.at));
      between = tail ? { ok: true, parts: partsIn(tail[1] ?? "").parts } : between;
      listed = !!tail;
    }
    if (!between.ok) {
      active = null;
      continue;
    }
    const holder = listed ? null : enclosing(s.at);
    if (holder && citationRef(holder) !== active.actor && !sameRef(citationRef(holder), active.actor)) {
      // Cited inside another cited document's summary, not by the verb.
      continue;
    }
    let date: string | null = null;
    if (active.verb.kind === "repeals") {
      const explicit = DATE_WORDS.exec(text.slice(s.end, Math.min(to, s.end + 80)));
      if (explicit) date = dateIn(explicit);
    }
    // "Sửa đổi, bổ sung, bãi bỏ một số điều của Luật …" names no part: some articles go, the law
    // stays — an amendment, never the repeal of the whole.
    const some = between.parts.length === 0 && /một số (?:điều|khoản|nội dung|quy định)/iu.test(text.slice(gapFrom, s.at));
    const kind = some && active.verb.kind !== "amends" ? "amends" : active.verb.kind;
    add(kind, active.actor, citationRef(c), between.parts, date ?? (active.bySelf && !active.actor ? effective : null), unit, active.bySelf);
    lastTarget = c;
  }
  return open;
}

/** A reference's identity, whatever else it carries (a date read from one citation and not another). */
function refId(r: DocRef | null): string {
  return r ? (r.number ?? `${r.type}|${r.name ?? ""}|${r.year ?? ""}`).toUpperCase() : "";
}

function sameRef(a: DocRef | null, b: DocRef | null): boolean {
  if (!a || !b) return false;
  if (a.number || b.number) return (a.number ?? "").toUpperCase() === (b.number ?? "").toUpperCase();
  return a.type === b.type && (a.name ?? "").toLowerCase() === (b.name ?? "").toLowerCase() && a.year === b.year;
}

/** "30/2020/NĐ-CP" → "Nghị định"; null when the symbol names no type. */
function typeFromNumber(number: string | null): string | null {
  const m = number ? (/^\d+[A-Za-z]?\/(?:\d{4}\/)?([^-/]+)-/.exec(number) ?? /^\d+[A-Za-z]?-([^-/]+)\//.exec(number)) : null;
  const name = m ? typeOfCode(m[1]!) : null;
  return name ? canonicalType(name.toLowerCase()) : null;
}

/** "BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT" → "Ban hành văn bản quy phạm pháp luật". */
function sentenceCaseName(title: string): string {
  const t = title.replace(/\s+/g, " ").trim();
  if (t !== t.toUpperCase()) return t.charAt(0).toUpperCase() + t.slice(1);
  const lower = t.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
