// header/type-code-mismatch — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3 điểm b
// and Phụ lục III, Mục I: the symbol of a document with a type name starts with that type's
// abbreviation (CT under CHỈ THỊ, KH under KẾ HOẠCH; case-sensitive: QyĐ, CTr, TTr); a Công văn's
// symbol has no type abbreviation at all (agency, then drafting unit or field).
import type { Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { codeOwner, isKnownCode, matchesAgency, typeLabel, typePosition } from "../header-support.js";

export const typeCodeMismatch: Rule = {
  id: "header/type-code-mismatch",
  description: {
    vi: "Chữ viết tắt tên loại trong ký hiệu khớp với tên loại văn bản (CT cho Chỉ thị, KH cho Kế hoạch…); công văn không có chữ viết tắt tên loại.",
    en: "The type code in the symbol matches the document's type (CT for a Chỉ thị, KH for a Kế hoạch…); a Công văn has no type code.",
  },
  messages: {
    congVanWithCode: {
      vi: "Công văn không có chữ viết tắt tên loại, nhưng ký hiệu “{symbol}” bắt đầu bằng “{code}” (chữ viết tắt của {owner}). Ký hiệu công văn gồm chữ viết tắt tên cơ quan và tên đơn vị soạn thảo hoặc lĩnh vực (dạng “{agency}-…”).",
      en: "A Công văn has no type code, but the symbol “{symbol}” starts with “{code}” (the code of {owner}). A Công văn's symbol is the agency's abbreviation, then the drafting unit or field (as in “{agency}-…”).",
    },
    otherTypeCode: {
      vi: "Chữ viết tắt tên loại “{code}” là của {owner}, không khớp với tên loại {kind}: ký hiệu phải bắt đầu bằng “{expected}-”.",
      en: "The type code “{code}” stands for {owner}, which does not match the title {kind}: the symbol must start with “{expected}-”.",
    },
    missingTypeCode: {
      vi: "Ký hiệu “{symbol}” thiếu chữ viết tắt tên loại văn bản: {kind} phải có ký hiệu bắt đầu bằng “{expected}-” (dạng “{expected}-{code}”).",
      en: "The symbol “{symbol}” lacks the type code: a {kind} takes a symbol starting with “{expected}-” (as in “{expected}-{code}”).",
    },
  },
  severity: "error",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3, điểm b; Phụ lục III, Mục I",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const pos = typePosition(document, section);
      if (!pos) continue;
      const code = pos.code.text;
      const symbol = pos.parts.groups.map((g) => g.text).join("-");
      if (pos.mode === "letter") {
        if (!isKnownCode(code)) continue; // header/unknown-type-code
        const owner = typeLabel(codeOwner(code)!);
        const agency = pos.parts.groups[1]!.text;
        context.report({
          range: pos.range,
          messageId: "congVanWithCode",
          data: { symbol, code, owner, agency },
        });
        continue;
      }
      const expected = pos.expected!;
      if (code === expected) continue;
      const kind = pos.kind;
      if (isKnownCode(code)) {
        const owner = typeLabel(codeOwner(code)!);
        context.report({
          range: pos.range,
          messageId: "otherTypeCode",
          data: { code, owner, kind, expected },
        });
      } else if (matchesAgency(code, pos.header)) {
        context.report({
          range: pos.range,
          messageId: "missingTypeCode",
          data: { symbol, kind, expected, code },
        });
      }
      // Any other code is header/unknown-type-code's concern.
    }
  },
};
