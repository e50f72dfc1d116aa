// The `vbhc` command line over the core: check (with --fix) and outline.
import { chmodSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createTwoFilesPatch } from "diff";
import { applyEdits, check, DEFAULT_CONFIG, fixAll, parse, type FormatStandard, type Locale, type ResolvedConfig, type Severity } from "../core/index.js";
import { outline } from "../core/outline.js";
import { renumberEdits } from "../core/renumber.js";
import { allRules, findRule } from "../rules/index.js";
import { decodeText, describeIoError, expandPaths, readTextFile, type FileProblem } from "./files.js";
import { ANSI, formatJson, formatStylish, PLAIN, type FileResult } from "./format.js";
import { formatOutline } from "./outline-text.js";

declare const VBHC_VERSION: string | undefined;

const USAGE = `Usage:
  vbhc check [options] <files|directories|globs…>   check documents (- reads stdin)
  vbhc outline [--format text|json] <file>          show what the parser understood
  vbhc renumber [--write] <file>                    renumber every list (and references into
                                                    them); prints a diff, --write applies it
  vbhc --help | --version

Options for check:
  --format stylish|json   output format (default: stylish)
  --fix                   apply every certain fix to the files
  --rule id=severity      set a rule's severity (off|info|warning|error); repeatable
  --locale vi|en          message language (default: vi)
  --standard auto|nd30|tt01
                          format standard: by the document's date (auto), Nghị định
                          30/2020/NĐ-CP, or Thông tư 01/2011/TT-BNV
  --draft                 the document is a draft (a blank day in the date is expected)
  --no-color              plain output (also when NO_COLOR is set)

Directories are searched for *.vbhc, *.vbhc.txt and *.vbhc.md files.
Exit codes: 0 no error-level finding, 1 error-level findings, 2 usage or I/O error.
`;

class UsageError extends Error {}

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  readStdin(): Uint8Array;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

function parseRuleOption(values: readonly string[]): Record<string, Severity> {
  const rules: Record<string, Severity> = {};
  for (const v of values) {
    const m = /^([a-z-]+\/[a-z-]+)=(off|info|warning|error)$/.exec(v);
    if (!m) throw new UsageError(`--rule expects id=off|info|warning|error, got "${v}"`);
    if (!findRule(m[1]!)) throw new UsageError(`--rule: unknown rule "${m[1]}"`);
    rules[m[1]!] = m[2] as Severity;
  }
  return rules;
}

function parseLocale(v: string | undefined, env: NodeJS.ProcessEnv): Locale {
  const value = v ?? (env.VBHC_LOCALE || "vi");
  if (value !== "vi" && value !== "en") throw new UsageError(`--locale expects vi or en, got "${value}"`);
  return value;
}

