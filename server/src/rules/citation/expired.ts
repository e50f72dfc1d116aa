// citation/expired — a document relied on (a căn cứ, or "theo/thực hiện/căn cứ … Nghị định …")
// must be in force on the date of the document relying on it, and so must the part relied on
// ("căn cứ khoản 2 Điều 5 của …": an article repealed while the rest stands) (for a draft with the day left
// blank, the first day of its month; an undated fragment is not judged). The status is derived
// from the relations the registries hold (workspace documents, team files, built-in; see
// core/citator): replaced or repealed, from when, and by what. Citing a replaced
// document as a basis is the defect seed 004 itself complains about ("căn cứ vào các văn bản đã
// hết hiệu lực"). Legal source: Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 154 (a
// document ceases to have effect when replaced or repealed); Nghị định 30/2020/NĐ-CP, Phụ lục I,
// Phần I, Mục II, khoản 6, điểm a (căn cứ ban hành).
import { findCitations, type Citation } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";
import { citationHead, indexFor, issueDate, referenceDate } from "../citation-helpers.js";
import { citedName, refName, replacements, shortDate } from "../../core/citation-text.js";
import { citationRef, trailingParts } from "../../core/citator/extract.js";
import { partCovers } from "../../core/citator/status.js";

/** Words before a citation that make it a basis relied on, not a mention of history. */
const RELIED_ON =
  /(?:căn cứ|theo|thực hiện|triển khai|áp dụng|quy định tại|tại|chấp hành)(?:\s+(?:nghiêm|đúng|đầy đủ|các|quy định của|hướng dẫn của|hướng dẫn tại))*\s+$/i;

/**
 * Words before a citation, in its clause, that make it the object of another document's change
 * ("Căn cứ Thông tư liên tịch số 25/2010/… về việc sửa đổi … và thay thế Thông tư liên tịch số
 * 06/2007/…"): a document said to be replaced is not relied on.
 */
const DESCRIBED = /(?:thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|sửa đổi|bổ sung)[^;]*$/iu;

function reliedOn(c: Citation): boolean {
  if (DESCRIBED.test(c.lead)) return false;
  return c.context === "basis" || RELIED_ON.test(c.lead);
}

export const expired: Rule = {
  id: "citation/expired",
  description: {
    vi: "Văn bản được dùng làm căn cứ hoặc được yêu cầu thực hiện, và phần (điều, khoản) được viện dẫn, phải còn hiệu lực vào ngày ban hành văn bản này (theo các quan hệ thay thế, bãi bỏ, sửa đổi trong registry: workspace, registry của đơn vị, registry có sẵn).",
    en: "A document relied on (a căn cứ, or one to be applied), and the part of it relied on, is in force on this document's date, as the relations in the registries say (workspace, team files, built-in).",
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
    expiredAtIssue: {
      vi: "{cited} đã hết hiệu lực từ ngày {expiry} (ngày ký của văn bản thay thế hoặc bãi bỏ; ngày có hiệu lực của văn bản đó chưa rõ), trước ngày ban hành văn bản này ({date}){replaced}.",
      en: "{cited} ceased to have effect on {expiry} (the signing date of the replacing or repealing document; its effective date is not known), before this document's date ({date}){replaced}.",
    },
    expiredUndatedAtIssue: {
      vi: "{cited} đã hết hiệu lực từ ngày {expiry} (ngày ký của văn bản thay thế hoặc bãi bỏ; ngày có hiệu lực của văn bản đó chưa rõ), trước tháng ban hành văn bản này (từ {date}){replaced}.",
      en: "{cited} ceased to have effect on {expiry} (the signing date of the replacing or repealing document; its effective date is not known), before this document's month of issue (from {date}){replaced}.",
    },
    partRepealed: {
      vi: "{part} của {cited} đã bị bãi bỏ từ ngày {expiry}{by}, trước ngày ban hành văn bản này ({date}).",
      en: "{part} of {cited} was repealed on {expiry}{by}, before this document's date ({date}).",
    },
    partRepealedUndated: {
      vi: "{part} của {cited} đã bị bãi bỏ từ ngày {expiry}{by}, trước tháng ban hành văn bản này (từ {date}).",
      en: "{part} of {cited} was repealed on {expiry}{by}, before this document's month of issue (from {date}).",
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
      // A document no registry lists may still be named by a relation ("… thay thế Quyết định số …").
      const ref = r.status === "resolved" ? null : r.status === "unknown" && r.reason === "not-found" ? citationRef(c) : null;
      const target = r.status === "resolved" ? r.entry : ref;
      if (!target) continue;
      const when = referenceDate(document, c.section);
      if (!when) continue;
      const status = index.statusAt(target, when);
      const dated = issueDate(document, c.section) !== null;
      const ended = status.ended;
      // A signing date stands in for an unknown effective date: the same day is not "before".
      if (ended?.date && !(ended.dateIsIssue && ended.date === when)) {
        const { next, current } = replacements(index, target);
        const now = current ? { vi: `, nay là ${refName(index, current, false)}`, en: `, now ${refName(index, current, false)}` } : { vi: "", en: "" };
        const by = next
          ? { vi: `; được thay thế bởi ${refName(index, next)}${now.vi}`, en: `; replaced by ${refName(index, next)}${now.en}` }
          : { vi: "", en: "" };
        const entry = r.status === "resolved" ? r.entry : null;
        const unchecked = entry?.uncertain?.includes("expiry") && !ended.relation.source?.line ? "Unchecked" : ended.dateIsIssue ? "AtIssue" : "";
        context.report({
          range: citationHead(c),
          messageId: `${dated ? "expired" : "expiredUndated"}${unchecked}`,
          data: { cited: citedName(c), expiry: shortDate(ended.date), date: shortDate(when), replaced: by },
        });
        continue;
      }
      // "Căn cứ khoản 2 Điều 5 của Nghị định …": the part relied on may be repealed while the rest stands.
      const cited = trailingParts(c.lead);
      for (const part of cited) {
        const gone = status.repealed.find((a) => a.relation.parts.some((p) => partCovers(p, part)));
        if (!gone?.date) continue;
        const by = gone.relation.by;
        context.report({
          range: citationHead(c),
          messageId: dated ? "partRepealed" : "partRepealedUndated",
          data: {
            part,
            cited: citedName(c),
            expiry: shortDate(gone.date),
            date: shortDate(when),
            by: by ? { vi: ` theo ${refName(index, by, false)}`, en: ` by ${refName(index, by, false)}` } : { vi: "", en: "" },
          },
        });
        break;
      }
    }
  },
};
