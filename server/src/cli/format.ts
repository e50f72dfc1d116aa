// Output formats of `vbhc check`: stylish (people) and json (ESLint's shape, for tools).
import { localize, offsetAt, splitLines, type Finding, type Locale, type TextEdit } from "../core/index.js";

export interface FileResult {
  filePath: string;
  /** The checked text, to express fixes as ESLint does (offsets into it). */
  source: string;
  findings: Finding[];
  /** Findings that --fix would repair. */
  fixable: number;
}

const SEVERITY_NUMBER = { info: 0, warning: 1, error: 2 } as const;

/** ESLint-compatible JSON: 1-based lines and columns (columns in UTF-16 code units). */
export function formatJson(results: readonly FileResult[], locale: Locale): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: SEVERITY_NUMBER[f.severity],
        message: localize(f.message, locale),
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        ...(f.fix ? { fix: eslintFix(r.source, f.fix) } : {}),
      })),
      errorCount: r.findings.filter((f) => f.severity === "error").length,
      warningCount: r.findings.filter((f) => f.severity === "warning").length,
      infoCount: r.findings.filter((f) => f.severity === "info").length,
      fixableCount: r.fixable,
    })),
    null,
    2,
  );
}

/** ESLint's fix: one replacement { range: [start, end) offsets, text } covering every edit. */
function eslintFix(source: string, edits: readonly TextEdit[]): { range: [number, number]; text: string } {
  const { lineStarts } = splitLines(source);
  const resolved = edits
    .map((e) => ({ s: offsetAt(lineStarts, source.length, e.range.start), e: offsetAt(lineStarts, source.length, e.range.end), t: e.newText }))
    .sort((a, b) => a.s - b.s);
  const start = resolved[0]!.s;
  let end = start;
  let text = "";
  for (const r of resolved) {
    text += source.slice(end, r.s) + r.t;
    end = Math.max(end, r.e);
  }
  return { range: [start, end], text };
}

export interface Colors {
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const ANSI: Colors = { dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), bold: wrap(1, 22), underline: wrap(4, 24) };
const id = (s: string) => s;
export const PLAIN: Colors = { dim: id, red: id, yellow: id, blue: id, bold: id, underline: id };

const LABELS = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "thông tin", problems: "vấn đề", fixable: "có thể sửa tự động bằng --fix", none: "Không có vấn đề nào." },
  en: { error: "error", warning: "warning", info: "info", problems: "problems", fixable: "fixable with --fix", none: "No problems found." },
} as const;

export function formatStylish(results: readonly FileResult[], locale: Locale, c: Colors): string {
  const L = LABELS[locale];
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push(c.underline(r.filePath));
    for (const f of r.findings) {
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const sev = f.severity === "error" ? c.red(L.error) : f.severity === "warning" ? c.yellow(L.warning) : c.blue(L.info);
      out.push(`  ${c.dim(pos.padEnd(7))} ${sev}  ${localize(f.message, locale)}  ${c.dim(f.ruleId)}`);
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
      else infos++;
    }
    fixable += r.fixable;
    out.push("");
  }
  const total = errors + warnings + infos;
  if (total === 0) return c.bold(L.none) + "\n";
  const summary =
    locale === "vi"
      ? `✖ ${total} ${L.problems} (${errors} ${L.error}, ${warnings} ${L.warning}, ${infos} ${L.info})`
      : `✖ ${total} ${L.problems} (${errors} errors, ${warnings} warnings, ${infos} info)`;
  out.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  if (fixable > 0) out.push(`  ${fixable} ${L.fixable}`);
  return out.join("\n") + "\n";
}
