// citation/type-mismatch — the type named in the citation agrees with the type abbreviation in the
// symbol: "Nghị định … /QĐ-TTg" names a Nghị định but cites a Quyết định (Nghị định 30/2020/NĐ-CP,
// Phụ lục III, Mục I: abbreviations of the document types; Phụ lục I, Phần I, Mục II, khoản 3,
// điểm b). Party documents are judged by the same letters ("Chỉ thị số 25-CT/TU").
import { findCitations } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";
import { codesOfType, typeOfCode } from "../../core/facts/document-types.js";
import { typeCodeOf } from "../citation-helpers.js";

export const typeMismatch: Rule = {
  id: "citation/type-mismatch",
  description: {
    vi: "Tên loại văn bản được viện dẫn khớp với chữ viết tắt tên loại trong ký hiệu (Nghị định … /NĐ-CP, Quyết định … /QĐ-…).",
    en: "The cited document's type agrees with the type abbreviation in its symbol (Nghị định … /NĐ-CP, Quyết định … /QĐ-…).",
  },
  messages: {
    mismatch: {
      vi: 'Tên loại "{kind}" không khớp ký hiệu "{number}": chữ viết tắt "{code}" là của {other}, còn {kind} có ký hiệu "{expected}-…".',
      en: 'The type "{kind}" does not match the symbol "{number}": "{code}" abbreviates {other}, while a {kind} carries "{expected}-…".',
    },
    mismatchUnknownCode: {
      vi: 'Tên loại "{kind}" không khớp ký hiệu "{number}": chữ viết tắt "{code}" là của loại văn bản khác, còn {kind} có ký hiệu "{expected}-…".',
      en: 'The type "{kind}" does not match the symbol "{number}": "{code}" abbreviates another type, while a {kind} carries "{expected}-…".',
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục I; Phụ lục I, Phần I, Mục II, khoản 3, điểm b",
  check(context) {
    for (const c of findCitations(context.document)) {
      const expected = codesOfType(c.kind);
      if (!expected || !c.number) continue;
      const code = typeCodeOf(c);
      if (!code) continue;
      if (expected.some((e) => e.toUpperCase() === code.toUpperCase())) continue;
      // Party "Quy định" uses QĐ; a Party "Quyết định" too: both are accepted (core/facts).
      const other = typeOfCode(code);
      context.report({
        range: c.number.range,
        messageId: other ? "mismatch" : "mismatchUnknownCode",
        data: { kind: c.kind, number: c.number.raw, code, expected: expected[0]!, ...(other ? { other } : {}) },
      });
    }
  },
};