/** Writes through a temporary file and a rename, keeping the mode: a crash never leaves half a file. */
function writeAtomically(file: string, text: string): void {
  const mode = statSync(file).mode;
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.vbhc-${process.pid}.tmp`);
  writeFileSync(tmp, text, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}

function runCheck(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "stylish" },
      fix: { type: "boolean", default: false },
      rule: { type: "string", multiple: true, default: [] },
      locale: { type: "string" },
      standard: { type: "string", default: "auto" },
      draft: { type: "boolean", default: false },
      "no-color": { type: "boolean", default: false },
    },
  });
  if (values.format !== "stylish" && values.format !== "json") throw new UsageError(`--format expects stylish or json, got "${values.format}"`);
  if (positionals.length === 0) throw new UsageError("check: give at least one file, directory or glob (or - for stdin)");
  if (!["auto", "nd30", "tt01"].includes(values.standard)) throw new UsageError(`--standard expects auto, nd30 or tt01, got "${values.standard}"`);
  const config: ResolvedConfig = {
    ...DEFAULT_CONFIG,
    rules: parseRuleOption(values.rule),
    locale: parseLocale(values.locale, io.env),
    standard: values.standard as FormatStandard,
    draft: values.draft,
  };

  const problems: FileProblem[] = [];
  const results: FileResult[] = [];
  const fileArgs = positionals.filter((p) => p !== "-");
  const { files, problems: found } = expandPaths(fileArgs);
  problems.push(...found);

  if (positionals.includes("-")) {
    const decoded = decodeText(io.readStdin());
    if ("problem" in decoded) problems.push({ path: "<stdin>", message: decoded.problem });
    else if (values.fix) io.stdout(fixAll(decoded.text, allRules, config).text);
    else results.push(toResult("<stdin>", decoded.text, config));
    if (values.fix) return problems.length > 0 ? 2 : 0;
  }

  for (const file of files) {
    const read = readTextFile(file);
    if ("problem" in read) {
      problems.push({ path: file, message: read.problem });
      continue;
    }
    if (values.fix) {
      const fixed = fixAll(read.text, allRules, config);
      if (fixed.text !== read.text) {
        try {
          // Do not overwrite a file that someone changed while we were fixing it.
          if (readFileSync(file, "utf8") !== read.text) throw new Error("the file changed while it was being fixed; not written");
          writeAtomically(file, fixed.text);
        } catch (error) {
          problems.push({ path: file, message: describeIoError(error) });
          results.push(toResult(file, read.text, config));
          continue;
        }
      }
      results.push({ filePath: file, source: fixed.text, findings: fixed.findings, fixable: fixed.findings.filter((f) => f.fix).length });
    } else {
      results.push(toResult(file, read.text, config));
    }
  }

  for (const p of problems) io.stderr(`vbhc: ${p.path}: ${p.message}\n`);
  const colors = io.isTty && !values["no-color"] && !io.env.NO_COLOR ? ANSI : PLAIN;
  io.stdout(values.format === "json" ? formatJson(results, config.locale) + "\n" : formatStylish(results, config.locale, colors));
  if (problems.length > 0) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

function toResult(filePath: string, text: string, config: ResolvedConfig): FileResult {
  const { findings } = check(text, allRules, config);
  return { filePath, source: text, findings, fixable: findings.filter((f) => f.fix).length };
}

function runOutline(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "text" } },
  });
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format expects text or json, got "${values.format}"`);
  if (positionals.length !== 1) throw new UsageError("outline: give exactly one file (or - for stdin)");
  const file = positionals[0]!;
  const read = file === "-" ? decodeText(io.readStdin()) : readTextFile(file);
  if ("problem" in read) {
    io.stderr(`vbhc: ${file}: ${read.problem}\n`);
    return 2;
  }
  const o = outline(parse(read.text));
  io.stdout(values.format === "json" ? JSON.stringify(o, null, 2) + "\n" : formatOutline(o));
  return 0;
}

function runRenumber(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { write: { type: "boolean", default: false } } });
  if (positionals.length !== 1) throw new UsageError("renumber: give exactly one file");
  const file = positionals[0]!;
  const read = readTextFile(file);
  if ("problem" in read) {
    io.stderr(`vbhc: ${file}: ${read.problem}\n`);
    return 2;
  }
  const { text: renumbered } = applyEdits(read.text, renumberEdits(parse(read.text)));
  if (renumbered === read.text) {
    io.stderr(`vbhc: ${file}: numbering is already in sequence\n`);
    return 0;
  }
  if (values.write) {
    try {
      if (readFileSync(file, "utf8") !== read.text) throw new Error("the file changed while it was being renumbered; not written");
      writeAtomically(file, renumbered);
    } catch (error) {
      io.stderr(`vbhc: ${file}: ${describeIoError(error)}\n`);
      return 2;
    }
    io.stderr(`vbhc: ${file}: renumbered\n`);
    return 0;
  }
  io.stdout(createTwoFilesPatch(file, file, read.text, renumbered, "", "", { context: 1 }));
  return 0;
}

export function main(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return runCheck(rest, io);
      case "outline":
        return runOutline(rest, io);
      case "renumber":
        return runRenumber(rest, io);
      case "--version":
      case "-v":
        io.stdout(`${typeof VBHC_VERSION === "string" ? VBHC_VERSION : "dev"}\n`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        io.stdout(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : "no command given");
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`vbhc: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

