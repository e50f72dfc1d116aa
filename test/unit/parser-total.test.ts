// The grammar is total: any input gives a model and nothing throws; ranges stay in the text.
import assert from "node:assert/strict";
import { parse, type Range, type VbhcDocument } from "../../server/src/core/index.js";
import { outline } from "../../server/src/core/outline.js";
import { fixture, SEEDS } from "../helpers.js";

function assertRangesInside(d: VbhcDocument): void {
  const check = (r: Range) => {
    for (const p of [r.start, r.end]) {
      assert.ok(p.line >= 0 && p.line < d.lineStarts.length, `line ${p.line} out of text`);
      assert.ok(p.character >= 0 && p.character <= d.lineLengths[p.line]!, `character ${p.character} past line ${p.line}`);
    }
  };
  const visit = (v: unknown): void => {
    if (!v || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    const o = v as Record<string, unknown>;
    if (o.range && typeof o.range === "object" && "start" in (o.range as object)) check(o.range as Range);
    for (const [k, x] of Object.entries(o)) if (k !== "text" && k !== "lineStarts" && k !== "lineLengths") visit(x);
  };
  visit({ ...d, text: undefined });
}

describe("parser totality", () => {
  it("parses an empty document", () => {
    const d = parse("");
    assert.equal(d.header, null);
    assert.deepEqual(d.body.items, []);
    assert.deepEqual(d.lineStarts, [0]);
  });

  it("parses binary bytes decoded as text", () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const d = parse(Buffer.from(bytes).toString("latin1"));
    assertRangesInside(d);
    const d2 = parse(Buffer.from(bytes).toString("utf8"));
    assertRangesInside(d2);
  });

  it("parses a 5 MB single line", () => {
    const line = "Căn cứ Quyết định số 14/CT-UBND ngày 05/3/2013; ".repeat(110_000);
    assert.ok(line.length > 5_000_000);
    const d = parse(line);
    assert.equal(d.lineStarts.length, 1);
    assertRangesInside(d);
  });

  it("parses lone surrogates, NUL, combining marks without a base, and odd line breaks", () => {
    for (const text of [
      "\uD800\uDC00\uDFFF\uD800x",
      "\u0000\u0000Số:\u0000",
      "\u0301\u0301 ngày",
      "a\r\rb\n\r\nc\r",
      "\uFEFF",
      "|||\n| |\n**\n*",
      "1.\n1.1.\n1.1.1.1.1.1.1",
    ]) {
      assertRangesInside(parse(text));
    }
  });

  it("gives the same outline for CRLF, CR and LF line breaks, and for NFD text", () => {
    const lf = fixture(SEEDS.congVan);
    const expected = outline(parse(lf));
    assert.deepEqual(outline(parse(lf.replace(/\n/g, "\r\n"))), expected);
    assert.deepEqual(outline(parse(lf.replace(/\n/g, "\r"))), expected);
    const nfd = parse(lf.normalize("NFD"));
    assert.deepEqual(outline(nfd), expected);
    assertRangesInside(nfd);
  });

  it("maps NFD text back to the original characters", () => {
    const text = "Hà Nội, ngày 05 tháng 3 năm 2020".normalize("NFD");
    const d = parse(`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${text}`.normalize("NFD"));
    const place = d.header?.placeDate?.place;
    assert.equal(place?.text, "Hà Nội");
    const original = text.slice(place!.range.start.character, place!.range.end.character);
    assert.equal(original.normalize("NFC"), "Hà Nội");
    assert.equal(original, "Hà Nội".normalize("NFD"));
  });

  it("keeps every range inside the text for every seed", () => {
    for (const seed of Object.values(SEEDS)) assertRangesInside(parse(fixture(seed)));
  });
});

describe("the cheap line test", () => {
  it("only skips lines the grammar itself calls plain text", async () => {
    const { classifyLine, mayBeStructural } = await import("../../server/src/core/parser/grammar.js");
    const { readdirSync } = await import("node:fs");
    const path = await import("node:path");
    const { FIXTURES } = await import("../helpers.js");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith(".txt")) files.push(full);
      }
    };
    walk(FIXTURES);
    let skipped = 0;
    for (const file of files) {
      for (const line of fixture(path.relative(FIXTURES, file)).split(/\r\n|\r|\n/)) {
        const short = line.trim().normalize("NFC").replace(/\*/g, "");
        // Every line also as the start of a long paragraph, where the test decides alone.
        for (const text of [short, `${short} ${"và tiếp tục thực hiện ".repeat(8)}`]) {
          if (mayBeStructural(text)) continue;
          skipped++;
          assert.equal(classifyLine(text).kind, "text", `${path.basename(file)}: ${text.slice(0, 60)}`);
        }
      }
    }
    assert.ok(skipped > 500, `only ${skipped} lines skipped`);
  });
});

describe("the short head of a structural line", () => {
  it("gives every line the class its usual head gives", async () => {
    const { classifyLine, classifyLines, CUT_MARK, HEAD_LIMIT } = await import("../../server/src/core/parser/grammar.js");
    const { readdirSync } = await import("node:fs");
    const path = await import("node:path");
    const { FIXTURES } = await import("../helpers.js");
    const texts = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.(txt|md)$/.test(e.name)) {
          for (const line of fixture(path.relative(FIXTURES, full)).split(/\r\n|\r|\n/)) {
            const text = line.trim().normalize("NFC").replace(/\*/g, "");
            texts.add(text);
            texts.add(`${text} ${"và tiếp tục thực hiện ".repeat(4)}`);
          }
        }
      }
    };
    walk(FIXTURES);
    // Spans that reach a cut or the end of the line stand for "to the end of the line".
    const norm = (cls: unknown, cut: number, length: number) =>
      JSON.stringify(cls, (_k, v) => (Array.isArray(v) && v.length === 2 && (v[1] === cut + CUT_MARK.length || v[1] === length) ? [v[0], "end"] : v));
    let shortened = 0;
    const all = [...texts];
    const classified = classifyLines(all);
    all.forEach((text, k) => {
      const usualCut = Math.min(text.length, HEAD_LIMIT);
      const usual = classifyLine(text.length > HEAD_LIMIT ? text.slice(0, HEAD_LIMIT) + CUT_MARK : text);
      const { cls, cut } = classified[k]!;
      if (cut < usualCut) shortened++;
      assert.equal(norm(cls, cut, text.length), norm(usual, usualCut, text.length), text.slice(0, 90));
    });
    assert.ok(shortened > 300, `only ${shortened} lines read by the short head`);
  });
});

describe("parser totality (found by npm run fuzz)", () => {
  it("a closing line that starts with a form feed or a line separator does not throw", () => {
    for (const odd of ["\f", "\u2028", "\v", "\u0085"]) {
      const text = `CHỈ THỊ\nVề việc thử\n1. Một./.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n${odd}Nguyễn Văn An\n${odd}`;
      assertRangesInside(parse(text));
    }
  });
});
