// header/national-title-text — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1
// điểm a: the Quốc hiệu is "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", in capitals. The decree itself
// also prints "CỘNG HOÀ" (Mục V sample, Mẫu 1.6): the tone-mark position is not judged here
// (style/tone-mark-placement keeps one document consistent).
import type { Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { foldLetters, isPartyDocument, isVerbatim, shorten } from "../header-support.js";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const NATIONAL_TITLE_OLD_TONE = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const FOLDED = foldLetters(NATIONAL_TITLE);

export const nationalTitleText: Rule = {
  id: "header/national-title-text",
  description: {
    vi: "Quốc hiệu viết đúng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”, chữ in hoa (“HOÀ” cũng được chấp nhận).",
    en: "The national title reads exactly “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” in capitals (“HOÀ” is accepted too).",
  },
  messages: {
    wrong: {
      vi: "Quốc hiệu phải viết đúng là “{want}” (chữ in hoa), không phải “{written}”.",
      en: "The national title must read “{want}” (in capitals), not “{written}”.",
    },
  },
  severity: "error",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1, điểm a",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const span = section.header?.nationalTitle;
      if (!span || isPartyDocument(section)) continue;
      const text = span.text.normalize("NFC").replace(/\s+/g, " ").trim();
      // Only the words up to "VIỆT NAM" are the Quốc hiệu; anything after it on the same line
      // (the motto run into it) is another component.
      const folded = foldLetters(text);
      // Folding keeps one letter per letter for Vietnamese text; anything else is not cut.
      const at = folded.length === text.length ? folded.indexOf("VIET NAM") : -1;
      const core = at >= 0 ? text.slice(0, at + "VIET NAM".length) : text;
      const rest = at >= 0 ? text.slice(at + "VIET NAM".length).trim() : "";
      if (core === NATIONAL_TITLE || core === NATIONAL_TITLE_OLD_TONE) continue;
      const want = /HOÀ/i.test(core) ? NATIONAL_TITLE_OLD_TONE : NATIONAL_TITLE;
      const certain = foldLetters(core) === FOLDED && rest === "" && isVerbatim(document, span);
      const shown = shorten(core, 80);
      context.report({
        range: span.range,
        messageId: "wrong",
        data: { want, written: shown },
        ...(certain ? { fix: [{ range: span.range, newText: want }] } : {}),
      });
    }
  },
};
