// Checking (and fixing) one file: what the main thread and the worker threads both run.
import { chmodSync, closeSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
import type { Finding, ResolvedConfig } from "../core/index.js";
import { ConfigResolver, type ResolverOptions } from "../core/config.js";
import { pathToFileURL } from "node:url";
import { builtinIndex, createWorkspaceIndex, entryOfText, type IndexedEntry, type WorkspaceIndex } from "../core/registry/index.js";
import { readTeamRegistry, type TeamRegistryFile } from "../core/registry/load.js";
import { createLanguageService, type LanguageService, type ServiceDocument } from "../features/service.js";
import { allRules } from "../rules/index.js";
import { describeIoError, readTextFile } from "./files.js";
import { fixDocx } from "../core/docx/fix.js";
import { isDocxPath, type DocxLayout } from "../core/docx/read.js";
import type { FileResult } from "./format.js";

export interface CheckOptions {
  /** What citations resolve against: what the checked files define (from their first lines) and registry files. */
  workspace?: { defined: DefinedDocument[]; registries: string[] };
  fix: boolean;
  /** Print the diff --fix would make instead of writing. */
  fixDryRun: boolean;
  /** CLI flags applied on top of each file's config (--rule, --locale, --standard, --draft). */
  overrides: Partial<ResolvedConfig>;
  configFile?: string;
  /** Keep each file's text in its result (the JSON format's fixes are offsets into it); default true. */
  keepSource?: boolean;
}

export interface CheckOutcome {
  result?: FileResult;
  /** A problem reading or writing the file. */
  problem?: string;
  /** The diff of --fix-dry-run. */
  diff?: string;
  ignored?: boolean;
}

/**
 * Writes through a temporary file beside the target and a rename, keeping an existing file's
 * mode: a crash never leaves half a file, and a failed write leaves no temporary file behind.
 */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  let mode: number | undefined;
  try {
    mode = statSync(file).mode;
  } catch {
    // a new file
  }
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.vbhc-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Bytes read from the top of each checked file to know what document it is (header, title). */
export const HEAD_BYTES = 2048;

export function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return new TextDecoder("utf-8").decode(buffer.subarray(0, n));
  } catch {
    return "";
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The team registry files' entries and what is wrong in them (the same reader as the editor's). */
export function readRegistries(files: readonly string[]): TeamRegistryFile {
  const readText = (file: string) => {
    try {
      return readFileSync(file, "utf8");
    } catch (error) {
      throw new Error(`registry file: ${describeIoError(error)}`);
    }
  };
  const read = files.map((file) => readTeamRegistry(file, readText));
  return { entries: read.flatMap((r) => r.entries), relations: read.flatMap((r) => r.relations), problems: read.flatMap((r) => r.problems) };
}

/** The index the citation rules resolve against; built the same way on every thread. */
export function buildIndex(options: CheckOptions): WorkspaceIndex | undefined {
  if (!options.workspace) return undefined;
  const team = readRegistries(options.workspace.registries);
  return createWorkspaceIndex({ defined: options.workspace.defined, team: team.entries, teamRelations: team.relations });
}

const services = new WeakMap<WorkspaceIndex, LanguageService>();

/**
 * The language service the editor uses, as the CLI uses it: each file's config comes with the
 * call (ConfigResolver.forFile), and the index already holds what every checked file defines.
 */
export function cliService(index: WorkspaceIndex = builtinIndex()): LanguageService {
  let service = services.get(index);
  if (!service) {
    service = createLanguageService({
      rules: allRules,
      // Every CLI call passes the file's config; this answers only what the CLI never asks.
      configFor: () => Promise.reject(new Error("the CLI passes each file's config")),
      index,
      docsUri: () => undefined,
      followDocuments: false,
    });
    services.set(index, service);
  }
  return service;
}

/** A file's text as the service reads it (one version: the CLI reads each file once). */
export function fileDocument(filePath: string, text: string, layout?: DocxLayout): ServiceDocument {
  return { uri: pathToFileURL(path.resolve(filePath)).href, version: 0, getText: () => text, ...(layout ? { layout } : {}) };
}

export interface DefinedDocument {
  uri: string;
  entry: IndexedEntry | null;
}

/** What a checked file defines (its header, read from the file's first bytes). */
export function definedBy(file: string): DefinedDocument {
  const uri = pathToFileURL(path.resolve(file)).href;
  if (isDocxPath(file)) {
    // A Word file is a zip: its head is read from its text (the whole file is read and unzipped).
    const read = readTextFile(file);
    return { uri, entry: "text" in read ? entryOfText(uri, read.text.slice(0, HEAD_BYTES)) : null };
  }
  return { uri, entry: entryOfText(uri, readHead(file)) };
}

export function makeResolver(options: CheckOptions): ConfigResolver {
  const resolverOptions: ResolverOptions = options.configFile ? { configFile: options.configFile } : {};
  return new ConfigResolver(resolverOptions);
}

