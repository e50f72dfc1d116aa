// Configuration files: .vbhcrc.json or .vbhcrc.yaml, discovered upward from each document,
// merged with their parents (the nearest wins), with `extends`, `overrides` by glob and
// `ignores`. Config is data: parsed as JSON or YAML and validated against the shipped schema,
// never executed. The CLI and the language server resolve config the same way.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ErrorObject } from "ajv";
import picomatch from "picomatch";
import { parse as parseYaml } from "yaml";
import schema from "../../../schemas/vbhcrc.schema.json";
import { DEFAULT_CONFIG, type AgencySettings, type ResolvedConfig } from "./rule.js";

export const CONFIG_NAMES = [".vbhcrc.json", ".vbhcrc.yaml", ".vbhcrc.yml"];

/** A config file that is wrong: names the file and the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`${file}: ${key ? `"${key}" ` : ""}${problem}`);
  }
}

type Settings = Partial<Pick<ResolvedConfig, "rules" | "standard" | "draft" | "locale" | "registry">> & {
  holidays?: Partial<ResolvedConfig["holidays"]>;
  deadline?: Partial<ResolvedConfig["deadline"]>;
  agency?: AgencySettings;
};

interface ConfigData extends Settings {
  root?: boolean;
  extends?: string | string[];
  ignores?: string[];
  overrides?: (Settings & { files: string | string[] })[];
}

interface LoadedConfig {
  file: string;
  dir: string;
  data: ConfigData;
  /** Files this one extends, loaded, base first. */
  bases: LoadedConfig[];
}

// Compiled on first use: most runs find no config file, and compiling costs start-up time.
let validator: ReturnType<Ajv["compile"]> | undefined;
const validate = (data: unknown) => {
  validator ??= new Ajv({ allErrors: false, strict: false }).compile(schema);
  return validator(data);
};

function describe(error: ErrorObject): { key: string; problem: string } {
  // JSON pointer segments ("/rules/header~1date-format") → a dotted key ("rules.header/date-format").
  const key = error.instancePath
    .split("/")
    .slice(1)
    .map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
  const join = (k: string, child: string) => (k ? `${k}.${child}` : child);
  if (error.propertyName !== undefined) return { key: join(key, error.propertyName), problem: "is not a rule id (family/name)" };
  switch (error.keyword) {
    case "additionalProperties":
      return { key: join(key, String(error.params.additionalProperty)), problem: "is not a known setting" };
    case "enum":
      return { key, problem: `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}` };
    default:
      return { key, problem: error.message ?? "is not valid" };
  }
}

/** Parses and validates one config file's text (JSON or YAML by extension). */
export function parseConfigText(file: string, text: string): ConfigData {
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, "", `cannot be parsed: ${(error as Error).message.split("\n")[0]}`);
  }
  if (data === null || data === undefined) data = {};
  if (!validate(data)) {
    const { key, problem } = describe(validator!.errors![0]!);
    throw new ConfigError(file, key, problem);
  }
  return data as ConfigData;
}

