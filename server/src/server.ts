// The language server: thin LSP glue over the core (diagnostics and quick fixes for now;
// the features of server/src/features/ are wired here as they land).
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { localize, ParseCache, runRules, DEFAULT_CONFIG, type Finding } from "./core/index.js";
import { allRules } from "./rules/index.js";

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new ParseCache();
const config = DEFAULT_CONFIG;

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

function findingsOf(doc: TextDocument): Finding[] {
  const model = cache.get(doc.uri, doc.version, doc.getText());
  return runRules(model, allRules, config);
}

function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: "vbhc",
    code: f.ruleId,
    message: localize(f.message, config.locale),
  };
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  },
}));

documents.onDidChangeContent(({ document }) => {
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findingsOf(document).map(toDiagnostic) });
});

documents.onDidClose(({ document }) => {
  cache.delete(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onCodeAction(({ textDocument, range }) => {
  const doc = documents.get(textDocument.uri);
  if (!doc) return [];
  const actions: CodeAction[] = [];
  for (const f of findingsOf(doc)) {
    if (!f.fix || f.range.end.line < range.start.line || f.range.start.line > range.end.line) continue;
    actions.push({
      title: `vbhc: ${localize(f.message, config.locale)}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(f)],
      edit: { changes: { [doc.uri]: f.fix } },
    });
  }
  return actions;
});

documents.listen(connection);
connection.listen();
