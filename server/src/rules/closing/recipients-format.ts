// closing/recipients-format — how the "Nơi nhận" list is written (Nghị định 30/2020/NĐ-CP,
// Phụ lục I, Phần I, Mục II, khoản 9, điểm d, ô số 9b): "Nơi nhận" followed by a colon; each
// recipient on its own line, starting with a dash (-) and ending with a semicolon (;); the last
// line is "Lưu", a colon, "VT", a comma, the drafting unit (and copies), and a full stop (.).
import { STATE_DRAFTED_KINDS } from "../../core/rule.js";
import type { Recipients, Report, Rule, TextEdit, TextSpan, VbhcDocument } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { emptyRangeAt, endsVerbatim, isArchiveItem, isVerbatim, rangeAtEnd, recipientMarker, type RecipientMarker } from "../closing-helpers.js";

const PUNCT_NAME: Record<string, { vi: string; en: string }> = {
  ";": { vi: "dấu chấm phẩy (;)", en: "a semicolon (;)" },
  ",": { vi: "dấu phẩy (,)", en: "a comma (,)" },
  ".": { vi: "dấu chấm (.)", en: "a full stop (.)" },
  ":": { vi: "dấu hai chấm (:)", en: "a colon (:)" },
};

/** A recipient line that ends "; (…)": the group note of a brace, after the line's own ";". */
const GROUP_NOTE_AFTER_SEMICOLON = /;\s*\([^()]{1,40}\)$/;

/** The fix that makes a line end with `want`: replace a wrong final punctuation, or append. */
function endFix(document: VbhcDocument, span: TextSpan, want: string): { edits?: TextEdit[]; found: string } {
  const last = span.text[span.text.length - 1] ?? "";
  if (last in PUNCT_NAME) {
    // "..." and "…" are placeholders or cut text, not a punctuation to swap.
    if (span.text.endsWith("..")) return { found: last };
    if (!endsVerbatim(document, span, last)) return { found: last };
    return { found: last, edits: [{ range: rangeAtEnd(span, 1), newText: want }] };
  }
  if (last === "…") return { found: "" };
  return { found: "", edits: [{ range: emptyRangeAt(span.range.end), newText: want }] };
}

function checkList(document: VbhcDocument, recipients: Recipients, report: (r: Report) => void): void {
  const { label, items } = recipients;
  // "## NƠI NHẬN": a web page made the label a Markdown heading, which carries no colon; the
  // drafter's colon is the page's to lose, not the document's.
  if (!label.text.endsWith(":") && !recipients.labelIsHeading) {
    const certain = isVerbatim(document, label);
    report({
      range: label.range,
      messageId: "labelColon",
      ...(certain ? { fix: [{ range: emptyRangeAt(label.range.end), newText: ":" }] } : {}),
    });
  }
  if (items.length === 0) return; // closing/missing-recipients reports an empty list
  const markers: RecipientMarker[] = items.map((item) => recipientMarker(document, item));
  const lastIndex = items.length - 1;
  items.forEach((item, i) => {
    const marker = markers[i]!;
    const content = marker.content;
    const isLast = i === lastIndex;
    const archive = isArchiveItem(content);
    // A recipient with "+" sub-items ("- VPUB: + CVP, các PCVP," then "+ Các Phòng …") is one
    // group: how the group's lines end is a house style, so only the list's last line is judged.
    const isSub = marker.char === "+" && i > 0;
    const hasSubs = (i < lastIndex && markers[i + 1]!.char === "+") || /(^|[\s:])\+\s/.test(content);

    if (marker.char === "–" || marker.char === "•") {
      report({
        range: marker.range,
        messageId: "bullet",
        data: { bullet: marker.char },
        fix: [{ range: marker.range, newText: "-" }],
      });
    } else if (marker.char === "") {
      report({
        range: item.range,
        messageId: "ownLine",
      });
    }

    if (archive) {
      checkArchive(document, item, marker, report);
      if (!isLast) {
        report({
          range: item.range,
          messageId: "archiveLast",
        });
        return; // its end is judged once it is moved to the end
      }
    }

    let want: string | null = null;
    if (isLast) {
      // The full stop belongs to the "Lưu" line. Without one the list is incomplete
      // (closing/missing-archive-entry), and with one elsewhere it is to be moved down: either
      // way a ";" on the current last line is right as it stands.
      if (archive) want = ".";
    } else if (!isSub && !hasSubs) {
      want = ";";
    }
    if (!want || item.text.endsWith(want)) return;
    // "- Bộ LĐTB&XH; (để báo cáo)": a table flattened into one row keeps the note a brace gave a
    // group of recipients ("(để báo cáo)", "(thực hiện)") after the line's own ";".
    if (want === ";" && GROUP_NOTE_AFTER_SEMICOLON.test(item.text)) return;
    const { edits, found } = endFix(document, item, want);
    const name = PUNCT_NAME[want]!;
    const was = found ? PUNCT_NAME[found]! : null;
    report({
      range: item.range,
      messageId: `${isLast ? "lastLineEnd" : "lineEnd"}${was ? "Instead" : ""}`,
      data: { want: name, ...(was ? { found: was } : {}) },
      ...(edits ? { fix: edits } : {}),
    });
  });
}

