// The vbhc language server: thin LSP glue over the core and the features of ./features.
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
import {
  DEFAULT_CONFIG,
  INTERNAL_RULE_ID,
  ParseCache,
  rememberTexts,
  runRules,
  type Finding,
  type ResolvedConfig,
  type Rule,
  type VbhcDocument,
} from "./core/index.js";
import { ConfigError, ConfigResolver } from "./core/config.js";
import { allRules } from "./rules/index.js";
import { codeActions, FIX_ALL_KIND } from "./features/codeActions.js";
import { settingsToConfig, type VbhcSettings } from "./features/configuration.js";
import { toDiagnostic } from "./features/diagnostics.js";
import { documentSymbols } from "./features/documentSymbols.js";
import { foldingRanges } from "./features/folding.js";
import { deadlinesIcs, documentInfo, listDeadlines, listTemplates, renumberSection, SERVER_COMMANDS, templateText } from "./features/commands.js";
import { deadlineHover } from "./features/deadlineHover.js";
import { inlayHints } from "./features/inlayHints.js";
import { renderPreviewHtml } from "./features/preview.js";
import { citationHover } from "./features/citationHover.js";
import { completion } from "./features/completion.js";
import { definition } from "./features/definition.js";
import { references } from "./features/references.js";
import { workspaceSymbols } from "./features/workspaceSymbols.js";
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
  const cache = new ParseCache();
  const workspace = new Workspace();
  const configs = new Map<string, Promise<ResolvedConfig>>();
  const scheduled = new Set<string>();
  const loggedFailures = new Set<string>();
  let clientLocale: string | undefined;
  let canPullConfig = false;
  let usePull = false;

  // Editor settings first, then the .vbhcrc.* files around the document (as the CLI reads them).
  let resolver = new ConfigResolver();
  const withFiles = (uri: string, settings: ResolvedConfig): ResolvedConfig => {
    if (!uri.startsWith("file:")) return settings;
    try {
      const { config } = resolver.forFile(fileURLToPath(uri));
      return {
        ...settings,
        ...config,
        locale: config.locale === DEFAULT_CONFIG.locale ? settings.locale : config.locale,
        rules: { ...settings.rules, ...config.rules },
        registry: [...settings.registry, ...config.registry],
      };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      const message = `vbhc: invalid config: ${error.message}`;
      if (!loggedFailures.has(message)) {
        loggedFailures.add(message);
        void connection.window.showErrorMessage(message);
      }
      return settings;
    }
  };
  const configFor = (uri: string): Promise<ResolvedConfig> => {
    let c = configs.get(uri);
    if (!c) {
      const settings = canPullConfig
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: "vbhc" }).then(
            (s: VbhcSettings) => settingsToConfig(s, clientLocale),
            () => settingsToConfig(null, clientLocale),
          )
        : Promise.resolve(settingsToConfig(null, clientLocale));
      c = settings.then((s) => {
        workspace.trust(s.registry);
        const config = withFiles(uri, s);
        const problems = workspace.loadRegistries(config.registry);
        for (const p of problems) {
          if (!loggedFailures.has(p)) {
            loggedFailures.add(p);
            void connection.window.showWarningMessage(`vbhc: registry ${p}`);
          }
        }
        return { ...config, index: workspace.index };
      });
      configs.set(uri, c);
    }
    return c;
  };

  const model = (doc: TextDocument): VbhcDocument => cache.get(doc.uri, doc.version, doc.getText());

  const findingsOf = (doc: TextDocument, config: ResolvedConfig): Finding[] => {
    const current = model(doc);
    // The index follows the editor's version of an open document (cheap when its header is unchanged).
    if (workspace.index.document(doc.uri) !== current) workspace.index.setDocument(doc.uri, doc.getText(), current);
    const findings = runRules(current, RULES, config);
    for (const f of findings) {
      if (f.ruleId === INTERNAL_RULE_ID && !loggedFailures.has(f.message.en)) {
        loggedFailures.add(f.message.en);
        connection.console.error(`vbhc: ${f.message.en}`);
      }
    }
    return findings;
  };

  const validate = async (uri: string): Promise<void> => {
    scheduled.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const config = await configFor(uri);
    const current = documents.get(uri);
    // A newer version has its own check scheduled: never publish stale results.
    if (!current || current.version !== version) return;
    const diagnostics = findingsOf(current, config).map((f) => toDiagnostic(f, { locale: config.locale, docsUri }));
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };

  // Checks take milliseconds: no artificial delay. Only when edits arrive faster than a check
  // takes are they coalesced: the check then waits one check's time and reads the latest version.
  let lastCheckMs = 0;
  const lastChange = new Map<string, number>();
  const schedule = (uri: string) => {
    if (usePull) return;
    const now = performance.now();
    const burst = now - (lastChange.get(uri) ?? -Infinity) < lastCheckMs;
    lastChange.set(uri, now);
    if (scheduled.has(uri)) return;
    scheduled.add(uri);
    const run = () => {
      const started = performance.now();
      void validate(uri).finally(() => (lastCheckMs = performance.now() - started));
    };
    if (burst) setTimeout(run, Math.min(50, Math.ceil(lastCheckMs)));
    else setImmediate(run);
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
    if (usePull) void connection.languages.diagnostics.refresh().catch(() => undefined);
    else for (const doc of documents.all()) schedule(doc.uri);
  };

  const configChanged = () => {
    configs.clear();
    if (usePull) void connection.languages.diagnostics.refresh().catch(() => undefined);
    else for (const doc of documents.all()) schedule(doc.uri);
  };
  connection.onDidChangeConfiguration(configChanged);
  // The client watches .vbhcrc.* files: a change re-reads them and re-checks open documents.
  connection.onDidChangeWatchedFiles(() => {
    resolver = new ConfigResolver();
    loggedFailures.clear();
    configChanged();
  });

  documents.onDidChangeContent(({ document }) => schedule(document.uri));
  documents.onDidClose(({ document }) => {
    cache.delete(document.uri);
    configs.delete(document.uri);
    if (!usePull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async ({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const config = await configFor(doc.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: findingsOf(doc, config).map((f) => toDiagnostic(f, { locale: config.locale, docsUri })) };
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const config = await configFor(doc.uri);
    const findings = findingsOf(doc, config);
    return codeActions({
      uri: doc.uri,
      document: model(doc),
      findings,
      range,
      ...(context.only ? { only: context.only } : {}),
      rules: RULES,
      config,
      toDiagnostic: (f) => toDiagnostic(f, { locale: config.locale, docsUri }),
    });
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? documentSymbols(model(doc)) : [];
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? foldingRanges(model(doc)) : [];
  });

  connection.onHover(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const config = await configFor(doc.uri);
    return citationHover(model(doc), position, workspace.index, config.locale) ?? deadlineHover(model(doc), config, position);
  });

  connection.onDefinition(({ textDocument, position }) => definition(workspace.index, textDocument.uri, position));
  connection.onReferences(({ textDocument, position, context }) => references(workspace.index, textDocument.uri, position, context.includeDeclaration));
  connection.onCompletion(async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const config = await configFor(doc.uri);
    return completion(model(doc), position, workspace.index, config.locale);
  });
  connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(workspace.index, query));

  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return [];
    const config = await configFor(doc.uri);
    return inlayHints(model(doc), config, range);
  });

  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    switch (command) {
      case SERVER_COMMANDS.preview: {
        const doc = documents.get(String(args[0]));
        return doc ? renderPreviewHtml(model(doc), { cspSource: String(args[1]), nonce: String(args[2]) }) : null;
      }
      case SERVER_COMMANDS.exportDocx: {
        const doc = documents.get(String(args[0]));
        if (!doc) return null;
        // The Word writer is large: load it only when someone exports.
        const { exportDocx } = await import("./features/docx.js");
        return Buffer.from(await exportDocx(model(doc))).toString("base64");
      }
      case SERVER_COMMANDS.deadlines: {
        const doc = documents.get(String(args[0]));
        return doc ? listDeadlines(model(doc), await configFor(doc.uri)) : [];
      }
      case SERVER_COMMANDS.deadlinesIcs: {
        const open = documents.all().filter((d) => args.length === 0 || args.includes(d.uri));
        const files = await Promise.all(
          open.map(async (d) => ({ filePath: d.uri.startsWith("file:") ? fileURLToPath(d.uri) : d.uri, document: model(d), config: await configFor(d.uri) })),
        );
        return deadlinesIcs(files, files[0]?.config.locale ?? "vi");
      }
      case SERVER_COMMANDS.templates:
        return listTemplates();
      case SERVER_COMMANDS.template:
        return templateText(String(args[0]), (args[1] ?? undefined) as AgencySettings | undefined);
      case SERVER_COMMANDS.documentInfo: {
        const doc = documents.get(String(args[0]));
        return doc ? documentInfo(model(doc)) : null;
      }
      case SERVER_COMMANDS.renumber: {
        const doc = documents.get(String(args[0]));
        if (!doc) return 0;
        const edits = renumberSection(model(doc), (args[1] ?? null) as Range | null);
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

// The same bundle runs the workspace scan's worker thread.
if (!isMainThread && (workerData as Partial<IndexWorkerData> | null)?.vbhcIndexWorker) runIndexWorker(parentPort!);
else startServer(createConnection(ProposedFeatures.all));
