// Every output format, exactly, on a fixture set; SARIF against the SARIF 2.1.0 schema;
// serial and parallel runs; shards; stdin; config errors; --quiet, --max-warnings, --fix-dry-run.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv4 from "ajv-draft-04";
import { inOrder } from "../../server/src/cli/check.js";
import { main } from "../../server/src/cli/main.js";
import { FIXTURES, ROOT } from "../helpers.js";

const BIN = path.join(ROOT, "bin", "vbhc.js");
const vbhc = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", VBHC_LOCALE: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const ONE = "test/fixtures/cli/chi-thi-mot-loi.vbhc.txt";

describe("vbhc check output formats", () => {
  it("compact", () => {
    const r = vbhc(["check", "--format", "compact", ONE]);
    assert.equal(r.stdout, `${ONE}:9:26: warning Tháng viết là "tháng 9", không phải "tháng 09" (chỉ tháng 1, 2 thêm số 0 ở trước). [header/date-format]\n`);
  });

  it("github workflow commands, with properties escaped", () => {
    const r = vbhc(["check", "--format", "github", "--locale", "en", ONE]);
    assert.equal(
      r.stdout,
      `::warning file=${ONE},line=9,col=26,endLine=9,endColumn=28,title=header/date-format::Write the month as "tháng 9", not "tháng 09" (only months 1 and 2 take a leading zero).\n`,
    );
  });

  it("SARIF 2.1.0 that validates against the schema, with rules, regions and fixes", () => {
    const r = vbhc(["check", "--format", "sarif", ONE, "test/fixtures/seeds/004_5578de96a9f99e7c.txt"]);
    const sarif = JSON.parse(r.stdout) as {
      runs: {
        tool: { driver: { name: string; rules: { id: string; name: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          locations: { physicalLocation: { region: unknown; artifactLocation: { uri: string } } }[];
          fixes: { artifactChanges: { replacements: unknown }[] }[];
        }[];
      }[];
    };
    const schema = JSON.parse(readFileSync(path.join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    // The schema's patterns predate the "u" flag; its "uri" formats are not checked here.
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
    const valid = ajv.validate(schema, sarif);
    assert.ok(valid, JSON.stringify(ajv.errors?.slice(0, 5)));
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, "vbhc");
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === "header/date-format")!;
    assert.equal(rule.name, "HeaderDateFormat");
    assert.equal(rule.defaultConfiguration.level, "warning");
    assert.match(rule.helpUri, /^file:\/\/.*\/docs\/rules\/header\/date-format\.md$/);
    const result = run.results.find((x) => x.ruleId === "header/date-format")!;
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, "header/date-format");
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 9, startColumn: 26, endLine: 9, endColumn: 28 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, ONE);
    assert.deepEqual(result.fixes[0].artifactChanges[0].replacements, [
      { deletedRegion: { startLine: 9, startColumn: 26, endLine: 9, endColumn: 28 }, insertedContent: { text: "9" } },
    ]);
    assert.ok(run.results.some((x: { ruleId: string }) => x.ruleId === "header/number-format"));
  });

  it("--quiet shows errors only; --max-warnings fails on too many warnings", () => {
    assert.equal(vbhc(["check", "--quiet", ONE]).stdout, "Không có vấn đề nào.\n");
    const over = vbhc(["check", "--max-warnings", "0", ONE]);
    assert.equal(over.code, 1);
    assert.equal(over.stderr, "vbhc: 1 warnings, more than --max-warnings 0\n");
    assert.equal(vbhc(["check", "--max-warnings", "1", ONE]).code, 0);
  });

  it("--fix-dry-run prints the diff and writes nothing", () => {
    const before = readFileSync(path.join(ROOT, ONE), "utf8");
    const r = vbhc(["check", "--fix-dry-run", "--format", "compact", ONE]);
    assert.match(r.stdout, /^-Khánh Hòa, ngày 12 tháng 09 năm 2013$/m);
    assert.match(r.stdout, /^\+Khánh Hòa, ngày 12 tháng 9 năm 2013$/m);
    assert.equal(readFileSync(path.join(ROOT, ONE), "utf8"), before);
  });

  it("names stdin with --stdin-filename", () => {
    const r = vbhc(["check", "--format", "compact", "--stdin-filename", "van-ban.vbhc.txt", "-"], readFileSync(path.join(ROOT, ONE), "utf8"));
    assert.match(r.stdout, /^van-ban\.vbhc\.txt:9:26: warning /);
  });
});

