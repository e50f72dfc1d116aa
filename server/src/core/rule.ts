// What a rule is, and what it reports. Rules live in server/src/rules/<family>/<name>.ts.
import type { DocumentKind } from "./kinds.js";
import type { Range, VbhcDocument } from "./model.js";
import type { WorkspaceIndex } from "./registry/index.js";

export type Severity = "off" | "info" | "warning" | "error";
export type ReportedSeverity = Exclude<Severity, "off">;
export type Locale = "vi" | "en";

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * An edit the user may choose for a finding (a quick fix in the editor), when the right text is
 * a judgement call — moving a deadline to the next working day. Never applied by --fix or
 * "fix all" (ESLint's suggestions).
 */
export interface Suggestion {
  title: LocalizedText;
  edits: TextEdit[];
}

/**
 * Values for a message's placeholders. A computed fragment that reads the same in both locales (a
 * number, a date as written, a quoted word) is a string or a number; one that differs by locale (a
 * weekday, a holiday's name, the name of a punctuation mark) is a LocalizedText.
 */
export type MessageData = Record<string, string | number | LocalizedText>;

export interface Finding {
  ruleId: string;
  severity: ReportedSeverity;
  /** The rule's message `messageId` rendered with `data` in both locales (renderMessage). */
  message: LocalizedText;
  /** Key of the message in the rule's `messages`. */
  messageId: string;
  /** The placeholder values `message` was rendered with; absent when the message has none. */
  data?: MessageData;
  range: Range;
  /** Edits that fix this finding; present only when the correct text is certain. */
  fix?: TextEdit[];
  /** Edits the user may choose; never applied automatically. */
  suggestions?: Suggestion[];
}

export interface Report {
  range: Range;
  /** Key of the message in the rule's `messages`; the engine renders it with `data`. */
  messageId: string;
  data?: MessageData;
  fix?: TextEdit[];
  suggestions?: Suggestion[];
}

export interface RuleContext {
  readonly document: VbhcDocument;
  readonly config: ResolvedConfig;
  report(report: Report): void;
}

export interface Rule {
  /** Stable id "family/name" (DESIGN.md); never renamed. */
  id: string;
  description: LocalizedText;
  /**
   * What the rule says, by message id (ESLint's meta.messages): each a template in both locales
   * with named placeholders `{name}` (ASCII letters, digits and "_"), filled from the report's
   * `data` by renderMessage. There is no escape: a template never contains a literal "{".
   * Suggestion titles stay inline (Suggestion.title), as they carry the text they would write.
   */
  messages: Record<string, LocalizedText>;
  /** Default severity; config may override it. */
  severity: Severity;
  fixable: boolean;
  /** Where the law says so, for the docs page and hover. */
  source: string;
  /**
   * The kinds of document the rule judges (core/kinds.ts); DEFAULT_KINDS when absent: every kind
   * but a consolidated text, which no drafter wrote as it stands.
   */
  kinds?: readonly DocumentKind[];
  check(context: RuleContext): void;
}

/** What a rule judges when it names no kinds. */
export const DEFAULT_KINDS: readonly DocumentKind[] = ["administrative", "legal-normative", "law", "party"];
/** The kinds whose closing follows Nghị định 30/2020 or the Law on promulgation: not laws passed by an assembly. */
export const DRAFTED_KINDS: readonly DocumentKind[] = ["administrative", "legal-normative", "party"];
/** The kinds whose closing follows Nghị định 30/2020 or the Law on promulgation: not laws, not Party documents (Hướng dẫn 36-HD/VPTW). */
export const STATE_DRAFTED_KINDS: readonly DocumentKind[] = ["administrative", "legal-normative"];
/**
 * The kinds whose dates assign tasks: a law or a decree sets general time limits for everyone
 * (effective dates, transitions, yearly reports), which the deadline rules do not judge.
 */
export const TASK_KINDS: readonly DocumentKind[] = ["administrative", "party"];

/** nd30: Nghị định 30/2020/NĐ-CP; tt01: Thông tư 01/2011/TT-BNV; auto: by the document's date. */
export type FormatStandard = "auto" | "nd30" | "tt01";

export interface HolidayConfig {
  /** Extra days off, ISO dates ("2026-11-24"), e.g. a province's own or a newly announced day. */
  daysOff: string[];
  /** Weekend days worked to make up for a bridge holiday, ISO dates. */
  workingDays: string[];
}

export interface DeadlineConfig {
  /**
   * How "trước ngày X" is read: "by" (X is the last day, as many offices read it) or
   * "day-before" (strictly, the last day is the day before X).
   */
  before: "by" | "day-before";
  /** deadline/too-soon: fewer working days than this between issue and deadline. */
  minWorkingDays: number;
}

/** The agency a team configures once (setting vbhc.agency / config "agency"). */
export interface AgencySettings {
  /** Header lines, e.g. ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA"]. */
  lines?: string[];
  /** Abbreviation in the number's symbol, e.g. "UBND". */
  code?: string;
  /** Place name of the place-date line, e.g. "Khánh Hòa". */
  place?: string;
}

export interface ResolvedConfig {
  /** Per-rule severity overrides. */
  rules: Record<string, Severity>;
  locale: Locale;
  standard: FormatStandard;
  /** A draft may leave the day blank for the signer to fill in; a final document may not. */
  draft: boolean;
  holidays: HolidayConfig;
  deadline: DeadlineConfig;
  /** Team registry files (JSON or CSV), absolute paths once resolved. */
  registry: string[];
  agency?: AgencySettings;
  /**
   * What citations resolve against (citation/expired, citation/unknown, hover…): the workspace
   * documents, the team registry files' entries and the built-in registry, built by the caller
   * with createWorkspaceIndex() (core/registry). Not JSON: the CLI and the server set it; config
   * files cannot. Undefined (DEFAULT_CONFIG) means the built-in registry only.
   */
  index?: WorkspaceIndex;
}

export const DEFAULT_CONFIG: ResolvedConfig = {
  rules: {},
  locale: "vi",
  standard: "auto",
  draft: false,
  holidays: { daysOff: [], workingDays: [] },
  deadline: { before: "by", minWorkingDays: 5 },
  registry: [],
};

export function ruleFamily(id: string): string {
  return id.slice(0, id.indexOf("/"));
}

/** Path of a rule's docs page inside the package. */
export function ruleDocsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

function isPlaceholderChar(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "_";
}

/** The placeholder names of a template, in order of appearance (repeats kept). */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  forEachPart(template, (part, isName) => {
    if (isName) names.push(part);
  });
  return names;
}

