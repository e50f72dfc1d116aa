// `vbhc check`: files, directories, globs or stdin; serial or on worker threads; sharded for
// CI matrices; stylish, json, sarif, github or compact output.
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { DEFAULT_CONFIG, type FormatStandard, type Locale, type ResolvedConfig, type Severity } from "../core/index.js";
import { ConfigError } from "../core/config.js";
import { allRules, findRule } from "../rules/index.js";
import {
  buildIndex,
  readRegistries,
  checkFile,
  checkText,
  configFor,
  definedBy,
  makeResolver,
  type CheckOptions,
  type CheckOutcome,
  type DefinedDocument,
} from "./check-file.js";
import { createWorkspaceIndex, type WorkspaceIndex } from "../core/registry/index.js";
import { decodeText, DEFAULT_EXTENSIONS, expandPaths, type FileProblem } from "./files.js";
import {
  ANSI,
  type Colors,
  compactReporter,
  githubReporter,
  jsonReporter,
  PLAIN,
  type FileResult,
  type Reporter,
  sarifReporter,
  stylishReporter,
} from "./format.js";
import { UsageError, type Io } from "./io.js";

declare const VBHC_VERSION: string | undefined;
const version = () => (typeof VBHC_VERSION === "string" ? VBHC_VERSION : "dev");

const FORMATS = ["stylish", "json", "sarif", "github", "compact"] as const;
/** Below this many files one thread is faster than starting workers. */
const PARALLEL_THRESHOLD = 200;
const BATCH = 16;

function parseRules(values: readonly string[]): Record<string, Severity> {
  const rules: Record<string, Severity> = {};
  for (const v of values) {
    const m = /^([a-z-]+\/[a-z-]+)=(off|info|warning|error)$/.exec(v);
    if (!m) throw new UsageError(`--rule expects id=off|info|warning|error, got "${v}"`);
    if (!findRule(m[1]!)) throw new UsageError(`--rule: unknown rule "${m[1]}"`);
    rules[m[1]!] = m[2] as Severity;
  }
  return rules;
}

