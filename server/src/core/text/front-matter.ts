// YAML front matter: a web page's metadata block at the very top of a Markdown file
// ("---" / "title: …" / "tags:" / "  - nghị quyết" / "---"). It is markup, not the document:
// its list items are not body items and its "title:" is not the title.

/** How far the closing "---" may stand (a page's metadata is short; a longer run is not front matter). */
const FRONT_MATTER_MAX_LINES = 200;
/** The first line inside must be a YAML key, so that a rule line above a plain-text document is not taken. */
const YAML_KEY = /^[A-Za-z_][A-Za-z0-9_-]*:/;

/** The line of the closing "---" (or "...") of the front matter, or -1 when the text has none. */
export function frontMatterEnd(lines: readonly string[]): number {
  if (lines.length < 3 || lines[0]!.replace(/^\uFEFF/, "").trimEnd() !== "---" || !YAML_KEY.test(lines[1]!)) return -1;
  const limit = Math.min(lines.length, FRONT_MATTER_MAX_LINES);
  for (let line = 2; line < limit; line++) {
    const t = lines[line]!.trimEnd();
    if (t === "---" || t === "...") return line;
  }
  return -1;
}
