// `vbhc registry build` reads documents into a registry (each one's entry and the relations its
// text states); `vbhc registry show` tells a document's status at a date and its chain of
// replacements and amendments, from the registries (config, --registry, built-in).
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildRegistry, mergeRegistries, registryCsv, registryJson, type BuildInput, type BuiltRegistry } from "../core/citator/build.js";
import { parse } from "../core/parser/index.js";
import { createWorkspaceIndex, parseNumber, type IndexedEntry } from "../core/registry/index.js";
import { isoOf, readTeamRegistry } from "../core/registry/load.js";
import { DONE_BY, entryName, refName, replacements, shortDate, STATUS_NAMES } from "../core/citation-text.js";
import { bareLawName } from "../core/citator/status.js";
import { toIso } from "../core/calendar/civil.js";
import { todayInVietnam } from "../core/dates.js";
import { ConfigError, ConfigResolver } from "../core/config.js";
import type { AppliedRelation, DocRef } from "../core/citator/types.js";
import { writeAtomically } from "./check-file.js";
import { DEFAULT_EXTENSIONS, describeIoError, expandPaths, readTextFile } from "./files.js";
import { UsageError, type Io } from "./io.js";

export const REGISTRY_USAGE = `Usage:
  vbhc registry build [options] <files|directories|globs…>
      read each document's entry (type, number, date, issuer, title, effective date) and the
      relations its text states (replaces, repeals, amends — whole or in part)
  vbhc registry show [options] <number|law name>
      the document's entry, its status at a date, and its chain of replacements and amendments

Options for build:
  -o, --output FILE     write the registry to FILE (.json, or .csv); default: JSON on stdout
  --merge FILE          also merge this registry (JSON or CSV; repeatable), after the documents;
                        a conflict (one number, two dates) is reported and the first kept
  --ext EXT             also read files ending in EXT in directories (default: .vbhc, .vbhc.txt,
                        .vbhc.md, .docx); repeatable
  --source-prefix URL   record each document's source as URL + its path (a public page);
                        DIR=URL: for the files under DIR, URL + their path inside DIR (repeatable)
  --cited N             also list documents the files cite in full (number with its year,
                        date, issuer) when N or more files cite them alike and none otherwise

Options for show:
  --at DATE             the date to judge at (YYYY-MM-DD or DD/MM/YYYY; default: today)
  --registry FILE       a registry to use besides the config's (repeatable)
  --config FILE         the config file whose "registry" to use (default: .vbhcrc.* from here)
  --no-builtin          leave out the built-in registry
  --format text|json    output format (default: text)

Exit codes: 0 done, 1 show: no registry knows the document, 2 usage, I/O or registry error.
`;

export async function runRegistry(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "build") return runBuild(rest, io);
  if (sub === "show") return runShow(rest, io);
  if (sub === "--help" || sub === "-h" || sub === undefined) {
    io.stdout(REGISTRY_USAGE);
    return sub === undefined ? 2 : 0;
  }
  throw new UsageError(`registry: unknown subcommand "${sub}" (build or show)`);
}

