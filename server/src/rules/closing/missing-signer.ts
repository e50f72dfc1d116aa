// closing/missing-signer — "Chức vụ, họ tên và chữ ký của người có thẩm quyền" is a component of
// every văn bản hành chính (Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm g; Phụ lục I, Phần I,
// Mục II, khoản 7, điểm c and đ: the signer's full name goes under the title). A signature block
// whose title is not followed by a name is reported.
import type { Rule, VbhcDocument } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { isStandaloneDocument } from "../closing-helpers.js";

// Words and phrases that make a line of capitals a title or an authority rather than a name
// written in capitals ("NGUYỄN VĂN AN", which the parser keeps among the signature lines).
// Words that are also common given names (Chánh, Đại, Hội, Quốc, Thư, Trường…) are only
// taken as part of a phrase.
const TITLE_PHRASES = [
  "TM.",
  "KT.",
  "TL.",
  "TUQ.",
  "Q.",
  "CHỦ TỊCH",
  "GIÁM ĐỐC",
  "TRƯỞNG",
  "PHÓ",
  "THỨ TRƯỞNG",
  "ỦY BAN",
  "UỶ BAN",
  "UBND",
  "HỘI ĐỒNG",
  "VĂN PHÒNG",
  "BÍ THƯ",
  "THƯ KÝ",
  "CHỦ TỌA",
  "CHỦ TOẠ",
  "ĐẠI DIỆN",
  "CHỦ NHIỆM",
  "ỦY VIÊN",
  "UỶ VIÊN",
  "THỦ TƯỚNG",
  "KẾ TOÁN",
  "CHÁNH ÁN",
  "CỤC",
  "SỞ",
  "BỘ",
  "BAN",
  "TỔNG",
  "NGƯỜI KÝ",
];

/** "TS. Nguyễn Văn An": a name behind an academic title, which the parser does not take for the
 * signer (a title before the name is not allowed either, but the name is there). */
const TITLED_NAME = /^(?:GS|PGS|TS|ThS|Ths|KS|BS|CN|TSKH)\.?(?:\s*(?:TS|ThS|TSKH)\.?)?\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,6}$/u;

/** Lines of the original text between the last signature line and the end of the closing. */
function nameAfter(document: VbhcDocument, from: number, to: number): boolean {
  for (let line = from + 1; line <= to && line < document.lineStarts.length; line++) {
    const start = document.lineStarts[line]!;
    const text = document.text
      .slice(start, start + document.lineLengths[line]!)
      .replace(/[*|]/g, " ")
      .trim()
      .normalize("NFC");
    if (TITLED_NAME.test(text)) return true;
  }
  return false;
}

function looksLikeTitle(text: string): boolean {
  const padded = ` ${text.normalize("NFC").toUpperCase().replace(/\s+/g, " ")} `;
  return TITLE_PHRASES.some((p) => padded.includes(` ${p} `));
}

export const missingSigner: Rule = {
  id: "closing/missing-signer",
  description: {
    vi: "Dưới chức vụ của người ký có họ và tên người ký.",
    en: "The signer's full name is given under the signer's title.",
  },
  messages: {
    missingName: { vi: "Thiếu họ tên người ký dưới “{title}”.", en: "The signer's name is missing under “{title}”." },
    missingSigner: { vi: "Văn bản thiếu chức vụ, họ tên của người ký.", en: "The document has no signer's title and name." },
  },
  severity: "error",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm g; Phụ lục I, Phần I, Mục II, khoản 7, điểm c và đ",
  check(context) {
    const { document, config } = context;
    // A draft may leave the name to be filled in when the signer is decided.
    if (config.draft) return;
    sections(document).forEach((section, index) => {
      const closing = section.closing;
      if (!closing || closing.signer) return;
      const last = closing.signature[closing.signature.length - 1];
      if (last) {
        if (!looksLikeTitle(last.text)) return; // perhaps the name itself, in capitals
        if (nameAfter(document, last.range.end.line, closing.range.end.line)) return;
        context.report({
          range: last.range,
          messageId: "missingName",
          data: { title: last.text },
        });
        return;
      }
      // A "Nơi nhận" block and no signature at all, in a document of its own.
      const recipients = closing.recipients;
      if (!recipients || !isStandaloneDocument(section, index)) return;
      const end = recipients.items[recipients.items.length - 1] ?? recipients.label;
      context.report({
        range: end.range,
        messageId: "missingSigner",
      });
    });
  },
};
