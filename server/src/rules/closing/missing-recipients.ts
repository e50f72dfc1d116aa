// closing/missing-recipients — "Nơi nhận" is one of the components every văn bản hành chính
// carries (Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm i; presented as Phụ lục I, Phần I,
// Mục II, khoản 9). A document with a header and no "Nơi nhận" block, or a block that lists
// nobody, is reported.
import { DRAFTED_KINDS } from "../../core/rule.js";
import type { Range, Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { isStandaloneDocument, lastBodySpan } from "../closing-helpers.js";

export const missingRecipients: Rule = {
  id: "closing/missing-recipients",
  description: {
    vi: "Văn bản có phần “Nơi nhận” liệt kê các cơ quan, tổ chức, cá nhân nhận văn bản.",
    en: "The document has a “Nơi nhận” block listing the bodies and persons that receive it.",
  },
  messages: {
    empty: {
      vi: "Phần “Nơi nhận” không liệt kê nơi nhận nào: mỗi nơi nhận viết trên một dòng riêng, đầu dòng có gạch đầu dòng (-), dòng cuối là “- Lưu: VT, …”.",
      en: "The “Nơi nhận” block lists no recipient: write each one on its own line starting with a dash (-), the last line being “- Lưu: VT, …”.",
    },
    missing: {
      vi: "Văn bản thiếu phần “Nơi nhận” (các cơ quan, tổ chức, cá nhân nhận văn bản, dòng cuối là “- Lưu: VT, …”).",
      en: "The document has no “Nơi nhận” block (the bodies and persons receiving it, ending with “- Lưu: VT, …”).",
    },
  },
  severity: "error",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm i; Phụ lục I, Phần I, Mục II, khoản 9",
  // A law passed by an assembly has no Nơi nhận and no "./." (docs/document-kinds.md).
  kinds: DRAFTED_KINDS,
  check(context) {
    const { document } = context;
    sections(document).forEach((section, index) => {
      // Without a header we cannot tell a document from a news article or a fragment.
      if (!isStandaloneDocument(section, index)) return;
      const closing = section.closing;
      const recipients = closing?.recipients ?? null;
      if (recipients && recipients.items.length > 0) return;
      if (recipients) {
        context.report({
          range: recipients.label.range,
          messageId: "empty",
        });
        return;
      }
      const range: Range | undefined =
        closing?.signature[0]?.range ?? closing?.signer?.range ?? lastBodySpan(section)?.range ?? section.title?.range ?? section.header?.range;
      if (!range) return;
      context.report({
        range,
        messageId: "missing",
      });
    });
  },
};
