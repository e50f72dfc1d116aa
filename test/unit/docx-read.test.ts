// Reading Word files: paragraphs (table cells included) as lines, formatting resolved through
// defaults, styles and the theme, sections' page size and margins; `vbhc check` on a .docx
// reports text findings by paragraph; bad files get a clear message.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parse } from "../../server/src/core/index.js";
import { DocxError, readDocx } from "../../server/src/core/docx/read.js";
import { exportDocx } from "../../server/src/features/docx.js";
import { FIXTURES, ROOT } from "../helpers.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal Word file from its document body and styles (what Word itself would write, trimmed). */
function docx(body: string, styles = "", theme = ""): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  if (styles) files["word/styles.xml"] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`);
  if (theme) files["word/theme/theme1.xml"] = strToU8(theme);
  return zipSync(files);
}

const BIN = path.join(ROOT, "bin", "vbhc.js");
const vbhc = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", VBHC_LOCALE: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("Word documents: reading", () => {
  it("reads our own export back: one line a paragraph (header table cells included), A4 and its margins, fonts and sizes", async () => {
    const source = readFileSync(path.join(FIXTURES, "seeds", "002_bde8ca152358eecf.txt"), "utf8");
    const { text, layout } = readDocx(await exportDocx(parse(source)));
    const lines = text.split("\n");
    assert.equal(lines.length, layout.paragraphs.length);
    assert.deepEqual(lines.slice(0, 9), [
      "ỦY BAN NHÂN DÂN",
      "TỈNH LONG AN",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "",
      "Số: 1346/QĐ-UBND",
      "Long An, ngày 06 tháng 4 năm 2016",
      "QUYẾT ĐỊNH",
    ]);
    // The plan issued with the decision starts a section of its own; both are A4 with the same margins.
    assert.deepEqual(
      layout.sections.map(({ firstParagraph: _, lastParagraph: __, ...page }) => page),
      [1, 2].map(() => ({
        widthMm: 210,
        heightMm: 297,
        orientation: "portrait",
        marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
        // Centred in the header, not on the first page (a first-page header without the field).
        pageNumber: { part: "header", align: "center", onFirstPage: false },
      })),
    );
    assert.equal(layout.sections[1]!.firstParagraph, layout.sections[0]!.lastParagraph + 1);
    assert.equal(layout.sections[1]!.lastParagraph, layout.paragraphs.length - 1);
    const [agency, , , national, motto] = layout.paragraphs;
    assert.equal(agency!.inTable, true);
    assert.deepEqual(
      [national!, motto!].map((p) => ({ font: p.runs[0]!.font, size: p.runs[0]!.sizePt, bold: p.runs[0]!.bold, align: p.align })),
      [
        { font: "Times New Roman", size: 12, bold: true, align: "center" },
        { font: "Times New Roman", size: 13, bold: true, align: "center" },
      ],
    );
    assert.equal(layout.paragraphs[8]!.inTable, false);
  });

  it("resolves a run's format through the document defaults, the paragraph style it is based on, the theme and direct formatting", () => {
    const styles = `
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>`;
    const theme = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
    const body = `
      <w:p><w:r><w:t>Mặc định</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t xml:space="preserve">Nội dung </w:t></w:r><w:r><w:rPr><w:b/><w:i w:val="0"/><w:sz w:val="26"/></w:rPr><w:t>đậm</w:t><w:tab/><w:t>x</w:t></w:r></w:p>
      <w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="1134"/></w:sectPr>`;
    const { text, layout } = readDocx(docx(body, styles, theme));
    assert.equal(text, "Mặc định\nNội dung đậm\tx");
    const [plain, styled] = layout.paragraphs;
    assert.deepEqual(plain!.runs, [{ start: 0, end: 8, font: "Calibri", sizePt: 11, bold: false, italic: false, underline: false, caps: false }]);
    assert.deepEqual(
      { align: plain!.align, after: plain!.spacingAfterPt, line: plain!.lineSpacing },
      { align: null, after: 6, line: { rule: "auto", value: 1.5 } },
    );
    assert.deepEqual(
      styled!.runs.map((r) => [r.start, r.end, r.font, r.sizePt, r.bold]),
      [
        [0, 9, "Times New Roman", 14, false],
        [9, 14, "Times New Roman", 13, true],
      ],
    );
    assert.deepEqual({ align: styled!.align, indent: styled!.firstLineMm }, { align: "both", indent: 12.7 });
    assert.deepEqual(layout.sections[0], {
      widthMm: 297,
      heightMm: 210,
      orientation: "landscape",
      marginsMm: { top: 20, bottom: 20, left: 30, right: 20 },
      firstParagraph: 0,
      lastParagraph: 1,
      pageNumber: null,
    });
  });

  it("says what is wrong with a file that is not a Word document", () => {
    assert.throws(() => readDocx(strToU8("plain text")), DocxError);
    assert.throws(() => readDocx(zipSync({ "a.txt": strToU8("x") })), /word\/document\.xml is missing/);
  });
});

describe("Word documents: vbhc check", () => {
  let dir: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "vbhc-docx-"));
    const source = readFileSync(path.join(FIXTURES, "seeds", "000_ae7ad5a171d3ceed.txt"), "utf8");
    writeFileSync(path.join(dir, "chi-thi.docx"), await exportDocx(parse(source)));
    writeFileSync(path.join(dir, "hong.docx"), "not a zip");
  });

  it("reports text findings by paragraph (the line) and character (the column), with no text fix", () => {
    const file = path.join(dir, "chi-thi.docx");
    const r = vbhc(["check", "--format", "json", "--locale", "en", file]);
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number; fix?: unknown }[]; fixableCount: number }[];
    assert.deepEqual(
      result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}${m.fix ? " fix" : ""}`),
      [
        "3:1 header/missing-national-title",
        "5:26 header/date-format",
        "42:69 citation/malformed-number",
        "49:1 closing/missing-recipients",
        "50:1 closing/missing-signer",
      ],
    );
    assert.equal(result!.fixableCount, 0);
  });

  it("finds .docx files in a folder, and names a broken one (exit 2) while checking the others", () => {
    const r = vbhc(["check", "--format", "compact", dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /hong\.docx: not a Word document \(\.docx is a zip archive\)/);
    assert.match(r.stdout, /chi-thi\.docx:5:26: warning/);
  });

  it("renumber --write does not rewrite a Word document: it shows the diff and exits 2", () => {
    const file = path.join(dir, "so-sai.docx");
    writeFileSync(file, docx("<w:p><w:r><w:t>1. Một</w:t></w:r></w:p><w:p><w:r><w:t>3. Hai</w:t></w:r></w:p>"));
    const before = readFileSync(file);
    const r = vbhc(["renumber", "--write", file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a Word document is not rewritten/);
    assert.match(r.stdout, /^\+2\. Hai$/m);
    assert.deepEqual(readFileSync(file), before);
  });
});

