// The outline (checked-in JSON per seed), document symbols and folding ranges.
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "../../server/src/core/index.js";
import { outline } from "../../server/src/core/outline.js";
import { documentSymbols } from "../../server/src/features/documentSymbols.js";
import { foldingRanges } from "../../server/src/features/folding.js";
import { fixture, FIXTURES, SEEDS } from "../helpers.js";

// Set VBHC_UPDATE_OUTLINES=1 to rewrite the expectations after a deliberate parser change
// (then read the diff: it is the review of that change).
const UPDATE = process.env.VBHC_UPDATE_OUTLINES === "1";

describe("outline of each seed", () => {
  for (const seed of Object.values(SEEDS)) {
    it(seed, () => {
      const actual = outline(parse(fixture(seed)));
      const expectedPath = path.join(FIXTURES, seed.replace(/\.txt$/, ".outline.json"));
      if (UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(fixture(seed.replace(/\.txt$/, ".outline.json"))));
    });
  }
});

describe("document symbols", () => {
  it("nest the Công văn of seed 004 as header, title, Kính gửi, items and closing", () => {
    const symbols = documentSymbols(parse(fixture(SEEDS.congVan)));
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        "852J /UBND-NC",
        "CÔNG VĂN — khắc phục những hạn chế, đẩy mạnh công tác cải cách hành chính sau k…", // names are capped at 80
        "Kính gửi",
        "1. Các Sở, ban, ngành, UBND các huyện, thành phố",
        "2. Giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện của các cơ quan, đơn vị đối …",
        "Hoàng Quốc Khánh",
      ],
    );
    const header = symbols[0]!;
    assert.deepEqual(
      header.children!.map((c) => `${c.detail}: ${c.name}`),
      [
        "Cơ quan: ỦY BAN NHÂN DÂN",
        "Cơ quan: TỈNH SƠN LA",
        "Quốc hiệu: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Tiêu ngữ: Độc lập - Tự do - Hạnh phúc",
        "Số, ký hiệu: 852J /UBND-NC",
        "Địa danh, ngày: Sơn La, 2019-10-25",
      ],
    );
    const first = symbols[3]!;
    assert.equal(first.children!.length, 11);
    assert.equal(first.children![10]!.name.slice(0, 6), "1.11. ");
    assert.deepEqual(first.range, { start: { line: 29, character: 0 }, end: { line: 55, character: 175 } });
    assert.deepEqual(first.selectionRange, { start: { line: 29, character: 0 }, end: { line: 29, character: 2 } });
  });

  it("put an attached plan under its own node", () => {
    const symbols = documentSymbols(parse(fixture(SEEDS.quyetDinh)));
    const plan = symbols[symbols.length - 1]!;
    assert.equal(plan.name, "Kèm theo: KẾ HOẠCH");
    assert.deepEqual(
      plan.children!.filter((c) => /^[IV]+\./.test(c.name)).map((c) => c.name.split(" ")[0]),
      ["I.", "II.", "III.", "IV."],
    );
  });
});

describe("folding ranges", () => {
  it("fold items with children, the preamble, Nơi nhận and the attachment", () => {
    const ranges = foldingRanges(parse(fixture(SEEDS.quyetDinh)));
    const has = (start: number, end: number) => ranges.some((r) => r.startLine === start && r.endLine === end);
    assert.ok(has(2, 8), "header");
    assert.ok(has(15, 27), "preamble with its enactment line");
    assert.ok(has(35, 45), "Nơi nhận");
    assert.ok(has(57, 303), "attachment");
    assert.ok(has(69, 85), "I. MỤC TIÊU, YÊU CẦU");
    for (const r of ranges) assert.ok(r.endLine > r.startLine);
  });
});

describe("README", () => {
  it("lists every rule of the catalogue", async () => {
    const { readFileSync } = await import("node:fs");
    const { allRules } = await import("../../server/src/rules/index.js");
    const readme = readFileSync(path.join(FIXTURES, "..", "..", "README.md"), "utf8");
    const missing = allRules.filter((r) => !readme.includes(`[\`${r.id}\`](docs/rules/${r.id}.md)`)).map((r) => r.id);
    assert.deepEqual(missing, []);
  });
});
