// The language service: everything the editor asks of vbhc, free of any transport (on the pattern
// of vscode-markdown-languageservice's createLanguageService). Built once from its dependencies —
// how a document's configuration is resolved, the workspace index, the rules — it parses each
// document version once and answers checks, fixes, outline, symbols, folding, hover, definition,
// references, completion, inlay hints, deadlines, preview and export. server.ts only wires LSP
// handlers to these methods.
import type { DocxLayout } from "../core/docx/read.js";
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SymbolInformation,
  TextEdit,
} from "vscode-languageserver-types";
import {
  fixAll,
  INTERNAL_RULE_ID,
  ParseCache,
  runRules,
  type FixResult,
  type Finding,
  type Locale,
  type ResolvedConfig,
  type Rule,
  type VbhcDocument,
} from "../core/index.js";
import { deadlineRows, type DeadlineRow } from "../core/deadline-text.js";
import { outline, type Outline } from "../core/outline.js";
import type { WorkspaceIndex } from "../core/registry/index.js";
import type { AgencySettings } from "../core/templates.js";
import { deadlineRules } from "../rules/deadline/index.js";
import { citationHover } from "./citationHover.js";
import { codeActions } from "./codeActions.js";
import { deadlinesIcs, documentInfo, listDeadlines, listTemplates, renumberSection, templateText, type DeadlineListItem } from "./commands.js";
import { completion } from "./completion.js";
import { deadlineHover } from "./deadlineHover.js";
import { definition } from "./definition.js";
import { toDiagnostic } from "./diagnostics.js";
import { documentSymbols } from "./documentSymbols.js";
import { foldingRanges } from "./folding.js";
import { inlayHints } from "./inlayHints.js";
import { renderPreviewHtml, type PreviewOptions } from "./preview.js";
import { references } from "./references.js";
import { workspaceSymbols } from "./workspaceSymbols.js";

/** A document version as the editor holds it (vscode-languageserver-textdocument's TextDocument fits). */
export interface ServiceDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
  /** A Word document's formatting (its text is one line a paragraph): the layout rules read it. */
  readonly layout?: DocxLayout;
}

export interface LanguageServiceOptions {
  rules: readonly Rule[];
  /** The document's configuration: editor settings, then its .vbhcrc.* files (ConfigResolver.forFile). */
  configFor(uri: string): Promise<ResolvedConfig>;
  /** The workspace index citations resolve against; the open documents are kept current in it. */
  index: WorkspaceIndex;
  /** Where a rule's docs page is (for diagnostics' codeDescription). */
  docsUri(ruleId: string): string | undefined;
  /** A rule failed on a document (the others still ran): said once per distinct failure. */
  onRuleFailure?(message: string): void;
  /** A Word file's formatting for a document that is its text view (the layout rules read it). */
  layoutFor?(uri: string): DocxLayout | undefined;
  /** The file path a document URI stands for (file: URIs), for the deadlines calendar. */
  filePath?(uri: string): string;
  /**
   * Keep the index current with each checked version (default true: the editor's open documents
   * win over their files). The CLI says false: its index already holds what every checked file
   * defines, and keeping each model in it would hold a whole corpus in memory.
   */
  followDocuments?: boolean;
}

export interface LanguageService {
  /** The model of this document version (parsed once per version). */
  model(doc: ServiceDocument): VbhcDocument;
  findings(doc: ServiceDocument, config: ResolvedConfig): Finding[];
  /** Every certain fix applied, pass after pass (--fix, "fix all"), with what remains. */
  fixAll(doc: ServiceDocument, config: ResolvedConfig): FixResult;
  /** What the parser understood: header fields, title, căn cứ, body tree, closing. */
  outline(doc: ServiceDocument): Outline;
  diagnostics(doc: ServiceDocument): Promise<Diagnostic[]>;
  codeActions(doc: ServiceDocument, range: Range, only?: readonly string[]): Promise<CodeAction[]>;
  documentSymbols(doc: ServiceDocument): DocumentSymbol[];
  foldingRanges(doc: ServiceDocument): FoldingRange[];
  hover(doc: ServiceDocument, position: Position): Promise<Hover | null>;
  definition(uri: string, position: Position): Location[];
  references(uri: string, position: Position, includeDeclaration: boolean): Location[];
  completion(doc: ServiceDocument, position: Position): Promise<CompletionItem[]>;
  workspaceSymbols(query: string): SymbolInformation[];
  inlayHints(doc: ServiceDocument, range: Range): Promise<InlayHint[]>;
  deadlines(doc: ServiceDocument): Promise<DeadlineListItem[]>;
  /** Each deadline with its judgement and the deadline rules' findings on it, under a given config (the CLI's table and calendar). */
  deadlineRows(doc: ServiceDocument, config: ResolvedConfig): DeadlineRow[];
  deadlinesIcs(docs: readonly ServiceDocument[]): Promise<string>;
  preview(doc: ServiceDocument, options: PreviewOptions): string;
  /** The document in the official layout as a Word file, base64. */
  exportDocx(doc: ServiceDocument): Promise<string>;
  documentInfo(doc: ServiceDocument): ReturnType<typeof documentInfo>;
  renumber(doc: ServiceDocument, range: Range | null): TextEdit[];
  templates(): ReturnType<typeof listTemplates>;
  template(id: string, agency: AgencySettings | undefined): string | null;
  /** The document was closed: its parsed versions are dropped. */
  forget(uri: string): void;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const cache = new ParseCache();
  const { rules, configFor, index } = options;
  const reported = new Set<string>();

