// Regenerates the built-in registry (server/src/core/registry/builtin.json) from public sources:
// the hand-checked central documents (curated.json) first, then what `vbhc registry build` reads
// from the public repositories listed below (each document's own entry and the relations its text
// states; documents cited alike by two or more of them). Every entry and relation names the public
// page it was read from (a GitHub blob at a fixed commit). Needs the sources on disk:
//
//   node --import tsx scripts/grow-registry.ts <dir-with-the-sources>
//
// where <dir> holds one folder per source, named as in SOURCES below, each extracted from the
// repository at the commit given (git archive or `fetch` of the public snapshot). docs/registry.md
// says how the figures came out.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildRegistry, mergeRegistries, registryJson, type BuildInput } from "../server/src/core/citator/build.js";
import { parse } from "../server/src/core/parser/index.js";
import { parseRegistryJson } from "../server/src/core/registry/load.js";

interface Source {
  folder: string;
  /** URL prefix of a file: + its path inside the folder. */
  url: string;
  /** Which files to read. */
  match: RegExp;
  /** Read the pages' entries but not their relations (a bot's pages: facts of record, not its retelling). */
  entriesOnly?: boolean;
  note?: string;
}

const SOURCES: Source[] = [
  {
    folder: "underthesea",
    url: "https://github.com/undertheseanlp/underthesea/blob/e0be4fc051a7af9f2c067bedfd8c761ed4b2c27b/",
    match: /CP_Vietnamese-VLC\/output\/processed\/.*\.txt$/,
  },
  { folder: "congbot", url: "https://github.com/TuanHuu168/CongBot/blob/df78058b7bee07c9c9ea80500a7846ff8b671448/", match: /\.md$/ },
  { folder: "skillsct", url: "https://github.com/Trangsct/skill-sct/blob/3821ed3bb6381b6340da81feaa135a329b025137/", match: /\.(md|txt)$/ },
  {
    folder: "diepxuan",
    url: "https://github.com/diepxuan/diepxuan.github.io/blob/fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048/",
    match: /^van-ban\/.*\.md$/,
    entriesOnly: true,
    note: "Đọc từ trang của một trang tổng hợp văn bản do bot soạn (diepxuan.github.io); nên đối chiếu với bản gốc.",
  },
];

function walk(dir: string, out: string[], base = dir): void {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out, base);
    else out.push(path.relative(base, full).replace(/\\/g, "/"));
  }
}

function readUtf8(file: string): string | null {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const root = process.argv[2];
if (!root) {
  console.error("usage: node --import tsx scripts/grow-registry.ts <dir-with-the-sources>");
  process.exit(2);
}

const here = path.dirname(new URL(import.meta.url).pathname);
const registryDir = path.join(here, "../server/src/core/registry");
const curated = parseRegistryJson(readFileSync(path.join(registryDir, "curated.json"), "utf8"));
if (curated.problems.length > 0) throw new Error(`curated.json: ${JSON.stringify(curated.problems)}`);

const parts: { name: string; registry: { entries: typeof curated.entries; relations: typeof curated.relations } }[] = [
  { name: "curated.json", registry: curated },
];
const inputs: BuildInput[] = [];
const entriesOnly = new Set<string>();
for (const source of SOURCES) {
  const dir = path.join(root, source.folder);
  const files: string[] = [];
  walk(dir, files);
  for (const rel of files.filter((f) => source.match.test(f))) {
    const text = readUtf8(path.join(dir, rel));
    if (text === null) continue;
    const url = source.url + rel;
    if (source.entriesOnly) entriesOnly.add(url);
    inputs.push({ file: url, document: parse(text), source: url });
  }
}
// One pass over every source: a document cited alike by two of them is listed.
const built = buildRegistry(inputs, { citedBy: 2 });
const noteOf = new Map(SOURCES.filter((s) => s.note).map((s) => [s.url, s.note!]));
const entries = built.documents.map((e) => {
  const prefix = [...noteOf.keys()].find((u) => e.source?.startsWith(u));
  return prefix && !e.note ? { ...e, note: noteOf.get(prefix)! } : e;
});
const relations = built.relations.filter((r) => !entriesOnly.has(r.source?.file ?? ""));
parts.push({ name: "sources", registry: { entries, relations } });
const merged = mergeRegistries(parts);
for (const p of [...built.problems, ...merged.problems]) if (p.message.startsWith("conflict")) console.error(`${p.file}: ${p.message}`);
const description =
  "Built-in registry: the hand-checked central documents (curated.json), then the documents read from public repositories by scripts/grow-registry.ts (each entry's and relation's source is the page it was read from, at a fixed commit). Statuses are not stored: they are derived at a date from the relations.";
writeFileSync(
  path.join(registryDir, "builtin.json"),
  registryJson({ documents: merged.documents, relations: merged.relations }, description).replace(
    '"https://github.com/vbhc/vbhc/schemas/registry.schema.json"',
    '"../../../../schemas/registry.schema.json"',
  ),
);
console.log(
  `builtin.json: ${merged.documents.length} documents, ${merged.relations.length} relations (${merged.relations.filter((r) => r.parts.length > 0).length} on parts, ${merged.relations.filter((r) => r.reported).length} reported)`,
);
