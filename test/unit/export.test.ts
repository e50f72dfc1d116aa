// Preview and export: the shared layout, the HTML preview on its own (escaping, policy, data-line,
// two-column header), the .docx read back with a zip reader and an XML parser, and the CLI.
// Rendering to PDF/PNG with LibreOffice and Chromium is in test/integration/export-render.sh.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { runExport } from "../../server/src/cli/export.js";
import type { Io } from "../../server/src/cli/io.js";
import { parse } from "../../server/src/core/index.js";
import { exportDocx } from "../../server/src/features/docx.js";
import { layoutDocument, type Block, type Columns } from "../../server/src/features/layout.js";
import { renderPreviewHtml } from "../../server/src/features/preview.js";
import { fixture, ROOT, SEEDS } from "../helpers.js";

const CONG_VAN = readFileSync(path.join(ROOT, "examples", "cong-van-bao-cao-so-lieu.vbhc.txt"), "utf8");
const OPTIONS = { cspSource: "https://*.vscode-cdn.net", nonce: "bm9uY2Vub25jZQ==" };

// A document whose text tries every way into the page.
const HOSTILE = [
  "ỦY BAN NHÂN DÂN",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  'Số: 12/UBND-NC"><img src=x onerror=alert(1)>',
  "Huế, ngày 15 tháng 10 năm 2025",
  "V/v <style>body{display:none}</style>",
  "Kính gửi: Các sở, ban, ngành.",
  "Để <script>document.body.dataset.pwned=1</script> triển khai:",
  '1. Xem [tài liệu](javascript:alert(1)) và <a href="javascript:alert(2)">đây</a>.',
  "2. Trường hợp ' onmouseover='alert(3) và </p></section><script>alert(4)</script>",
  "Nơi nhận:",
  "- Như trên;",
  '- <iframe src="https://example.invalid"></iframe>;',
  "- Lưu: VT, NC.",
  "CHỦ TỊCH",
  "",
  "Nguyễn Văn A",
].join("\n");

function tags(html: string): { name: string; attrs: string[] }[] {
  // Our own style and script bodies are not markup; everything else must be.
  const markup = html.replace(/<style nonce="[^"]*">[\s\S]*?<\/style>/, "<style>").replace(/<script nonce="[^"]*">[\s\S]*?<\/script>/, "<script>");
  return [...markup.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(/\s([^\s=]+)(?:="[^"]*")?/g)].map((a) => a[1]!),
  }));
}

