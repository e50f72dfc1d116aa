// header/missing-summary — Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ and Phụ lục I, Phần I,
// Mục II, khoản 5: the summary (trích yếu) sits right under the type name; a Công văn gives it
// after "V/v". The decree's own templates show no summary for a Giấy giới thiệu (Mẫu 1.8) or a
// Giấy nghỉ phép (Mẫu 1.10); contracts and memoranda have no template there: none is asked of them.
import type { Rule, Section } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { cellsAfterLine, foldLetters, isUpperLine } from "../header-support.js";

/** How the enacting authority line of a Quyết định or Nghị quyết begins ("ỦY BAN NHÂN DÂN TỈNH …", "CHỦ TỊCH …"). */
const AUTHORITY_START =
  /^(?:UY BAN NHAN DAN|HOI DONG NHAN DAN|CHU TICH|GIAM DOC|BO TRUONG|THU TRUONG|TONG CUC TRUONG|CUC TRUONG|TRUONG BAN|HIEU TRUONG|VIEN TRUONG|CHANH VAN PHONG|TRUONG PHONG)\b/;

/**
 * The line the model took as the summary is the enacting authority standing right above the
 * căn cứ ("QUYẾT ĐỊNH" / "ỦY BAN NHÂN DÂN TỈNH LONG AN" / "Căn cứ …"): the summary is missing.
 */
function summaryIsAuthority(section: Section): boolean {
  const summary = section.title?.summary;
  const preamble = section.preamble;
  if (!summary || !isUpperLine(summary.text) || !preamble || preamble.authority || preamble.lines.length === 0) return false;
  if (preamble.range.start.line <= summary.range.end.line) return false;
  const folded = foldLetters(summary.text).replace(/\s+/g, " ");
  const agency = foldLetters((section.header?.agency ?? []).map((a) => a.text).join(" ")).replace(/\s+/g, " ");
  return (agency.length > 0 && folded === agency) || AUTHORITY_START.test(folded);
}

const WITHOUT_SUMMARY = new Set(["GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP", "HỢP ĐỒNG", "BẢN GHI NHỚ", "BẢN THỎA THUẬN", "BẢN THOẢ THUẬN", "CÔNG VĂN", "THƯ CÔNG"]);

export const missingSummary: Rule = {
  id: "header/missing-summary",
  description: {
    vi: "Dưới tên loại văn bản có trích yếu nội dung; công văn có trích yếu sau “V/v”.",
    en: "A summary (trích yếu) follows the type name; a Công văn gives its summary after “V/v”.",
  },
  messages: {
    afterVv: { vi: "Sau “V/v” chưa có trích yếu nội dung công văn.", en: "“V/v” is not followed by the summary of the Công văn." },
    missing: {
      vi: "Thiếu trích yếu nội dung: ngay dưới tên loại “{kind}” phải có một câu hoặc cụm từ tóm tắt nội dung văn bản.",
      en: "The summary is missing: right under the type name “{kind}” a short phrase must say what the document is about.",
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ; Phụ lục I, Phần I, Mục II, khoản 5; Phụ lục III (Mẫu 1.4–1.10)",
  check(context) {
    const { document } = context;
    for (const section of sections(document)) {
      const title = section.title;
      if (!title) continue;
      if (title.vv) {
        if (title.summary && title.summary.text.trim().length > 0) continue;
        context.report({
          range: title.vv.range,
          messageId: "afterVv",
        });
        continue;
      }
      if (!title.type || WITHOUT_SUMMARY.has(title.kind)) continue;
      if (title.summary && !summaryIsAuthority(section)) continue;
      // "V/v …" under a type name is a summary in the wrong form: header/summary-format.
      const next = cellsAfterLine(document, title.type.range.end.line, 1)[0];
      if (next && /^v\/v\b/i.test(next.clean)) continue;
      context.report({
        range: title.type.range,
        messageId: "missing",
        data: { kind: title.kind },
      });
    }
  },
};
