// Each open document's configuration, resolved once and cached until something changes: the
// editor's "vbhc" settings as the lowest layer, then the .vbhcrc.* files around the document —
// through the same ConfigResolver.forFile the CLI uses (the CLI puts its flags on top instead).
import { fileURLToPath } from "node:url";
import picomatch from "picomatch";
import { ConfigError, ConfigResolver } from "../core/config.js";
import { looksLikeVbhc } from "../core/detect.js";
import type { ResolvedConfig } from "../core/index.js";
import type { WorkspaceIndex } from "../core/registry/index.js";
import { settingsToConfig, type VbhcSettings } from "./configuration.js";

export interface ConfigSourceOptions {
  /** The editor's "vbhc" settings for a document (null when the editor cannot say). */
  settings(uri: string): Promise<VbhcSettings | null>;
  /** The editor's display language ("auto" follows it). */
  clientLocale(): string | undefined;
  /**
   * Loads the registry files a configuration names into the index; returns the problems.
   * `trusted`: those the user's own settings name (they may lie outside the workspace; those a
   * config file inside the workspace names may not).
   */
  registries(trusted: readonly string[], all: readonly string[]): string[];
  index: WorkspaceIndex;
  /** A problem the user must see (an invalid config file, an unreadable registry): said once each. */
  onProblem(message: string, level: "error" | "warning"): void;
}

/** An open document as the editor names its language. */
export interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  getText(): string;
}

export interface ConfigSource {
  configFor(uri: string): Promise<ResolvedConfig>;
  /**
   * Is this open document a văn bản hành chính vbhc should check? The vbhc language always; a plain
   * text or Markdown file when it matches the vbhc.files globs (on its absolute path, as VS Code's
   * document filters match) or carries the national title near its top; nothing else.
   */
  isChecked(doc: OpenDocument): Promise<boolean>;
  /** Settings changed: every document's configuration is resolved again. */
  settingsChanged(): void;
  /** A config file changed: the files are read again. */
  filesChanged(): void;
  forget(uri: string): void;
}

export function createConfigSource(options: ConfigSourceOptions): ConfigSource {
  const configs = new Map<string, Promise<ResolvedConfig>>();
  const settingsOf = new Map<string, Promise<VbhcSettings | null>>();
  const settingsFor = (uri: string) => {
    let s = settingsOf.get(uri);
    if (!s) {
      s = options.settings(uri).catch(() => null);
      settingsOf.set(uri, s);
    }
    return s;
  };
  const said = new Set<string>();
  let resolver = new ConfigResolver();
  const say = (message: string, level: "error" | "warning") => {
    if (said.has(message)) return;
    said.add(message);
    options.onProblem(message, level);
  };

  const withFiles = (uri: string, settings: ResolvedConfig): ResolvedConfig => {
    if (!uri.startsWith("file:")) return settings;
    try {
      return resolver.forFile(fileURLToPath(uri), { base: settings }).config;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      say(`vbhc: invalid config: ${error.message}`, "error");
      return settings;
    }
  };

  return {
    configFor(uri) {
      let c = configs.get(uri);
      if (!c) {
        c = settingsFor(uri).then((s) => {
          const settings = settingsToConfig(s, options.clientLocale());
          const config = withFiles(uri, settings);
          for (const p of options.registries(settings.registry, config.registry)) say(`vbhc: registry ${p}`, "warning");
          return { ...config, index: options.index };
        });
        configs.set(uri, c);
      }
      return c;
    },
    async isChecked(doc) {
      if (doc.languageId === "vbhc") return true;
      if (doc.languageId !== "plaintext" && doc.languageId !== "markdown") return false;
      const files = (await settingsFor(doc.uri))?.files;
      const globs = Array.isArray(files) ? files.filter((g): g is string => typeof g === "string" && g.length > 0) : [];
      if (globs.length > 0 && doc.uri.startsWith("file:") && picomatch(globs, { dot: true })(fileURLToPath(doc.uri))) return true;
      return looksLikeVbhc(doc.getText());
    },
    settingsChanged() {
      configs.clear();
      settingsOf.clear();
    },
    filesChanged() {
      resolver = new ConfigResolver();
      said.clear();
      configs.clear();
    },
    forget(uri) {
      configs.delete(uri);
      settingsOf.delete(uri);
    },
  };
}
