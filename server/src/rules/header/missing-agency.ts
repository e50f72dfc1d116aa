// header/missing-agency — Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm b and Phụ lục I, Phần I,
// Mục II, khoản 2: the header names the issuing agency (and its direct superior, if any), in
// capitals, at the top left.
import type { Rule } from "../../core/index.js";
import { agencyNearby, headerCells, isFormalHeader, numberLineRange } from "../header-support.js";

export const missingAgency: Rule = {
  id: "header/missing-agency",
  description: {
    vi: "Phần đầu văn bản có tên cơ quan, tổ chức ban hành văn bản (chữ in hoa, góc trên bên trái).",
    en: "The header names the issuing agency (in capitals, top left).",
  },
  messages: {
    missing: {
      vi: "Thiếu tên cơ quan, tổ chức ban hành văn bản: ở góc trên bên trái phần đầu văn bản phải ghi tên cơ quan bằng chữ in hoa (ví dụ “ỦY BAN NHÂN DÂN” / “TỈNH LONG AN”).",
      en: "The issuing agency is missing: the top left of the header must name it in capitals (for example “ỦY BAN NHÂN DÂN” / “TỈNH LONG AN”).",
    },
  },
  severity: "error",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm b; Phụ lục I, Phần I, Mục II, khoản 2",
  check(context) {
    const { document } = context;
    // Only the main document: a document attached to it (a plan issued with a decision) is
    // issued under the agency named above.
    const header = document.header;
    if (!isFormalHeader(header) || header.agency.length > 0) return;
    // A line in capitals the parser left above the header (a lower-case line came between).
    if (agencyNearby(headerCells(document, document))) return;
    const range = header.nationalTitle?.range ?? header.motto?.range ?? (header.number ? numberLineRange(header.number) : header.range);
    context.report({
      range,
      messageId: "missing",
    });
  },
};
