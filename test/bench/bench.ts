// The benchmarks of `npm run bench` (bundled by test/bench/run.mjs and run with node):
// throughput on one core with every rule on, peers on the same bytes, edit → diagnostics over the
// real protocol, CLI cold start, 10,000 documents on every core, server memory, and how time grows
// with document and corpus size. Median and spread of several runs; results in bench/.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";
import { check, DEFAULT_CONFIG, parse } from "../../server/src/core/index.js";
import { findCitations } from "../../server/src/core/citations.js";
import { extractDocument } from "../../server/src/core/citator/extract.js";
import { exportDocx } from "../../server/src/features/docx.js";
import { allRules } from "../../server/src/rules/index.js";
import { breakdown } from "./breakdown.js";
import { corpusSizes, generateDocument, wordBank } from "./corpus.js";

const ROOT = process.env.VBHC_ROOT!;
const FIXTURES = path.join(ROOT, "test", "fixtures");
const OUT = path.join(ROOT, "bench");
const WORK = path.join(tmpdir(), "vbhc-bench");
const quick = process.env.VBHC_BENCH_QUICK === "1";
const words = wordBank(FIXTURES);

interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]!, runs: s.length };
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const log = (...a: unknown[]) => console.error("[bench]", ...a);
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

function writeCorpus(dir: string, docs: string[], ext: string): { files: string[]; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const files = docs.map((d, k) => {
    const f = path.join(dir, `doc-${String(k).padStart(5, "0")}${ext}`);
    writeFileSync(f, d);
    bytes += Buffer.byteLength(d);
    return f;
  });
  return { files, bytes };
}

function seeds(): string[] {
  return ["000_ae7ad5a171d3ceed", "002_bde8ca152358eecf", "003_f2b59ffc97c34792", "004_5578de96a9f99e7c"].map((s) =>
    readFileSync(path.join(FIXTURES, "seeds", `${s}.txt`), "utf8"),
  );
}

/**
 * The real corpus (test/corpus/real: public State documents as they arrive, hard-wrapped, with
 * tables and crawler noise), replicated until it weighs at least `megabytes`.
 */
function realDocuments(megabytes: number): { docs: string[]; once: number } {
  const dir = path.join(ROOT, "test", "corpus", "real", "docs");
  const once = readdirSync(dir)
    .sort()
    .flatMap((source) =>
      readdirSync(path.join(dir, source))
        .sort()
        .map((f) => readFileSync(path.join(dir, source, f), "utf8")),
    );
  const bytes = once.reduce((s, d) => s + Buffer.byteLength(d), 0);
  const copies = Math.max(1, Math.ceil((megabytes * 1e6) / bytes));
  return { docs: Array.from({ length: copies }, () => once).flat(), once: once.length };
}

/**
 * The vbhc CLI on a folder: wall time → MB/s, and the process's peak RSS (worker threads
 * included), read by a preloaded hook as the process exits.
 */
