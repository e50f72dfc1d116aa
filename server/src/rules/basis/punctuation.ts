// basis/punctuation — how the căn cứ lines of the preamble are punctuated.
// - Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm a: after each căn cứ a new
//   line, each line ends with a semicolon (;), the last line ends with a full stop (.).
// - Thông tư 01/2011/TT-BNV (in force for documents issued before 05/3/2020): each line ends with
//   a semicolon, the last line with a comma (,) — "Theo đề nghị của …," before "QUYẾT ĐỊNH:".
// - Party documents (numbers such as "25-CT/TU") follow the Party's own guidance: the last line
//   ends with a comma.
// - Legal normative documents (Luật, Nghị định, Thông tư…) follow the forms of the decree on legal
//   normative documents (Nghị định 34/2016/NĐ-CP, Phụ lục I): each line ends with a semicolon and
//   the enacting sentence ("Chính phủ ban hành Nghị định …") follows; older laws end their last
//   line otherwise, so the last line of a legal normative document is not judged.
import type { PreambleLine, Report, Rule, TextEdit, VbhcDocument } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { emptyRangeAt, endsVerbatim, isPartyDocument, isVerbatim, rangeAtEnd } from "../closing-helpers.js";
import { standardFor } from "../../core/standard.js";
import { isLegalNormativeType } from "../../core/facts/document-types.js";
import { subRange } from "../helpers.js";

const PUNCT_NAME: Record<string, { vi: string; en: string }> = {
  ";": { vi: "dấu chấm phẩy (;)", en: "a semicolon (;)" },
  ",": { vi: "dấu phẩy (,)", en: "a comma (,)" },
  ".": { vi: "dấu chấm (.)", en: "a full stop (.)" },
  ":": { vi: "dấu hai chấm (:)", en: "a colon (:)" },
};

type Rulebook = "nd30" | "tt01" | "party" | "qppl";

const BOOK_NOTE: Record<Rulebook, { vi: string; en: string }> = {
  nd30: { vi: "theo Nghị định 30/2020/NĐ-CP", en: "under Nghị định 30/2020/NĐ-CP" },
  tt01: {
    vi: "theo Thông tư 01/2011/TT-BNV, áp dụng cho văn bản ban hành trước ngày 05/3/2020",
    en: "under Thông tư 01/2011/TT-BNV, which governs documents issued before 05/3/2020",
  },
  party: { vi: "đối với văn bản của Đảng", en: "in a Party document" },
  qppl: { vi: "theo mẫu văn bản quy phạm pháp luật", en: "under the forms of legal normative documents" },
};

function checkLine(document: VbhcDocument, line: PreambleLine, want: string, last: boolean, book: Rulebook, report: (r: Report) => void): void {
  const span = line.text;
  const text = span.text;
  const found = text[text.length - 1] ?? "";
  if (found === want) return;
  // Party guidance is not settled on "," or "." for the last line: accept both there.
  if (book === "party" && last && found === ".") return;
  const ellipsis = text.endsWith("..") || found === "…";
  // What a Party document's last line should end with is not settled enough for a fix.
  const fixable = !(book === "party" && last);
  let fix: TextEdit[] | undefined;
  let range = span.range;
  if (found in PUNCT_NAME && !ellipsis) {
    if (endsVerbatim(document, span, found)) {
      range = rangeAtEnd(span, 1);
      if (fixable) fix = [{ range, newText: want }];
    }
  } else if (!ellipsis && fixable) {
    fix = [{ range: emptyRangeAt(span.range.end), newText: want }];
  }
  const was = found in PUNCT_NAME && !ellipsis ? PUNCT_NAME[found]! : null;
  const name = PUNCT_NAME[want]!;
  const messageId = `${last ? "lastLine" : "line"}${was ? "Instead" : ""}`;
  const data = { want: name, ...(was ? { found: was } : {}), ...(last ? { standard: BOOK_NOTE[book] } : {}) };
  report({ range, messageId, data, ...(fix ? { fix } : {}) });
}

