#!/usr/bin/env bash
# Export, rendered for real. Seeds 000 and 002 are exported to .docx, converted to PDF by
# LibreOffice and to PNG by pdftoppm (Debian packages); the preview is printed and screenshotted
# by headless Chromium. Checks page counts, non-blank pages, page numbers (none on page 1),
# the attachment on a new page, and that a hostile document's preview runs no script. Word files
# the other way: every seed and example converted to .docx by LibreOffice must give the same text
# findings, at the same lines and columns, as the text it was made from.
# Prints "export: N passed, N failed". With --update-images it also writes
# docs/images/export-000.png, docs/images/export-002.png and docs/images/preview.png.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# fonts-liberation (1.07) lacks the precomposed Vietnamese letters (ậ, ờ, ữ…) that LibreOffice
# would then take from another font; fonts-liberation2 has them.
PACKAGES="libreoffice-writer-nogui fonts-liberation fonts-liberation2 poppler-utils"
UPDATE_IMAGES=0
[ "${1:-}" = "--update-images" ] && UPDATE_IMAGES=1

have_tools() {
  command -v soffice >/dev/null && command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null &&
    command -v pdfinfo >/dev/null && command -v pdffonts >/dev/null &&
    fc-list ':charset=1ead' family 2>/dev/null | grep -q "Liberation Serif"
}
if ! have_tools; then
  if [ "$(id -u)" = 0 ]; then
    echo "export: installing $PACKAGES with apt-get" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null) ||
      { echo "export: apt-get install $PACKAGES failed" >&2; exit 1; }
  else
    echo "export: LibreOffice, poppler or the Liberation fonts (with Vietnamese) are missing. Install them with: sudo apt-get install -y $PACKAGES" >&2
    exit 1
  fi
fi
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home" # LibreOffice and Chromium keep their profiles here, not in the user's
export NPM_CONFIG_UPDATE_NOTIFIER=false
mkdir -p "$HOME"

# The built CLI once `export` is wired into it; the sources through tsx until then.
cat > "$TMP/export.ts" <<TS
import { runExport } from "$ROOT/server/src/cli/export.ts";
const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s),
  readStdin: () => new Uint8Array(), isTty: false, stderrIsTty: false, env: process.env };
runExport(process.argv.slice(2), io).then((code) => (process.exitCode = code));
TS
vbhc_export() {
  if node "$ROOT/bin/vbhc.js" --help 2>/dev/null | grep -q "vbhc export"; then
    node "$ROOT/bin/vbhc.js" export "$@"
  else
    (cd "$ROOT" && npx --no-install tsx "$TMP/export.ts" "$@")
  fi
}

passed=0
failed=0
check() { # check "what" command…
  local what=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "export: FAILED: $what"; fi
}

# Share of dark pixels on a page, from a greyscale PGM (pdftoppm -gray).
ink() {
  node -e '
    const b = require("fs").readFileSync(process.argv[1]);
    const [, w, h, max, rest] = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(b.subarray(0, 50).toString("latin1"));
    const px = b.subarray(b.length - w * h);
    let dark = 0;
    for (const v of px) if (v < max / 2) dark++;
    console.log((dark / px.length).toFixed(4));' "$1"
}
not_blank() { awk -v r="$(ink "$1")" 'BEGIN { exit !(r > 0.01) }'; }
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
first_line() { pdftotext -f "$2" -l "$2" -layout "$1" - 2>/dev/null | grep -m1 -v '^\s*$' | sed 's/^ *//; s/ *$//'; }
between() { [ "$1" -ge "$2" ] && [ "$1" -le "$3" ]; }

render() { # render SEED MIN_PAGES MAX_PAGES [PAGE2_NUMBERED]
  local seed=$1 name
  name=$(basename "$ROOT"/test/fixtures/seeds/"$seed"_*.txt .txt)
  local docx="$TMP/$name.docx" pdf="$TMP/$name.pdf"
  check "$seed: vbhc export writes a .docx" vbhc_export "$ROOT/test/fixtures/seeds/$name.txt" -o "$docx"
  soffice --headless --norestore --convert-to pdf --outdir "$TMP" "$docx" >/dev/null 2>&1
  check "$seed: LibreOffice converts the .docx to PDF" test -s "$pdf"
  local n
  n=$(pages "$pdf")
  echo "export: seed $seed: ${n:-no} pages"
  check "$seed: $2–$3 pages (got ${n:-none})" between "${n:-0}" "$2" "$3"
  pdftoppm -r 40 -gray -f 1 -l 1 "$pdf" "$TMP/$seed-gray"
  check "$seed: the first page is not blank" not_blank "$(ls "$TMP/$seed"-gray*.pgm | head -1)"
  check "$seed: page 1 has the national title and no page number" \
    bash -c '[[ "$(pdftotext -f 1 -l 1 "$0" -)" == *"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"* ]] && ! [[ "$1" =~ ^[0-9]+$ ]]' "$pdf" "$(first_line "$pdf" 1)"
  [ "${4:-yes}" = yes ] && check "$seed: page 2 starts with its number, centred at the top" test "$(first_line "$pdf" 2)" = 2
  # Every glyph from Times New Roman (or Liberation Serif, its metric twin): no fallback font.
  check "$seed: only Times New Roman or Liberation Serif in the PDF" \
    bash -c '! pdffonts "$0" | tail -n +3 | awk "{ print \$1 }" | grep -qvE "LiberationSerif|TimesNewRoman"' "$pdf"
  pdftoppm -r 70 -png -f 1 -l 1 "$pdf" "$TMP/$seed-page"
  [ "$UPDATE_IMAGES" = 1 ] && cp "$(ls "$TMP/$seed"-page*.png | head -1)" "$ROOT/docs/images/export-$seed.png"
}

