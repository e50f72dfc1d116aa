// A minimal LSP client over stdio for the protocol tests: spawns dist/server.js --stdio.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { ROOT } from "../helpers.js";

export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; version: number | undefined; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  stderr = "";

  readonly logs: string[] = [];

  constructor(env: NodeJS.ProcessEnv = {}) {
    this.process = spawn(process.execPath, [path.join(ROOT, "dist", "server.js"), "--stdio"], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    this.process.stderr!.on("data", (d) => (this.stderr += String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && (w.version === undefined || w.version === p.version)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onNotification("window/logMessage", (p: { message: string }) => void this.logs.push(p.message));
    this.connection.onNotification("window/showMessage", (p: { message: string }) => void this.logs.push(p.message));
    this.connection.listen();
  }

  settings: Record<string, unknown> = {};

  async initialize(capabilities: ClientCapabilities = {}, locale = "vi"): Promise<unknown> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(ROOT).href,
      capabilities,
      locale,
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Resolves with the next diagnostics published for uri (and version, when given). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  allPublished(uri: string): PublishDiagnosticsParams[] {
    return this.published.get(uri) ?? [];
  }

  async open(uri: string, text: string, version = 1, languageId = "vbhc"): Promise<PublishDiagnosticsParams> {
    const next = this.diagnostics(uri, version);
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
    return next;
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
