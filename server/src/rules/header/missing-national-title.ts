// header/missing-national-title — Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a and Phụ lục I,
// Phần I, Mục II, khoản 1: every văn bản hành chính carries the Quốc hiệu and the Tiêu ngữ.
import type { Range, Rule, Section } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { headerCells, isFormalHeader, isPartyDocument, mottoNearby, nationalTitleNearby, numberLineRange } from "../header-support.js";

export const missingNationalTitle: Rule = {
  id: "header/missing-national-title",
  description: {
    vi: "Phần đầu văn bản có đủ Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”.",
    en: "The header carries both the national title “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” and the motto “Độc lập - Tự do - Hạnh phúc”.",
  },
  messages: {
    both: {
      vi: "Thiếu Quốc hiệu và Tiêu ngữ: phần đầu văn bản phải có hai dòng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và “Độc lập - Tự do - Hạnh phúc”.",
      en: "The national title and the motto are missing: the header must carry “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” and “Độc lập - Tự do - Hạnh phúc”.",
    },
    motto: {
      vi: "Thiếu Tiêu ngữ: dưới Quốc hiệu phải có dòng “Độc lập - Tự do - Hạnh phúc”.",
      en: "The motto is missing: the line “Độc lập - Tự do - Hạnh phúc” must follow the national title.",
    },
    nationalTitle: {
      vi: "Thiếu Quốc hiệu: trên Tiêu ngữ phải có dòng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”.",
      en: "The national title is missing: the line “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” must precede the motto.",
    },
  },
  severity: "error",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a; Phụ lục I, Phần I, Mục II, khoản 1",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const header = section.header;
      if (!isFormalHeader(header) || isPartyDocument(section)) continue;
      const isMain = section === document;
      const title = header.nationalTitle;
      const motto = header.motto;
      if (title && motto) continue;
      // An attached document (a plan issued with a decision) does not repeat the pair; judge it
      // only when it shows one half of it.
      if (!isMain && !title && !motto) continue;
      // A line the parser did not take into the header (an unusual layout, a lower-case Quốc
      // hiệu) is not "missing": other rules judge how it is written.
      const cells = headerCells(document, section);
      const titleMissing = !title && !nationalTitleNearby(cells);
      const mottoMissing = !motto && !mottoNearby(cells) && !(title && /độc\s*lập/i.test(title.text));
      if (!titleMissing && !mottoMissing) continue;
      const range = anchor(section);
      if (titleMissing && mottoMissing) {
        context.report({
          range,
          messageId: "both",
        });
      } else if (mottoMissing) {
        context.report({
          range: title ? title.range : range,
          messageId: "motto",
        });
      } else {
        context.report({
          range: motto ? motto.range : range,
          messageId: "nationalTitle",
        });
      }
    }
  },
};

/** The first line of the header that is there: where the reader looks for the national title. */
function anchor(section: Section): Range {
  const h = section.header!;
  const first =
    h.nationalTitle?.range ?? h.motto?.range ?? h.agency[0]?.range ?? (h.number ? numberLineRange(h.number) : null) ?? h.placeDate?.range ?? h.range;
  return first;
}
