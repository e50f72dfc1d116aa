// citation/expired — a document relied on (a căn cứ, or "theo/thực hiện/căn cứ … Nghị định …")
// must be in force on the date of the document relying on it (for a draft with the day left
// blank, the first day of its month; an undated fragment is not judged). The registry (workspace, team
// files, built-in) says when a document was repealed or replaced, and by what. Citing a replaced
// document as a basis is the defect seed 004 itself complains about ("căn cứ vào các văn bản đã
// hết hiệu lực"). Legal source: Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 154 (a
// document ceases to have effect when replaced or repealed); Nghị định 30/2020/NĐ-CP, Phụ lục I,
// Phần I, Mục II, khoản 6, điểm a (căn cứ ban hành).
import { findCitations, type Citation } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";
import { citationHead, indexFor, issueDate, referenceDate } from "../citation-helpers.js";
import { citedName, entryName, replacements, shortDate } from "../../core/citation-text.js";

/** Words before a citation that make it a basis relied on, not a mention of history. */
const RELIED_ON =
  /(?:căn cứ|theo|thực hiện|triển khai|áp dụng|quy định tại|tại|chấp hành)(?:\s+(?:nghiêm|đúng|đầy đủ|các|quy định của|hướng dẫn của|hướng dẫn tại))*\s+$/i;

function reliedOn(c: Citation): boolean {
  return c.context === "basis" || RELIED_ON.test(c.lead);
}

export const expired: Rule = {
  id: "citation/expired",
  description: {
    vi: "Văn bản được dùng làm căn cứ hoặc được yêu cầu thực hiện phải còn hiệu lực vào ngày ban hành văn bản này (theo registry: workspace, registry của đơn vị, registry có sẵn).",
    en: "A document relied on (a căn cứ, or one to be applied) is in force on this document's date, according to the registry (workspace, team files, built-in).",
  },
  messages: {
    expired: {
      vi: "{cited} đã hết hiệu lực từ ngày {expiry}, trước ngày ban hành văn bản này ({date}){replaced}.",
      en: "{cited} ceased to have effect on {expiry}, before this document's date ({date}){replaced}.",
    },
    expiredUndated: {
      vi: "{cited} đã hết hiệu lực từ ngày {expiry}, trước tháng ban hành văn bản này (từ {date}){replaced}.",
      en: "{cited} ceased to have effect on {expiry}, before this document's month of issue (from {date}){replaced}.",
    },
    expiredUnchecked: {
      vi: "{cited} đã hết hiệu lực từ ngày {expiry}, trước ngày ban hành văn bản này ({date}){replaced}. Ngày hết hiệu lực trong registry chưa được đối chiếu với văn bản gốc.",
      en: "{cited} ceased to have effect on {expiry}, before this document's date ({date}){replaced}. The registry has not checked the expiry date against the official text.",
    },
    expiredUndatedUnchecked: {
      vi: "{cited} đã hết hiệu lực từ ngày {expiry}, trước tháng ban hành văn bản này (từ {date}){replaced}. Ngày hết hiệu lực trong registry chưa được đối chiếu với văn bản gốc.",
      en: "{cited} ceased to have effect on {expiry}, before this document's month of issue (from {date}){replaced}. The registry has not checked the expiry date against the official text.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Luật Ban hành văn bản quy phạm pháp luật 2015 (80/2015/QH13), Điều 154; Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm a",
  check(context) {
    const { document, config } = context;
    const index = indexFor(config);
    for (const c of findCitations(document)) {
      if (!reliedOn(c)) continue;
      const r = index.resolve(c);
      if (r.status !== "resolved") continue;
      const e = r.entry;
      if (e.status !== "expired" || !e.expiry) continue;
      const when = referenceDate(document, c.section);
      if (!when || when < e.expiry) continue;
      const { next, current } = replacements(index, e);
      const now = current ? { vi: `, nay là ${entryName(current, false)}`, en: `, now ${entryName(current, false)}` } : { vi: "", en: "" };
      const by = e.replacedBy
        ? { vi: `; được thay thế bởi ${next ? entryName(next) : e.replacedBy}${now.vi}`, en: `; replaced by ${next ? entryName(next) : e.replacedBy}${now.en}` }
        : { vi: "", en: "" };
      const dated = issueDate(document, c.section) !== null;
      const unchecked = e.uncertain?.includes("expiry") ? "Unchecked" : "";
      context.report({
        range: citationHead(c),
        messageId: `${dated ? "expired" : "expiredUndated"}${unchecked}`,
        data: { cited: citedName(c), expiry: shortDate(e.expiry), date: shortDate(when), replaced: by },
      });
    }
  },
};
