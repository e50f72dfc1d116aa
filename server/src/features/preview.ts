// The preview: the document drawn as the official layout (features/layout.ts) in one HTML page.
// It runs in a VS Code webview, so it must be safe whatever the document says: every piece of
// text is escaped, nothing comes from a URL, and the Content-Security-Policy allows only our own
// style element and (optionally) our own script, both marked with the nonce.
import type { VbhcDocument } from "../core/model.js";
import { layoutDocument, PAGE, type Block, type Columns, type LayoutNode } from "./layout.js";

export interface PreviewOptions {
  /** The webview's `cspSource` (where it may load resources from). */
  cspSource: string;
  /** A fresh random value for each render; marks the style and script elements as ours. */
  nonce: string;
  /** Add the script for scroll sync and double-click to reveal (default true). */
  script?: boolean;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function classes(b: Block): string {
  const c = ["b", `s${b.size}`, `a-${b.align}`];
  if (b.bold) c.push("bold");
  if (b.italic) c.push("italic");
  if (b.upper) c.push("upper");
  if (b.indent) c.push("indent");
  if (b.spaceBefore) c.push(`sp${b.spaceBefore}`);
  return c.join(" ");
}

const dataLine = (line: number | null) => (line === null ? "" : ` data-line="${line}"`);

function renderBlock(b: Block): string {
  let inner = escapeHtml(b.text);
  if (b.rule === "text") inner = `<span class="rule-text">${inner}</span>`;
  if (b.rule === "short") inner = `<span class="rule-short">${inner}</span>`;
  if (b.lead) {
    const lead = escapeHtml(b.lead.text);
    inner = `${b.lead.bold && !b.bold ? `<b>${lead}</b>` : lead}${b.text ? " " : ""}${inner}`;
  }
  return `<p class="${classes(b)}" data-role="${b.role}"${dataLine(b.line)}>${inner}</p>`;
}

function renderColumns(c: Columns): string {
  const cols = c.widths.map((w) => `<col class="w${w}">`).join("");
  const rows = c.rows.map(([l, r]) => `<tr><td>${l.map(renderBlock).join("")}</td><td>${r.map(renderBlock).join("")}</td></tr>`).join("");
  const space = c.spaceBefore ? ` sp${c.spaceBefore}` : "";
  return `<table class="cols ${c.role}${space}"${dataLine(c.line)}><colgroup>${cols}</colgroup>${rows}</table>`;
}

const renderNode = (n: LayoutNode) => (n.kind === "block" ? renderBlock(n) : renderColumns(n));

// The values that vary (sizes, spacing, widths) become classes: a style attribute would need
// 'unsafe-inline' in the policy.
function css(nodes: readonly LayoutNode[]): string {
  const blocks = nodes.flatMap((n) => (n.kind === "block" ? [n] : n.rows.flat(2)));
  const sizes = new Set([...blocks.map((b) => b.size), PAGE.bodySize]);
  const spaces = new Set([...nodes.map((n) => n.spaceBefore), ...blocks.map((b) => b.spaceBefore)].filter((s) => s > 0));
  const widths = new Set(nodes.flatMap((n) => (n.kind === "columns" ? n.widths : [])));
  const m = PAGE.marginMm;
  return `
:root { color-scheme: light; }
html { background: #8a8a8a; }
body { margin: 0; padding: 8mm 0; }
.sheet { box-sizing: border-box; width: ${PAGE.widthMm}mm; min-height: ${PAGE.heightMm}mm; margin: 0 auto 8mm;
  padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; background: #fff; color: #000;
  box-shadow: 0 1px 6px rgba(0,0,0,.45); font-family: "${PAGE.font}", "Liberation Serif", Tinos, Times, serif; font-size: ${PAGE.bodySize}pt; }
.b { margin: 0; line-height: 1.2; overflow-wrap: break-word; }
.a-left { text-align: left; } .a-center { text-align: center; } .a-right { text-align: right; }
.a-justify { text-align: justify; }
.bold { font-weight: bold; } .italic { font-style: italic; } .upper { text-transform: uppercase; }
.indent { text-indent: ${PAGE.firstLineIndentMm}mm; }
${[...sizes].map((s) => `.s${s} { font-size: ${s}pt; }`).join(" ")}
${[...spaces].map((s) => `.sp${s} { margin-top: ${s}pt; }`).join(" ")}
${[...widths].map((w) => `.w${w} { width: ${w}%; }`).join(" ")}
table.cols { width: 100%; table-layout: fixed; border-collapse: collapse; }
table.cols td { vertical-align: top; padding: 0 0 0 2mm; }
table.cols td:first-child { padding: 0 2mm 0 0; }
.rule-text { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
.rule-short { display: inline-block; position: relative; padding-bottom: 4pt; }
.rule-short::after { content: ""; position: absolute; left: 30%; right: 30%; bottom: 0; border-top: 1px solid #000; }
[data-line].revealed { background: #fff3b0; }
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-center { content: counter(page); font: ${PAGE.pageNumberSize}pt "${PAGE.font}", "Liberation Serif", serif; } }
@page :first { @top-center { content: none; } }
@media print {
  html { background: none; } body { padding: 0; }
  .sheet { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
  .sheet + .sheet { break-before: page; }
}`;
}

// Scroll sync and click-to-reveal, spoken with the extension through postMessage: the extension
// sends { type: "scrollToLine", line } and receives { type: "reveal", line } (0-based lines).
const SCRIPT = `
(() => {
  const vscode = typeof acquireVsCodeApi === "function" ? acquireVsCodeApi() : null;
  const blocks = () => Array.from(document.querySelectorAll("p[data-line]"));
  document.addEventListener("dblclick", (event) => {
    const el = event.target instanceof Element ? event.target.closest("[data-line]") : null;
    if (el && vscode) vscode.postMessage({ type: "reveal", line: Number(el.getAttribute("data-line")) });
  });
  window.addEventListener("message", (event) => {
    const m = event.data;
    if (!m || m.type !== "scrollToLine" || typeof m.line !== "number") return;
    let best = null;
    for (const el of blocks()) if (Number(el.getAttribute("data-line")) <= m.line) best = el;
    if (best) best.scrollIntoView({ block: "start" });
  });
})();`;

export function renderPreviewHtml(document: VbhcDocument, options: PreviewOptions): string {
  // The nonce goes into the policy and into attributes: accept only what a nonce looks like.
  if (!/^[A-Za-z0-9+/_=-]{8,}$/.test(options.nonce)) throw new Error("renderPreviewHtml: the nonce must be at least 8 base64 characters");
  const nonce = options.nonce;
  // Keep host-source characters only: no quote or ";" can add a keyword or a directive.
  const source = options.cspSource
    .replace(/[^A-Za-z0-9:/.*_+@%=?\s-]/g, "")
    .trim()
    .replace(/\s+/g, " ");
  const script = options.script !== false;
  const layout = layoutDocument(document);
  const policy = [
    "default-src 'none'",
    `style-src ${source ? `${source} ` : ""}'nonce-${nonce}'`,
    `script-src ${script ? `'nonce-${nonce}'` : "'none'"}`,
    "img-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const sheets = layout.sections
    .map((s) => `<section class="sheet${s.attachment ? " attachment" : ""}">${s.nodes.map(renderNode).join("\n")}</section>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(layout.title)}</title>
<style nonce="${nonce}">${css(layout.sections.flatMap((s) => s.nodes))}</style>
</head>
<body>
${sheets}
${script ? `<script nonce="${nonce}">${SCRIPT}</script>\n` : ""}</body>
</html>
`;
}
