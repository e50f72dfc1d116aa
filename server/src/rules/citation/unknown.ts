// citation/unknown — a cited number and symbol that no registry knows: not a workspace document,
// not in the team's registry files, not in the built-in registry, and named by none of their
// relations. A hint for reviewers (a typo in
// the number is the usual cause), off by default: most local documents are in no registry.
import { citedYear, findCitations, numberKey } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";
import { indexFor } from "../citation-helpers.js";
import { citedName } from "../../core/citation-text.js";
import { citationRef } from "../../core/citator/extract.js";

export const unknown: Rule = {
  id: "citation/unknown",
  description: {
    vi: "Văn bản được viện dẫn không có trong workspace, registry của đơn vị hay registry có sẵn, cũng không được quan hệ nào trong đó nhắc tới (gợi ý kiểm tra lại số, ký hiệu).",
    en: "The cited document is in no registry: not a workspace document, not in the team's files, not built in, not named by their relations (check the number).",
  },
  messages: {
    unknown: {
      vi: "Không tìm thấy {cited} trong workspace, registry của đơn vị hay registry có sẵn; kiểm tra lại số, ký hiệu.",
      en: "{cited} is in no registry (workspace, team files, built-in); check the number and symbol.",
    },
  },
  severity: "off",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm b (viện dẫn đủ số, ký hiệu)",
  check(context) {
    const index = indexFor(context.config);
    const seen = new Set<string>();
    for (const c of findCitations(context.document)) {
      if (!c.number || c.number.form === "bare") continue;
      // One finding per document cited (its first citation).
      const key = `${numberKey(c.number, true)}|${citedYear(c) ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const r = index.resolve(c);
      if (r.status !== "unknown" || r.reason !== "not-found") continue;
      // Known by what other documents say of it ("… thay thế Quyết định số …"), if not by an entry.
      const ref = citationRef(c);
      if (ref && index.relationsTo(ref).length > 0) continue;
      context.report({
        range: c.number.range,
        messageId: "unknown",
        data: { cited: citedName(c) },
      });
    }
  },
};
