// basis/order — the căn cứ lines go from the highest legal force to the lowest, and documents of
// the same type from the oldest to the newest. The hierarchy is the one of Luật Ban hành văn bản
// quy phạm pháp luật 2015 (80/2015/QH13), Điều 4 (kept by Luật 64/2025/QH15, Điều 4): Hiến pháp;
// Bộ luật, Luật, Nghị quyết của Quốc hội; Pháp lệnh, Nghị quyết của Ủy ban Thường vụ Quốc hội;
// Lệnh, Quyết định của Chủ tịch nước; Nghị định; Quyết định (QPPL) của Thủ tướng Chính phủ;
// Thông tư; then the local documents (Nghị quyết of the HĐND, Quyết định of the UBND).
// Only lines whose rank is certain are judged: a Nghị quyết of the Government, a Chỉ thị, a plan
// or a Party document has no place in that list and is skipped. Among laws, the organisation law
// usually comes first whatever its date: the date order is checked only between two documents of
// the same type that carry a number (two Nghị định, two Thông tư). Ties keep the author's order.
import { citedIso, findCitations, type Citation } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { agencyCodeOf } from "../citation-helpers.js";
import { shortDate } from "../../core/citation-text.js";

interface Rank {
  rank: number;
  vi: string;
  en: string;
}

/** The legal force of a căn cứ's document, when it is certain. */
export function legalRank(c: Citation): Rank | null {
  const agency = agencyCodeOf(c)?.normalize("NFC").toUpperCase() ?? "";
  const hasYear = !!c.number?.year;
  switch (c.kind) {
    case "Hiến pháp":
      return { rank: 0, vi: "Hiến pháp", en: "the Constitution" };
    case "Bộ luật":
    case "Luật":
      return { rank: 1, vi: "Bộ luật, Luật", en: "a code or law" };
    case "Pháp lệnh":
      return { rank: 2, vi: "Pháp lệnh", en: "an ordinance" };
    case "Nghị quyết":
      if (/^QH\d*$/.test(agency) || (c.number && /^QH\d*$/i.test(c.number.symbol ?? "")))
        return { rank: 1, vi: "Nghị quyết của Quốc hội", en: "a resolution of the National Assembly" };
      if (/^UBTVQH\d*$/.test(agency) || (c.number && /^UBTVQH\d*$/i.test(c.number.symbol ?? "")))
        return { rank: 2, vi: "Nghị quyết của Ủy ban Thường vụ Quốc hội", en: "a resolution of the NA Standing Committee" };
      if (hasYear && agency === "HĐND") return { rank: 7, vi: "Nghị quyết của Hội đồng nhân dân", en: "a resolution of a People's Council" };
      return null;
    case "Lệnh":
      return agency === "CTN" ? { rank: 3, vi: "Lệnh của Chủ tịch nước", en: "an order of the President" } : null;
    case "Nghị định":
      return c.number?.form === "bare" ? null : { rank: 4, vi: "Nghị định", en: "a decree" };
    case "Quyết định":
      if (agency === "CTN") return { rank: 3, vi: "Quyết định của Chủ tịch nước", en: "a decision of the President" };
      if (hasYear && agency === "TTG") return { rank: 5, vi: "Quyết định của Thủ tướng Chính phủ", en: "a decision of the Prime Minister" };
      if (hasYear && agency === "UBND") return { rank: 8, vi: "Quyết định của Ủy ban nhân dân", en: "a decision of a People's Committee" };
      return null;
    case "Thông tư":
    case "Thông tư liên tịch":
      return hasYear ? { rank: 6, vi: "Thông tư", en: "a circular" } : null;
    default:
      return null;
  }
}

interface Judged {
  citation: Citation;
  rank: Rank;
  iso: string | null;
}

export const order: Rule = {
  id: "basis/order",
  description: {
    vi: "Các căn cứ sắp xếp theo hiệu lực pháp lý từ cao xuống thấp (Hiến pháp, Luật, Pháp lệnh, Nghị định, Quyết định của Thủ tướng, Thông tư, văn bản của địa phương); văn bản cùng loại theo thứ tự thời gian ban hành.",
    en: "The căn cứ lines go from the highest legal force to the lowest (Constitution, laws, ordinances, decrees, Prime Minister's decisions, circulars, local documents); documents of one type from the oldest.",
  },
  messages: {
    higherForce: {
      vi: "Căn cứ này ({rank}) có hiệu lực pháp lý cao hơn căn cứ {higher} ở dòng {line}; sắp xếp các căn cứ theo hiệu lực pháp lý từ cao xuống thấp.",
      en: "This căn cứ ({rank}) has higher legal force than {higher} on line {line}; order the căn cứ lines from the highest legal force.",
    },
    olderAfterNewer: {
      vi: "{kind} ngày {date} ban hành trước {newerKind} ngày {newerDate} ở dòng {line}; các văn bản cùng loại sắp xếp theo thứ tự thời gian ban hành.",
      en: "This {kind} of {date} is older than the {newerKind} of {newerDate} on line {line}; documents of one type go from the oldest.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Luật Ban hành văn bản quy phạm pháp luật 2015 (80/2015/QH13), Điều 4; Luật Ban hành văn bản quy phạm pháp luật 2025 (64/2025/QH15), Điều 4",
  check(context) {
    const { document } = context;
    const all = findCitations(document);
    for (const section of sections(document)) {
      const judged: Judged[] = [];
      for (const line of section.preamble?.lines ?? []) {
        if (line.kind !== "basis") continue;
        // The document a căn cứ line rests on is its first citation, right after "Căn cứ".
        const first = all.find(
          (c) => c.type.range.start.line === line.text.range.start.line && c.type.range.start.character >= line.text.range.start.character,
        );
        if (!first) continue;
        if (!/^\W*căn cứ\s*$/iu.test(first.lead)) continue;
        const rank = legalRank(first);
        if (rank) judged.push({ citation: first, rank, iso: citedIso(first) });
      }
      judged.forEach((j, i) => {
        const higher = judged.slice(0, i).find((e) => e.rank.rank > j.rank.rank);
        if (higher) {
          const line = higher.citation.range.start.line + 1;
          context.report({
            range: j.citation.type.range,
            messageId: "higherForce",
            data: { rank: { vi: j.rank.vi, en: j.rank.en }, higher: { vi: higher.rank.vi, en: higher.rank.en }, line },
          });
          return;
        }
        if (!j.iso || !j.citation.number) return;
        const newer = judged
          .slice(0, i)
          .find((e) => e.rank.rank === j.rank.rank && e.citation.kind === j.citation.kind && e.citation.number && e.iso !== null && e.iso > j.iso!);
        if (newer) {
          const line = newer.citation.range.start.line + 1;
          context.report({
            range: j.citation.type.range,
            messageId: "olderAfterNewer",
            data: { kind: j.citation.kind, date: shortDate(j.iso), newerKind: newer.citation.kind, newerDate: shortDate(newer.iso!), line },
          });
        }
      });
    }
  },
};
