// The workspace side of the server: the index of documents citations resolve against, the
// team registry files it reads, and the background scan of the workspace folders.
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RegistryEntry } from "./core/registry/types.js";
import { Worker, type MessagePort } from "node:worker_threads";
import { createWorkspaceIndex, summarizeDocument, type IndexedSummary, type WorkspaceIndex } from "./core/registry/index.js";
import { describeRegistryProblem, readTeamRegistry } from "./core/registry/load.js";
import type { Relation } from "./core/citator/types.js";

const EXTENSIONS = [".vbhc", ".vbhc.txt", ".vbhc.md"];
const SKIP = new Set(["node_modules", ".git", "dist", "out"]);
/** A workspace larger than this is indexed only this far (the editor stays responsive). */
export const MAX_INDEXED_FILES = 20_000;

export class Workspace {
  readonly index: WorkspaceIndex = createWorkspaceIndex();
  private roots: string[] = [];
  private readonly registries = new Map<string, { entries: (RegistryEntry & { file: string })[]; relations: Relation[] }>();
  /** Registry paths from the user's own settings: trusted wherever they are. */
  private trusted = new Set<string>();

  setRoots(uris: readonly string[]): void {
    this.roots = uris.filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u));
  }

  trust(paths: readonly string[]): void {
    this.trusted = new Set(paths.map((p) => path.resolve(p)));
  }

  /**
   * A registry file named by a config file inside the workspace may not make the server read
   * outside the workspace folders; one the user set in their own settings may.
   */
  mayRead(file: string): boolean {
    const absolute = path.resolve(file);
    if (this.trusted.has(absolute)) return true;
    return this.roots.some((root) => {
      const rel = path.relative(root, absolute);
      return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
    });
  }

  /** Loads the registry files (once each); returns problems to report. */
  loadRegistries(files: readonly string[]): string[] {
    const problems: string[] = [];
    let changed = false;
    for (const file of files) {
      if (this.registries.has(file)) continue;
      if (!this.mayRead(file)) {
        problems.push(`${file}: outside the workspace folders; set it in your user settings (vbhc.registry) to use it`);
        this.registries.set(file, { entries: [], relations: [] });
        continue;
      }
      const read = readTeamRegistry(file, (f) => readFileSync(f, "utf8"));
      this.registries.set(file, { entries: read.entries, relations: read.relations });
      problems.push(...read.problems.map(describeRegistryProblem));
      changed ||= read.entries.length > 0 || read.relations.length > 0;
    }
    if (changed) {
      const all = [...this.registries.values()];
      this.index.setTeamEntries(
        all.flatMap((r) => r.entries),
        all.flatMap((r) => r.relations),
      );
    }
    return problems;
  }

  forgetRegistries(): void {
    this.registries.clear();
    this.index.setTeamEntries([]);
  }

  /** Every document file of the workspace folders, breadth first, up to the limit. */
  listFiles(): string[] {
    const out: string[] = [];
    const queue = [...this.roots];
    while (queue.length > 0 && out.length < MAX_INDEXED_FILES) {
      const dir = queue.shift()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.isDirectory()) {
          if (!SKIP.has(e.name) && !e.name.startsWith(".")) queue.push(path.join(dir, e.name));
        } else if (e.isFile() && EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
          out.push(path.join(dir, e.name));
        }
      }
    }
    return out.slice(0, MAX_INDEXED_FILES);
  }

  /**
   * Indexes files, reporting how many are done. With `workerScript` (the server's own bundle)
   * the files are read and parsed in a worker thread: the editor's requests are answered while
   * the scan runs, and the memory the parsing used goes away with the worker. Without it (or if
   * the worker fails) they are indexed here, in slices, yielding between them.
   */
  async scan(files: readonly string[], isOpen: (uri: string) => boolean, progress: (done: number) => void, workerScript?: string): Promise<void> {
    const jobs = files.map((file) => ({ uri: pathToFileURL(file).href, file }));
    let done = 0;
    if (workerScript) {
      try {
        done = await this.scanInWorker(jobs, isOpen, progress, workerScript);
      } catch (error) {
        // What the worker did not index is indexed here.
        done = (error as { done?: number }).done ?? 0;
      }
    }
    const SLICE = 50;
    for (let k = done; k < jobs.length; k += SLICE) {
      for (const { uri, file } of jobs.slice(k, k + SLICE)) {
        if (isOpen(uri)) continue; // the editor's version wins
        try {
          this.index.setDocument(uri, readFileSync(file, "utf8"));
        } catch {
          // unreadable: not indexed
        }
      }
      progress(Math.min(jobs.length, k + SLICE));
      await new Promise((r) => setImmediate(r));
    }
  }

  /** Resolves with how many files (from the first) were indexed. */
  private scanInWorker(jobs: readonly IndexJob[], isOpen: (uri: string) => boolean, progress: (done: number) => void, workerScript: string): Promise<number> {
    const BATCH = 50;
    const worker = new Worker(workerScript, { workerData: { vbhcIndexWorker: true } satisfies IndexWorkerData });
    let sent = 0;
    let done = 0;
    return new Promise<number>((resolve, reject) => {
      const send = () => {
        if (sent >= jobs.length) {
          void worker.terminate().then(() => resolve(done));
          return;
        }
        const batch = jobs.slice(sent, sent + BATCH);
        sent += batch.length;
        worker.postMessage(batch);
      };
      worker.on("message", (results: { uri: string; summary: IndexedSummary | null }[]) => {
        for (const { uri, summary } of results) {
          // The editor's version wins over the file on disk.
          if (summary && !isOpen(uri)) this.index.setSummary(uri, summary);
        }
        done += results.length;
        progress(done);
        send();
      });
      worker.on("error", (error) => {
        void worker.terminate();
        reject(Object.assign(error, { done }));
      });
      send();
    });
  }
}

interface IndexJob {
  uri: string;
  file: string;
}

export interface IndexWorkerData {
  vbhcIndexWorker: true;
}

/** The index worker's loop: reads and summarises the files the server sends, a batch at a time. */
export function runIndexWorker(port: MessagePort): void {
  port.on("message", (batch: IndexJob[]) => {
    port.postMessage(
      batch.map(({ uri, file }) => {
        try {
          return { uri, summary: summarizeDocument(uri, readFileSync(file, "utf8")) };
        } catch {
          return { uri, summary: null }; // unreadable: not indexed
        }
      }),
    );
  });
}