function policyOf(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, "a Content-Security-Policy meta element");
  const text = m[1]!.replace(/&#39;/g, "'");
  return new Map(
    text
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("export: layout", () => {
  it("puts the header in two columns: agency and number left, national title, motto and date right", () => {
    const [main] = layoutDocument(parse(CONG_VAN)).sections;
    const header = main!.nodes[0] as Columns;
    assert.equal(header.kind, "columns");
    assert.equal(header.role, "header");
    const texts = header.rows.map(([l, r]) => [l.map((b) => b.text), r.map((b) => b.text)]);
    assert.deepEqual(texts, [
      [
        ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG", "SỞ NỘI VỤ"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
      ],
      [["Số: 245/SNV-CCHC", "V/v báo cáo số liệu cải cách hành chính năm 2025"], ["Đà Nẵng, ngày 5 tháng 11 năm 2025"]],
    ]);
    const [[agency, right], [numberCell, date]] = header.rows as [[Block[], Block[]], [Block[], Block[]]];
    // The parent body upright, the issuing body bold with the short rule under it.
    assert.deepEqual(
      agency.map((b) => [b.role, b.bold, b.size, b.rule]),
      [
        ["agency-parent", false, 12, null],
        ["agency-parent", false, 12, null],
        ["agency", true, 12, "short"],
      ],
    );
    assert.deepEqual(
      right.map((b) => [b.size, b.bold, b.upper, b.rule]),
      [
        [12, true, true, null],
        [13, true, false, "text"],
      ],
    );
    assert.deepEqual([numberCell[0]!.size, numberCell[1]!.size, date[0]!.size, date[0]!.italic], [13, 12, 13, true]);
  });

  it("keeps a local issuer's name whole when it runs over two lines", () => {
    const header = layoutDocument(parse(fixture(SEEDS.quyetDinh))).sections[0]!.nodes[0] as Columns;
    assert.deepEqual(
      header.rows[0]![0].map((b) => [b.text, b.bold]),
      [
        ["ỦY BAN NHÂN DÂN", true],
        ["TỈNH LONG AN", true],
      ],
    );
  });

  it("prints numbering as text, styles each kind of block as the decree says, and gives source lines", () => {
    const layout = layoutDocument(parse(fixture(SEEDS.quyetDinh)));
    const blocks = layout.sections[0]!.nodes.filter((n): n is Block => n.kind === "block");
    const by = (role: string) => blocks.filter((b) => b.role === role);
    assert.deepEqual(
      by("type-name").map((b) => [b.text, b.size, b.bold, b.upper]),
      [["QUYẾT ĐỊNH", 14, true, true]],
    );
    assert.ok(by("basis").every((b) => b.italic && b.indent && b.size === 14));
    assert.deepEqual(
      by("article").map((b) => [b.lead?.text, b.lead?.bold, b.bold, b.line]),
      [
        ["Điều 1.", true, false, 29],
        ["Điều 2.", true, false, 31],
        ["Điều 3.", true, false, 33],
      ],
    );
    const closing = layout.sections[0]!.nodes.at(-1) as Columns;
    const [left, right] = closing.rows[0]!;
    assert.deepEqual([left[0]!.text, left[0]!.size, left[0]!.bold, left[0]!.italic], ["Nơi nhận:", 12, true, true]);
    assert.ok(left.slice(1).every((b) => b.size === 11 && b.lead?.text === "-" && !b.bold));
    assert.deepEqual(
      right.map((b) => [b.text, b.bold]),
      [
        ["TM. ỦY BAN NHÂN DÂN", true],
        ["KT. CHỦ TỊCH", true],
        ["PHÓ CHỦ TỊCH", true],
        ["Lê Tấn Dũng", true],
      ],
    );
  });

  it("gives each attachment a section of its own", () => {
    const layout = layoutDocument(parse(fixture(SEEDS.quyetDinh)));
    assert.deepEqual(
      layout.sections.map((s) => s.attachment),
      [false, true],
    );
    const plan = layout.sections[1]!.nodes;
    const header = plan[0] as Columns;
    // A blank day stays blank for the văn thư to fill in.
    assert.equal(header.rows.at(-1)![1][0]!.text, "Long An, ngày \u00a0\u00a0\u00a0\u00a0\u00a0 tháng 4 năm 2016");
    const roman = plan.find((n): n is Block => n.kind === "block" && n.lead?.text === "I.");
    assert.deepEqual([roman?.text, roman?.bold, roman?.upper], ["MỤC TIÊU, YÊU CẦU", true, true]);
  });

  it("lays out any input without throwing", () => {
    for (const text of ["", "\u0000\u0001\uFFFF", "a".repeat(100_000), "1.\n2.\n- \n+ \nĐiều 1.\nChương I\n", "\uD800 lone surrogate"]) {
      const layout = layoutDocument(parse(text));
      assert.ok(layout.sections.length >= 1);
    }
  });
});

describe("export: HTML preview", () => {
  it("escapes every piece of document text: no markup, link or handler from the document survives", () => {
    const html = renderPreviewHtml(parse(HOSTILE), OPTIONS);
    const allowedTags = new Set([
      "html",
      "head",
      "meta",
      "title",
      "style",
      "body",
      "section",
      "p",
      "span",
      "b",
      "table",
      "colgroup",
      "col",
      "tr",
      "td",
      "script",
    ]);
    const allowedAttrs = new Set(["lang", "charset", "http-equiv", "content", "name", "class", "data-line", "data-role"]);
    for (const t of tags(html.replace(/^<!DOCTYPE html>/, ""))) {
      assert.ok(allowedTags.has(t.name), `unexpected element <${t.name}>`);
      for (const a of t.attrs) assert.ok(allowedAttrs.has(a), `unexpected attribute ${a} on <${t.name}>`);
    }
    assert.equal(html.match(/<script/g)?.length, 1, "only our own script");
    assert.equal(html.match(/<style/g)?.length, 1, "only our own style");
    // The text is there, as text.
    for (const escaped of [
      "Để &lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt; triển khai:",
      "Số: 12/UBND-NC&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
      "V/v &lt;style&gt;body{display:none}&lt;/style&gt;",
      "- &lt;iframe src=&quot;https://example.invalid&quot;&gt;&lt;/iframe&gt;;",
    ]) {
      assert.ok(html.includes(escaped), escaped);
    }
    assert.ok(html.includes("&lt;a href=&quot;javascript:alert(2)&quot;&gt;đây&lt;/a&gt;"));
    assert.ok(html.includes("Trường hợp &#39; onmouseover=&#39;alert(3)"));
  });

  it("has a strict Content-Security-Policy: nothing but our nonce-marked style and script", () => {
    const html = renderPreviewHtml(parse(CONG_VAN), OPTIONS);
    const policy = policyOf(html);
    assert.deepEqual(policy.get("default-src"), ["'none'"]);
    assert.deepEqual(policy.get("style-src"), ["https://*.vscode-cdn.net", `'nonce-${OPTIONS.nonce}'`]);
    assert.deepEqual(policy.get("script-src"), [`'nonce-${OPTIONS.nonce}'`]);
    for (const [, values] of policy) for (const v of values) assert.ok(!/unsafe|^\*$|^https?:$|^data:$/.test(v), `permissive source ${v}`);
    assert.ok(html.includes(`<style nonce="${OPTIONS.nonce}">`));
    assert.ok(html.includes(`<script nonce="${OPTIONS.nonce}">`));
    assert.ok(!/\sstyle="/.test(html), "no style attributes (they would need 'unsafe-inline')");
    assert.ok(!/\son[a-z]+="/.test(html), "no inline event handlers");
  });

  it("without the script, forbids scripts altogether; refuses a bad nonce; strips a hostile cspSource", () => {
    const html = renderPreviewHtml(parse(CONG_VAN), { ...OPTIONS, script: false });
    assert.deepEqual(policyOf(html).get("script-src"), ["'none'"]);
    assert.ok(!html.includes("<script"));
    assert.throws(() => renderPreviewHtml(parse(CONG_VAN), { ...OPTIONS, nonce: `abc"><script>` }), /nonce/);
    const sneaky = renderPreviewHtml(parse(CONG_VAN), { ...OPTIONS, cspSource: "'unsafe-inline'; script-src *" });
    const policy = policyOf(sneaky);
    assert.deepEqual(policy.get("script-src"), [`'nonce-${OPTIONS.nonce}'`]);
    assert.ok(!policy.get("style-src")!.includes("'unsafe-inline'"));
  });

  it("marks every block with its 0-based source line", () => {
    const html = renderPreviewHtml(parse(CONG_VAN), OPTIONS);
    const paragraphs = [...html.matchAll(/<p [^>]*>/g)].map((m) => m[0]);
    assert.ok(paragraphs.length > 20);
    assert.ok(paragraphs.every((p) => / data-line="\d+"/.test(p)));
    const lineOf = (text: string) => new RegExp(`data-line="(\\d+)">${text}`).exec(html)?.[1];
    assert.equal(lineOf("Số: 245/SNV-CCHC"), "6");
    assert.equal(lineOf("1. Nội dung báo cáo"), "17");
    assert.equal(lineOf("Phan Thị Ngọc Lan"), "44");
  });

  it("draws the header as a two-column table with A4 page boxes", () => {
    const html = renderPreviewHtml(parse(CONG_VAN), OPTIONS);
    const table = /<table class="cols header"[^>]*>(.*?)<\/table>/s.exec(html)?.[1];
    assert.ok(table);
    assert.equal(table.match(/<col /g)?.length, 2);
    const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((r) => [...r[1]!.matchAll(/<td>(.*?)<\/td>/gs)].map((c) => c[1]!));
    assert.equal(rows.length, 2);
    assert.ok(rows.every((r) => r.length === 2));
    assert.match(rows[0]![0]!, /SỞ NỘI VỤ/);
    assert.match(rows[0]![1]!, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.*Độc lập - Tự do - Hạnh phúc/s);
    assert.match(rows[1]![0]!, /Số: 245\/SNV-CCHC/);
    assert.match(rows[1]![1]!, /Đà Nẵng, ngày 5 tháng 11 năm 2025/);
    assert.match(html, /\.sheet \{[^}]*width: 210mm; min-height: 297mm;[^}]*padding: 20mm 15mm 20mm 30mm/);
    assert.match(html, /@page \{ size: A4;/);
    assert.match(html, /font-family: "Times New Roman"/);
    // A document with an attachment has two sheets.
    assert.equal(renderPreviewHtml(parse(fixture(SEEDS.quyetDinh)), OPTIONS).match(/<section class="sheet/g)?.length, 2);
  });
});

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

interface Docx {
  files: Record<string, Uint8Array>;
  xml(name: string): XmlDocument;
}

async function readDocx(text: string): Promise<Docx> {
  const files = unzipSync(await exportDocx(parse(text)));
  return { files, xml: (name) => new DOMParser().parseFromString(strFromU8(files[name]!), "text/xml") };
}

const all = (node: XmlDocument | XmlElement, local: string) => Array.from(node.getElementsByTagNameNS(W, local));
const one = (node: XmlDocument | XmlElement, local: string) => all(node, local)[0];
const val = (node: XmlDocument | XmlElement, local: string, attr = "val") => one(node, local)?.getAttributeNS(W, attr) ?? null;
const textOf = (node: XmlElement) =>
  all(node, "t")
    .map((t) => t.textContent)
    .join("");
const paragraphWith = (doc: XmlDocument, text: string) => all(doc, "p").find((p) => textOf(p) === text);

/** Size (half-points), bold, italic and caps of a paragraph's first run. */
function runStyle(p: XmlElement | undefined) {
  assert.ok(p, "paragraph found");
  const rPr = one(one(p, "r")!, "rPr")!;
  const on = (name: string) => one(rPr, name) !== undefined && val(rPr, name) !== "false";
  return { size: Number(val(rPr, "sz")), bold: on("b"), italic: on("i"), caps: on("caps") };
}

describe("export: .docx", () => {
  it("sets A4, the decree's margins, Times New Roman 14 and page numbers from page 2", async () => {
    const docx = await readDocx(CONG_VAN);
    const doc = docx.xml("word/document.xml");
    const sect = all(doc, "sectPr");
    assert.equal(sect.length, 1);
    const s = sect[0]!;
    assert.deepEqual([val(s, "pgSz", "w"), val(s, "pgSz", "h")], ["11906", "16838"]);
    assert.deepEqual(
      ["top", "bottom", "left", "right", "header"].map((k) => val(s, "pgMar", k)),
      ["1134", "1134", "1701", "850", "567"],
    );
    assert.ok(one(s, "titlePg"), "a different first page");
    assert.equal(val(s, "pgNumType", "start"), "1");
    const styles = docx.xml("word/styles.xml");
    const defaults = one(one(styles, "docDefaults")!, "rPr")!;
    for (const k of ["ascii", "hAnsi", "cs", "eastAsia"]) assert.equal(val(defaults, "rFonts", k), "Times New Roman");
    assert.equal(val(defaults, "sz"), "28");
    // The default header holds a centred PAGE field; the first page's header is empty.
    const rels = strFromU8(docx.files["word/_rels/document.xml.rels"]!);
    const headerFile = (type: string) => {
      const id = all(s, "headerReference")
        .find((h) => h.getAttributeNS(W, "type") === type)!
        .getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
      return `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`;
    };
    const header = docx.xml(headerFile("default"));
    assert.equal(
      all(header, "instrText")
        .map((i) => i.textContent?.trim())
        .join(),
      "PAGE",
    );
    assert.equal(val(one(header, "p")!, "jc"), "center");
    assert.equal(val(header, "sz"), "28");
    const first = docx.xml(headerFile("first"));
    assert.equal(all(first, "instrText").length + all(first, "t").length, 0);
  });

  it("draws the header as a borderless two-column table, agency left and national title right", async () => {
    const doc = (await readDocx(CONG_VAN)).xml("word/document.xml");
    const table = one(doc, "body")!.firstChild as XmlElement;
    assert.equal(table.localName, "tbl");
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) assert.equal(val(one(table, "tblBorders")!, side), "none");
    const rows = all(table, "tr").map((r) => all(r, "tc").map(textOf));
    assert.deepEqual(rows, [
      ["ỦY BAN NHÂN DÂNTHÀNH PHỐ ĐÀ NẴNGSỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc"],
      ["Số: 245/SNV-CCHCV/v báo cáo số liệu cải cách hành chính năm 2025", "Đà Nẵng, ngày 5 tháng 11 năm 2025"],
    ]);
    assert.deepEqual(
      all(one(table, "tblGrid")!, "gridCol").map((g) => g.getAttributeNS(W, "w")),
      ["3742", "5612"],
    );
  });

  it("gives each element the decree's size and style", async () => {
    const doc = (await readDocx(CONG_VAN)).xml("word/document.xml");
    const style = (text: string) => runStyle(paragraphWith(doc, text));
    assert.deepEqual(style("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), { size: 24, bold: true, italic: false, caps: true });
    assert.deepEqual(style("Độc lập - Tự do - Hạnh phúc"), { size: 26, bold: true, italic: false, caps: false });
    assert.deepEqual(style("SỞ NỘI VỤ"), { size: 24, bold: true, italic: false, caps: true });
    assert.deepEqual(style("ỦY BAN NHÂN DÂN"), { size: 24, bold: false, italic: false, caps: true });
    assert.deepEqual(style("Số: 245/SNV-CCHC"), { size: 26, bold: false, italic: false, caps: false });
    assert.deepEqual(style("Đà Nẵng, ngày 5 tháng 11 năm 2025"), { size: 26, bold: false, italic: true, caps: false });
    assert.deepEqual(style("Nơi nhận:"), { size: 24, bold: true, italic: true, caps: false });
    assert.deepEqual(style("- Lưu: VT, CCHC."), { size: 22, bold: false, italic: false, caps: false });
    assert.deepEqual(style("KT. GIÁM ĐỐC"), { size: 28, bold: true, italic: false, caps: true });
    assert.deepEqual(style("Phan Thị Ngọc Lan"), { size: 28, bold: true, italic: false, caps: false });
    // Body text: justified, first line indented 1.27 cm, 6 pt above.
    const p = paragraphWith(
      doc,
      "a) Thủ trưởng các cơ quan, đơn vị, địa phương giao đầu mối thực hiện và chịu trách nhiệm về tính chính xác của số liệu báo cáo.",
    )!;
    assert.deepEqual([val(p, "jc"), val(p, "ind", "firstLine"), val(p, "spacing", "before")], ["both", "720", "120"]);
    assert.deepEqual(runStyle(p), { size: 28, bold: false, italic: false, caps: false });
    // The motto has its rule: an empty paragraph right under it with a bottom border.
    const motto = paragraphWith(doc, "Độc lập - Tự do - Hạnh phúc")!;
    const rule = motto.nextSibling as XmlElement;
    assert.equal(textOf(rule), "");
    assert.equal(val(one(rule, "pBdr")!, "bottom"), "single");
    // Numbering is text, not Word list numbering.
    assert.equal(all(doc, "numPr").length, 0);
  });

  it("starts an attachment on a new page, with its own page numbers", async () => {
    const doc = (await readDocx(fixture(SEEDS.quyetDinh))).xml("word/document.xml");
    const sects = all(doc, "sectPr");
    assert.equal(sects.length, 2);
    // The first section ends in a paragraph (Word needs one after a table) that holds its properties.
    const end = sects[0]!.parentNode!.parentNode as XmlElement;
    assert.equal(end.localName, "p");
    assert.ok(!one(sects[1]!, "type") || val(sects[1]!, "type") === "nextPage");
    assert.ok(sects.every((s) => one(s, "titlePg") && val(s, "pgNumType", "start") === "1"));
    const paragraphs = all(doc, "p");
    const plan = paragraphs.findIndex((p) => textOf(p) === "KẾ HOẠCH");
    assert.ok(plan > paragraphs.indexOf(end), "the plan comes after the decision's section break");
    assert.ok(
      paragraphWith(
        doc,
        "Điều 1. Phê duyệt, ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác cải cách hành chính giai đoạn 2016-2020 của tỉnh Long An.",
      ),
    );
  });

  it("writes a valid file for any input: control characters and lone surrogates are dropped", async () => {
    for (const text of ["", "Số: 01/QĐ-X\u0001\u000b\uD800\nQUYẾT ĐỊNH\n1. a\u0007b", "\u0000".repeat(10)]) {
      const docx = await readDocx(text);
      const xml = strFromU8(docx.files["word/document.xml"]!);
      assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(xml));
      assert.equal(docx.xml("word/document.xml").documentElement?.localName, "document");
    }
  });
});

function fakeIo(stdin = ""): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readStdin: () => new TextEncoder().encode(stdin),
    isTty: false,
    stderrIsTty: false,
    env: {},
  };
  return io;
}

describe("export: vbhc export", () => {
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), "vbhc-export-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const example = path.join(ROOT, "examples", "cong-van-bao-cao-so-lieu.vbhc.txt");

  it("writes a .docx with -o", async () => {
    const out = path.join(dir, "cv.docx");
    const io = fakeIo();
    assert.equal(await runExport([example, "-o", out], io), 0);
    const bytes = readFileSync(out);
    assert.equal(bytes.subarray(0, 2).toString(), "PK");
    assert.ok(unzipSync(bytes)["word/document.xml"]);
    assert.match(io.err, /exported to/);
  });

  it("writes the preview HTML with --format html or an .html output, without a script", async () => {
    const io = fakeIo();
    assert.equal(await runExport([example, "--format", "html"], io), 0);
    assert.match(io.out, /^<!DOCTYPE html>/);
    assert.deepEqual(policyOf(io.out).get("script-src"), ["'none'"]);
    const out = path.join(dir, "cv.html");
    assert.equal(await runExport([example, "-o", out], fakeIo()), 0);
    assert.match(readFileSync(out, "utf8"), /<table class="cols header"/);
  });

  it("reads stdin with -", async () => {
    const io = fakeIo(CONG_VAN);
    assert.equal(await runExport(["-", "--format", "html"], io), 0);
    assert.match(io.out, /Phan Thị Ngọc Lan/);
  });

  it("exits 2 on usage and I/O errors, with a message", async () => {
    const cases: [string[], RegExp][] = [
      [[example], /name it with -o FILE/],
      [[example, "--format", "pdf", "-o", path.join(dir, "x.pdf")], /--format expects docx or html/],
      [[], /exactly one file/],
      [[path.join(dir, "missing.txt"), "-o", path.join(dir, "m.docx")], /no such file or directory/],
      [[example, "-o", path.join(dir, "no-such-dir", "x.docx")], /no such file or directory/],
      [[example, "--bogus"], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const io = fakeIo();
      assert.equal(await runExport(args, io), 2, args.join(" "));
      assert.match(io.err, message);
    }
    const latin1 = path.join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x48, 0xe9, 0x0a]));
    const io = fakeIo();
    assert.equal(await runExport([latin1, "-o", path.join(dir, "l.docx")], io), 2);
    assert.match(io.err, /not valid UTF-8/);
  });
});
