// citation/issuer-mismatch — the issuer named after "của" agrees with the body abbreviated in the
// symbol: NĐ-CP and NQ-CP are the Government's (Chính phủ), QĐ-TTg and CT-TTg the Prime
// Minister's, TT-BNV the Ministry of Home Affairs'… (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I,
// Mục II, khoản 3, điểm b: the symbol abbreviates the issuing body). Only bodies listed here are
// judged; a joint symbol (TTLT-BNV-VPCP) is not.
import { findCitations } from "../../core/citations.js";
import type { Rule } from "../../core/index.js";
import { agencyCodeOf, normalizeIssuer } from "../citation-helpers.js";

interface Body {
  name: string;
  nameEn: string;
  accept: RegExp;
  reject?: RegExp;
}

const MINISTRY = (code: string, name: string, nameEn: string, pattern: RegExp): [string, Body] => [code, { name, nameEn, accept: pattern }];

const BODIES = new Map<string, Body>([
  ["CP", { name: "Chính phủ", nameEn: "the Government (Chính phủ)", accept: /chính phủ/, reject: /thủ tướng|văn phòng chính phủ/ }],
  ["TTG", { name: "Thủ tướng Chính phủ", nameEn: "the Prime Minister (Thủ tướng Chính phủ)", accept: /thủ tướng/ }],
  ["VPCP", { name: "Văn phòng Chính phủ", nameEn: "the Government Office (Văn phòng Chính phủ)", accept: /văn phòng chính phủ/ }],
  ["UBTVQH", { name: "Ủy ban Thường vụ Quốc hội", nameEn: "the National Assembly Standing Committee", accept: /ủy ban thường vụ quốc hội/ }],
  ["QH", { name: "Quốc hội", nameEn: "the National Assembly (Quốc hội)", accept: /quốc hội/, reject: /ủy ban thường vụ/ }],
  ["UBND", { name: "Ủy ban nhân dân (hoặc Chủ tịch Ủy ban nhân dân)", nameEn: "a People's Committee (Ủy ban nhân dân)", accept: /ủy ban nhân dân|chủ tịch/ }],
  ["HĐND", { name: "Hội đồng nhân dân", nameEn: "a People's Council (Hội đồng nhân dân)", accept: /hội đồng nhân dân/ }],
  [
    "TW",
    {
      name: "Trung ương (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư)",
      nameEn: "the Party Central Committee, Politburo or Secretariat",
      accept: /trung ương|bộ chính trị|ban bí thư/,
    },
  ],
  [
    "TU",
    {
      name: "Tỉnh ủy/Thành ủy (Ban Chấp hành, Ban Thường vụ)",
      nameEn: "a provincial Party Committee (Tỉnh ủy/Thành ủy)",
      accept: /tỉnh ủy|thành ủy|ban thường vụ|ban chấp hành đảng bộ/,
    },
  ],
  MINISTRY("BNV", "Bộ Nội vụ", "the Ministry of Home Affairs (Bộ Nội vụ)", /bộ nội vụ|bộ trưởng bộ nội vụ/),
  MINISTRY("BTC", "Bộ Tài chính", "the Ministry of Finance (Bộ Tài chính)", /bộ tài chính/),
  MINISTRY("BTP", "Bộ Tư pháp", "the Ministry of Justice (Bộ Tư pháp)", /bộ tư pháp/),
  MINISTRY("BTTTT", "Bộ Thông tin và Truyền thông", "the Ministry of Information and Communications", /bộ thông tin và truyền thông/),
  MINISTRY("BKHĐT", "Bộ Kế hoạch và Đầu tư", "the Ministry of Planning and Investment", /bộ kế hoạch và đầu tư/),
  MINISTRY("BGDĐT", "Bộ Giáo dục và Đào tạo", "the Ministry of Education and Training", /bộ giáo dục và đào tạo/),
  MINISTRY("BYT", "Bộ Y tế", "the Ministry of Health (Bộ Y tế)", /bộ y tế/),
  MINISTRY("BCA", "Bộ Công an", "the Ministry of Public Security (Bộ Công an)", /bộ công an/),
  MINISTRY("BQP", "Bộ Quốc phòng", "the Ministry of National Defence (Bộ Quốc phòng)", /bộ quốc phòng/),
  MINISTRY("BXD", "Bộ Xây dựng", "the Ministry of Construction (Bộ Xây dựng)", /bộ xây dựng/),
  MINISTRY("BCT", "Bộ Công Thương", "the Ministry of Industry and Trade (Bộ Công Thương)", /bộ công thương/),
  MINISTRY("BTNMT", "Bộ Tài nguyên và Môi trường", "the Ministry of Natural Resources and Environment", /bộ tài nguyên và môi trường/),
]);

function bodyFor(code: string): Body | undefined {
  const upper = code.normalize("NFC").toUpperCase();
  return BODIES.get(upper) ?? BODIES.get(upper.replace(/\d+$/, ""));
}

export const issuerMismatch: Rule = {
  id: "citation/issuer-mismatch",
  description: {
    vi: "Cơ quan ban hành ghi sau chữ “của” khớp với cơ quan viết tắt trong ký hiệu (NĐ-CP là của Chính phủ, QĐ-TTg là của Thủ tướng Chính phủ…).",
    en: "The issuer named after “của” agrees with the body abbreviated in the symbol (NĐ-CP: the Government; QĐ-TTg: the Prime Minister…).",
  },
  messages: {
    mismatch: {
      vi: 'Ký hiệu "{number}" cho biết văn bản của {body}, nhưng cơ quan ban hành được ghi là "{issuer}".',
      en: 'The symbol "{number}" says the document is by {body}, but the issuer is given as "{issuer}".',
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3, điểm b",
  check(context) {
    for (const c of findCitations(context.document)) {
      if (!c.issuer || !c.number || c.number.form === "bare") continue;
      const code = agencyCodeOf(c);
      if (!code) continue;
      const body = bodyFor(code);
      if (!body) continue;
      // A joint symbol names several bodies: not judged.
      if (c.number.form === "state" && /TTLT|NQLT/i.test(c.number.symbol ?? "")) continue;
      const issuer = normalizeIssuer(c.issuer.text);
      if (body.accept.test(issuer) && !body.reject?.test(issuer)) continue;
      context.report({
        range: c.issuer.range,
        messageId: "mismatch",
        data: { number: c.number.raw, body: { vi: body.name, en: body.nameEn }, issuer: c.issuer.text },
      });
    }
  },
};
