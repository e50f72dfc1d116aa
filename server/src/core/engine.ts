// Runs rules over a parsed document. One rule failing never stops the others.
import type { VbhcDocument } from "./model.js";
import { documentKind } from "./kinds.js";
import { DEFAULT_KINDS, renderMessage, type Finding, type ResolvedConfig, type Rule } from "./rule.js";
import { suppressions } from "./suppress.js";

export const INTERNAL_RULE_ID = "internal";

export function effectiveSeverity(rule: Rule, config: ResolvedConfig) {
  return config.rules[rule.id] ?? rule.severity;
}

export function runRules(document: VbhcDocument, rules: readonly Rule[], config: ResolvedConfig): Finding[] {
  const findings: Finding[] = [];
  const kind = documentKind(document);
  for (const rule of rules) {
    const severity = effectiveSeverity(rule, config);
    if (severity === "off" || !(rule.kinds ?? DEFAULT_KINDS).includes(kind)) continue;
    try {
      rule.check({
        document,
        config,
        report(r) {
          // Rendered once, here: an unknown id or a missing placeholder throws inside the try
          // below and becomes an `internal` finding.
          const data = r.data && Object.keys(r.data).length > 0 ? r.data : undefined;
          findings.push({
            ruleId: rule.id,
            severity,
            message: renderMessage(rule, r.messageId, data),
            messageId: r.messageId,
            ...(data ? { data } : {}),
            range: r.range,
            ...(r.fix ? { fix: r.fix } : {}),
            ...(r.suggestions && r.suggestions.length > 0 ? { suggestions: r.suggestions } : {}),
          });
        },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      findings.push({
        ruleId: INTERNAL_RULE_ID,
        severity: "error",
        messageId: "internal",
        data: { ruleId: rule.id, reason },
        message: {
          vi: `Quy tắc ${rule.id} gặp lỗi nội bộ và đã bị bỏ qua: ${reason}`,
          en: `Rule ${rule.id} failed internally and was skipped: ${reason}`,
        },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
  }
  const silenced = suppressions(document);
  if (silenced.size > 0) {
    const kept = findings.filter((f) => {
      const ids = silenced.get(f.range.start.line);
      return !ids || (ids.size > 0 && !ids.has(f.ruleId));
    });
    findings.length = 0;
    findings.push(...kept);
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
  return findings;
}
