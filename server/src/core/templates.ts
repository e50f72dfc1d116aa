// New documents from templates (snippets/templates/*.vbhc.txt): the placeholders are filled
// with the configured agency and today's date in the required format.
import { formatVietnameseDate, todayInVietnam, type CivilDate } from "./dates.js";
import type { AgencySettings } from "./rule.js";

export interface TemplateInfo {
  id: string;
  /** Vietnamese name shown in the quick pick. */
  name: string;
  file: string;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  { id: "chi-thi", name: "Chỉ thị", file: "chi-thi.vbhc.txt" },
  { id: "ke-hoach", name: "Kế hoạch", file: "ke-hoach.vbhc.txt" },
  { id: "thong-bao", name: "Thông báo", file: "thong-bao.vbhc.txt" },
  { id: "quyet-dinh", name: "Quyết định", file: "quyet-dinh.vbhc.txt" },
  { id: "cong-van", name: "Công văn", file: "cong-van.vbhc.txt" },
  { id: "to-trinh", name: "Tờ trình", file: "to-trinh.vbhc.txt" },
  { id: "bao-cao", name: "Báo cáo", file: "bao-cao.vbhc.txt" },
];

export type { AgencySettings } from "./rule.js";

export function fillTemplate(template: string, agency: AgencySettings = {}, date: CivilDate = todayInVietnam()): string {
  const lines = agency.lines && agency.lines.length > 0 ? agency.lines : ["TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN", "TÊN CƠ QUAN, TỔ CHỨC"];
  const values: Record<string, string> = {
    agencyLines: lines.join("\n"),
    agencyCode: agency.code ?? "…",
    place: agency.place ?? "…",
    date: formatVietnameseDate(date),
    // The collective body for "TM.": the agency's first line ("ỦY BAN NHÂN DÂN").
    collective: lines[0]!,
    signerTitle: "…",
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
