// closing/missing-archive-entry — the last line of "Nơi nhận" is the archive entry "Lưu: VT, …"
// (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 9, điểm a and d): one copy is
// always kept by the văn thư and the drafting unit. A list without it is reported.
import { DRAFTED_KINDS } from "../../core/rule.js";
import type { Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { isArchiveItem, recipientMarker } from "../closing-helpers.js";

/** "- UBND các huyện; Lưu: VT." — the entry written at the end of another line still counts. */
const INLINE_ARCHIVE = /[;,.]\s*Lưu(?=$|[\s:.,;])/i;

export const missingArchiveEntry: Rule = {
  id: "closing/missing-archive-entry",
  description: {
    vi: "Phần “Nơi nhận” có dòng lưu văn bản “- Lưu: VT, …” ở cuối.",
    en: "The “Nơi nhận” block ends with the archive line “- Lưu: VT, …”.",
  },
  messages: {
    missing: {
      vi: "Phần “Nơi nhận” thiếu dòng lưu văn bản ở cuối: “- Lưu: VT, <đơn vị soạn thảo>.”.",
      en: "The “Nơi nhận” block lacks the archive line at its end: “- Lưu: VT, <drafting unit>.”.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 9, điểm a và điểm d (ô số 9b)",
  // A law passed by an assembly has no Nơi nhận and no "./." (docs/document-kinds.md).
  kinds: DRAFTED_KINDS,
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const recipients = section.closing?.recipients;
      // No block, or a block that lists nobody: closing/missing-recipients reports it.
      if (!recipients || recipients.items.length === 0) continue;
      const present = recipients.items.some((item) => {
        const content = recipientMarker(document, item).content.normalize("NFC");
        return isArchiveItem(content) || INLINE_ARCHIVE.test(content);
      });
      if (present) continue;
      const last = recipients.items[recipients.items.length - 1]!;
      context.report({
        range: last.range,
        messageId: "missing",
      });
    }
  },
};