describe("Word documents: vbhc check --fix (page setup)", () => {
  let dir: string;
  let file: string;
  let original: Uint8Array;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "vbhc-docx-fix-"));
    const source = readFileSync(path.join(FIXTURES, "layout", "base-quyet-dinh.txt"), "utf8");
    // vbhc's export on Letter paper with Word's default margins (25,4 mm all round).
    const parts = unzipSync(await exportDocx(parse(source)));
    parts["word/document.xml"] = strToU8(
      strFromU8(parts["word/document.xml"]!)
        .split('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"')
        .join('<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"'),
    );
    original = zipSync(parts);
    file = path.join(dir, "letter.docx");
    writeFileSync(file, original);
  });

  it("--fix-dry-run prints the page setup before and after and changes nothing", () => {
    const r = vbhc(["check", "--fix-dry-run", "--format", "compact", file]);
    assert.match(r.stdout, /^-<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"\/>$/m);
    assert.match(r.stdout, /^\+<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>$/m);
    // 25,4 mm top and bottom is within 20–25 mm and the half millimetre Word's units allow: kept.
    assert.match(r.stdout, /^\+<w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1701" /m);
    assert.deepEqual(new Uint8Array(readFileSync(file)), original);
  });

  it("--fix sets A4 and the margins, keeps every other part byte for byte, and leaves nothing to fix", () => {
    const r = vbhc(["check", "--fix", "--format", "json", file]);
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string }[]; fixableCount: number }[];
    assert.deepEqual(
      result!.messages.filter((m) => m.ruleId.startsWith("layout/")),
      [],
    );
    const before = unzipSync(original);
    const after = unzipSync(new Uint8Array(readFileSync(file)));
    assert.deepEqual(Object.keys(after), Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name !== "word/document.xml") assert.deepEqual(after[name], before[name], name);
    }
    // In the document part only the two sections' page setup changed: left 25,4 → 30 mm, right
    // 25,4 → 20 mm, top and bottom kept; Letter → A4.
    const setup = /<w:pgSz [^>]*>|<w:pgMar [^>]*>/g;
    const strip = (xml: string) => xml.replace(setup, "");
    assert.equal(strip(strFromU8(after["word/document.xml"]!)), strip(strFromU8(before["word/document.xml"]!)));
    assert.deepEqual(strFromU8(after["word/document.xml"]!).match(setup)!.slice(0, 2), [
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>',
    ]);
    assert.equal(vbhc(["check", "--format", "json", file]).stdout.includes('"fixableCount": 0'), true);
  });
});