function cliRun(dir: string, bytes: number, args: string[], times = quick ? 1 : 3): { mbps: Stat; peakRssMb: number } {
  const hook = path.join(WORK, "peak-rss.cjs");
  writeFileSync(hook, 'process.on("exit", () => require("fs").writeSync(2, "\\nvbhc-peak-rss " + process.resourceUsage().maxRSS + "\\n"));\n');
  const runs: number[] = [];
  let peak = 0;
  for (let k = 0; k < times; k++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ["--require", hook, path.join(ROOT, "dist", "cli.js"), "check", ...args, "."], {
      cwd: dir,
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    runs.push(bytes / 1e6 / ((performance.now() - t) / 1000));
    const m = /vbhc-peak-rss (\d+)/.exec(r.stderr);
    if (!m) throw new Error(`the vbhc CLI failed in ${dir}: ${r.stderr.slice(0, 500)}`);
    peak = Math.max(peak, Number(m[1]) / 1024);
  }
  return { mbps: stat(runs), peakRssMb: peak };
}

/** 1. Lint throughput on one core, all rules on, reading the files from disk. */
function throughput(files: string[], bytes: number): Stat {
  const runs: number[] = [];
  for (let k = 0; k < (quick ? 3 : 7); k++) {
    const ms = time(() => {
      for (const f of files) check(readFileSync(f, "utf8"), allRules, DEFAULT_CONFIG);
    });
    runs.push(bytes / 1e6 / (ms / 1000));
  }
  return stat(runs.slice(1)); // the first run warms the JIT
}

/** 2. A peer linter's CLI over the same bytes (as .md), wall time → MB/s. */
function peer(command: string, args: string[], cwd: string, bytes: number, times = quick ? 1 : 3): Stat {
  const runs: number[] = [];
  for (let k = 0; k < times; k++) {
    const t = performance.now();
    spawnSync(command, args, { cwd, stdio: "ignore", maxBuffer: 1 << 30 });
    runs.push(bytes / 1e6 / ((performance.now() - t) / 1000));
  }
  return stat(runs);
}

/** 3. Edit → diagnostics over the real protocol on a ~300 KB document: one edit at a time. */
async function editLatency(text: string, edits: number): Promise<{ p50: number; p95: number; max: number; edits: number; bytes: number; rssMb: number }> {
  const server = spawn(process.execPath, [path.join(ROOT, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const waiting = new Map<number, (t: number) => void>();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => waiting.get(p.version!)?.(performance.now()));
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  await conn.sendNotification(InitializedNotification.type, {});
  const uri = "file:///bench/large.vbhc";
  const published = (v: number) => new Promise<number>((resolve) => waiting.set(v, resolve));
  const first = published(1);
  await conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "vbhc", version: 1, text } });
  await first;
  const lines = text.split("\n");
  const latencies: number[] = [];
  for (let v = 2; v < edits + 2; v++) {
    // Type one character at the end of a body line somewhere in the document.
    const line = 40 + ((v * 7919) % (lines.length - 60));
    const done = published(v);
    const sent = performance.now();
    await conn.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line, character: lines[line]!.length }, end: { line, character: lines[line]!.length } }, text: v % 2 ? "a" : " " }],
    });
    lines[line] += v % 2 ? "a" : " ";
    latencies.push((await done) - sent);
  }
  const rssMb = readRss(server.pid!);
  conn.dispose();
  server.kill();
  const warm = latencies.slice(5);
  return { p50: percentile(warm, 50), p95: percentile(warm, 95), max: Math.max(...warm), edits: warm.length, bytes: Buffer.byteLength(text), rssMb };
}

function readRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** 6. Server memory with a 2,000-document workspace indexed (the background scan), one document open. */
async function serverMemory(docs: string[]): Promise<{ rssMb: number; scanMs: number }> {
  const folder = path.join(WORK, "workspace");
  writeCorpus(folder, docs, ".vbhc.txt");
  const server = spawn(process.execPath, [path.join(ROOT, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  let ended: () => void = () => {};
  const indexed = new Promise<void>((r) => (ended = r));
  conn.onRequest("window/workDoneProgress/create", () => null);
  conn.onNotification("$/progress", (p: { value: { kind: string } }) => {
    if (p.value.kind === "end") ended();
  });
  conn.listen();
  const rootUri = pathToFileURL(folder).href;
  const started = performance.now();
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    capabilities: { window: { workDoneProgress: true } },
    workspaceFolders: [{ uri: rootUri, name: "bench" }],
  });
  await conn.sendNotification(InitializedNotification.type, {});
  await indexed;
  const scanMs = performance.now() - started;
  const published = new Promise<void>((r) => conn.onNotification(PublishDiagnosticsNotification.type, () => r()));
  await conn.sendNotification("textDocument/didOpen", {
    textDocument: { uri: `${rootUri}/doc-00000.vbhc.txt`, languageId: "vbhc", version: 1, text: docs[0] },
  });
  await published;
  await new Promise((r) => setTimeout(r, 500));
  const rss = readRss(server.pid!);
  conn.dispose();
  server.kill();
  return { rssMb: rss, scanMs };
}

/** 4. CLI cold start on one file (bin/vbhc.js, as users run it), and `node -e ""` as the floor. */
function coldStart(file: string): { cli: Stat; node: Stat } {
  const cli: number[] = [];
  const node: number[] = [];
  for (let k = 0; k < (quick ? 3 : 10); k++) {
    cli.push(time(() => spawnSync(process.execPath, [path.join(ROOT, "bin", "vbhc.js"), "check", file], { stdio: "ignore" })));
    node.push(time(() => spawnSync(process.execPath, ["-e", ""], { stdio: "ignore" })));
  }
  return { cli: stat(cli), node: stat(node) };
}

/** 7. Time per MB for one document of growing size: linear means a flat line. */
function sizeScaling(): { size: number; msPerMb: number }[] {
  const out: { size: number; msPerMb: number }[] = [];
  for (const size of [2_000, 8_000, 32_000, 128_000, 512_000, 3_000_000]) {
    const doc = generateDocument(424242, words, { size });
    const bytes = Buffer.byteLength(doc);
    const reps = Math.max(3, Math.round(2_000_000 / bytes));
    const runs: number[] = [];
    for (let k = 0; k < 5; k++)
      runs.push(
        time(() => {
          for (let i = 0; i < reps; i++) check(doc, allRules, DEFAULT_CONFIG);
        }) / reps,
      );
    out.push({ size: bytes, msPerMb: stat(runs).median / (bytes / 1e6) });
  }
  return out;
}

async function main(): Promise<void> {
  const started = performance.now();
  mkdirSync(OUT, { recursive: true });
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cores: cpus().length, cpu: cpus()[0]?.model };

  // The corpus: generated documents of every type and size, plus the seeds.
  const count = quick ? 60 : 160;
  const sizes = corpusSizes(count, 7);
  const docs = [...sizes.map((size, k) => generateDocument(1000 + k, words, { size })), ...seeds()];
  const corpus = writeCorpus(path.join(WORK, "corpus"), docs, ".vbhc.txt");
  log(`corpus: ${docs.length} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB`);
  results.corpus = { documents: docs.length, megabytes: corpus.bytes / 1e6, seed: 7 };

  const vbhc = throughput(corpus.files, corpus.bytes);
  log(`throughput: ${vbhc.median.toFixed(1)} MB/s`);
  // Where that time goes: parsing, the shared analyses and each rule, per MB.
  const parts = breakdown(docs, quick ? 1 : 2);
  results.breakdown = { totalMsPerMb: parts.totalMsPerMb, parts: parts.parts.slice(0, 12) };
  // markdownlint-cli2 and the vbhc CLI (one thread) run on the whole corpus saved as .md and as
  // .vbhc.txt: the same bytes, every process start included. textlint is slow (about 0.06
  // MB/s): it and the vbhc CLI run on a 2 MB sample, so the benchmark stays within minutes.
  const corpusMd = writeCorpus(path.join(WORK, "corpus-md"), docs, ".md");
  const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
  const cli = (dir: string, bytes: number, times?: number) =>
    peer(process.execPath, [path.join(ROOT, "dist", "cli.js"), "check", "--jobs", "1", "--format", "json", "."], dir, bytes, times);
  const mdl = peer(bin("markdownlint-cli2"), ["*.md"], path.dirname(corpusMd.files[0]!), corpusMd.bytes, quick ? 1 : 2);
  log(`markdownlint-cli2: ${mdl.median.toFixed(2)} MB/s`);
  const vbhcCli = cli(path.dirname(corpus.files[0]!), corpus.bytes);
  log(`vbhc CLI, one thread: ${vbhcCli.median.toFixed(2)} MB/s`);
  const sample = docs.slice(0, 40);
  const sampleVbhc = writeCorpus(path.join(WORK, "sample"), sample, ".vbhc.txt");
  const sampleMd = writeCorpus(path.join(WORK, "sample-md"), sample, ".md");
  const tl = peer(
    bin("textlint"),
    ["--rule", "max-comma", "--rule", "no-todo", "--format", "compact", "*.md"],
    path.dirname(sampleMd.files[0]!),
    sampleMd.bytes,
    1,
  );
  log(`textlint: ${tl.median.toFixed(2)} MB/s`);
  const vbhcCliSample = cli(path.dirname(sampleVbhc.files[0]!), sampleVbhc.bytes);
  results.peerSample = { documents: sample.length, megabytes: sampleVbhc.bytes / 1e6 };
  results.throughput = {
    vbhcInProcessMBps: vbhc,
    vbhcCliOneThreadMBps: vbhcCli,
    vbhcCliOneThreadSampleMBps: vbhcCliSample,
    markdownlintCli2MBps: mdl,
    textlintMBps: tl,
    ratioVsMarkdownlint: vbhcCli.median / mdl.median,
    ratioVsTextlint: vbhcCliSample.median / tl.median,
    goalMBps: 30,
    goalRatioVsMarkdownlint: 25,
  };
  rmSync(path.join(WORK, "corpus-md"), { recursive: true, force: true });

  // The same measures on real documents, replicated to at least 20 MB: in process, the CLI
  // against markdownlint-cli2 on the same bytes, peak memory for every output format, and
  // whether a second core helps.
  const real = realDocuments(quick ? 9 : 20);
  const realCorpus = writeCorpus(path.join(WORK, "real"), real.docs, ".vbhc.txt");
  const realMd = writeCorpus(path.join(WORK, "real-md"), real.docs, ".md");
  const realDir = path.dirname(realCorpus.files[0]!);
  log(`real corpus: ${real.once} documents, ${real.docs.length} files, ${(realCorpus.bytes / 1e6).toFixed(1)} MB`);
  const realInProcess = throughput(realCorpus.files, realCorpus.bytes);
  log(`real throughput: ${realInProcess.median.toFixed(1)} MB/s`);
  const realParts = breakdown(real.docs.slice(0, real.once), quick ? 1 : 2);
  const realMdl = peer(bin("markdownlint-cli2"), ["*.md"], path.dirname(realMd.files[0]!), realMd.bytes, quick ? 1 : 2);
  rmSync(path.dirname(realMd.files[0]!), { recursive: true, force: true });
  const realCli: Record<string, { mbps: Stat; peakRssMb: number }> = {};
  for (const format of ["compact", "json", "sarif", "stylish"]) {
    realCli[format] = cliRun(realDir, realCorpus.bytes, ["--jobs", "1", "--format", format], format === "compact" ? undefined : 1);
    log(`real, vbhc CLI --format ${format}, one thread: ${realCli[format]!.mbps.median.toFixed(2)} MB/s, peak RSS ${realCli[format]!.peakRssMb.toFixed(0)} MB`);
  }
  const realTwoJobs = cliRun(realDir, realCorpus.bytes, ["--jobs", "2", "--format", "compact"]);
  log(`real, vbhc CLI --jobs 2: ${realTwoJobs.mbps.median.toFixed(2)} MB/s, peak RSS ${realTwoJobs.peakRssMb.toFixed(0)} MB`);
  // The citator: what `vbhc registry build` and the workspace index add to a parse (effective
  // dates and the relations documents state), per MB, on parsed models whose citations are read.
  const citator = (texts: string[]) => {
    const models = texts.map((t) => parse(t));
    for (const m of models) findCitations(m);
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const extractAll = () => {
      for (const m of models) extractDocument(m);
    };
    return stat([1, 2, 3].map(() => bytes / 1e6 / (time(extractAll) / 1000)));
  };
  results.citator = { syntheticMBps: citator(docs), realMBps: citator(real.docs.slice(0, real.once)) };
  log(
    `citator extraction: synthetic ${(results.citator as { syntheticMBps: Stat }).syntheticMBps.median.toFixed(0)} MB/s, real ${(results.citator as { realMBps: Stat }).realMBps.median.toFixed(0)} MB/s`,
  );
  results.real = {
    documents: real.once,
    files: real.docs.length,
    megabytes: realCorpus.bytes / 1e6,
    inProcessMBps: realInProcess,
    breakdown: { totalMsPerMb: realParts.totalMsPerMb, parts: realParts.parts.slice(0, 12) },
    markdownlintCli2MBps: realMdl,
    cli: realCli,
    ratioVsMarkdownlint: realCli.compact!.mbps.median / realMdl.median,
    twoJobs: realTwoJobs,
    twoJobsSpeedup: realTwoJobs.mbps.median / realCli.compact!.mbps.median,
  };
  rmSync(realDir, { recursive: true, force: true });

  const latency = latencyInOwnProcess();
  log(`edit → diagnostics on ${(latency.bytes / 1000).toFixed(0)} KB: p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms`);
  results.editLatency = { ...latency, goalP95Ms: 10 };

  const cold = coldStart(path.join(FIXTURES, "cli", "chi-thi-mot-loi.vbhc.txt"));
  log(`cold start: ${cold.cli.median.toFixed(0)} ms (node -e "": ${cold.node.median.toFixed(0)} ms)`);
  results.coldStart = { cliMs: cold.cli, nodeFloorMs: cold.node, goalMs: 150 };

  const bigCount = quick ? 1000 : 10_000;
  const bigDocs = Array.from({ length: bigCount }, (_, k) => generateDocument(50_000 + k, words, { size: 10_000 }));
  const big = writeCorpus(path.join(WORK, "big"), bigDocs, ".vbhc.txt");
  const bigRuns: number[] = [];
  for (let k = 0; k < (quick ? 1 : 3); k++) {
    // Exit 1 (error-level findings) is expected: the corpus has defects.
    bigRuns.push(
      time(() =>
        spawnSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), "check", "--format", "json", big.files[0]!.replace(/doc-\d+\.vbhc\.txt$/, "")], {
          stdio: ["ignore", "ignore", "inherit"],
        }),
      ),
    );
  }
  rmSync(path.join(WORK, "big"), { recursive: true, force: true });
  log(`${bigCount} documents (${(big.bytes / 1e6).toFixed(0)} MB) on ${cpus().length} cores: ${(stat(bigRuns).median / 1000).toFixed(2)} s`);
  results.manyDocuments = {
    documents: bigCount,
    megabytes: big.bytes / 1e6,
    seconds: stat(bigRuns.map((x) => x / 1000)),
    cores: cpus().length,
    goalSeconds: 5,
  };

  // Word files: the documents exported by vbhc (the official layout), checked as .docx.
  const wordCount = quick ? 200 : 1000;
  const wordDir = path.join(WORK, "word");
  rmSync(wordDir, { recursive: true, force: true });
  mkdirSync(wordDir, { recursive: true });
  let wordBytes = 0;
  for (let k = 0; k < wordCount; k++) {
    const bytes = await exportDocx(parse(generateDocument(80_000 + k, words, { size: 16_000 })));
    writeFileSync(path.join(wordDir, `doc-${String(k).padStart(5, "0")}.docx`), bytes);
    wordBytes += bytes.length;
  }
  const wordRuns: number[] = [];
  for (let k = 0; k < (quick ? 1 : 3); k++) {
    wordRuns.push(time(() => spawnSync(process.execPath, [path.join(ROOT, "bin", "vbhc.js"), "check", "--format", "compact", wordDir], { stdio: "ignore" })));
  }
  rmSync(wordDir, { recursive: true, force: true });
  log(
    `${wordCount} Word files (${(wordBytes / wordCount / 1000).toFixed(0)} KB each) on ${cpus().length} cores: ${(stat(wordRuns).median / 1000).toFixed(2)} s`,
  );
  results.wordFiles = {
    files: wordCount,
    averageKb: wordBytes / wordCount / 1000,
    seconds: stat(wordRuns.map((x) => x / 1000)),
    cores: cpus().length,
    goalSeconds: 20,
  };

  const memory = await serverMemory(bigDocs.slice(0, 2000));
  const baseline = await serverMemory(bigDocs.slice(0, 1));
  log(
    `server RSS with a 2,000-document workspace indexed: ${memory.rssMb.toFixed(0)} MB (one document: ${baseline.rssMb.toFixed(0)} MB); scan ${(memory.scanMs / 1000).toFixed(1)} s`,
  );
  results.serverMemory = { documentsIndexed: 2000, rssMb: memory.rssMb, scanSeconds: memory.scanMs / 1000, oneDocumentRssMb: baseline.rssMb, goalMb: 150 };

  const scaling = sizeScaling();
  log(`time per MB by size: ${scaling.map((s) => `${(s.size / 1000).toFixed(0)} KB ${s.msPerMb.toFixed(0)} ms`).join(", ")}`);
  results.sizeScaling = scaling;

  const corpusScaling: { documents: number; msPerMb: number }[] = [];
  for (const n of [10, 100, docs.length]) {
    const part = corpus.files.slice(0, n);
    const bytes = part.reduce((s, f) => s + statSync(f).size, 0);
    corpusScaling.push({
      documents: n,
      msPerMb:
        stat(
          [1, 2, 3].map(() =>
            time(() => {
              for (const f of part) check(readFileSync(f, "utf8"), allRules, DEFAULT_CONFIG);
            }),
          ),
        ).median /
        (bytes / 1e6),
    });
  }
  results.corpusScaling = corpusScaling;
  results.seconds = (performance.now() - started) / 1000;

  writeFileSync(path.join(OUT, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(OUT, "results.md"), table(results));
  process.stdout.write(table(results));
  rmSync(WORK, { recursive: true, force: true });
}