function loadFile(file: string, seen: readonly string[] = []): LoadedConfig {
  if (seen.includes(file)) throw new ConfigError(file, "extends", `makes a cycle: ${[...seen, file].join(" → ")}`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(file, "", `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const data = parseConfigText(file, text);
  const dir = path.dirname(file);
  const bases = (typeof data.extends === "string" ? [data.extends] : (data.extends ?? [])).map((e) => {
    const target = path.resolve(dir, e);
    if (!existsSync(target)) throw new ConfigError(file, "extends", `names a file that does not exist: ${e}`);
    return loadFile(target, [...seen, file]);
  });
  return { file, dir, data, bases };
}

function mergeSettings(into: ResolvedConfig, s: Settings, dir: string): void {
  if (s.rules) into.rules = { ...into.rules, ...s.rules };
  if (s.standard) into.standard = s.standard;
  if (s.draft !== undefined) into.draft = s.draft;
  if (s.locale) into.locale = s.locale;
  if (s.registry) into.registry = [...into.registry, ...s.registry.map((r) => path.resolve(dir, r))];
  if (s.holidays) {
    into.holidays = {
      daysOff: [...into.holidays.daysOff, ...(s.holidays.daysOff ?? [])],
      workingDays: [...into.holidays.workingDays, ...(s.holidays.workingDays ?? [])],
    };
  }
  if (s.deadline) into.deadline = { ...into.deadline, ...s.deadline };
  if (s.agency) into.agency = { ...into.agency, ...s.agency };
}

function matches(patterns: string | string[], dir: string, file: string): boolean {
  const rel = path.relative(dir, file).split(path.sep).join("/");
  if (rel.startsWith("../")) return false;
  return picomatch(patterns, { dot: true, matchBase: !String(patterns).includes("/") })(rel);
}

/** Applies a loaded config (its bases first, then itself, then its matching overrides). */
function apply(into: ResolvedConfig, c: LoadedConfig, file: string, ignored: { value: boolean }, sources: string[]): void {
  for (const b of c.bases) apply(into, b, file, ignored, sources);
  sources.push(c.file);
  mergeSettings(into, c.data, c.dir);
  if (c.data.ignores && c.data.ignores.length > 0 && matches(c.data.ignores, c.dir, file)) ignored.value = true;
  for (const o of c.data.overrides ?? []) if (matches(o.files, c.dir, file)) mergeSettings(into, o, c.dir);
}

export interface FileConfig {
  config: ResolvedConfig;
  /** The document matches an `ignores` pattern. */
  ignored: boolean;
  /** Config files that contributed, outermost first. */
  sources: string[];
}

export interface ResolverOptions {
  /** Use this file instead of discovery (CLI --config). */
  configFile?: string;
  /** Settings below every file (editor settings, CLI defaults). */
  base?: ResolvedConfig;
}

/** Resolves the config of each document; caches what it read per folder. */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig[]>();
  private readonly explicit: LoadedConfig | null;

  constructor(private readonly options: ResolverOptions = {}) {
    this.explicit = options.configFile ? loadFile(path.resolve(options.configFile)) : null;
  }

  /** Config files that apply to documents in `dir`, outermost first. */
  private chain(dir: string): LoadedConfig[] {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let own: LoadedConfig | null = null;
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) {
        own = loadFile(candidate);
        break;
      }
    }
    const parent = path.dirname(dir);
    const above = own?.data.root || parent === dir ? [] : this.chain(parent);
    const result = own ? [...above, own] : above;
    this.byDir.set(dir, result);
    return result;
  }

  /**
   * The configuration of one document, in layers: `base` (the editor's settings; else the
   * resolver's base; else the defaults), then the config files around the document (outermost
   * first), then `overrides` (the CLI's flags). The one place where configuration is merged: the
   * server and the CLI both resolve through it.
   */
  forFile(file: string, layers: { base?: ResolvedConfig; overrides?: Partial<ResolvedConfig> } = {}): FileConfig {
    const absolute = path.resolve(file);
    const base = layers.base ?? this.options.base ?? DEFAULT_CONFIG;
    const config: ResolvedConfig = {
      ...base,
      rules: { ...base.rules },
      holidays: { daysOff: [...base.holidays.daysOff], workingDays: [...base.holidays.workingDays] },
      deadline: { ...base.deadline },
      registry: [...base.registry],
    };
    const ignored = { value: false };
    const sources: string[] = [];
    for (const layer of this.explicit ? [this.explicit] : this.chain(path.dirname(absolute))) apply(config, layer, absolute, ignored, sources);
    const o = layers.overrides;
    const merged = o ? { ...config, ...o, rules: { ...config.rules, ...(o.rules ?? {}) } } : config;
    return { config: merged, ignored: ignored.value, sources };
  }
}
