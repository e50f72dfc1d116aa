// citation/missing-date — the first time a document is cited, its date of issue is given
// (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm b: "Khi viện dẫn lần đầu văn
// bản có liên quan, phải ghi đầy đủ tên loại, số, ký hiệu của văn bản, thời gian ban hành văn
// bản, …; trong các lần viện dẫn tiếp theo, chỉ ghi tên loại và số, ký hiệu"). A number without
// a date is ambiguous: numbers start again every year. Laws and ordinances are cited by name;
// căn cứ lines are basis/citation-incomplete's concern, and the preamble's proposal line ("Theo đề
// nghị … tại Tờ trình số …") customarily names the submission by its number only.
import { findCitations, isLawKind, numberKey, type Citation } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";
import { citedName } from "../../core/citation-text.js";

/** "Ngày 24/12/2019, UBND tỉnh ban hành Kế hoạch số 146/KH-UBND": the date is given before. */
const DATE_BEFORE = /ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}/i;

function hasDate(c: Citation): boolean {
  return !!(c.date?.year || c.date?.month);
}

export const missingDate: Rule = {
  id: "citation/missing-date",
  description: {
    vi: "Lần viện dẫn đầu tiên một văn bản phải ghi ngày tháng năm ban hành của văn bản đó.",
    en: "The first citation of a document gives its date of issue.",
  },
  messages: {
    missingDate: {
      vi: "Lần viện dẫn đầu tiên {cited} chưa ghi ngày tháng năm ban hành; lần đầu ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu.",
      en: "The first citation of {cited} gives no date of issue; a first citation gives type, number and symbol, date, issuing body and summary.",
    },
    onlyYear: {
      vi: "Lần viện dẫn đầu tiên {cited} chưa ghi ngày tháng năm ban hành (mới ghi năm {year}); lần đầu ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu.",
      en: "The first citation of {cited} gives no date of issue (only the year {year} is given); a first citation gives type, number and symbol, date, issuing body and summary.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm b",
  check(context) {
    const { document } = context;
    const citations = findCitations(document);
    // Which documents are cited with a date somewhere in the document.
    const dated = new Set<string>();
    for (const c of citations) {
      const key = c.number ? numberKey(c.number, false) : null;
      if (key && hasDate(c)) dated.add(key);
    }
    const seen = new Set<string>();
    // The document's own number ("(Ban hành kèm theo Nghị định số 16/2016/NĐ-CP …)" over an
    // appendix, a crawler's page title) names the document itself, not a cited one.
    const own = document.header?.number?.parsed;
    const ownKey = own && own.form !== "bare" ? numberKey(own, false) : null;
    for (const c of citations) {
      // A heading or a table cell names a document in short; the first mention in running text is judged.
      if (!c.number || c.number.form === "bare" || isLawKind(c.kind) || c.inHeadingOrCell) continue;
      const key = numberKey(c.number, false);
      if (!key || key === ownKey || seen.has(key)) continue;
      seen.add(key);
      if (c.context !== "text" || hasDate(c) || dated.has(key)) continue;
      if (DATE_BEFORE.test(c.lead)) continue;
      const cited = citedName(c);
      context.report({
        range: c.number.range,
        ...(c.yearOnly ? { messageId: "onlyYear", data: { cited, year: c.yearOnly.text } } : { messageId: "missingDate", data: { cited } }),
      });
    }
  },
};
