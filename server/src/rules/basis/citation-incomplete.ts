// basis/citation-incomplete — a căn cứ names the document it rests on in full: type, number and
// symbol, date of issue, issuing body and summary (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I,
// Mục II, khoản 6, điểm a). A Luật, Bộ luật or Pháp lệnh is cited by its name and date only: it
// carries no number, symbol or issuer in a căn cứ. Legal normative documents (Luật, Nghị định,
// Thông tư…) are not judged: their căn cứ follow the forms of the Law on promulgation of legal
// normative documents ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Căn cứ Luật
// Tổ chức Chính phủ số 63/2025/QH15;"), not Nghị định 30/2020's.
import type { Rule } from "../../core/index.js";
import { isLegalNormativeType } from "../../core/facts/document-types.js";
import { citationAt, type RawCitation } from "../../core/parser/grammar.js";
import { sections } from "../../core/sections.js";

/** Laws and ordinances: name and date. The Constitution is cited by name and year. */
const LAW = /^(Bộ luật|Luật|Pháp lệnh|Hiến pháp)\s/;
/** Types that always have a number when a specific document is meant. */
const NUMBERED_TYPE =
  /^(Thông tư liên tịch|Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Công văn|Kế hoạch|Thông báo|Hướng dẫn|Công điện)(?=\s|$)/;
/** A date anywhere in the line: "ngày 05/3/2020", "ngày 05 tháng 3 năm 2020". */
const ANY_DATE = /ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}/i;
const ANY_YEAR = /năm\s*\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/i;
/** The issuer named with "của" (or "giữa" for joint documents) somewhere after the number. */
const ISSUER_WORD = /(^|\s)(của|giữa)\s/i;
/** Words a summary starts with or contains; their presence in what the grammar took for the
 * issuer ("của Thủ tướng Chính phủ phê duyệt Đề án …") shows the summary is there. */
const SUMMARY_CUES =
  /(^|\s)(về|quy định|phê duyệt|hướng dẫn|ban hành|sửa đổi|bổ sung|thành lập|giao|phân bổ|phân cấp|công nhận|kiện toàn|triển khai|thực hiện|tăng cường|đẩy mạnh|chỉ đạo|kết luận|quy chế|kế hoạch|chương trình|đề án|danh mục|bãi bỏ|điều chỉnh|phê chuẩn|thông qua|tổ chức|chức năng|ủy quyền|uỷ quyền|cho phép|bổ nhiệm|thi hành|chi tiết)(?=\s|$|[,;.])/i;

type Part = "number" | "symbol" | "date" | "year" | "issuer" | "summary";

const PART_NAME: Record<Part, { vi: string; en: string }> = {
  number: { vi: "số, ký hiệu", en: "number and symbol" },
  symbol: { vi: "ký hiệu", en: "symbol" },
  date: { vi: "ngày tháng năm ban hành", en: "date of issue" },
  year: { vi: "năm ban hành", en: "year of issue" },
  issuer: { vi: "cơ quan ban hành", en: "issuing body" },
  summary: { vi: "trích yếu nội dung", en: "summary" },
};

function stripEnd(text: string): string {
  let e = text.length;
  while (e > 0 && /[\s;,.:]/.test(text[e - 1]!)) e--;
  return text.slice(0, e);
}

/** What a numbered citation leaves out. */
export function missingParts(rest: string, c: RawCitation): Part[] {
  const missing: Part[] = [];
  if (c.number?.form === "bare") missing.push("symbol");
  const afterNumber = rest.slice(c.number ? c.number.span[1] : c.type.span[1]);
  if (!c.date) {
    // The date may come after the issuer ("… của Thủ tướng Chính phủ ngày 04/02/2016 …").
    if (!ANY_DATE.test(afterNumber)) missing.push("date");
  } else if (!c.date.year) {
    missing.push("year");
  }
  const issuer = c.issuer ? rest.slice(c.issuer[0], c.issuer[1]) : null;
  if (!issuer && !ISSUER_WORD.test(afterNumber)) missing.push("issuer");
  const remainder = stripEnd(rest.slice(c.end)).trim();
  if (remainder.length === 0 && !(issuer && SUMMARY_CUES.test(issuer))) missing.push("summary");
  return missing;
}

export const citationIncomplete: Rule = {
  id: "basis/citation-incomplete",
  description: {
    vi: "Mỗi căn cứ ghi đầy đủ tên loại, số, ký hiệu, ngày tháng năm ban hành, cơ quan ban hành và trích yếu của văn bản được viện dẫn (Luật, Pháp lệnh ghi tên và ngày thông qua).",
    en: "Each căn cứ gives the cited document's type, number and symbol, date of issue, issuing body and summary (a Luật or Pháp lệnh: its name and date).",
  },
  messages: {
    lawWithoutDate: {
      vi: "{law} được viện dẫn bằng tên và ngày tháng năm thông qua; căn cứ này còn thiếu ngày tháng năm.",
      en: "A {law} is cited by its name and date of adoption; this căn cứ gives no date.",
    },
    incomplete: {
      vi: "Căn cứ chưa ghi đủ thông tin văn bản được viện dẫn, còn thiếu: {missing} (căn cứ ghi tên loại, số, ký hiệu, ngày tháng năm ban hành, cơ quan ban hành và trích yếu).",
      en: "The căn cứ does not identify the cited document in full; missing: {missing} (a căn cứ gives type, number and symbol, date of issue, issuing body and summary).",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm a",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      if (section.title && isLegalNormativeType(section.title.kind)) continue;
      for (const line of section.preamble?.lines ?? []) {
        if (line.kind !== "basis") continue;
        const span = line.text;
        const m = /^căn cứ\s+/i.exec(span.text);
        if (!m) continue;
        const rest = span.text.slice(m[0].length);
        let missing: Part[] = [];
        const law = LAW.exec(rest);
        if (law) {
          // "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015": name and date. The
          // common shorthand with the year only ("Bộ luật Lao động năm 2019", "Hiến pháp năm
          // 2013") names the law unambiguously and is not reported.
          if (!ANY_DATE.test(rest) && !ANY_YEAR.test(rest)) missing = ["date"];
          if (missing.length > 0) {
            context.report({ range: span.range, messageId: "lawWithoutDate", data: { law: law[1]! } });
          }
          continue;
        }
        const citation = citationAt(rest);
        if (citation && !citation.number) continue; // a law written in lower case: not judged
        if (citation) {
          missing = missingParts(rest, citation);
        } else {
          // "Căn cứ Quyết định của UBND tỉnh về …": a numbered type named without its number.
          // Generic bases ("Căn cứ tình hình thực tế", "Căn cứ chức năng, nhiệm vụ …") and
          // programmes cited by name are not documents to identify.
          const t = NUMBERED_TYPE.exec(rest);
          if (!t) continue;
          missing = ["number"];
          if (!ANY_DATE.test(rest)) missing.push("date");
        }
        if (missing.length === 0) continue;
        const vi = missing.map((p) => PART_NAME[p].vi).join(", ");
        const en = missing.map((p) => PART_NAME[p].en).join(", ");
        context.report({ range: span.range, messageId: "incomplete", data: { missing: { vi, en } } });
      }
    }
  },
};
