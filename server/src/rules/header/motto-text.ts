// header/motto-text — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1 điểm b: the
// Tiêu ngữ is "Độc lập - Tự do - Hạnh phúc": the first letter of each phrase in capitals, a
// hyphen (gạch nối) between the phrases with a space on each side.
import type { Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { isPartyDocument, isVerbatim, shorten } from "../header-support.js";

export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

// The three phrases in lower case, anything dash-like or a comma between them. Applied to short
// texts only (a motto is one short line), so the optional separators cannot make it slow.
const MOTTO_SHAPE = /^độc\s+lập(\s*)([-–—‐‑−,]?)(\s*)tự\s+do(\s*)([-–—‐‑−,]?)(\s*)hạnh\s+phúc$/;
const MAX_MOTTO = 80;

/** The text without a rule drawn after it in characters ("Hạnh phúc ______"). */
function withoutTrailingRule(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s_=]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

export const mottoText: Rule = {
  id: "header/motto-text",
  description: {
    vi: "Tiêu ngữ viết đúng “Độc lập - Tự do - Hạnh phúc”: viết hoa chữ cái đầu mỗi cụm từ, giữa các cụm là gạch nối (-) có cách chữ.",
    en: "The motto reads exactly “Độc lập - Tự do - Hạnh phúc”: each phrase capitalised, a hyphen with a space on each side between the phrases.",
  },
  messages: {
    wrong: { vi: "Tiêu ngữ phải viết đúng là “{motto}”, không phải “{written}”.", en: "The motto must read “{motto}”, not “{written}”." },
    wrongBecause: {
      vi: "Tiêu ngữ phải viết đúng là “{motto}”, không phải “{written}” ({reasons}).",
      en: "The motto must read “{motto}”, not “{written}” ({reasons}).",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1, điểm b",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const span = section.header?.motto;
      if (!span || isPartyDocument(section)) continue;
      // A rule drawn as characters after the motto ("Hạnh phúc ______") is layout, not text.
      const written = withoutTrailingRule(span.text.normalize("NFC"));
      if (written === MOTTO) continue;
      const m = written.length <= MAX_MOTTO ? MOTTO_SHAPE.exec(written.toLowerCase()) : null;
      const reasons: { vi: string; en: string }[] = [];
      if (m) {
        const [, s1, d1, s2, s3, d2, s4] = m;
        if (!/^Độc lập\s*\S?\s*Tự do\s*\S?\s*Hạnh phúc$/.test(written.replace(/\s+/g, " "))) {
          reasons.push({ vi: "chỉ viết hoa chữ cái đầu của mỗi cụm từ", en: "capitalise only the first letter of each phrase" });
        }
        if (d1 !== "-" || d2 !== "-") {
          reasons.push({ vi: "giữa các cụm từ dùng gạch nối (-)", en: "use a hyphen (-) between the phrases" });
        }
        if ([s1, s2, s3, s4].some((s) => s !== " ") && d1 !== "" && d2 !== "") {
          reasons.push({ vi: "có một dấu cách ở mỗi bên gạch nối", en: "put one space on each side of the hyphen" });
        }
      }
      const shown = shorten(written);
      // Fix only a recognisable motto whose text is verbatim in the original.
      const certain = m !== null && isVerbatim(document, span);
      const end = { line: span.range.start.line, character: span.range.start.character + written.length };
      const range = certain ? { start: span.range.start, end } : span.range;
      context.report({
        range,
        ...(reasons.length > 0
          ? {
              messageId: "wrongBecause",
              data: {
                motto: MOTTO,
                written: shown,
                reasons: { vi: reasons.map((r) => r.vi).join("; "), en: reasons.map((r) => r.en).join("; ") },
              },
            }
          : { messageId: "wrong", data: { motto: MOTTO, written: shown } }),
        ...(certain ? { fix: [{ range, newText: MOTTO }] } : {}),
      });
    }
  },
};
