// The VS Code extension: starts the vbhc language server and contributes commands, a status bar
// item and the routing of plain text/Markdown files. No document logic here: the server does it.
import * as crypto from "node:crypto";
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { DOCX_SCHEME, SERVER_COMMANDS } from "../../server/src/features/command-ids.js";
import type { DeadlineListItem } from "../../server/src/features/commands.js";

let client: LanguageClient | undefined;

const SERVER = SERVER_COMMANDS;

/** The preview panel: HTML from the server, re-rendered as the document changes. */
class Preview {
  private static current: Preview | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  static show(editor: vscode.TextEditor): Preview {
    if (Preview.current) {
      Preview.current.document = editor.document;
      Preview.current.panel.reveal(vscode.ViewColumn.Beside, true);
      void Preview.current.render();
      return Preview.current;
    }
    const panel = vscode.window.createWebviewPanel(
      "vbhc.preview",
      vscode.l10n.t("Preview: {0}", path.basename(editor.document.fileName)),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    Preview.current = new Preview(panel, editor.document);
    return Preview.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    public document: vscode.TextDocument,
  ) {
    const subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document === this.document && e.visibleRanges[0])
          void this.panel.webview.postMessage({ type: "scrollToLine", line: e.visibleRanges[0].start.line });
      }),
      panel.webview.onDidReceiveMessage((m: { type?: string; line?: number }) => {
        if (m.type !== "reveal" || typeof m.line !== "number") return;
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
        if (!editor) return;
        const pos = new vscode.Position(m.line, 0);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
      }),
    ];
    panel.onDidDispose(() => {
      for (const d of subscriptions) d.dispose();
      Preview.current = undefined;
    });
    void this.render();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), 150);
  }

  /** The last HTML rendered (for tests). */
  html = "";

  async render(): Promise<void> {
    const nonce = crypto.randomBytes(16).toString("base64");
    const html = (await vscode.commands.executeCommand(SERVER.preview, this.document.uri.toString(), this.panel.webview.cspSource, nonce)) as string | null;
    if (html === null) return;
    this.html = html;
    this.panel.webview.html = html;
  }
}

type DeadlineItem = DeadlineListItem;

