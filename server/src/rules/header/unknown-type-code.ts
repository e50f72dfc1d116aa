// header/unknown-type-code — Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục I: the abbreviations of
// the types of administrative documents form a closed table (case-sensitive: QyĐ, CTr, TTr).
// Codes of legal normative documents (NĐ, TT, TTLT, NQLT, L) and of copies (SY, TrS, SL) are
// accepted too. The position is judged only where it is certainly a type code: under a type
// title, or in a Công văn whose symbol puts something before the agency's abbreviation.
import type { Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { foldLetters, isKnownCode, matchesAgency, typePosition } from "../header-support.js";

export const unknownTypeCode: Rule = {
  id: "header/unknown-type-code",
  description: {
    vi: "Chữ viết tắt tên loại văn bản trong ký hiệu có trong bảng chữ viết tắt của Phụ lục III Nghị định 30/2020/NĐ-CP.",
    en: "The type code in the symbol is one of the abbreviations of Nghị định 30/2020/NĐ-CP, Phụ lục III.",
  },
  messages: {
    congVan: {
      vi: "“{code}” không phải chữ viết tắt tên loại văn bản nào trong Phụ lục III Nghị định 30/2020/NĐ-CP. Công văn không có chữ viết tắt tên loại: ký hiệu bắt đầu bằng chữ viết tắt tên cơ quan (dạng “{agency}-…”).",
      en: "“{code}” is not a type code of Nghị định 30/2020/NĐ-CP, Phụ lục III. A Công văn has no type code: its symbol starts with the agency's abbreviation (as in “{agency}-…”).",
    },
    unknown: {
      vi: "“{code}” không có trong bảng chữ viết tắt tên loại văn bản (Phụ lục III Nghị định 30/2020/NĐ-CP): {kind} viết tắt là “{expected}”.",
      en: "“{code}” is not in the table of type codes (Nghị định 30/2020/NĐ-CP, Phụ lục III): a {kind} is abbreviated “{expected}”.",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục I (bảng chữ viết tắt tên loại văn bản)",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const pos = typePosition(document, section);
      if (!pos) continue;
      const code = pos.code.text;
      if (isKnownCode(code)) continue; // a code of another type is header/type-code-mismatch's concern
      if (pos.mode === "letter") {
        const agency = pos.parts.groups[1]!.text;
        context.report({
          range: pos.range,
          messageId: "congVan",
          data: { code, agency },
        });
        continue;
      }
      const expected = pos.expected!;
      if (matchesAgency(code, pos.header)) continue; // the agency in the type position: header/type-code-mismatch
      // "Kh", "QD", "TTR": the title's own code mistyped — the correct text is certain.
      const certain = pos.exact && foldLetters(code) === foldLetters(expected);
      context.report({
        range: pos.range,
        messageId: "unknown",
        data: { code, kind: pos.kind, expected },
        ...(certain ? { fix: [{ range: pos.range, newText: expected }] } : {}),
      });
    }
  },
};
