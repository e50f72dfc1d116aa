// closing/missing-end-mark — the content of a văn bản hành chính ends with the mark "./." after
// its last sentence. The mark is not stated in the text of Nghị định 30/2020/NĐ-CP but every
// form of Phụ lục III, Mục II (Mẫu 1.1–1.10, 2.1–2.2, 3.1–3.2) ends the content with it, and
// administrative practice follows them: a customary requirement, hence a warning.
import { STATE_DRAFTED_KINDS } from "../../core/rule.js";
import type { Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { endsVerbatim, lastBodySpan, rangeAtEnd } from "../closing-helpers.js";

const END_MARK = "./.";

function isTailChar(c: string): boolean {
  return c === "." || c === "/" || c === " " || c === "\t" || c === "\u00a0";
}

export const missingEndMark: Rule = {
  id: "closing/missing-end-mark",
  description: {
    vi: "Câu cuối cùng của nội dung văn bản kết thúc bằng dấu “./.”.",
    en: "The last sentence of the document's content ends with the end mark “./.”.",
  },
  messages: {
    mistyped: {
      vi: "Dấu kết thúc nội dung văn bản viết là “./.”, không phải “{written}”.",
      en: "The end mark of the content is written “./.”, not “{written}”.",
    },
    afterFullStop: {
      vi: "Thiếu dấu “./.” sau câu cuối cùng của nội dung văn bản.",
      en: "The end mark “./.” is missing after the last sentence of the content.",
    },
    missing: {
      vi: "Câu cuối cùng của nội dung văn bản chưa kết thúc bằng dấu “./.”.",
      en: "The last sentence of the content does not end with the end mark “./.”.",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục II (các mẫu 1.1–1.10: nội dung kết thúc bằng “./.”)",
  // A law passed by an assembly has no Nơi nhận and no "./." (docs/document-kinds.md); the forms
  // of Nghị định 30/2020/NĐ-CP do not govern a Party document.
  kinds: STATE_DRAFTED_KINDS,
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      // A news article or a fragment has no closing: there is no "end of the content" to mark.
      if (!section.closing) continue;
      const last = lastBodySpan(section);
      if (!last) continue;
      const text = last.text;
      if (text.endsWith(END_MARK)) continue;
      let k = text.length;
      while (k > 0 && isTailChar(text[k - 1]!)) k--;
      const tail = text.slice(k);
      if (tail.includes("/")) {
        // A mistyped mark: " /", "/.", "./", ". /.", ". / .".
        const written = tail.trim();
        const range = rangeAtEnd(last, tail.length);
        const certain = endsVerbatim(document, last, tail);
        context.report({
          range: certain ? range : last.range,
          messageId: "mistyped",
          data: { written },
          ...(certain ? { fix: [{ range, newText: END_MARK }] } : {}),
        });
      } else if (tail === ".") {
        // The last sentence ends with a full stop: the mark is completed after it.
        const range = rangeAtEnd(last, 1);
        const certain = endsVerbatim(document, last, ".");
        context.report({
          range: certain ? range : last.range,
          messageId: "afterFullStop",
          ...(certain ? { fix: [{ range, newText: END_MARK }] } : {}),
        });
      } else {
        // No full stop either (";", ":", "…", no punctuation): the sentence itself may be cut
        // short, so the right text is not certain.
        context.report({
          range: last.range,
          messageId: "missing",
        });
      }
    }
  },
};