/** Documents the server is told about: it decides which are văn bản hành chính (vbhc.files, the national title). */
const SENT_LANGUAGES = new Set(["vbhc", "plaintext", "markdown"]);

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: "vbhc" },
      { language: "plaintext", scheme: "file" },
      { language: "markdown", scheme: "file" },
      { language: "plaintext", scheme: "untitled" },
    ],
    synchronize: { configurationSection: "vbhc", fileEvents: vscode.workspace.createFileSystemWatcher("**/.vbhcrc.{json,yaml,yml}") },
  };
  client = new LanguageClient("vbhc", vscode.l10n.t("vbhc — Vietnamese administrative documents"), serverOptions, clientOptions);
  await client.start();

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = "workbench.action.showAllSymbols";
  context.subscriptions.push(status);
  const updateStatus = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !SENT_LANGUAGES.has(editor.document.languageId)) {
      status.hide();
      return;
    }
    const info = (await vscode.commands.executeCommand(SERVER.documentInfo, editor.document.uri.toString())) as {
      type: string | null;
      number: string | null;
    } | null;
    if (!info || (!info.type && !info.number)) {
      status.hide();
      return;
    }
    status.text = `$(file-text) ${[info.type, info.number].filter(Boolean).join(" · ")}`;
    status.tooltip = vscode.l10n.t("Document type and number (vbhc)");
    status.show();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.workspace.onDidSaveTextDocument(() => void updateStatus()),
    // An optional template id skips the quick pick (for keybindings and tests).
    vscode.commands.registerCommand("vbhc.newFromTemplate", async (templateId?: string) => {
      let id = typeof templateId === "string" ? templateId : undefined;
      if (!id) {
        const templates = (await vscode.commands.executeCommand(SERVER.templates)) as { id: string; name: string }[];
        const pick = await vscode.window.showQuickPick(
          templates.map((t) => ({ label: t.name, id: t.id })),
          { placeHolder: vscode.l10n.t("Type of document") },
        );
        if (!pick) return undefined;
        id = pick.id;
      }
      const agency = vscode.workspace.getConfiguration("vbhc").get<object>("agency") ?? {};
      const text = (await vscode.commands.executeCommand(SERVER.template, id, agency)) as string | null;
      if (text === null) return undefined;
      const doc = await vscode.workspace.openTextDocument({ language: "vbhc", content: text });
      await vscode.window.showTextDocument(doc);
      return doc;
    }),
    vscode.commands.registerCommand("vbhc.renumberSection", async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return 0;
      const sel = editor.selection;
      const range = { start: { line: sel.start.line, character: sel.start.character }, end: { line: sel.end.line, character: sel.end.character } };
      const changed = (await vscode.commands.executeCommand(SERVER.renumber, editor.document.uri.toString(), range)) as number;
      if (changed === 0) void vscode.window.showInformationMessage(vscode.l10n.t("The numbering here is already in sequence."));
      return changed;
    }),
    vscode.commands.registerCommand("vbhc.showDeadlines", async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      const items = (await vscode.commands.executeCommand(SERVER.deadlines, editor.document.uri.toString())) as DeadlineItem[];
      if (items.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t("No deadline found in this document."));
        return items;
      }
      const pick = await vscode.window.showQuickPick(
        items.map((d) => ({
          label: `${d.problem ? "$(warning) " : ""}${d.date ?? "?"}${d.weekday ? ` (${d.weekday})` : ""}`,
          description: d.item ?? "",
          detail: d.status,
          d,
        })),
        { placeHolder: vscode.l10n.t("Deadlines of this document") },
      );
      if (pick) {
        const pos = new vscode.Position(pick.d.line, pick.d.character);
        editor.selection = new vscode.Selection(pos, pos);
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
      }
      return items;
    }),
    vscode.commands.registerCommand("vbhc.exportDeadlines", async (target?: vscode.Uri) => {
      const ics = (await vscode.commands.executeCommand(SERVER.deadlinesIcs)) as string;
      const uri = target ?? (await vscode.window.showSaveDialog({ filters: { iCalendar: ["ics"] }, saveLabel: vscode.l10n.t("Export deadlines") }));
      if (!uri) return undefined;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ics));
      return uri;
    }),
    vscode.commands.registerCommand("vbhc.openPreview", () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? Preview.show(editor) : undefined;
    }),
    vscode.commands.registerCommand("vbhc.exportDocx", async (target?: vscode.Uri) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      const base64 = (await vscode.commands.executeCommand(SERVER.exportDocx, editor.document.uri.toString())) as string | null;
      if (!base64) return undefined;
      const suggested = editor.document.uri.with({ path: `${editor.document.uri.path.replace(/(\.vbhc)?(\.(txt|md))?$/, "")}.docx` });
      const uri =
        target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { Word: ["docx"] }, saveLabel: vscode.l10n.t("Export to Word") }));
      if (!uri) return undefined;
      await vscode.workspace.fs.writeFile(uri, Buffer.from(base64, "base64"));
      return uri;
    }),
    // A Word file opens as a read-only text view ("vbhc-docx:" + its path) whose text the server reads
    // from the file; the server checks it like any document, layout rules included.
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, {
      async provideTextDocumentContent(uri) {
        const answer = (await vscode.commands.executeCommand(SERVER.docxText, vscode.Uri.file(uri.fsPath).toString())) as
          | { text: string }
          | { error: string }
          | null;
        if (!answer || "error" in answer) {
          void vscode.window.showErrorMessage(vscode.l10n.t("vbhc: cannot read the Word document: {0}", answer ? answer.error : uri.fsPath));
          return "";
        }
        return answer.text;
      },
    }),
    vscode.commands.registerCommand("vbhc.checkWordDocument", async (target?: vscode.Uri) => {
      const file =
        target ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ["docx"] }, openLabel: vscode.l10n.t("Check") }))?.[0];
      if (!file) return undefined;
      const view = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: DOCX_SCHEME, path: file.path }));
      const doc = await vscode.languages.setTextDocumentLanguage(view, "vbhc");
      await vscode.window.showTextDocument(doc, { preview: false });
      return doc.uri;
    }),
    vscode.commands.registerCommand("vbhc.openRuleDocs", async (ruleId: string) => {
      const file = vscode.Uri.file(context.asAbsolutePath(path.join("docs", "rules", `${ruleId}.md`)));
      await vscode.commands.executeCommand("markdown.showPreview", file);
    }),
  );
  void updateStatus();
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