function runBuild(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      merge: { type: "string", multiple: true, default: [] },
      ext: { type: "string", multiple: true, default: [] },
      "source-prefix": { type: "string", multiple: true, default: [] },
      cited: { type: "string" },
    },
  });
  if (positionals.length === 0 && values.merge.length === 0) throw new UsageError("registry build: give the documents to read (files, directories or globs)");
  const output = values.output;
  if (output && !/\.(json|csv)$/i.test(output)) throw new UsageError(`registry build: -o expects a .json or .csv file, got "${output}"`);
  const extensions = [...DEFAULT_EXTENSIONS, ...values.ext.map((e) => (e.startsWith(".") ? e : `.${e}`))];
  const { files, problems } = expandPaths(positionals, extensions);
  let failed = problems.length > 0;
  for (const p of problems) io.stderr(`vbhc: ${p.path}: ${p.message}\n`);
  // "URL" (every file: URL + its path) or "DIR=URL" (files under DIR: URL + their path inside DIR).
  const prefixes = values["source-prefix"].map((p) => {
    const eq = p.indexOf("=");
    const dir = eq > 0 && !/^[a-z]+:\/\//i.test(p.slice(0, eq)) ? p.slice(0, eq).replace(/\\/g, "/").replace(/\/?$/, "/") : "";
    return { dir, url: dir ? p.slice(eq + 1) : p };
  });
  const sourceOf = (file: string): string | undefined => {
    const f = file.replace(/\\/g, "/");
    const p = prefixes.find((x) => (x.dir ? f.startsWith(x.dir) : true));
    return p ? p.url + f.slice(p.dir.length) : undefined;
  };
  function* inputs(): Generator<BuildInput> {
    for (const file of files) {
      const read = readTextFile(file);
      if ("problem" in read) {
        io.stderr(`vbhc: ${file}: ${read.problem}\n`);
        failed = true;
        continue;
      }
      const source = sourceOf(file);
      yield { file, document: parse(read.text), ...(source ? { source } : {}) };
    }
  }
  const citedBy = values.cited === undefined ? 0 : Number(values.cited);
  if (values.cited !== undefined && (!Number.isInteger(citedBy) || citedBy < 1))
    throw new UsageError(`--cited expects a number of documents (1 or more), got "${values.cited}"`);
  const built = buildRegistry(inputs(), { citedBy });
  let result: BuiltRegistry = built;
  if (values.merge.length > 0) {
    const others = values.merge.map((file) => {
      const read = readTeamRegistry(file, (f) => readFileSync(f, "utf8"));
      for (const p of read.problems) {
        io.stderr(`vbhc: ${p.file}${p.row ? `, row ${p.row}` : ""}: ${p.message}\n`);
        failed = true;
      }
      return { name: file, registry: read };
    });
    const merged = mergeRegistries([{ name: "documents", registry: { entries: built.documents, relations: built.relations } }, ...others]);
    result = { ...merged, problems: [...built.problems, ...merged.problems] };
  }
  for (const p of result.problems) io.stderr(`vbhc: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}\n`);
  let text: string;
  if (output && /\.csv$/i.test(output)) {
    const csv = registryCsv(result);
    text = csv.text;
    if (csv.dropped.length > 0)
      io.stderr(`vbhc: ${output}: ${csv.dropped.length} relation(s) between documents without a row of their own are left out of the CSV (JSON keeps them)\n`);
  } else text = registryJson(result);
  if (output) {
    try {
      writeAtomically(output, text);
    } catch (error) {
      io.stderr(`vbhc: ${output}: ${describeIoError(error)}\n`);
      return 2;
    }
    const partial = result.relations.filter((r) => r.parts.length > 0).length;
    io.stderr(`vbhc: ${output}: ${result.documents.length} documents, ${result.relations.length} relations (${partial} on parts) from ${files.length} files\n`);
  } else io.stdout(text);
  return failed ? 2 : 0;
}

