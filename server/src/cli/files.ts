// Finding and reading the files the CLI checks. Bad input gets a message, never a crash.
import { DocxError, type DocxLayout, isDocxPath, readDocx } from "../core/docx/read.js";
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";

export const DEFAULT_EXTENSIONS = [".vbhc", ".vbhc.txt", ".vbhc.md", ".docx"];
const SKIP_DIRS = new Set(["node_modules", ".git", "dist"]);

export interface FileProblem {
  path: string;
  message: string;
}

export function hasExtension(file: string, extensions: readonly string[] = DEFAULT_EXTENSIONS): boolean {
  const lower = file.toLowerCase();
  return extensions.some((e) => lower.endsWith(e.toLowerCase()));
}

function walk(dir: string, out: string[], extensions: readonly string[], seen: Set<string>): void {
  // Follow a symlinked folder once: a link loop ends here instead of recursing forever.
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    const isDir = e.isDirectory() || (e.isSymbolicLink() && isDirectory(full));
    if (isDir) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) walk(full, out, extensions, seen);
    } else if ((e.isFile() || e.isSymbolicLink()) && hasExtension(e.name, extensions)) {
      out.push(full);
    }
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Expands files, directories and globs; explicit files are taken whatever their extension. */
export function expandPaths(
  args: readonly string[],
  extensions: readonly string[] = DEFAULT_EXTENSIONS,
): { files: string[]; explicit: Set<string>; problems: FileProblem[] } {
  const explicit = new Set<string>();
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { ignore: ["**/node_modules/**"], dot: false }).sort();
      if (matches.length === 0) problems.push({ path: arg, message: "no file matches this pattern" });
      files.push(...matches);
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(arg);
    } catch (error) {
      problems.push({ path: arg, message: describeIoError(error) });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      try {
        walk(arg, found, extensions, new Set());
      } catch (error) {
        problems.push({ path: arg, message: describeIoError(error) });
      }
      if (found.length === 0) problems.push({ path: arg, message: `no ${extensions.join(", ")} file in this directory` });
      files.push(...found);
    } else {
      files.push(arg);
      explicit.add(arg);
    }
  }
  return { files: [...new Set(files)], explicit, problems };
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a text file as UTF-8; says what is wrong with it otherwise. */
export function readTextFile(file: string): { text: string; layout?: DocxLayout; bytes?: Uint8Array } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { problem: describeIoError(error) };
  }
  if (isDocxPath(file)) {
    // A Word document: its paragraphs are the text's lines, its formatting goes to the layout rules.
    try {
      return { ...readDocx(bytes), bytes };
    } catch (error) {
      if (error instanceof DocxError) return { problem: error.message };
      throw error;
    }
  }
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    return { text: new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes.subarray(2)) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: `binary file (NUL byte at offset ${nul}), skipped` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8` };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
