// Code actions: each fix, each suggestion (an edit the user may choose, never in fix-all), "fix
// all of this rule", "fix all" (source.fixAll.vbhc, so editor.codeActionsOnSave works) and
// "open the rule's docs".
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit as LspTextEdit } from "vscode-languageserver-types";
import { fixAll, localize, type Finding, type Locale, type ResolvedConfig, type Rule, type VbhcDocument } from "../core/index.js";
import { rangesOverlap } from "../core/positions.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vbhc`;
export const OPEN_DOCS_COMMAND = "vbhc.openRuleDocs";

export interface CodeActionInput {
  uri: string;
  document: VbhcDocument;
  findings: readonly Finding[];
  range: Range;
  only?: readonly string[];
  rules: readonly Rule[];
  config: ResolvedConfig;
  toDiagnostic(f: Finding): Diagnostic;
}

const T = {
  fix: { vi: "Sửa", en: "Fix" },
  fixRule: { vi: "Sửa tất cả lỗi {0} trong văn bản", en: "Fix all {0} problems in the document" },
  fixAll: { vi: "Sửa tất cả lỗi có thể sửa tự động (vbhc)", en: "Fix all auto-fixable problems (vbhc)" },
  docs: { vi: "Xem giải thích quy tắc {0}", en: "Show the documentation of {0}" },
} as const;

function wholeDocumentEdit(document: VbhcDocument, newText: string): LspTextEdit {
  const last = document.lineStarts.length - 1;
  return { range: { start: { line: 0, character: 0 }, end: { line: last, character: document.lineLengths[last]! } }, newText };
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { uri, document, findings, range, only, config } = input;
  const locale: Locale = config.locale;
  const out: CodeAction[] = [];
  const here = findings.filter((f) => rangesOverlap(f.range, range));
  if (wants(only, CodeActionKind.QuickFix)) {
    const byRule = new Map<string, number>();
    for (const f of findings) if (f.fix) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const offered = new Set<string>();
    for (const f of here) {
      if (f.fix) {
        out.push({
          title: `${localize(T.fix, locale)}: ${localize(f.message, locale)}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [input.toDiagnostic(f)],
          isPreferred: true,
          edit: { changes: { [uri]: f.fix } },
        });
        if ((byRule.get(f.ruleId) ?? 0) > 1 && !offered.has(f.ruleId)) {
          offered.add(f.ruleId);
          const rule = input.rules.filter((r) => r.id === f.ruleId);
          const fixed = fixAll(document.text, rule, config).text;
          out.push({
            title: localize(T.fixRule, locale).replace("{0}", f.ruleId),
            kind: CodeActionKind.QuickFix,
            edit: { changes: { [uri]: [wholeDocumentEdit(document, fixed)] } },
          });
        }
      }
    }
    // Suggestions: edits the user may choose (never part of fix-all).
    for (const f of here) {
      for (const s of f.suggestions ?? []) {
        out.push({
          title: localize(s.title, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [input.toDiagnostic(f)],
          edit: { changes: { [uri]: s.edits } },
        });
      }
    }
    const docs = new Set(here.map((f) => f.ruleId));
    for (const id of docs) {
      out.push({
        title: localize(T.docs, locale).replace("{0}", id),
        kind: CodeActionKind.QuickFix,
        command: { title: id, command: OPEN_DOCS_COMMAND, arguments: [id] },
      });
    }
  }
  if (only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`) || o === CodeActionKind.Source)) {
    if (findings.some((f) => f.fix)) {
      const fixed = fixAll(document.text, input.rules, config).text;
      if (fixed !== document.text) {
        out.push({ title: localize(T.fixAll, locale), kind: FIX_ALL_KIND, edit: { changes: { [uri]: [wholeDocumentEdit(document, fixed)] } } });
      }
    }
  }
  return out;
}