/** Splits a template into literal text and `{name}` placeholders, in one left-to-right scan. */
function forEachPart(template: string, visit: (part: string, isName: boolean) => void): void {
  let literal = 0;
  let i = 0;
  while (i < template.length) {
    if (template[i] === "{") {
      let j = i + 1;
      while (j < template.length && isPlaceholderChar(template[j]!)) j++;
      if (j > i + 1 && template[j] === "}") {
        if (i > literal) visit(template.slice(literal, i), false);
        visit(template.slice(i + 1, j), true);
        i = j + 1;
        literal = i;
        continue;
      }
    }
    i++;
  }
  if (literal < template.length) visit(template.slice(literal), false);
}

function renderTemplate(template: string, data: MessageData, locale: Locale, where: string): string {
  let out = "";
  forEachPart(template, (part, isName) => {
    if (!isName) {
      out += part;
      return;
    }
    const value = data[part];
    if (value === undefined) throw new Error(`message ${where} has no data for {${part}}`);
    out += typeof value === "object" ? value[locale] : String(value);
  });
  return out;
}

/**
 * A rule's message `messageId` with its placeholders filled from `data`, in both locales. Throws on
 * an unknown id or a placeholder without data (the engine turns that into an `internal` finding).
 */
export function renderMessage(rule: Pick<Rule, "id" | "messages">, messageId: string, data: MessageData = {}): LocalizedText {
  const template = Object.hasOwn(rule.messages, messageId) ? rule.messages[messageId] : undefined;
  if (!template) throw new Error(`unknown messageId "${messageId}"`);
  const where = `"${messageId}" of ${rule.id}`;
  return { vi: renderTemplate(template.vi, data, "vi", where), en: renderTemplate(template.en, data, "en", where) };
}
