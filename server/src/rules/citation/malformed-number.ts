// citation/malformed-number — a cited number and symbol written as the format requires: number,
// "/", the type abbreviation, "-", the issuing body's abbreviation, with no spaces (Nghị định
// 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3, điểm b–c). "Chỉ thị số 12/UBND" lacks the
// type code; "1346 /QĐ-UBND" has a stray space. Party documents ("25-CT/TU", "05-NQ/TW") follow
// the Party's own format and are not judged here; a short form ("Nghị định 30") is allowed after
// the first mention (Phụ lục I, Phần I, Mục II, khoản 6, điểm b).
import { ALL_KINDS } from "../../core/kinds.js";
import { findCitations } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";
import { originalText } from "../../core/sections.js";
import { codesOfType } from "../../core/facts/document-types.js";
import { isAssemblySymbol, typeCodeOf } from "../citation-helpers.js";
import { citedYear, symbolGroups } from "../../core/citations.js";

/** The year numbers began to carry the type code (Thông tư liên tịch 55/2005/TTLT-BNV-VPCP). */
const TYPE_CODES_SINCE = 2005;

export const malformedNumber: Rule = {
  id: "citation/malformed-number",
  description: {
    vi: "Số, ký hiệu của văn bản được viện dẫn viết đúng thể thức: số, dấu “/”, chữ viết tắt tên loại, dấu “-”, chữ viết tắt cơ quan ban hành, không có khoảng trắng (ngày ban hành dạng số đi kèm cũng viết liền).",
    en: "A cited number and symbol follow the format: number, “/”, the type abbreviation, “-”, the issuing body's abbreviation, with no spaces (so does the numeric date cited with it).",
  },
  messages: {
    dateSpaces: {
      vi: 'Ngày ban hành "{date}" của văn bản được viện dẫn có khoảng trắng thừa; viết liền: "{tight}".',
      en: 'The cited date "{date}" contains stray spaces; write "{tight}".',
    },
    numberSpaces: {
      vi: 'Số, ký hiệu "{number}" có khoảng trắng thừa; viết liền: "{tight}".',
      en: 'The number and symbol "{number}" contain stray spaces; write "{tight}".',
    },
    missingTypeCode: {
      vi: 'Ký hiệu "{number}" thiếu chữ viết tắt tên loại văn bản: {kind} có ký hiệu "{code}-…" (ví dụ "{example}").',
      en: 'The symbol "{number}" lacks the document type abbreviation: a {kind} carries "{code}-…" (e.g. "{example}").',
    },
  },
  severity: "warning",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3, điểm b, c; khoản 6, điểm b",
  // A number is written by its issuer, also in a consolidated text.
  kinds: ALL_KINDS,
  check(context) {
    const { document } = context;
    for (const c of findCitations(document)) {
      // A numeric date written with spaces inside ("06 /4/2016"), next to the number it dates.
      const d = c.date;
      if (d && d.form === "numeric" && c.number && d.range.start.line === d.range.end.line) {
        const written = originalText(document, d.range);
        if (/\s/.test(written)) {
          const tight = written.replace(/\s+/g, "");
          context.report({
            range: d.range,
            messageId: "dateSpaces",
            data: { date: written, tight },
            ...(/^[0-9/.-]+$/.test(tight) ? { fix: [{ range: d.range, newText: tight }] } : {}),
          });
        }
      }
      const n = c.number;
      if (n?.form !== "state") continue;
      const written = originalText(document, n.range);
      // A number the line's end cut at its hyphen ("23/2021/TT-" / "BGDĐT") is wrapped, not spaced.
      const wrappedAtHyphen = n.range.start.line !== n.range.end.line && /^\S*-\s+\S*$/.test(n.raw);
      if (/\s/.test(n.raw) && !wrappedAtHyphen) {
        const tight = n.raw.replace(/\s+/g, "");
        // Fix only when the range holds exactly the raw text on one line (no Markdown inside).
        const certain = n.range.start.line === n.range.end.line && written === n.raw;
        context.report({
          range: n.range,
          messageId: "numberSpaces",
          data: { number: n.raw, tight },
          ...(certain ? { fix: [{ range: n.range, newText: tight }] } : {}),
        });
        continue;
      }
      const codes = codesOfType(c.kind);
      if (!codes || !n.symbol) continue;
      // Type codes in numbers date from Thông tư liên tịch 55/2005/TTLT-BNV-VPCP: "Quyết định số
      // 118/TTg ngày 27/02/1996", "Nghị định 61/CP" are those documents' real numbers, and a
      // citation of unknown date may be one of them.
      const year = citedYear(c);
      if (year === null || year < TYPE_CODES_SINCE) continue;
      if (typeCodeOf(c)) continue; // a type code is there (a wrong one is citation/type-mismatch)
      const groups = symbolGroups(n);
      if (groups.length === 1 && isAssemblySymbol(groups[0]!)) continue; // "202/2025/QH15"
      if ((c.kind === "Nghị quyết" || c.kind === "Pháp lệnh") && groups.some((g) => isAssemblySymbol(g))) continue;
      const code = codes[0]!;
      const example = `${n.number}/${n.year ? `${n.year}/` : ""}${code}-${n.symbol}`;
      context.report({
        range: n.range,
        messageId: "missingTypeCode",
        data: { number: n.raw, kind: c.kind, code, example },
      });
    }
  },
};