describe("vbhc check on many files", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "vbhc-many-"));
    for (let i = 0; i < 60; i++) {
      for (const f of ["seeds/000_ae7ad5a171d3ceed.txt", "seeds/002_bde8ca152358eecf.txt", "seeds/004_5578de96a9f99e7c.txt", "cli/chi-thi-mot-loi.vbhc.txt"]) {
        cpSync(path.join(FIXTURES, f), path.join(dir, `${i}-${path.basename(f).replace(/\..*$/, "")}.vbhc.txt`));
      }
    }
  });

  it("gives identical results serially and on worker threads", () => {
    const serial = vbhc(["check", "--format", "json", "--jobs", "1", dir]);
    const parallel = vbhc(["check", "--format", "json", "--jobs", "2", dir]);
    assert.equal(serial.code, parallel.code);
    assert.equal(JSON.parse(serial.stdout).length, 240);
    assert.equal(parallel.stdout, serial.stdout);
  });

  it("splits the files into disjoint shards that cover them all", () => {
    const all = JSON.parse(vbhc(["check", "--format", "json", dir]).stdout).map((f: { filePath: string }) => f.filePath);
    const shards = [1, 2, 3].map((i) =>
      JSON.parse(vbhc(["check", "--format", "json", "--shard", `${i}/3`, dir]).stdout).map((f: { filePath: string }) => f.filePath),
    );
    assert.deepEqual(shards.flat().sort(), [...all].sort());
    for (const s of shards) assert.ok(s.length > 40 && s.length < 120, `shard size ${s.length}`);
    assert.deepEqual(
      JSON.parse(vbhc(["check", "--format", "json", "--shard", "2/3", dir]).stdout).map((f: { filePath: string }) => f.filePath),
      shards[1],
    );
  });
});

describe("vbhc check with config files", () => {
  const project = path.join(FIXTURES, "config", "project");

  it("uses the discovered config: severities, ignores and overrides", () => {
    const r = vbhc(["check", "--format", "compact", project]);
    assert.equal(r.code, 1); // header/date-format is an error here
    assert.match(r.stdout, /sub\/van-ban\.vbhc\.txt:9:26: error /);
    assert.doesNotMatch(r.stdout, /drafts\/nhap/);
    assert.match(r.stdout, /ke-hoach\.vbhc\.md:9:26: error /);
  });

  it("prints the config that applies to a file", () => {
    const r = vbhc(["check", "--print-config", path.join(project, "sub", "van-ban.vbhc.txt")]);
    const printed = JSON.parse(r.stdout);
    assert.equal(printed.rules["header/date-format"], "error");
    assert.equal(printed.ignored, false);
  });

  it("explains an invalid config with its file and key, and exits 2", () => {
    const r = vbhc(["check", path.join(FIXTURES, "config", "invalid", "van-ban.vbhc.txt")]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /invalid config: .*invalid\/\.vbhcrc\.json: "rules\.header\/date-format" must be one of "off", "info", "warning", "error"/);
  });
});

describe("vbhc check writes findings file by file", () => {
  const FILES = ["test/fixtures/seeds/000_ae7ad5a171d3ceed.txt", ONE, "test/fixtures/seeds/004_5578de96a9f99e7c.txt"];
  /** Runs the command in this process, keeping each write to stdout as it was made. */
  const chunks = async (args: string[]) => {
    const written: string[] = [];
    const io = {
      stdout: (s: string) => written.push(s),
      stderr: () => {},
      readStdin: () => new Uint8Array(),
      isTty: false,
      stderrIsTty: false,
      env: { NO_COLOR: "1" },
    };
    const code = await main(args, io);
    return { code, written };
  };

  for (const format of ["json", "sarif"]) {
    it(`${format}: one write per file between the opening and the closing, the same bytes as one JSON.stringify of the whole`, async () => {
      const { written } = await chunks(["check", "--format", format, "--jobs", "1", ...FILES]);
      assert.equal(written.length, FILES.length + 2, "start, one part per file with findings, end");
      const whole = written.join("");
      assert.equal(whole, `${JSON.stringify(JSON.parse(whole), null, 2)}\n`);
    });
  }

  it("stylish: each file's block is written before the next file's, the totals last", async () => {
    const { written } = await chunks(["check", "--jobs", "1", ...FILES]);
    const blocks = written.filter((w) => w.length > 0);
    assert.deepEqual(
      blocks.slice(0, 3).map((b) => b.split("\n")[0]),
      FILES,
    );
    assert.match(blocks[3]!, /^✖ \d+ vấn đề \(\d+ lỗi, \d+ cảnh báo, \d+ thông tin\)\n/);
  });

  it("hands on outcomes in file order whatever order they arrive in", () => {
    const seen: number[] = [];
    const emit = inOrder((k) => seen.push(k));
    for (const k of [2, 0, 3, 1, 5, 4]) emit(k, {});
    assert.deepEqual(seen, [0, 1, 2, 3, 4, 5]);
  });
});
