// Config files: discovery upward, extends (JSON and YAML), overrides by glob, ignores, and
// clear errors naming the file and the key.
import assert from "node:assert/strict";
import path from "node:path";
import { ConfigError, ConfigResolver, parseConfigText } from "../../server/src/core/config.js";
import { FIXTURES } from "../helpers.js";

const project = path.join(FIXTURES, "config", "project");

describe("config files", () => {
  it("merges a YAML base, the folder's config and a nearer one (the nearest wins)", () => {
    const { config, ignored, sources } = new ConfigResolver().forFile(path.join(project, "sub", "van-ban.vbhc.txt"));
    assert.equal(ignored, false);
    assert.deepEqual(
      sources.map((s) => path.relative(project, s)),
      ["base.vbhcrc.yaml", ".vbhcrc.json", path.join("sub", ".vbhcrc.yaml")],
    );
    assert.equal(config.rules["header/date-format"], "error");
    assert.equal(config.rules["closing/missing-end-mark"], "warning");
    assert.equal(config.standard, "nd30");
    assert.deepEqual(config.holidays.daysOff, ["2026-11-24"]);
    assert.deepEqual(config.deadline, { before: "day-before", minWorkingDays: 5 });
    assert.deepEqual(config.registry, [path.join(project, "registry.csv")]);
    assert.equal(config.draft, false);
  });

  it("applies overrides by glob and ignores", () => {
    const resolver = new ConfigResolver();
    const md = resolver.forFile(path.join(project, "ke-hoach.vbhc.md"));
    assert.equal(md.config.rules["style/double-space"], "off");
    assert.equal(md.config.draft, true);
    assert.equal(md.config.rules["closing/missing-end-mark"], "off");
    assert.equal(resolver.forFile(path.join(project, "drafts", "nhap.vbhc.txt")).ignored, true);
  });

  it("uses only the file given with --config", () => {
    const resolver = new ConfigResolver({ configFile: path.join(project, "sub", ".vbhcrc.yaml") });
    const { config, sources } = resolver.forFile(path.join(project, "ke-hoach.vbhc.md"));
    assert.equal(sources.length, 1);
    assert.equal(config.rules["header/date-format"], undefined);
    assert.equal(config.deadline.before, "day-before");
  });

  it("names the file and the key of a wrong value, an unknown key and broken YAML", () => {
    const invalid = path.join(FIXTURES, "config", "invalid");
    assert.throws(
      () => new ConfigResolver().forFile(path.join(invalid, "van-ban.vbhc.txt")),
      (e: unknown) =>
        e instanceof ConfigError &&
        e.message === `${path.join(invalid, ".vbhcrc.json")}: "rules.header/date-format" must be one of "off", "info", "warning", "error"`,
    );
    assert.throws(
      () => new ConfigResolver({ configFile: path.join(invalid, "unknown-key.vbhcrc.json") }),
      (e: unknown) => e instanceof ConfigError && e.key === "standrd" && e.problem === "is not a known setting",
    );
    assert.throws(
      () => new ConfigResolver({ configFile: path.join(invalid, "broken.vbhcrc.yaml") }),
      (e: unknown) => e instanceof ConfigError && /broken\.vbhcrc\.yaml: cannot be parsed/.test(e.message),
    );
  });

  it("rejects a rule id that is not family/name and an extends cycle", () => {
    assert.throws(() => parseConfigText("x.json", '{"rules": {"DateFormat": "off"}}'), /"rules.DateFormat" is not a rule id/);
    assert.throws(() => parseConfigText("x.json", '{"holidays": {"daysOff": ["24/11/2026"]}}'), /"holidays.daysOff.0"/);
  });
});
