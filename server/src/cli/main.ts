// The `vbhc` command line over the core: check (with --fix), outline, renumber.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createTwoFilesPatch } from "diff";
import { applyEdits } from "../core/index.js";
import { runCheck } from "./check.js";
import { UsageError, type Io } from "./io.js";
import { runDeadlines } from "./deadlines.js";
import { runExport } from "./export.js";
import { runRegistry } from "./registry.js";
import { cliService, fileDocument, writeAtomically } from "./check-file.js";
import { decodeText, describeIoError, readTextFile } from "./files.js";
import { formatOutline } from "./outline-text.js";

declare const VBHC_VERSION: string | undefined;

const USAGE = `Usage:
  vbhc check [options] <files|directories|globs…>   check documents (- reads stdin)
  vbhc outline [--format text|json] <file>          show what the parser understood
  vbhc renumber [--write] <file>                    renumber every list (and references into
                                                    them); prints a diff, --write applies it
  vbhc deadlines [--format table|json|ics] [-o FILE] <files|directories…>
                                                    list every deadline with its weekday and
                                                    status; ics: an iCalendar file to import
  vbhc export <file> -o out.docx | --format html    the document in the official layout
                                                    (Word .docx, or the HTML preview)
  vbhc registry build [-o registry.json|.csv] <files|directories…>
                                                    a registry read from the documents: entries
                                                    and the relations their text states
  vbhc registry show [--at DATE] <number|law name>  status at a date, replacements, amendments
  vbhc --help | --version

Options for check:
  --format stylish|json|sarif|github|compact   output format (default: stylish)
  --fix                   apply every certain fix to the files (written atomically)
  --fix-dry-run           print the diff --fix would make; change nothing
  --rule id=severity      set a rule's severity (off|info|warning|error); repeatable
  --max-warnings N        exit 1 when there are more than N warnings
  --quiet                 report errors only
  --config FILE           use this config file instead of .vbhcrc.* discovery
  --print-config FILE     print the config that applies to FILE and exit
  --locale vi|en          message language (default: vi; also VBHC_LOCALE)
  --standard auto|nd30|tt01
                          format standard: by the document's date (auto), Nghị định
                          30/2020/NĐ-CP, or Thông tư 01/2011/TT-BNV
  --draft                 the document is a draft (a blank day in the date is expected)
  --ext EXT               also search directories for files ending in EXT; repeatable
  --stdin-filename NAME   the name (and config location) of what - reads
  --shard i/n             check only the i-th of n deterministic shards of the files
  --jobs N                worker threads (default: all cores from 200 files on)
  --no-color              plain output (also when NO_COLOR is set)

Directories are searched for *.vbhc, *.vbhc.txt and *.vbhc.md files.
Exit codes: 0 no error-level finding, 1 error-level findings (or too many warnings),
2 usage, config or I/O error.
`;

function runOutline(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: "string", default: "text" } } });
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format expects text or json, got "${values.format}"`);
  if (positionals.length !== 1) throw new UsageError("outline: give exactly one file (or - for stdin)");
  const file = positionals[0]!;
  const read = file === "-" ? decodeText(io.readStdin()) : readTextFile(file);
  if ("problem" in read) {
    io.stderr(`vbhc: ${file}: ${read.problem}\n`);
    return 2;
  }
  const o = cliService().outline(fileDocument(file === "-" ? "stdin" : file, read.text));
  io.stdout(values.format === "json" ? `${JSON.stringify(o, null, 2)}\n` : formatOutline(o));
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
  const { text: renumbered } = applyEdits(read.text, cliService().renumber(fileDocument(file, read.text), null));
  if (renumbered === read.text) {
    io.stderr(`vbhc: ${file}: numbering is already in sequence\n`);
    return 0;
  }
  if (values.write && "layout" in read) {
    io.stderr(`vbhc: ${file}: a Word document is not rewritten; renumber it in Word as the diff below shows\n`);
    io.stdout(createTwoFilesPatch(file, file, read.text, renumbered, "", "", { context: 1 }));
    return 2;
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

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await runCheck(rest, io);
      case "outline":
        return runOutline(rest, io);
      case "renumber":
        return runRenumber(rest, io);
      case "deadlines":
        return await runDeadlines(rest, io);
      case "export":
        return await runExport(rest, io);
      case "registry":
        return await runRegistry(rest, io);
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