/** "Lưu: VT, NC.": a colon after "Lưu", a comma after "VT". */
function checkArchive(document: VbhcDocument, item: TextSpan, marker: RecipientMarker, report: (r: Report) => void): void {
  const content = marker.content;
  // Offset of the content inside the item's text (the bullet may be part of it).
  const base = item.text.length - content.length;
  const verbatim = isVerbatim(document, item);
  const at = (from: number, to: number) => ({
    start: { line: item.range.start.line, character: item.range.start.character + base + from },
    end: { line: item.range.start.line, character: item.range.start.character + base + to },
  });
  let k = 3; // after "Lưu"
  while (k < content.length && content[k] === " ") k++;
  if (content[k] !== ":") {
    // Certain only when a word follows ("Lưu VT." → "Lưu: VT.").
    const certain = verbatim && k < content.length && /\p{L}/u.test(content[k]!);
    report({
      range: verbatim ? at(0, 3) : item.range,
      messageId: "archiveColon",
      ...(certain ? { fix: [{ range: { start: at(3, 3).start, end: at(k, k).start }, newText: ": " }] } : {}),
    });
  } else {
    k++;
    while (k < content.length && content[k] === " ") k++;
  }
  if (!content.startsWith("VT", k)) return;
  // "VT- TH2", "VT - TH2", "VT-TH2": the drafting unit follows a comma.
  let j = k + 2;
  while (j < content.length && content[j] === " ") j++;
  if (content[j] !== "-" && content[j] !== "–") return;
  let e = j + 1;
  while (e < content.length && content[e] === " ") e++;
  if (e >= content.length || content[e] === "." || content[e] === ";") return;
  const range = verbatim ? at(k + 2, e) : item.range;
  report({
    range,
    messageId: "archiveComma",
    ...(verbatim ? { fix: [{ range, newText: ", " }] } : {}),
  });
}

export const recipientsFormat: Rule = {
  id: "closing/recipients-format",
  description: {
    vi: "Phần “Nơi nhận” trình bày đúng: mỗi nơi nhận một dòng, đầu dòng có gạch (-), cuối dòng có dấu chấm phẩy (;), dòng cuối “- Lưu: VT, …” kết thúc bằng dấu chấm (.).",
    en: "The “Nơi nhận” block is laid out as required: one recipient per line starting with a dash (-) and ending with a semicolon (;), the last line “- Lưu: VT, …” ending with a full stop (.).",
  },
  messages: {
    labelColon: { vi: "Sau chữ “Nơi nhận” có dấu hai chấm: “Nơi nhận:”.", en: "“Nơi nhận” is followed by a colon: “Nơi nhận:”." },
    bullet: {
      vi: "Mỗi nơi nhận bắt đầu bằng gạch đầu dòng (-), không phải “{bullet}”.",
      en: "Each recipient line starts with a dash (-), not “{bullet}”.",
    },
    ownLine: {
      vi: "Mỗi nơi nhận viết trên một dòng riêng, đầu dòng có gạch đầu dòng (-).",
      en: "Each recipient is written on its own line, starting with a dash (-).",
    },
    archiveLast: {
      vi: "Dòng “Lưu: VT, …” là dòng cuối cùng của phần “Nơi nhận”.",
      en: "The “Lưu: VT, …” line is the last line of the “Nơi nhận” block.",
    },
    lineEnd: { vi: "Mỗi nơi nhận kết thúc bằng {want}.", en: "Each recipient line ends with {want}." },
    lineEndInstead: { vi: "Mỗi nơi nhận kết thúc bằng {want}, không phải {found}.", en: "Each recipient line ends with {want}, not {found}." },
    lastLineEnd: {
      vi: "Dòng cuối cùng của phần “Nơi nhận” kết thúc bằng {want}.",
      en: "The last line of the “Nơi nhận” block ends with {want}.",
    },
    lastLineEndInstead: {
      vi: "Dòng cuối cùng của phần “Nơi nhận” kết thúc bằng {want}, không phải {found}.",
      en: "The last line of the “Nơi nhận” block ends with {want}, not {found}.",
    },
    archiveColon: { vi: "Sau chữ “Lưu” có dấu hai chấm: “Lưu: VT, …”.", en: "“Lưu” is followed by a colon: “Lưu: VT, …”." },
    archiveComma: {
      vi: "Sau chữ viết tắt “VT” là dấu phẩy (,) rồi đến tên đơn vị soạn thảo: “Lưu: VT, …”.",
      en: "“VT” is followed by a comma (,) and then the drafting unit: “Lưu: VT, …”.",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 9, điểm d (ô số 9b)",
  // A law passed by an assembly has no Nơi nhận (docs/document-kinds.md); a Party document lists
  // its recipients the Party's way ("- Các đảng bộ trực thuộc,", "- Lưu Văn phòng Tỉnh ủy."):
  // Nghị định 30/2020/NĐ-CP does not govern it.
  kinds: STATE_DRAFTED_KINDS,
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const recipients = section.closing?.recipients;
      if (recipients) checkList(document, recipients, (r) => context.report(r));
    }
  },
};