export const punctuation: Rule = {
  id: "basis/punctuation",
  description: {
    vi: "Mỗi căn cứ viết trên một dòng, cuối dòng có dấu chấm phẩy (;); dòng cuối cùng của phần căn cứ kết thúc theo quy định đang áp dụng (dấu chấm theo Nghị định 30/2020/NĐ-CP, dấu phẩy theo Thông tư 01/2011/TT-BNV).",
    en: "Each căn cứ is on its own line ending with a semicolon (;); the last line of the preamble ends as the standard in force requires (a full stop under Nghị định 30/2020/NĐ-CP, a comma under Thông tư 01/2011/TT-BNV).",
  },
  messages: {
    line: { vi: "Mỗi căn cứ kết thúc bằng {want}.", en: "Each căn cứ line ends with {want}." },
    lineInstead: { vi: "Mỗi căn cứ kết thúc bằng {want}, không phải {found}.", en: "Each căn cứ line ends with {want}, not {found}." },
    lastLine: {
      vi: "Dòng cuối cùng của phần căn cứ kết thúc bằng {want} ({standard}).",
      en: "The last line of the preamble ends with {want} ({standard}).",
    },
    lastLineInstead: {
      vi: "Dòng cuối cùng của phần căn cứ kết thúc bằng {want}, không phải {found} ({standard}).",
      en: "The last line of the preamble ends with {want}, not {found} ({standard}).",
    },
    ownLine: {
      vi: "Mỗi căn cứ viết trên một dòng riêng: xuống dòng trước “Căn cứ”.",
      en: "Each căn cứ is written on its own line: start a new line before “Căn cứ”.",
    },
  },
  severity: "warning",
  fixable: true,
  source:
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm a; Phụ lục III, Mẫu 1.2, 1.3. Trước 05/3/2020: Thông tư 01/2011/TT-BNV, Điều 11 (trình bày căn cứ ban hành). Văn bản quy phạm pháp luật: Nghị định 34/2016/NĐ-CP, Phụ lục I",
  check(context) {
    const { document, config } = context;
    const standard = standardFor(document, config);
    const documentBook: Rulebook = config.standard === "auto" && isPartyDocument(document) ? "party" : standard;
    for (const section of sections(document)) {
      const preamble = section.preamble;
      if (!preamble) continue;
      // A Công văn has no căn cứ preamble (Nghị định 30/2020, Phụ lục III, Mẫu 1.5): its "Xét đề
      // nghị của …, Thủ tướng Chính phủ có ý kiến như sau:" is the first sentence of its body.
      if (section.title?.kind === "CÔNG VĂN" && preamble.lines.every((l) => l.kind === "proposal")) continue;
      // Nghị định 30/2020 and Thông tư 01/2011 govern administrative documents, not a law or a decree.
      const book: Rulebook = section.title && isLegalNormativeType(section.title.kind) ? "qppl" : documentBook;
      const finalMark = book === "nd30" ? "." : ",";
      const lines = preamble.lines;
      lines.forEach((line, i) => {
        const span = line.text;
        // Two căn cứ run together on one line (the text layer reads each as a line of its own).
        const before = lines[i - 1];
        if (before && line.kind === "basis" && before.text.range.end.line === span.range.start.line) {
          context.report({
            range: isVerbatim(document, span) ? subRange(span, 0, 6) : span.range,
            messageId: "ownLine",
          });
        }
        const last = i === lines.length - 1;
        if (!last) {
          checkLine(document, line, ";", false, book, (r) => context.report(r));
          return;
        }
        // The last line closes the preamble only when the enacting words follow ("QUYẾT ĐỊNH:") or
        // when it is the proposal line; a căn cứ that leads into a sentence of the body ("Căn cứ
        // …; UBND tỉnh ban hành Kế hoạch … như sau:") is not judged.
        if ((preamble.enactment || line.kind === "proposal") && book !== "qppl") {
          checkLine(document, line, finalMark, true, book, (r) => context.report(r));
        }
      });
    }
  },
};