function parseShard(value: string | undefined): { index: number; count: number } | null {
  if (value === undefined) return null;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : 0;
  const count = m ? Number(m[2]) : 0;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n, got "${value}"`);
  return { index, count };
}

/** FNV-1a of the path with forward slashes: the same shard on every machine. */
export function shardOf(file: string, count: number): number {
  let h = 0x811c9dc5;
  for (const ch of file.split(path.sep).join("/")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % count) + 1;
}

export interface WorkerData {
  options: CheckOptions;
}

interface WorkerRequest {
  index: number;
  file: string;
  explicit: boolean;
}

/** Main thread → worker: what the checked files define, then batches of files to check. */
type ToWorker = { kind: "define"; files: string[] } | { kind: "index"; defined: DefinedDocument[] } | { kind: "check"; batch: WorkerRequest[] };

/** The worker loop: reads what files define, then checks the files the main thread sends. */
export function runWorker(port: import("node:worker_threads").MessagePort, data: WorkerData): void {
  const resolver = makeResolver(data.options);
  let index: WorkspaceIndex | undefined;
  port.on("message", (message: ToWorker) => {
    switch (message.kind) {
      case "define":
        port.postMessage(message.files.map(definedBy));
        return;
      case "index":
        index = buildIndex({ ...data.options, workspace: { defined: message.defined, registries: data.options.workspace?.registries ?? [] } });
        return;
      case "check":
        port.postMessage(
          message.batch.map((r) => {
            try {
              return { index: r.index, outcome: checkFile(r.file, resolver, data.options, r.explicit, index) };
            } catch (error) {
              return { index: r.index, outcome: { problem: error instanceof ConfigError ? `config: ${error.message}` : String(error) } as CheckOutcome };
            }
          }),
        );
    }
  });
}

/**
 * Hands out batches to the workers, each as soon as it is free, and gives each batch's answers to
 * `answered` with the index of the batch's first item (batches finish in any order).
 */
function distribute<T, R>(
  workers: readonly Worker[],
  items: readonly T[],
  size: number,
  message: (batch: T[]) => ToWorker,
  answered: (at: number, results: R[]) => void,
): Promise<void> {
  let next = 0;
  return Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let at = 0;
          const send = () => {
            if (next >= items.length) {
              worker.off("message", receive);
              worker.off("error", reject);
              resolve();
              return;
            }
            at = next;
            const batch = items.slice(next, next + size);
            next += batch.length;
            worker.postMessage(message(batch));
          };
          const receive = (results: R[]) => {
            answered(at, results);
            send();
          };
          worker.on("message", receive);
          worker.on("error", reject);
          send();
        }),
    ),
  ).then(() => undefined);
}

/**
 * Checks on worker threads; `indexed`: every file citations resolve against (all shards alike).
 * Each outcome goes to `checked` as soon as its batch is back (in any order).
 */
async function checkParallel(
  requests: WorkerRequest[],
  indexed: readonly string[],
  options: CheckOptions,
  jobs: number,
  checked: (index: number, outcome: CheckOutcome) => void,
): Promise<void> {
  const workers = Array.from(
    { length: jobs },
    () => new Worker(__filename, { workerData: { vbhcWorker: true, options } satisfies WorkerData & { vbhcWorker: true } }),
  );
  try {
    // What every file defines, read on all workers, then given to each of them.
    const defined: DefinedDocument[] = new Array(indexed.length);
    await distribute<string, DefinedDocument>(
      workers,
      indexed,
      64,
      (files) => ({ kind: "define", files }),
      (at, answers) => {
        for (let k = 0; k < answers.length; k++) defined[at + k] = answers[k]!;
      },
    );
    for (const w of workers) w.postMessage({ kind: "index", defined } satisfies ToWorker);
    await distribute<WorkerRequest, { index: number; outcome: CheckOutcome }>(
      workers,
      requests,
      BATCH,
      (batch) => ({ kind: "check", batch }),
      (_, answers) => {
        for (const a of answers) checked(a.index, a.outcome);
      },
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Hands outcomes on in file order as they arrive in any order: an outcome waits only for the
 * files before it that are still being checked.
 */
export function inOrder(emit: (index: number, outcome: CheckOutcome) => void): (index: number, outcome: CheckOutcome) => void {
  const waiting = new Map<number, CheckOutcome>();
  let next = 0;
  return (index, outcome) => {
    waiting.set(index, outcome);
    for (let o = waiting.get(next); o !== undefined; o = waiting.get(next)) {
      waiting.delete(next);
      emit(next++, o);
    }
  };
}

function reporterFor(format: (typeof FORMATS)[number], locale: Locale, colors: Colors): Reporter {
  switch (format) {
    case "json":
      return jsonReporter(locale);
    case "sarif":
      return sarifReporter(allRules, locale, version());
    case "github":
      return githubReporter(locale);
    case "compact":
      return compactReporter(locale);
    default:
      return stylishReporter(locale, colors);
  }
}

export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "stylish" },
      fix: { type: "boolean", default: false },
      "fix-dry-run": { type: "boolean", default: false },
      rule: { type: "string", multiple: true, default: [] },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", default: false },
      config: { type: "string" },
      "print-config": { type: "string" },
      locale: { type: "string" },
      standard: { type: "string" },
      draft: { type: "boolean" },
      ext: { type: "string", multiple: true, default: [] },
      "stdin-filename": { type: "string" },
      shard: { type: "string" },
      jobs: { type: "string" },
      "no-color": { type: "boolean", default: false },
    },
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format expects ${FORMATS.join(", ")}, got "${values.format}"`);
  const localeValue = values.locale ?? (io.env.VBHC_LOCALE || undefined);
  if (localeValue !== undefined && localeValue !== "vi" && localeValue !== "en") throw new UsageError(`--locale expects vi or en, got "${localeValue}"`);
  if (values.standard !== undefined && !["auto", "nd30", "tt01"].includes(values.standard))
    throw new UsageError(`--standard expects auto, nd30 or tt01, got "${values.standard}"`);
  const maxWarnings = values["max-warnings"] === undefined ? null : Number(values["max-warnings"]);
  if (maxWarnings !== null && (!Number.isInteger(maxWarnings) || maxWarnings < 0))
    throw new UsageError(`--max-warnings expects a whole number, got "${values["max-warnings"]}"`);
  const jobsValue = values.jobs === undefined ? null : Number(values.jobs);
  if (jobsValue !== null && (!Number.isInteger(jobsValue) || jobsValue < 1))
    throw new UsageError(`--jobs expects a positive whole number, got "${values.jobs}"`);
  const shard = parseShard(values.shard);

  const overrides: Partial<ResolvedConfig> = {
    ...(values.rule.length > 0 ? { rules: parseRules(values.rule) } : {}),
    ...(localeValue ? { locale: localeValue as Locale } : {}),
    ...(values.standard ? { standard: values.standard as FormatStandard } : {}),
    ...(values.draft !== undefined ? { draft: values.draft } : {}),
  };
  const options: CheckOptions = { fix: values.fix, fixDryRun: values["fix-dry-run"], overrides, ...(values.config ? { configFile: values.config } : {}) };
  const locale: Locale = (localeValue as Locale | undefined) ?? DEFAULT_CONFIG.locale;

  let resolver: ReturnType<typeof makeResolver>;
  try {
    resolver = makeResolver(options);
    if (values["print-config"]) {
      const { config, ignored } = configFor(resolver, values["print-config"], options);
      io.stdout(`${JSON.stringify({ ...config, ignored }, null, 2)}\n`);
      return 0;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`vbhc: invalid config: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (positionals.length === 0) throw new UsageError("check: give at least one file, directory or glob (or - for stdin)");

  // Findings are written as each file is checked (in file order), so memory stays flat however
  // many files there are. With --fix-dry-run the diffs come first and the findings after them.
  const colors = io.isTty && !values["no-color"] && !io.env.NO_COLOR ? ANSI : PLAIN;
  const reporter = reporterFor(format, locale, colors);
  const held: string[] = [];
  const out = values["fix-dry-run"] ? (s: string) => s && held.push(s) : (s: string) => s && io.stdout(s);
  let problemCount = 0;
  let errors = 0;
  let warnings = 0;
  let findings = 0;
  const problem = (p: FileProblem) => {
    problemCount++;
    io.stderr(`vbhc: ${p.path}: ${p.message}\n`);
  };
  const report = (result: FileResult) => {
    for (const f of result.findings) if (f.severity === "warning") warnings++;
    const shown = values.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result;
    for (const f of shown.findings) if (f.severity === "error") errors++;
    findings += shown.findings.length;
    out(reporter.file(shown));
  };
  out(reporter.start());

  if (positionals.includes("-")) {
    const name = values["stdin-filename"] ?? "<stdin>";
    const decoded = decodeText(io.readStdin());
    if ("problem" in decoded) {
      problem({ path: name, message: decoded.problem });
    } else {
      try {
        const { config } = configFor(resolver, values["stdin-filename"] ?? path.join(process.cwd(), "stdin.vbhc"), options, buildIndex(options));
        report(checkText(name, decoded.text, config));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        problem({ path: error.file, message: `invalid config: ${error.message}` });
      }
    }
  }

  const extensions = [...DEFAULT_EXTENSIONS, ...values.ext.map((e) => (e.startsWith(".") ? e : `.${e}`))];
  const expanded = expandPaths(
    positionals.filter((p) => p !== "-"),
    extensions,
  );
  for (const p of expanded.problems) problem(p);
  let files = expanded.files;
  // Citations resolve against every checked file (all shards alike) and the registry files.
  const registries = new Set<string>();
  for (const f of files) {
    try {
      for (const r of configFor(resolver, f, options).config.registry) registries.add(r);
    } catch {
      // an invalid config is reported when the file is checked
    }
  }
  const allFiles = files;
  if (shard) files = files.filter((f) => shardOf(f, shard.count) === shard.index);
  const requests = files.map((file, index) => ({ index, file, explicit: expanded.explicit.has(file) }));

  const jobs = jobsValue ?? (files.length >= PARALLEL_THRESHOLD ? Math.max(1, availableParallelism()) : 1);
  const parallel = jobs > 1 && files.length > 1;
  // Citations resolve against what every checked file defines (all shards alike): read here
  // when checking serially, on the workers otherwise.
  options.workspace = { defined: parallel ? [] : allFiles.map(definedBy), registries: [...registries] };
  // Only the JSON format needs a file's text (its fixes are offsets into it): other formats let
  // the text go as soon as the file is checked, and workers do not copy it back.
  options.keepSource = format === "json";
  // A registry file that cannot be read or has bad rows is said once, here (workers read it again).
  const team = readRegistries(options.workspace.registries);
  for (const p of team.problems) problem({ path: p.file, message: p.row ? `row ${p.row}: ${p.message}` : p.message });
  const index = parallel ? undefined : createWorkspaceIndex({ defined: options.workspace.defined, team: team.entries, teamRelations: team.relations });
  const showProgress = io.stderrIsTty && files.length >= PARALLEL_THRESHOLD;
  let lastShown = 0;
  let done = 0;
  const progress = () => {
    done++;
    if (!showProgress) return;
    const now = Date.now();
    if (now - lastShown < 100 && done < files.length) return;
    lastShown = now;
    io.stderr(`\rvbhc: ${done}/${files.length} files`);
  };
  const checked = inOrder((k, o) => {
    progress();
    if (o.problem) {
      if (showProgress) io.stderr("\r\u001b[K");
      problem({ path: files[k]!, message: o.problem });
    }
    if (o.result) report(o.result);
    if (o.diff) io.stdout(o.diff);
  });

  if (parallel) {
    await checkParallel(requests, allFiles, options, Math.min(jobs, Math.ceil(files.length / BATCH)), checked);
  } else {
    requests.forEach((r, k) => {
      let outcome: CheckOutcome;
      try {
        outcome = checkFile(r.file, resolver, options, r.explicit, index);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        outcome = { problem: `invalid config: ${error.message}` };
      }
      checked(k, outcome);
    });
  }
  if (showProgress) io.stderr("\r\u001b[K");

  out(reporter.end());
  if (values["fix-dry-run"] && (format !== "stylish" || findings > 0)) io.stdout(held.join(""));
  if (problemCount > 0) return 2;
  if (maxWarnings !== null && warnings > maxWarnings) {
    io.stderr(`vbhc: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return errors > 0 ? 1 : 0;
}