render 000 5 7
render 002 10 14 no # its decision fits on page 1; page 2 starts the plan

# 002: the plan issued with the decision starts a new page, unnumbered, and its pages count from 1.
pdf=$(ls "$TMP"/002_*.pdf)
attachment=0
for ((p = 2; p <= $(pages "$pdf"); p++)); do
  if [[ "$(first_line "$pdf" "$p")" == "Long An, ngày"* ]]; then attachment=$p; break; fi
done
check "002: the attachment starts a page of its own (page $attachment)" test "$attachment" -gt 1
check "002: the page before it ends the decision with the signer" \
  bash -c '[[ "$(pdftotext -f "$1" -l "$1" "$0" -)" == *"Lê Tấn Dũng"* ]]' "$pdf" $((attachment - 1))
check "002: the attachment's second page is numbered 2" test "$(first_line "$pdf" $((attachment + 1)))" = 2

# Word files made by LibreOffice (one paragraph a line of the text) give the text's own findings.
mkdir -p "$TMP/word"
cp "$ROOT"/test/fixtures/seeds/*.txt "$TMP/word/"
for f in "$ROOT"/examples/*.vbhc.txt; do cp "$f" "$TMP/word/$(basename "$f" .vbhc.txt).txt"; done
soffice --headless --norestore --infilter="Text (encoded):UTF8,LF,,," --convert-to docx:"MS Word 2007 XML" --outdir "$TMP/word" "$TMP"/word/*.txt >/dev/null 2>&1
cat > "$TMP/same-findings.cjs" <<'JS'
// The text findings (layout ones aside) of a text file and of the Word file made from it, compared.
const { execFileSync } = require("node:child_process");
const [bin, txt] = process.argv.slice(2);
const run = (f) => {
  try {
    return execFileSync(process.execPath, [bin, "check", "--format", "json", "--locale", "en", f], { encoding: "utf8" });
  } catch (e) {
    return e.stdout;
  }
};
const pick = (f) => JSON.parse(run(f))[0].messages.filter((m) => !m.ruleId.startsWith("layout/")).map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`);
const a = pick(txt);
const b = pick(txt.replace(/\.txt$/, ".docx"));
const only = (x, y) => x.filter((v) => !y.includes(v)).join("\n    ");
if (JSON.stringify(a) !== JSON.stringify(b)) {
  console.error(`word: ${txt}: text ${a.length} findings, Word ${b.length}\n  only in the text: ${only(a, b)}\n  only in Word: ${only(b, a)}`);
  process.exit(1);
}
JS
for txt in "$TMP"/word/*.txt; do
  check "word: $(basename "$txt"): LibreOffice's .docx has the text's findings" node "$TMP/same-findings.cjs" "$ROOT/bin/vbhc.js" "$txt"
done

# The preview in a real browser.
if [ -z "$CHROMIUM" ]; then
  echo "export: Chromium not found (Debian package chromium); the preview checks are skipped"
else
  chrome() { "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run "$@" 2>/dev/null; }
  html="$TMP/preview-002.html"
  check "preview: vbhc export --format html" vbhc_export "$ROOT"/test/fixtures/seeds/002_*.txt -o "$html"
  chrome --print-to-pdf="$TMP/preview.pdf" --no-pdf-header-footer "file://$html" >/dev/null
  n=$(pages "$TMP/preview.pdf")
  echo "export: preview of 002 printed by Chromium: ${n:-no} pages"
  check "preview: Chromium prints it on A4 with the national title on page 1" \
    bash -c '[[ "$(pdfinfo "$0")" == *"(A4)"* && "$(pdftotext -f 1 -l 1 "$0" -)" == *"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"* ]]' "$TMP/preview.pdf"
  check "preview: printed page 2 carries its number" test "$(first_line "$TMP/preview.pdf" 2)" = 2
  chrome --window-size=900,1280 --screenshot="$TMP/preview.png" "file://$html" >/dev/null
  check "preview: Chromium takes a screenshot" test "$(stat -c %s "$TMP/preview.png" 2>/dev/null || echo 0)" -gt 20000
  [ "$UPDATE_IMAGES" = 1 ] && cp "$TMP/preview.png" "$ROOT/docs/images/preview.png"

  # A document that tries to run a script: the browser must show it as text and run nothing.
  printf '%s\n' "ỦY BAN NHÂN DÂN" "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "Số: 01/UBND-VP" \
    "Để <script>document.body.setAttribute('data-pwned','1')</script> thử." \
    "1. Nhấn <img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> vào đây." > "$TMP/hostile.txt"
  vbhc_export "$TMP/hostile.txt" -o "$TMP/hostile.html" 2>/dev/null
  dom=$(chrome --dump-dom "file://$TMP/hostile.html")
  check "preview: a hostile document's script and handler stay inert text" \
    bash -c '[[ "$0" == *"&lt;script&gt;document.body.setAttribute"* && "$0" != *"data-pwned=\""* && "$0" != *"<img"* ]]' "$dom"
fi

echo "export: $passed passed, $failed failed"
[ "$failed" = 0 ]