function runShow(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      at: { type: "string" },
      registry: { type: "string", multiple: true, default: [] },
      config: { type: "string" },
      "no-builtin": { type: "boolean", default: false },
      format: { type: "string", default: "text" },
    },
  });
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format expects text or json, got "${values.format}"`);
  if (positionals.length === 0) throw new UsageError("registry show: give a number (30/2020/NĐ-CP) or a law's name");
  const query = positionals.join(" ").normalize("NFC").trim();
  const at = values.at ? isoOf(values.at) : toIso(todayInVietnam());
  if (!at) throw new UsageError(`--at expects a date (YYYY-MM-DD or DD/MM/YYYY), got "${values.at}"`);
  let configured: string[] = [];
  try {
    const resolver = new ConfigResolver(values.config ? { configFile: values.config } : {});
    configured = resolver.forFile("registry-show.vbhc").config.registry;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`vbhc: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const files = [...values.registry, ...configured.filter((f) => existsSync(f) || !values.registry.includes(f))];
  const team = files.map((file) => readTeamRegistry(file, (f) => readFileSync(f, "utf8")));
  let bad = false;
  for (const t of team)
    for (const p of t.problems) {
      io.stderr(`vbhc: ${p.file}${p.row ? `, row ${p.row}` : ""}: ${p.message}\n`);
      bad = true;
    }
  const index = createWorkspaceIndex({ team: team.flatMap((t) => t.entries), teamRelations: team.flatMap((t) => t.relations), builtin: !values["no-builtin"] });
  const number = parseNumber(query.replace(/^(?:số\s+)/iu, ""));
  const lawName = bareLawName(query);
  const entries: IndexedEntry[] = number
    ? index.byNumber(query)
    : index
        .entries()
        .filter((e) => !e.number || /^(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp)$/.test(e.type))
        .filter((e) => (e.name ?? e.title).toLowerCase().includes(lawName.toLowerCase()));
  const ref: DocRef | null = number ? { type: "", number: query.replace(/\s+/g, "") } : null;
  const target = entries[0] ?? ref;
  if (!target) {
    io.stderr(`vbhc: no registry knows "${query}"\n`);
    return 1;
  }
  const status = index.statusAt(target, at);
  if (!entries[0] && status.status === "unknown") {
    io.stderr(`vbhc: no registry knows "${query}"\n`);
    return 1;
  }
  const chain = replacements(index, target);
  if (values.format === "json") {
    io.stdout(
      `${JSON.stringify({ entry: entries[0] ?? null, others: entries.slice(1), at, status: status.status, ended: status.ended ?? null, repealed: status.repealed, amended: status.amended, pending: status.pending, replacedBy: chain.next ?? null, current: chain.current ?? null }, null, 2)}\n`,
    );
    return bad ? 2 : 0;
  }
  const lines: string[] = [];
  lines.push(entries[0] ? entryName(entries[0]) : (ref?.number ?? query));
  if (entries[0]?.effective) lines.push(`  hiệu lực từ ${shortDate(entries[0].effective)}`);
  if (entries[0]) lines.push(`  nguồn: ${entries[0].source ?? entries[0].file ?? entries[0].origin}`);
  lines.push(`Tình trạng ngày ${shortDate(at)}: ${STATUS_NAMES[status.status].vi.toLowerCase()}`);
  const line = (a: AppliedRelation, future = false) => {
    const r = a.relation;
    const when = a.date ? `${shortDate(a.date)}${a.dateIsIssue ? " (ngày ký; chưa rõ ngày có hiệu lực)" : ""}` : "chưa rõ ngày";
    const parts = r.parts.length > 0 ? `${r.parts.join(", ")}: ` : "";
    const from = r.source?.file ? `  [${r.source.file}${r.source.line ? `:${r.source.line}` : ""}]` : "";
    return `  ${future ? "sẽ " : ""}${when} — ${parts}${DONE_BY[r.kind].vi} ${r.by ? refName(index, r.by, false) : "(không rõ văn bản)"}${from}`;
  };
  const past = [...(status.ended ? [status.ended] : []), ...status.repealed, ...status.amended].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  if (past.length > 0) lines.push("Lịch sử:", ...past.map((a) => line(a)));
  if (status.pending.length > 0) lines.push(`Sau ngày ${shortDate(at)}:`, ...status.pending.map((a) => line(a, true)));
  if (chain.next) lines.push(`Thay thế bởi: ${refName(index, chain.next)}`);
  if (chain.current) lines.push(`Văn bản hiện hành: ${refName(index, chain.current)}`);
  if (entries.length > 1)
    lines.push(
      `Cùng số, văn bản khác: ${entries
        .slice(1)
        .map((e) => entryName(e, false))
        .join("; ")}`,
    );
  io.stdout(`${lines.join("\n")}\n`);
  return bad ? 2 : 0;
}
