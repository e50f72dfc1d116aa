// closing/signature-authority — the signing authority abbreviations TM., Q., KT., TL., TUQ.
// (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 7, điểm b) and who may sign under
// them (Điều 13):
// - "KT." goes before the HEAD's title; the deputy who signs puts his own title on the next
//   line ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG");
// - "TM." goes before the collective; the signer's title follows ("TM. ỦY BAN NHÂN DÂN" /
//   "CHỦ TỊCH" or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH");
// - a TL. signature may be passed on to a deputy ("TL. … / KT. …", Điều 13 khoản 4), a TUQ.
//   signature may not (Điều 13 khoản 3: no further delegation);
// - the abbreviations are written exactly "TM.", "Q.", "KT.", "TL.", "TUQ." (not "T/M", "KT:").
import type { Report, Rule, TextSpan, VbhcDocument } from "../../core/index.js";
import { sections } from "../../core/sections.js";
import { isPartyDocument, offsetOf } from "../closing-helpers.js";

type Authority = "TM" | "KT" | "TL" | "TUQ" | "Q";

interface Prefix {
  kind: Authority;
  /** The prefix as written, with its punctuation: "TM.", "T/M", "KT:", "K.T". */
  written: string;
  canonical: boolean;
}

// Bounded alternatives, no nested quantifiers: linear.
const PREFIX = /^(TUQ|T\.U\.Q|TM|T\.M|T\/M|KT|K\.T|K\/T|TL|T\.L|T\/L|Q)( ?[.:])?/;
const TITLE_START = /^\s*\p{Lu}/u;

export function signaturePrefix(text: string): Prefix | null {
  const m = PREFIX.exec(text);
  if (!m) return null;
  const letters = m[1]!;
  const punct = m[2];
  const rest = text.slice(m[0].length);
  if (!TITLE_START.test(rest)) return null;
  // Without punctuation the prefix must stand as a word of its own ("T/M ỦY BAN", "KT CHỦ TỊCH");
  // a bare "Q" is too ambiguous to be read as "Q.".
  if (!punct && (!/^\s/.test(rest) || letters === "Q")) return null;
  const kind = letters.replace(/[./]/g, "") as Authority;
  return { kind, written: m[0], canonical: letters === kind && punct === "." };
}

/** Lines a scrape or a form leaves in the signature block that are not titles. */
function isAside(text: string): boolean {
  return /^[([]/.test(text) || /ĐÃ KÝ|KÝ TÊN|ĐÓNG DẤU/.test(text.toUpperCase());
}

/** "PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "THỨ TRƯỞNG", "CỤC PHÓ": the title of a deputy. */
function isDeputyTitle(text: string): boolean {
  const upper = text.toUpperCase().normalize("NFC");
  return upper.split(/\s+/).includes("PHÓ") || upper.includes("THỨ TRƯỞNG");
}

function checkBlock(document: VbhcDocument, lines: readonly TextSpan[], hasSigner: boolean, party: boolean, report: (r: Report) => void): void {
  const prefixes = lines.map((l) => signaturePrefix(l.text));
  lines.forEach((line, i) => {
    const p = prefixes[i];
    if (!p) return;
    // The Party writes its own abbreviations ("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ").
    if (!p.canonical && !party) {
      const start = offsetOf(document, line.range.start);
      const verbatim = document.text.slice(start, start + p.written.length) === p.written && line.range.start.line === line.range.end.line;
      const range = {
        start: { ...line.range.start },
        end: { line: line.range.start.line, character: line.range.start.character + p.written.length },
      };
      report({
        range: verbatim ? range : line.range,
        messageId: "abbreviation",
        data: { kind: p.kind, written: p.written.trim() },
        ...(verbatim ? { fix: [{ range, newText: `${p.kind}.` }] } : {}),
      });
    }
    const next = lines[i + 1];
    const nextP = i + 1 < lines.length ? prefixes[i + 1] : null;
    const head = line.text;
    if (p.kind === "TM" && !next && hasSigner) {
      report({
        range: line.range,
        messageId: "tmWithoutTitle",
        data: { head },
      });
    } else if (p.kind === "KT") {
      if (!next) {
        if (!hasSigner) return; // the block is cut short: closing/missing-signer reports it
        report({
          range: line.range,
          messageId: "ktWithoutTitle",
          data: { head },
        });
      } else if (nextP || !isDeputyTitle(next.text)) {
        report({
          range: next.range,
          messageId: "ktNotDeputy",
          data: { head, next: next.text },
        });
      }
    } else if (p.kind === "TUQ" && next && nextP && nextP.kind !== "Q") {
      report({
        range: next.range,
        messageId: "tuqDelegated",
        data: { kind: nextP.kind, head },
      });
    }
  });
}

export const signatureAuthority: Rule = {
  id: "closing/signature-authority",
  description: {
    vi: "Quyền hạn ký (TM., Q., KT., TL., TUQ.) viết đúng và dùng đúng: KT. có chức vụ cấp phó ở dòng dưới, TM. có chức vụ người ký, TUQ. không được giao lại.",
    en: "The signing authority (TM., Q., KT., TL., TUQ.) is written and used correctly: KT. has the deputy's title below it, TM. the signer's title, TUQ. is not delegated further.",
  },
  messages: {
    abbreviation: {
      vi: "Chữ viết tắt quyền hạn ký viết là “{kind}.”, không phải “{written}”.",
      en: "The signing authority abbreviation is written “{kind}.”, not “{written}”.",
    },
    tmWithoutTitle: {
      vi: "Dưới “{head}” phải ghi chức vụ của người ký (ví dụ “CHỦ TỊCH”, hoặc “KT. CHỦ TỊCH” / “PHÓ CHỦ TỊCH”) rồi mới đến họ tên.",
      en: "Below “{head}” comes the signer's title (e.g. “CHỦ TỊCH”, or “KT. CHỦ TỊCH” / “PHÓ CHỦ TỊCH”) before the name.",
    },
    ktWithoutTitle: {
      vi: "Dưới “{head}” phải ghi chức vụ của cấp phó ký thay (ví dụ “PHÓ CHỦ TỊCH”, “PHÓ GIÁM ĐỐC”).",
      en: "Below “{head}” comes the title of the deputy who signs (e.g. “PHÓ CHỦ TỊCH”, “PHÓ GIÁM ĐỐC”).",
    },
    ktNotDeputy: {
      vi: "“KT.” là cấp phó ký thay người đứng đầu: dưới “{head}” là chức vụ của cấp phó (ví dụ “PHÓ CHỦ TỊCH”, “PHÓ GIÁM ĐỐC”), không phải “{next}”.",
      en: "“KT.” means a deputy signs for the head: below “{head}” comes the deputy's title (e.g. “PHÓ CHỦ TỊCH”, “PHÓ GIÁM ĐỐC”), not “{next}”.",
    },
    tuqDelegated: {
      vi: "Người được ký thừa ủy quyền không được ủy quyền lại cho người khác ký: không ghi “{kind}.” dưới “{head}”.",
      en: "A person signing under delegation (TUQ.) may not delegate further: no “{kind}.” below “{head}”.",
    },
  },
  severity: "error",
  fixable: true,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 7, điểm b và đ; Điều 13 khoản 1–4",
  check(context) {
    const { document } = context;
    const party = isPartyDocument(document);
    for (const section of sections(document)) {
      const closing = section.closing;
      if (!closing || closing.signature.length === 0) continue;
      const lines = closing.signature.filter((l) => !isAside(l.text));
      checkBlock(document, lines, closing.signer !== null, party, (r) => context.report(r));
    }
  },
};
