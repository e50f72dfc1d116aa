// header/summary-format — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 5 điểm b: a
// Công văn's summary is written after "V/v"; the decree's samples (Mục V, Mẫu 1.5) write
// "V/v nâng bậc lương năm 2019" — the text follows "V/v" after one space, with no colon. The "V/v"
// form belongs to the Công văn: under a type name the summary is written directly.
import type { Rule } from "../../core/index.js";
import { originalText, sections } from "../../core/sections.js";
import { cellsAfterLine } from "../header-support.js";
import { lineRange, lineText } from "../lines.js";

export const summaryFormat: Rule = {
  id: "header/summary-format",
  description: {
    vi: "Trích yếu công văn viết “V/v” rồi đến nội dung, không có dấu hai chấm (“V/v báo cáo số liệu…”); văn bản có tên loại không dùng “V/v”.",
    en: "A Công văn's summary is “V/v” followed directly by the text, no colon (“V/v báo cáo số liệu…”); a document with a type name does not use “V/v”.",
  },
  messages: {
    vv: {
      vi: "Trích yếu công văn viết “V/v” rồi đến nội dung: {problems}.",
      en: "A Công văn's summary is “V/v” followed by the text: {problems}.",
    },
    vvUnderType: {
      vi: "“V/v” chỉ dùng cho trích yếu của công văn: dưới tên loại “{kind}” ghi thẳng trích yếu (ví dụ “Về việc …” hoặc nội dung tóm tắt).",
      en: "“V/v” is only for a Công văn's summary: under the type name “{kind}” write the summary directly (for example “Về việc …”).",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 5, điểm b; Mục V (mẫu chữ, ô 5b); Phụ lục III, Mẫu 1.5",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const title = section.title;
      if (!title) continue;
      if (title.vv && !title.type) {
        const written = originalText(document, title.vv.range);
        // Text on the same line as "V/v" (a summary wrapped onto the next line is another layout).
        const vvLine = title.vv.range.end.line;
        const lineStart = document.lineStarts[vvLine]!;
        const rest = document.text.slice(lineStart + title.vv.range.end.character, lineStart + document.lineLengths[vvLine]!);
        const hasText = !!title.summary && title.summary.text.length > 0 && rest.trim().length > 0;
        const token = written.slice(0, 3);
        const problems: { vi: string; en: string }[] = [];
        if (title.vv.colon) problems.push({ vi: "không có dấu hai chấm sau “V/v”", en: "no colon after “V/v”" });
        if (token !== "V/v" && /^v\/v$/i.test(token)) problems.push({ vi: "viết đúng là “V/v”", en: "write it “V/v”" });
        if (hasText && /^V\/v$/i.test(written)) problems.push({ vi: "có một dấu cách giữa “V/v” và nội dung", en: "one space between “V/v” and the text" });
        if (problems.length === 0) continue;
        // Fix when the range holds only "V/v", spaces and the colon (no Markdown markers).
        const certain = /^v\/v[ \t]*:?[ \t]*$/i.test(written) && title.vv.range.start.line === title.vv.range.end.line;
        context.report({
          range: title.vv.range,
          messageId: "vv",
          data: { problems: { vi: problems.map((p) => p.vi).join("; "), en: problems.map((p) => p.en).join("; ") } },
          ...(certain ? { fix: [{ range: title.vv.range, newText: hasText ? "V/v " : "V/v" }] } : {}),
        });
        continue;
      }
      if (!title.type) continue;
      // "V/v" under a type name: taken as the summary (no header) or left below it.
      const next = title.summary ? null : cellsAfterLine(document, title.type.range.end.line, 1)[0];
      const vvAt = title.vv
        ? title.vv.range.start
        : title.summary && /^v\/v\b/i.test(title.summary.text)
          ? title.summary.range.start
          : next && /^v\/v\b/i.test(next.clean)
            ? { line: next.line, character: Math.max(next.start, lineText(document, next.line).toLowerCase().indexOf("v/v", next.start)) }
            : null;
      if (!vvAt) continue;
      context.report({
        range: lineRange(vvAt.line, vvAt.character, vvAt.character + 3),
        messageId: "vvUnderType",
        data: { kind: title.kind },
      });
    }
  },
};
