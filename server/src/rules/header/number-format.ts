// header/number-format — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3: the number
// is written in Arabic digits, with a leading zero below 10; "Số" is followed by a colon; "/"
// separates the number from the symbol, and the groups of the symbol are joined by hyphens,
// with no spaces.
import { ALL_KINDS } from "../../core/kinds.js";
import type { LocalizedText, Rule, TextEdit } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { fieldRange, isBlankNumber, isPartyDocument, isPartyNumber, isVerbatim, numberParts, shorten } from "../header-support.js";
import { lineRange, lineText } from "../lines.js";

export const numberFormat: Rule = {
  id: "header/number-format",
  description: {
    vi: "Số, ký hiệu viết đúng thể thức: “Số:”, số bằng chữ số Ả Rập (dưới 10 thêm số 0), “/”, ký hiệu gồm các nhóm chữ viết tắt nối bằng “-”, không cách chữ (“Số: 14/CT-UBND”).",
    en: "The number and symbol follow the format: “Số:”, the number in Arabic digits (a leading zero below 10), “/”, the symbol's groups joined by “-”, no spaces (“Số: 14/CT-UBND”).",
  },
  messages: {
    format: {
      vi: "Số, ký hiệu “{number}” chưa đúng thể thức: {problems}.",
      en: "The number and symbol “{number}” do not follow the format: {problems}.",
    },
    formatNoValue: {
      vi: "Số, ký hiệu chưa đúng thể thức: {problems}.",
      en: "The number and symbol do not follow the format: {problems}.",
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3, điểm a và c",
  // A number is written by its issuer, also in a consolidated text.
  kinds: ALL_KINDS,
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const field = section.header?.number;
      if (!field || isPartyDocument(section)) continue;
      const problems: LocalizedText[] = [];
      const edits: TextEdit[] = [];
      let range = field.value?.range ?? field.label.range;

      // "Số:" — the label up to the value (or to the end of the label when the value is on the next line).
      const label = field.label;
      const labelLine = lineText(document, label.range.start.line);
      const labelEnd = field.value && field.value.range.start.line === label.range.start.line ? field.value.range.start.character : label.range.end.character;
      const labelText = labelLine.slice(label.range.start.character, labelEnd);
      let labelFault = false;
      if (!/^số\s*hiệu/i.test(label.text)) {
        const bare = /^(Số)([ \t]*)$/.exec(labelText);
        const spaced = /^(Số)([ \t]+):([ \t]*)$/.exec(labelText);
        if (!labelText.includes(":")) {
          labelFault = true;
          problems.push({ vi: "thiếu dấu hai chấm sau chữ “Số”", en: "no colon after “Số”" });
          if (bare) edits.push({ range: lineRange(label.range.start.line, label.range.start.character + 2, labelEnd), newText: ": " });
        } else if (/^Số\s+:/i.test(labelText)) {
          labelFault = true;
          problems.push({ vi: "thừa dấu cách trước dấu hai chấm", en: "a space before the colon" });
          if (spaced) {
            const from = label.range.start.character + 2;
            edits.push({ range: lineRange(label.range.start.line, from, from + spaced[2]!.length), newText: "" });
          }
        }
      }

      const value = field.value;
      if (value) {
        const parts = numberParts(value.text.normalize("NFC"));
        if (isPartyNumber(parts)) continue; // "25-CT/TU": a Party number, its own format
        const exact = isVerbatim(document, value);
        range = exact ? fieldRange(value, 0, parts.field.length) : value.range;
        const at = (from: number, to: number) => fieldRange(value, from, to);
        const num = parts.number;
        if (!isBlankNumber(num.text)) {
          const digits = num.text.replace(/\s+/g, "");
          if (!/^[0-9]+$/.test(digits)) {
            problems.push({
              vi: `số “${shorten(digits, 20)}” phải viết bằng chữ số Ả Rập`,
              en: `the number “${shorten(digits, 20)}” must be written in Arabic digits`,
            });
          } else {
            const n = Number.parseInt(digits, 10);
            const want = n < 10 ? `0${n}` : String(n);
            if (n > 0 && digits !== want) {
              problems.push(
                n < 10
                  ? { vi: `số nhỏ hơn 10 phải thêm số 0 ở trước (“${want}”)`, en: `a number below 10 takes a leading zero (“${want}”)` }
                  : { vi: `số không có số 0 thừa ở trước (“${want}”)`, en: `no leading zero on a number of 10 or more (“${want}”)` },
              );
              if (exact && !/\s/.test(num.text)) edits.push({ range: at(num.from, num.to), newText: want });
            }
          }
        }
        if (!parts.hasSlash) {
          if (!isBlankNumber(num.text)) {
            problems.push({ vi: "thiếu “/” và ký hiệu sau số (dạng “14/CT-UBND”)", en: "no “/” and symbol after the number (as in “14/CT-UBND”)" });
          }
        } else if (parts.groups.some((g) => g.text.length === 0)) {
          problems.push({ vi: "ký hiệu có nhóm chữ viết tắt bị trống", en: "the symbol has an empty group" });
        }
        if (parts.oddDashes.length > 0) {
          problems.push({ vi: "giữa các nhóm chữ viết tắt phải là gạch nối (-)", en: "the symbol's groups are joined by a hyphen (-)" });
          if (exact) for (const k of parts.oddDashes) edits.push({ range: at(k, k + 1), newText: "-" });
        }
        if (parts.spaces.length > 0) {
          const compact = parts.field.replace(/\s+/g, "").replace(/[–—‐‑−]/g, "-");
          problems.push({ vi: `có dấu cách thừa, phải viết liền “${shorten(compact)}”`, en: `stray spaces: write it as “${shorten(compact)}”` });
          if (exact) for (const [a, b] of parts.spaces) edits.push({ range: at(a, b), newText: "" });
        }
      }
      if (problems.length === 0) continue;
      if (labelFault) range = { start: label.range.start, end: range.end.line === label.range.start.line ? range.end : label.range.end };
      const shown = shorten((value ? numberParts(value.text).field : "").trim());
      context.report({
        range,
        messageId: shown ? "format" : "formatNoValue",
        data: { ...(shown ? { number: shown } : {}), problems: { vi: problems.map((p) => p.vi).join("; "), en: problems.map((p) => p.en).join("; ") } },
        ...(edits.length > 0 ? { fix: edits } : {}),
      });
    }
  },
};
