// The vbhc language server: thin LSP glue over the core and the features of ./features.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { docsPath } from "./package-root.js";
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { rememberTexts, type Rule } from "./core/index.js";
import { allRules } from "./rules/index.js";
import { FIX_ALL_KIND } from "./features/codeActions.js";
import { DOCX_SCHEME, SERVER_COMMANDS } from "./features/command-ids.js";
import { DocxError, readDocx } from "./core/docx/read.js";
import { createCheckScheduler } from "./features/check-scheduler.js";
import { createConfigSource } from "./features/config-source.js";
import { toDiagnostic } from "./features/diagnostics.js";
import { createLanguageService } from "./features/service.js";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { runIndexWorker, Workspace, type IndexWorkerData } from "./workspace.js";
import type { AgencySettings } from "./core/templates.js";
import type { Range } from "vscode-languageserver-types";

/**
 * The rules this server runs. VBHC_FAULT_INJECTION=throwing-rule adds a rule that always throws:
 * the robustness tests use it to check that one failing rule cannot take the others down.
 */
const RULES: readonly Rule[] =
  process.env.VBHC_FAULT_INJECTION === "throwing-rule"
    ? [
        ...allRules,
        {
          id: "test/throwing-rule",
          description: { vi: "Quy tắc thử lỗi", en: "A rule that fails on purpose" },
          severity: "error",
          fixable: false,
          source: "test",
          messages: {},
          check() {
            throw new Error("injected failure");
          },
        },
      ]
    : allRules;

const docsUri = (ruleId: string) => (ruleId.includes("/") ? pathToFileURL(docsPath(ruleId)).href : undefined);