describe("Word documents: vbhc check --fix (font)", () => {
  it("sets Times New Roman for theme and other text fonts, keeps symbol and TCVN3 fonts, and changes nothing but w:rFonts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vbhc-docx-font-"));
    const source = readFileSync(path.join(FIXTURES, "layout", "base-quyet-dinh.txt"), "utf8");
    const parts = unzipSync(await exportDocx(parse(source)));
    const rPr =
      '<w:rPr><w:b/><w:bCs/><w:i w:val="false"/><w:iCs w:val="false"/><w:caps/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">QUYẾT ĐỊNH</w:t>';
    parts["word/document.xml"] = strToU8(
      strFromU8(parts["word/document.xml"]!).replace(
        rPr,
        rPr.replace("<w:rPr>", '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:cs="Arial"/>') +
          '</w:r><w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>\uf0a7</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>Qu¸n</w:t>',
      ),
    );
    parts["word/styles.xml"] = strToU8(
      strFromU8(parts["word/styles.xml"]!)
        .replace(/w:ascii="Times New Roman"/, 'w:ascii="Arial"')
        .replace(/w:hAnsi="Times New Roman"/, 'w:hAnsi="Arial"'),
    );
    const original = zipSync(parts);
    const file = path.join(dir, "fonts.docx");
    writeFileSync(file, original);
    const findingsBefore = JSON.parse(vbhc(["check", "--format", "json", file]).stdout)[0].messages.filter(
      (m: { ruleId: string }) => m.ruleId === "layout/font-family",
    );
    assert.ok(findingsBefore.length > 10, "the Arial defaults make every paragraph a finding");

    vbhc(["check", "--fix", "--format", "json", file]);
    const after = unzipSync(new Uint8Array(readFileSync(file)));
    const fonts = /<w:rFonts [^>]*>/g;
    for (const name of Object.keys(parts)) {
      if (name === "word/document.xml" || name === "word/styles.xml") {
        const strip = (xml: string) => xml.replace(fonts, "");
        assert.equal(strip(strFromU8(after[name]!)), strip(strFromU8(parts[name]!)), name);
      } else assert.deepEqual(after[name], parts[name], name);
    }
    const documentFonts = strFromU8(after["word/document.xml"]!).match(fonts)!;
    assert.deepEqual(documentFonts, [
      '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Arial"/>',
      '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>',
      '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>',
    ]);
    assert.match(
      strFromU8(after["word/styles.xml"]!),
      /<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"\/>/,
    );
    // The TCVN3 run is still reported: its text must be converted to Unicode first.
    const left = JSON.parse(vbhc(["check", "--format", "json", file]).stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === "layout/font-family");
    assert.deepEqual(
      left.map((m: { message: string }) => m.message.includes(".VnTime")),
      [true],
    );
  });
});
