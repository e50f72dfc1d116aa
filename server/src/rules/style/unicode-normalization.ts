// style/unicode-normalization — Vietnamese letters are stored precomposed (Unicode NFC: "ế" is
// one character), not decomposed (NFD: "e" + circumflex + acute). Nghị định 30/2020/NĐ-CP,
// Phụ lục I, Phần I, Mục I, khoản 4 asks for the Unicode character set of TCVN 6909:2001;
// decomposed text looks the same on screen but breaks search, sorting and matching.
import type { Rule } from "../../core/index.js";
import { codePointLength, lineRange, lineText, markLengthAt, noiseTest } from "../lines.js";
import { TextMemo } from "../../core/memo.js";
import { perLine } from "../../core/parser/index.js";

/** Lines → whether they are NFC (the check runs once per distinct line). */
const NFC_LINES = new TextMemo<boolean>();
const isNfc = (text: string) => NFC_LINES.through(text, () => text.normalize("NFC") === text);

export const unicodeNormalization: Rule = {
  id: "style/unicode-normalization",
  description: {
    vi: "Chữ tiếng Việt được lưu ở dạng Unicode dựng sẵn (NFC), không ở dạng tổ hợp (NFD).",
    en: "Vietnamese letters are stored precomposed (Unicode NFC), not decomposed (NFD).",
  },
  messages: {
    nfd: {
      vi: "Dòng này có {count} ký tự ở dạng Unicode tổ hợp (NFD); chuyển sang dạng dựng sẵn (NFC) để tìm kiếm, sắp xếp và so khớp văn bản không bị sai.",
      en: "This line has {count} characters in decomposed Unicode (NFD); convert to the precomposed form (NFC) so that search, sorting and matching work.",
    },
    nfdOne: {
      vi: "Dòng này có {count} ký tự ở dạng Unicode tổ hợp (NFD); chuyển sang dạng dựng sẵn (NFC) để tìm kiếm, sắp xếp và so khớp văn bản không bị sai.",
      en: "This line has {count} character in decomposed Unicode (NFD); convert to the precomposed form (NFC) so that search, sorting and matching work.",
    },
  },
  severity: "warning",
  fixable: true,
  source:
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 4 (bộ mã ký tự Unicode theo TCVN 6909:2001); dạng chuẩn hóa NFC theo Unicode Standard Annex #15",
  check(context) {
    const { document } = context;
    const inNoise = noiseTest(document);
    const isNfcAt = perLine(document, "nfc", isNfc);
    for (let line = 0; line < document.lineStarts.length; line++) {
      if (inNoise(line)) continue;
      if (isNfcAt(line)) continue;
      const text = lineText(document, line);
      const nfc = text.normalize("NFC");
      // The span from the first to the last group (a base character and its marks) that NFC changes.
      let from = -1;
      let to = -1;
      let changed = 0;
      let i = 0;
      while (i < text.length) {
        let j = i + codePointLength(text, i);
        for (let n = markLengthAt(text, j); n > 0 && j < text.length; n = markLengthAt(text, j)) j += n;
        // A lone character below U+0300 is its own NFC form: skip the work.
        const group = j === i + 1 && text.charCodeAt(i) < 0x300 ? "" : text.slice(i, j);
        if (group.normalize("NFC") !== group) {
          if (from < 0) from = i;
          to = j;
          changed++;
        }
        i = j;
      }
      let newText: string;
      if (from < 0) {
        // Composition across groups (rare outside Vietnamese): replace the whole line.
        from = 0;
        to = text.length;
        newText = nfc;
      } else {
        newText = text.slice(from, to).normalize("NFC");
        if (text.slice(0, from) + newText + text.slice(to) !== nfc) {
          from = 0;
          to = text.length;
          newText = nfc;
        }
      }
      const count = Math.max(changed, 1);
      context.report({
        range: lineRange(line, from, to),
        messageId: count > 1 ? "nfd" : "nfdOne",
        data: { count },
        fix: [{ range: lineRange(line, from, to), newText }],
      });
    }
  },
};
