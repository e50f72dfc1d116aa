// Findings as LSP diagnostics: severity, rule id with a link to its docs page, localized text.
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver-types";
import { localize, type Finding, type Locale } from "../core/index.js";

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

export interface DiagnosticOptions {
  locale: Locale;
  /** Turns a rule id into the URI of its docs page (a file inside the extension). */
  docsUri(ruleId: string): string | undefined;
}

export function toDiagnostic(f: Finding, options: DiagnosticOptions): Diagnostic {
  const href = options.docsUri(f.ruleId);
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: "vbhc",
    code: f.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: localize(f.message, options.locale),
  };
}