export function configFor(resolver: ConfigResolver, file: string, options: CheckOptions, index?: WorkspaceIndex): { config: ResolvedConfig; ignored: boolean } {
  const { config, ignored } = resolver.forFile(file, { overrides: options.overrides });
  return { ignored, config: index ? { ...config, index } : config };
}

/** The layout rules whose findings `--fix` repairs in a Word file (page setup, font). */
const FIXED_LAYOUT_RULES = { pageSize: "layout/page-size", margins: "layout/margins", fonts: "layout/font-family" } as const;

/**
 * A Word file: its text findings (no text fix: the text is read from XML) and its layout ones;
 * --fix sets the page setup (paper size, margins) and the font in the file, everything else left
 * as it was.
 */
function checkWordFile(
  file: string,
  read: { text: string; layout: DocxLayout; bytes: Uint8Array },
  config: ResolvedConfig,
  options: CheckOptions,
  keepSource: boolean,
): CheckOutcome {
  const result = checkText(file, read.text, config, keepSource, read.layout);
  const found = (id: string) => result.findings.some((f) => f.ruleId === id);
  const what = { pageSize: found(FIXED_LAYOUT_RULES.pageSize), margins: found(FIXED_LAYOUT_RULES.margins), fonts: found(FIXED_LAYOUT_RULES.fonts) };
  const fixedRules = new Set<string>(Object.values(FIXED_LAYOUT_RULES));
  result.fixable = result.findings.filter((f) => fixedRules.has(f.ruleId)).length;
  if ((!options.fix && !options.fixDryRun) || result.fixable === 0) return { result };
  const fixed = fixDocx(read.bytes, what);
  if (!fixed) return { result };
  if (options.fixDryRun) {
    return { result, diff: createTwoFilesPatch(file, file, `${fixed.before.join("\n")}\n`, `${fixed.after.join("\n")}\n`, "layout", "layout", { context: 0 }) };
  }
  try {
    if ((statSync(file).mode & 0o222) === 0) throw new Error("the file is read-only; not fixed");
    if (!Buffer.from(readFileSync(file)).equals(Buffer.from(read.bytes))) throw new Error("the file changed while it was being fixed; not written");
    writeAtomically(file, fixed.bytes);
  } catch (error) {
    return { problem: describeIoError(error), result };
  }
  const again = readTextFile(file);
  if ("problem" in again || !again.layout) return { problem: "problem" in again ? again.problem : "not a Word document after the fix", result };
  const after = checkText(file, again.text, config, keepSource, again.layout);
  after.fixable = 0;
  return { result: after };
}

/** The finding without its text fix (for a Word file, whose text cannot be written back). */
function withoutFix(f: Finding): Finding {
  const { fix, ...rest } = f;
  return fix ? rest : f;
}

const fixableCount = (findings: readonly Finding[]) => findings.filter((f) => f.fix).length;

/** Checks a file's text (or text that did not come from a file: stdin). */
export function checkText(filePath: string, text: string, config: ResolvedConfig, keepSource = true, layout?: DocxLayout): FileResult {
  const service = cliService(config.index);
  const doc = fileDocument(filePath, text, layout);
  // A Word file's text is read from its XML: a text fix has nowhere to be written.
  const findings = layout ? service.findings(doc, config).map(withoutFix) : service.findings(doc, config);
  service.forget(doc.uri);
  return { filePath, source: keepSource ? text : "", findings, fixable: fixableCount(findings) };
}

export function checkFile(file: string, resolver: ConfigResolver, options: CheckOptions, explicit: boolean, index?: WorkspaceIndex): CheckOutcome {
  const { config, ignored } = configFor(resolver, file, options, index);
  // A file named on the command line is checked even when a config ignores it (as ESLint warns).
  if (ignored && !explicit) return { ignored: true };
  const read = readTextFile(file);
  if ("problem" in read) return { problem: read.problem };
  const keepSource = options.keepSource ?? true;
  if (read.layout) return checkWordFile(file, { text: read.text, layout: read.layout, bytes: read.bytes! }, config, options, keepSource);
  if (!options.fix && !options.fixDryRun) return { result: checkText(file, read.text, config, keepSource) };
  const fixed = cliService(config.index).fixAll(fileDocument(file, read.text), config);
  const result: FileResult = { filePath: file, source: keepSource ? fixed.text : "", findings: fixed.findings, fixable: fixableCount(fixed.findings) };
  if (fixed.text === read.text) return { result };
  if (options.fixDryRun) {
    return { result: checkText(file, read.text, config, keepSource), diff: createTwoFilesPatch(file, file, read.text, fixed.text, "", "", { context: 1 }) };
  }
  try {
    // A read-only file is left as it is (even for root, who could write it anyway).
    if ((statSync(file).mode & 0o222) === 0) throw new Error("the file is read-only; not fixed");
    // Do not overwrite a file that someone changed while we were fixing it.
    if (readFileSync(file, "utf8") !== read.text) throw new Error("the file changed while it was being fixed; not written");
    writeAtomically(file, fixed.text);
  } catch (error) {
    return { problem: describeIoError(error), result: checkText(file, read.text, config, keepSource) };
  }
  return { result };
}