  const model = (doc: ServiceDocument): VbhcDocument => {
    const document = cache.get(doc.uri, doc.version, doc.getText());
    const layout = doc.layout ?? options.layoutFor?.(doc.uri);
    if (layout) document.layout = layout;
    return document;
  };
  const diagnosticOf = (config: ResolvedConfig) => (f: Finding) => toDiagnostic(f, { locale: config.locale, docsUri: options.docsUri });

  /** Says each distinct rule failure once; the other findings pass through. */
  const noteFailures = (found: Finding[]): Finding[] => {
    for (const f of found) {
      if (f.ruleId === INTERNAL_RULE_ID && !reported.has(f.message.en)) {
        reported.add(f.message.en);
        options.onRuleFailure?.(f.message.en);
      }
    }
    return found;
  };

  const findings = (doc: ServiceDocument, config: ResolvedConfig): Finding[] => {
    const current = model(doc);
    // The index follows the editor's version of an open document (cheap when its header is unchanged).
    if (options.followDocuments !== false && index.document(doc.uri) !== current) index.setDocument(doc.uri, doc.getText(), current);
    return noteFailures(runRules(current, rules, config));
  };

  return {
    model,
    findings,
    fixAll(doc, config) {
      // Passes after the first parse text no editor holds: they do not go through the cache.
      const result = fixAll(doc.getText(), rules, config);
      noteFailures(result.findings);
      return result;
    },
    outline: (doc) => outline(model(doc)),
    async diagnostics(doc) {
      const config = await configFor(doc.uri);
      return findings(doc, config).map(diagnosticOf(config));
    },
    async codeActions(doc, range, only) {
      const config = await configFor(doc.uri);
      return codeActions({
        uri: doc.uri,
        document: model(doc),
        findings: findings(doc, config),
        range,
        ...(only ? { only } : {}),
        rules,
        config,
        toDiagnostic: diagnosticOf(config),
      });
    },
    documentSymbols: (doc) => documentSymbols(model(doc)),
    foldingRanges: (doc) => foldingRanges(model(doc)),
    async hover(doc, position) {
      const config = await configFor(doc.uri);
      return citationHover(model(doc), position, index, config.locale) ?? deadlineHover(model(doc), config, position);
    },
    definition: (uri, position) => definition(index, uri, position),
    references: (uri, position, includeDeclaration) => references(index, uri, position, includeDeclaration),
    async completion(doc, position) {
      const config = await configFor(doc.uri);
      return completion(model(doc), position, index, config.locale);
    },
    workspaceSymbols: (query) => workspaceSymbols(index, query),
    async inlayHints(doc, range) {
      return inlayHints(model(doc), await configFor(doc.uri), range);
    },
    async deadlines(doc) {
      return listDeadlines(model(doc), await configFor(doc.uri));
    },
    deadlineRows: (doc, config) => deadlineRows(model(doc), config, deadlineRules),
    async deadlinesIcs(docs) {
      const files = await Promise.all(
        docs.map(async (d) => ({ filePath: options.filePath?.(d.uri) ?? d.uri, document: model(d), config: await configFor(d.uri) })),
      );
      const locale: Locale = files[0]?.config.locale ?? "vi";
      return deadlinesIcs(files, locale);
    },
    preview: (doc, previewOptions) => renderPreviewHtml(model(doc), previewOptions),
    async exportDocx(doc) {
      // The Word writer is large: load it only when someone exports.
      const { exportDocx } = await import("./docx.js");
      return Buffer.from(await exportDocx(model(doc))).toString("base64");
    },
    documentInfo: (doc) => documentInfo(model(doc)),
    renumber: (doc, range) => renumberSection(model(doc), range),
    templates: () => listTemplates(),
    template: (id, agency) => templateText(id, agency),
    forget(uri) {
      cache.delete(uri);
    },
  };
}