export function startServer(connection: Connection): void {
  // Edits re-check documents whose lines were nearly all checked a moment ago.
  rememberTexts(true);
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  const wordFiles = createWordFiles();
  let clientLocale: string | undefined;
  let canPullConfig = false;
  let usePull = false;

  const configs = createConfigSource({
    settings: (uri) => (canPullConfig ? connection.workspace.getConfiguration({ scopeUri: uri, section: "vbhc" }) : Promise.resolve(null)),
    clientLocale: () => clientLocale,
    registries: (trusted, all) => {
      workspace.trust(trusted);
      return workspace.loadRegistries(all);
    },
    index: workspace.index,
    onProblem: (message, level) => void (level === "error" ? connection.window.showErrorMessage(message) : connection.window.showWarningMessage(message)),
  });
  const service = createLanguageService({
    rules: RULES,
    configFor: (uri) => configs.configFor(uri),
    index: workspace.index,
    docsUri,
    onRuleFailure: (message) => connection.console.error(`vbhc: ${message}`),
    filePath: (uri) => (uri.startsWith("file:") ? fileURLToPath(uri) : uri),
    layoutFor: (uri) => wordFiles.layoutFor(uri),
  });

  const validate = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const config = await configs.configFor(uri);
    const checked = await configs.isChecked(doc);
    const current = documents.get(uri);
    // A newer version has its own check scheduled: never publish stale results.
    if (!current || current.version !== version) return;
    // A plain text or Markdown file that is not a văn bản hành chính gets nothing (or loses what it had).
    const diagnostics = checked ? service.findings(current, config).map((f) => toDiagnostic(f, { locale: config.locale, docsUri })) : [];
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };

  const scheduler = createCheckScheduler(validate);
  // With pull diagnostics the editor asks when it wants them.
  const schedule = (uri: string) => {
    if (!usePull) scheduler.schedule(uri);
  };

  connection.onInitialize((params: InitializeParams) => {
    clientLocale = params.locale;
    workspace.setRoots([...(params.workspaceFolders ?? []).map((f) => f.uri), ...(params.rootUri ? [params.rootUri] : [])]);
    canPullConfig = params.capabilities.workspace?.configuration === true;
    usePull = params.capabilities.textDocument?.diagnostic !== undefined;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: "vbhc" },
        foldingRangeProvider: true,
        hoverProvider: true,
        inlayHintProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: [" "] },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        ...(usePull ? { diagnosticProvider: { identifier: "vbhc", interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: "vbhc", version: typeof VBHC_VERSION === "string" ? VBHC_VERSION : "dev" },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: "vbhc" });
    void indexWorkspace();
  });

  // The workspace index is built in the background, with progress the editor shows.
  const indexWorkspace = async () => {
    const files = workspace.listFiles();
    if (files.length === 0) return;
    const progress = await connection.window.createWorkDoneProgress().catch(() => null);
    progress?.begin("vbhc", 0, `0/${files.length}`, false);
    await workspace.scan(
      files,
      (uri) => documents.get(uri) !== undefined,
      (done) => progress?.report(Math.round((done / files.length) * 100), `${done}/${files.length}`),
      // The bundle is its own worker script (see the end of this file); not under a TypeScript loader.
      __filename.endsWith(".js") ? __filename : undefined,
    );
    progress?.done();
    // Citations in open documents may resolve differently now.
    recheckAll();
  };

  const recheckAll = () => {
    if (usePull) void connection.languages.diagnostics.refresh().catch(() => undefined);
    else for (const doc of documents.all()) schedule(doc.uri);
  };
  connection.onDidChangeConfiguration(() => {
    configs.settingsChanged();
    recheckAll();
  });
  // The client watches .vbhcrc.* files: a change re-reads them and re-checks open documents.
  connection.onDidChangeWatchedFiles(() => {
    configs.filesChanged();
    recheckAll();
  });

  documents.onDidChangeContent(({ document }) => schedule(document.uri));
  documents.onDidClose(({ document }) => {
    service.forget(document.uri);
    configs.forget(document.uri);
    wordFiles.forget(document.uri);
    scheduler.forget(document.uri);
    if (!usePull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** The open document a request is about, or null (closed meanwhile, never opened, or not a văn bản hành chính). */
  const open = async (uri: unknown) => {
    const doc = documents.get(String(uri));
    return doc && (await configs.isChecked(doc)) ? doc : null;
  };

  connection.languages.diagnostics.on(async ({ textDocument }) => {
    const doc = await open(textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: doc ? await service.diagnostics(doc) : [] };
  });
  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const doc = await open(textDocument.uri);
    return doc ? service.codeActions(doc, range, context.only) : [];
  });
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const doc = await open(textDocument.uri);
    return doc ? service.documentSymbols(doc) : [];
  });
  connection.onFoldingRanges(async ({ textDocument }) => {
    const doc = await open(textDocument.uri);
    return doc ? service.foldingRanges(doc) : [];
  });
  connection.onHover(async ({ textDocument, position }) => {
    const doc = await open(textDocument.uri);
    return doc ? service.hover(doc, position) : null;
  });
  connection.onDefinition(({ textDocument, position }) => service.definition(textDocument.uri, position));
  connection.onReferences(({ textDocument, position, context }) => service.references(textDocument.uri, position, context.includeDeclaration));
  connection.onCompletion(async ({ textDocument, position }) => {
    const doc = await open(textDocument.uri);
    return doc ? service.completion(doc, position) : [];
  });
  connection.onWorkspaceSymbol(({ query }) => service.workspaceSymbols(query));
  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const doc = await open(textDocument.uri);
    return doc ? service.inlayHints(doc, range) : [];
  });

  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    switch (command) {
      case SERVER_COMMANDS.preview: {
        const doc = await open(args[0]);
        return doc ? service.preview(doc, { cspSource: String(args[1]), nonce: String(args[2]) }) : null;
      }
      case SERVER_COMMANDS.exportDocx: {
        const doc = await open(args[0]);
        return doc ? service.exportDocx(doc) : null;
      }
      case SERVER_COMMANDS.deadlines: {
        const doc = await open(args[0]);
        return doc ? service.deadlines(doc) : [];
      }
      case SERVER_COMMANDS.deadlinesIcs:
        return service.deadlinesIcs(
          (
            await Promise.all(documents.all().map(async (d) => ((args.length === 0 || args.includes(d.uri)) && (await configs.isChecked(d)) ? d : null)))
          ).filter((d) => d !== null),
        );
      case SERVER_COMMANDS.templates:
        return service.templates();
      case SERVER_COMMANDS.template:
        return service.template(String(args[0]), (args[1] ?? undefined) as AgencySettings | undefined);
      case SERVER_COMMANDS.docxText:
        return wordFiles.text(String(args[0]));
      case SERVER_COMMANDS.documentInfo: {
        const doc = await open(args[0]);
        return doc ? service.documentInfo(doc) : null;
      }
      case SERVER_COMMANDS.renumber: {
        const doc = await open(args[0]);
        if (!doc) return 0;
        const edits = service.renumber(doc, (args[1] ?? null) as Range | null);
        if (edits.length > 0) await connection.workspace.applyEdit({ label: "vbhc: renumber", edit: { changes: { [doc.uri]: edits } } });
        return edits.length;
      }
      default:
        return null;
    }
  });

  // Whatever goes wrong in a handler is logged; the server keeps serving.
  process.on("unhandledRejection", (error) => connection.console.error(`vbhc: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));

  documents.listen(connection);
  connection.listen();
}

declare const VBHC_VERSION: string | undefined;

/**
 * Word files shown as read-only text ("vbhc-docx:" + the file's path): their text for the client's
 * view, their formatting for the layout rules, read once per file until the view is closed.
 */
function createWordFiles() {
  const read = new Map<string, ReturnType<typeof readDocx>>();
  // "vbhc-docx:/home/a/Quy%E1%BA%BFt.docx" names the file whose file: URI has the same path.
  const fileOf = (uri: string) => (uri.startsWith(`${DOCX_SCHEME}:/`) ? fileURLToPath(`file://${uri.slice(DOCX_SCHEME.length + 1)}`) : null);
  const load = (uri: string) => {
    const file = fileOf(uri);
    if (file === null) return undefined;
    let docx = read.get(uri);
    if (!docx) {
      docx = readDocx(readFileSync(file));
      read.set(uri, docx);
    }
    return docx;
  };
  return {
    /** The text of the Word file at a file: URI, or an error the client shows. */
    text(fileUri: string): { text: string } | { error: string } {
      try {
        return { text: readDocx(readFileSync(fileURLToPath(fileUri))).text };
      } catch (error) {
        return { error: `${fileURLToPath(fileUri)}: ${error instanceof DocxError ? error.message : describeError(error)}` };
      }
    },
    layoutFor(uri: string) {
      try {
        return load(uri)?.layout;
      } catch {
        return undefined;
      }
    },
    forget(uri: string) {
      read.delete(uri);
    },
  };
}

const describeError = (error: unknown) =>
  (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error);

// The same bundle runs the workspace scan's worker thread.
if (!isMainThread && (workerData as Partial<IndexWorkerData> | null)?.vbhcIndexWorker) runIndexWorker(parentPort!);
else startServer(createConnection(ProposedFeatures.all));
