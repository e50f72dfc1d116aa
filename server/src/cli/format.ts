// Output formats of `vbhc check`, each written file by file as the files are checked: stylish
// (people), json (ESLint's shape), sarif (code scanning), github (annotations), compact (grep).
import { pathToFileURL } from "node:url";
import { INTERNAL_RULE_ID, localize, offsetAt, splitLines, type Finding, type Locale, type Rule, type TextEdit } from "../core/index.js";
import { docsPath } from "../package-root.js";

export interface FileResult {
  filePath: string;
  /** The checked text, to express fixes as ESLint does (offsets into it); "" when only other formats are written. */
  source: string;
  findings: Finding[];
  /** Findings that --fix would repair. */
  fixable: number;
}

const SEVERITY_NUMBER = { info: 0, warning: 1, error: 2 } as const;

/**
 * An output format written as the files are checked: what comes before the first file, each
 * file's part as soon as that file is done (its text can then be let go), and what comes after
 * the last (totals, closing brackets). Memory stays flat in the number of files.
 */
export interface Reporter {
  start(): string;
  file(result: FileResult): string;
  end(): string;
}

/** One value of a JSON array written element by element, indented as JSON.stringify(array, null, 2) would at `depth`. */
function arrayElement(value: unknown, depth: number, first: boolean): string {
  const pad = " ".repeat(2 * depth);
  return `${first ? "\n" : ",\n"}${pad}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`)}`;
}

/** ESLint-compatible JSON: 1-based lines and columns (columns in UTF-16 code units). */
export function jsonReporter(locale: Locale): Reporter {
  let files = 0;
  return {
    start: () => "[",
    file: (r) => arrayElement(eslintResult(r, locale), 1, files++ === 0),
    end: () => (files === 0 ? "]\n" : "\n]\n"),
  };
}

function eslintResult(r: FileResult, locale: Locale) {
  // The line table of the file's text, made once for all its fixes (not once per fix).
  let lineStarts: readonly number[] | undefined;
  const offsets = () => (lineStarts ??= splitLines(r.source).lineStarts);
  return {
    filePath: r.filePath,
    messages: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: SEVERITY_NUMBER[f.severity],
      message: localize(f.message, locale),
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      ...(f.fix ? { fix: eslintFix(r.source, offsets(), f.fix) } : {}),
    })),
    errorCount: r.findings.filter((f) => f.severity === "error").length,
    warningCount: r.findings.filter((f) => f.severity === "warning").length,
    infoCount: r.findings.filter((f) => f.severity === "info").length,
    fixableCount: r.fixable,
  };
}

/** ESLint's fix: one replacement { range: [start, end) offsets, text } covering every edit. */
function eslintFix(source: string, lineStarts: readonly number[], edits: readonly TextEdit[]): { range: [number, number]; text: string } {
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

export function stylishReporter(locale: Locale, c: Colors): Reporter {
  const L = LABELS[locale];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  return {
    start: () => "",
    file(r) {
      if (r.findings.length === 0) return "";
      let out = `${c.underline(r.filePath)}\n`;
      for (const f of r.findings) {
        const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
        const sev = f.severity === "error" ? c.red(L.error) : f.severity === "warning" ? c.yellow(L.warning) : c.blue(L.info);
        out += `  ${c.dim(pos.padEnd(7))} ${sev}  ${localize(f.message, locale)}  ${c.dim(f.ruleId)}\n`;
        if (f.severity === "error") errors++;
        else if (f.severity === "warning") warnings++;
        else infos++;
      }
      fixable += r.fixable;
      return `${out}\n`;
    },
    end() {
      const total = errors + warnings + infos;
      if (total === 0) return `${c.bold(L.none)}\n`;
      const summary =
        locale === "vi"
          ? `✖ ${total} ${L.problems} (${errors} ${L.error}, ${warnings} ${L.warning}, ${infos} ${L.info})`
          : `✖ ${total} ${L.problems} (${errors} errors, ${warnings} warnings, ${infos} info)`;
      return `${errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary))}\n${fixable > 0 ? `  ${fixable} ${L.fixable}\n` : ""}`;
    },
  };
}

/** A reporter that writes one line per finding and nothing before or after. */
function lineReporter(line: (r: FileResult, f: Finding) => string): Reporter {
  return {
    start: () => "",
    file: (r) => r.findings.map((f) => `${line(r, f)}\n`).join(""),
    end: () => "",
  };
}

/** "file:line:col: severity message [rule-id]" — one line per finding, for editors and grep. */
export function compactReporter(locale: Locale): Reporter {
  return lineReporter(
    (r, f) => `${r.filePath}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${localize(f.message, locale)} [${f.ruleId}]`,
  );
}

/** GitHub Actions workflow commands: annotations on the pull request's changed lines. */
export function githubReporter(locale: Locale): Reporter {
  const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const level = { error: "error", warning: "warning", info: "notice" } as const;
  return lineReporter((r, f) => {
    const { start, end } = f.range;
    const props = [
      `file=${prop(r.filePath)}`,
      `line=${start.line + 1}`,
      `col=${start.character + 1}`,
      `endLine=${end.line + 1}`,
      `endColumn=${end.character + 1}`,
      `title=${prop(f.ruleId)}`,
    ];
    return `::${level[f.severity]} ${props.join(",")}::${data(localize(f.message, locale))}`;
  });
}

const SARIF_LEVEL = { error: "error", warning: "warning", info: "note", off: "none" } as const;

function region(r: TextEdit["range"]) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

const pascalCase = (id: string) =>
  id
    .split("/")
    .map((p) => p.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()))
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("");

/**
 * SARIF 2.1.0: one run, the rule catalogue in tool.driver.rules (every rule, and the engine's
 * `internal` finding for a rule that failed), fixes as replacements. The catalogue is written
 * before the first result so that results can follow as the files are checked.
 */
export function sarifReporter(rules: readonly Rule[], locale: Locale, version: string): Reporter {
  const catalogue = [...rules.map((r) => r.id), INTERNAL_RULE_ID];
  const index = new Map(catalogue.map((id, k) => [id, k]));
  const driverRules = catalogue.map((id) => {
    const rule = rules.find((r) => r.id === id);
    return {
      id,
      name: pascalCase(id),
      shortDescription: { text: rule ? localize(rule.description, locale) : INTERNAL_DESCRIPTION[locale] },
      fullDescription: { text: rule ? `${localize(rule.description, locale)} (${rule.source})` : INTERNAL_DESCRIPTION[locale] },
      helpUri: pathToFileURL(docsPath(id)).href,
      defaultConfiguration: { level: rule ? SARIF_LEVEL[rule.severity] : "error" },
    };
  });
  const skeleton = JSON.stringify(
    {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "vbhc", version, informationUri: pathToFileURL(docsPath("").replace(/[\\/][^\\/]*$/, "")).href, rules: driverRules } },
          columnKind: "utf16CodeUnits",
          results: [],
        },
      ],
    },
    null,
    2,
  );
  const cut = skeleton.lastIndexOf('"results": []') + '"results": ['.length;
  let results = 0;
  return {
    start: () => skeleton.slice(0, cut),
    file: (r) =>
      r.findings
        .map((f) => {
          const artifactLocation = { uri: r.filePath.split("\\").join("/") };
          const ruleIndex = index.get(f.ruleId);
          const result = {
            ruleId: f.ruleId,
            ...(ruleIndex === undefined ? {} : { ruleIndex }),
            level: SARIF_LEVEL[f.severity],
            message: { text: localize(f.message, locale) },
            locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
            ...(f.fix
              ? {
                  fixes: [
                    {
                      description: { text: localize(f.message, locale) },
                      artifactChanges: [
                        { artifactLocation, replacements: f.fix.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) },
                      ],
                    },
                  ],
                }
              : {}),
          };
          return arrayElement(result, 4, results++ === 0);
        })
        .join(""),
    end: () => `${results === 0 ? "" : "\n      "}${skeleton.slice(cut)}\n`,
  };
}

const INTERNAL_DESCRIPTION = {
  vi: "Một quy tắc gặp lỗi nội bộ trên văn bản này (lỗi của vbhc, không phải của văn bản)",
  en: "A rule failed on this text (a fault in vbhc, not in the document)",
} as const;
