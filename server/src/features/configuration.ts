// Editor settings (the "vbhc" section) → the core's config. Settings are data, never code.
import { DEFAULT_CONFIG, type FormatStandard, type Locale, type ResolvedConfig, type Severity } from "../core/index.js";

export interface VbhcSettings {
  rules?: Record<string, unknown>;
  registry?: unknown;
  standard?: unknown;
  locale?: unknown;
  draft?: unknown;
  /** Globs of plain text and Markdown files to check even without the national title. */
  files?: unknown;
}

const SEVERITIES = new Set(["off", "info", "warning", "error"]);
const STANDARDS = new Set(["auto", "nd30", "tt01"]);

/** `clientLocale` is VS Code's display language (initialize params); "auto" follows it. */
export function settingsToConfig(settings: VbhcSettings | null | undefined, clientLocale: string | undefined): ResolvedConfig {
  const s = settings ?? {};
  const rules: Record<string, Severity> = {};
  if (s.rules && typeof s.rules === "object") {
    for (const [id, sev] of Object.entries(s.rules)) if (typeof sev === "string" && SEVERITIES.has(sev)) rules[id] = sev as Severity;
  }
  const auto: Locale = clientLocale?.toLowerCase().startsWith("en") ? "en" : "vi";
  const locale: Locale = s.locale === "vi" || s.locale === "en" ? s.locale : auto;
  const standard = typeof s.standard === "string" && STANDARDS.has(s.standard) ? (s.standard as FormatStandard) : DEFAULT_CONFIG.standard;
  const registry = Array.isArray(s.registry) ? s.registry.filter((r): r is string => typeof r === "string") : [];
  return { ...DEFAULT_CONFIG, rules, locale, standard, draft: s.draft === true, registry };
}