// biome-ignore lint/suspicious/noExplicitAny: the report is the JSON the run wrote above, read back field by field
function table(r: Record<string, any>): string {
  const t = r.throughput;
  const f = (x: number, d = 1) => x.toFixed(d);
  const sp = (s: Stat, d = 1) => `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)})`;
  const ok = (pass: boolean) => (pass ? "✔" : "✖");
  const real = r.real;
  const rows = [
    [
      "lint throughput, one core, all rules (in process): synthetic / real",
      `${sp(t.vbhcInProcessMBps)} / ${sp(real.inProcessMBps)} MB/s`,
      "≥ 30 MB/s",
      ok(t.vbhcInProcessMBps.median >= 30 && real.inProcessMBps.median >= 30),
    ],
    [
      `vbhc CLI, one thread, the whole corpus (${f(r.corpus.megabytes)} MB, process start included, as the peers)`,
      `${sp(t.vbhcCliOneThreadMBps)} MB/s`,
      "",
      "",
    ],
    ["markdownlint-cli2 (CLI, default rules), the same files as .md", `${sp(t.markdownlintCli2MBps, 2)} MB/s`, "", ""],
    ["vbhc / markdownlint-cli2", `${f(t.ratioVsMarkdownlint)}×`, "≥ 25×", ok(t.ratioVsMarkdownlint >= 25)],
    [
      `textlint (CLI, max-comma + no-todo) / vbhc CLI, on a ${f(r.peerSample.megabytes)} MB sample`,
      `${sp(t.textlintMBps, 2)} / ${sp(t.vbhcCliOneThreadSampleMBps)} MB/s`,
      "",
      "",
    ],
    ["vbhc / textlint", `${f(t.ratioVsTextlint)}×`, "", ""],
    [
      `real: vbhc CLI, one thread, ${real.files} files (${f(real.megabytes)} MB), compact`,
      `${sp(real.cli.compact.mbps, 2)} MB/s, peak RSS ${f(real.cli.compact.peakRssMb, 0)} MB`,
      "",
      "",
    ],
    ["real: markdownlint-cli2, the same files as .md", `${sp(real.markdownlintCli2MBps, 2)} MB/s`, "", ""],
    ["real: vbhc / markdownlint-cli2", `${f(real.ratioVsMarkdownlint)}×`, "≥ 25×", ok(real.ratioVsMarkdownlint >= 25)],
    [
      "real: peak RSS of the CLI by format (json, sarif, stylish)",
      ["json", "sarif", "stylish"].map((k) => `${k} ${f(real.cli[k].peakRssMb, 0)} MB`).join(", "),
      "≤ 300 MB",
      ok(Object.values(real.cli).every((c) => (c as { peakRssMb: number }).peakRssMb <= 300)),
    ],
    [
      "real: --jobs 2 against --jobs 1",
      `${f(real.twoJobsSpeedup, 2)}× (${sp(real.twoJobs.mbps, 2)} MB/s, peak RSS ${f(real.twoJobs.peakRssMb, 0)} MB)`,
      "≥ 1.7×",
      ok(real.twoJobsSpeedup >= 1.7),
    ],
    [
      `edit → diagnostics, ${f(r.editLatency.bytes / 1000, 0)} KB document (LSP, ${r.editLatency.edits} edits)`,
      `p50 ${f(r.editLatency.p50)} ms, p95 ${f(r.editLatency.p95)} ms`,
      "p95 ≤ 10 ms",
      ok(r.editLatency.p95 <= 10),
    ],
    [
      "CLI cold start, one file",
      `${sp(r.coldStart.cliMs, 0)} ms (node -e "": ${f(r.coldStart.nodeFloorMs.median, 0)} ms)`,
      "≤ 150 ms",
      ok(r.coldStart.cliMs.median <= 150),
    ],
    [
      `${r.manyDocuments.documents} documents (${f(r.manyDocuments.megabytes, 0)} MB), ${r.manyDocuments.cores} cores`,
      `${sp(r.manyDocuments.seconds, 2)} s`,
      "≤ 5 s",
      ok(r.manyDocuments.seconds.median <= 5),
    ],
    [
      `${r.wordFiles.files} Word files (.docx, ${f(r.wordFiles.averageKb, 0)} KB each), ${r.wordFiles.cores} cores`,
      `${sp(r.wordFiles.seconds, 2)} s`,
      "≤ 20 s",
      ok(r.wordFiles.seconds.median <= 20),
    ],
    [
      "citator: effective dates and relations read from parsed documents (in process): synthetic / real",
      `${sp(r.citator.syntheticMBps, 0)} / ${sp(r.citator.realMBps, 0)} MB/s`,
      "",
      "",
    ],
    [
      "server RSS, 2,000-document workspace indexed",
      `${f(r.serverMemory.rssMb, 0)} MB (one document: ${f(r.serverMemory.oneDocumentRssMb, 0)} MB; scan ${f(r.serverMemory.scanSeconds)} s)`,
      "≤ 150 MB",
      ok(r.serverMemory.rssMb <= 150),
    ],
  ];
  const lines = [
    `Benchmarks (${r.date.slice(0, 10)}, Node ${r.node}, ${r.cores} cores, ${r.cpu}); synthetic corpus: ${r.corpus.documents} documents, ${f(r.corpus.megabytes)} MB, seed ${r.corpus.seed}; real corpus: ${real.documents} documents of test/corpus/real replicated to ${real.files} files, ${f(real.megabytes)} MB. Median (min–max).`,
    "",
    "| measure | result | goal | |",
    "|---|---|---|---|",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
    "Time per MB as one document grows (linear = flat): " +
      r.sizeScaling.map((s: { size: number; msPerMb: number }) => `${f(s.size / 1000, 0)} KB → ${f(s.msPerMb, 0)} ms/MB`).join("; "),
    "",
    `Where one core's time goes, ms per MB of the synthetic corpus (${f(r.breakdown.totalMsPerMb, 0)} in all; \`npm run bench:profile\` prints every part): ` +
      r.breakdown.parts.map((p: { name: string; msPerMb: number }) => `${p.name} ${f(p.msPerMb)}`).join("; "),
    "",
    `The same on the real corpus (${real.documents} documents, ${f(real.breakdown.totalMsPerMb, 0)} ms/MB in all): ` +
      real.breakdown.parts.map((p: { name: string; msPerMb: number }) => `${p.name} ${f(p.msPerMb)}`).join("; "),
    "",
    "Time per MB as the corpus grows: " +
      r.corpusScaling.map((s: { documents: number; msPerMb: number }) => `${s.documents} docs → ${f(s.msPerMb, 0)} ms/MB`).join("; "),
    "",
  ];
  return lines.join("\n");
}

/**
 * Edit → diagnostics, measured by a client process of its own: this process holds the corpus,
 * and its garbage collections would count as the server's latency.
 */
function latencyInOwnProcess(): Awaited<ReturnType<typeof editLatency>> {
  const r = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, VBHC_BENCH_ONLY: "latency" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error(`the latency client failed (${r.status})`);
  return JSON.parse(r.stdout);
}

async function latencyOnly(): Promise<void> {
  const large = generateDocument(300300, words, { size: 300_000 });
  process.stdout.write(JSON.stringify(await editLatency(large, quick ? 40 : 200)));
}

void (process.env.VBHC_BENCH_ONLY === "latency" ? latencyOnly() : main()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
