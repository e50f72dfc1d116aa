// `vbhc export <file> -o out.docx`: the document in the official layout, as a Word file or as
// the preview's HTML page.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { cliService, fileDocument, writeAtomically } from "./check-file.js";
import { decodeText, describeIoError, readTextFile } from "./files.js";
import { UsageError, type Io } from "./io.js";

export const EXPORT_USAGE = `Usage:
  vbhc export [options] <file>   lay the document out as Nghị định 30/2020/NĐ-CP Phụ lục I
                                 says (- reads stdin)

Options:
  -o, --output FILE       where to write (required for docx; html goes to standard output
                          without it)
  --format docx|html      docx (default, or from the extension of --output) or a
                          self-contained HTML page of the preview

Exit codes: 0 written, 2 usage or I/O error.
`;

export async function runExport(args: string[], io: Io): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`vbhc: ${(error as Error).message}\n\n${EXPORT_USAGE}`);
      return 2;
    }
    throw error;
  }
}

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      format: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    io.stdout(EXPORT_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("export: give exactly one file (or - for stdin)");
  const output = values.output;
  const format = values.format ?? (output && /\.html?$/i.test(output) ? "html" : "docx");
  if (format !== "docx" && format !== "html") throw new UsageError(`--format expects docx or html, got "${format}"`);
  if (format === "docx" && (!output || output === "-")) throw new UsageError("export: a .docx file is binary; name it with -o FILE");

  const file = positionals[0]!;
  const read = file === "-" ? decodeText(io.readStdin()) : readTextFile(file);
  if ("problem" in read) {
    io.stderr(`vbhc: ${file}: ${read.problem}\n`);
    return 2;
  }
  const service = cliService();
  const doc = fileDocument(file === "-" ? "stdin" : file, read.text);
  let data: Uint8Array | string;
  if (format === "html") {
    // A file opened from disk has no webview: no script, and the only style is our own.
    data = service.preview(doc, { cspSource: "", nonce: randomBytes(16).toString("base64"), script: false });
  } else {
    data = Buffer.from(await service.exportDocx(doc), "base64");
  }
  if (!output || output === "-") {
    io.stdout(data as string);
    return 0;
  }
  try {
    writeAtomically(output, data);
  } catch (error) {
    io.stderr(`vbhc: ${output}: ${describeIoError(error)}\n`);
    return 2;
  }
  io.stderr(`vbhc: ${file}: exported to ${output}\n`);
  return 0;
}
