// citation/inconsistent — one document is cited one way throughout: the same number and symbol
// with the same date, type and issuer. Numbers start again every year, so the same number in the
// same year is the same document (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3,
// điểm a; khoản 6, điểm b). "19/2014/QĐ-TTg" and elsewhere "19/QĐ-TTg ngày 05/3/2014" are one
// document written two ways.
import { citedIso, citedYear, findCitations, numberKey, type Citation } from "../../core/citations.js";
import type { MessageData, Rule } from "../../core/index.js";
import { originalText } from "../../core/sections.js";
import { normalizeIssuer } from "../citation-helpers.js";

const GENERIC = new Set(["Văn bản", "Công văn"]);

function tight(c: Citation): string {
  return c.number!.raw.replace(/\s+/g, "");
}

export const inconsistent: Rule = {
  id: "citation/inconsistent",
  description: {
    vi: "Một văn bản được viện dẫn thống nhất trong toàn văn bản: cùng số, ký hiệu thì cùng ngày ban hành, tên loại và cơ quan ban hành.",
    en: "A document is cited the same way throughout: the same number and symbol with the same date, type and issuer.",
  },
  messages: {
    date: {
      vi: "{kind} số {number} được ghi ngày {date}, nhưng ở dòng {line} ghi ngày {otherDate}; cùng một văn bản phải ghi cùng ngày ban hành.",
      en: "{kind} {number} is dated {date} here but {otherDate} on line {line}; one document has one date of issue.",
    },
    number: {
      vi: 'Cùng một văn bản được ghi số, ký hiệu khác nhau: "{first}" (dòng {line}) và "{number}"; ghi thống nhất đúng số, ký hiệu của văn bản.',
      en: 'One document is cited with two numbers: "{first}" (line {line}) and "{number}"; cite its number and symbol the same way.',
    },
    type: {
      vi: 'Văn bản số {number} được gọi là "{kind}" ở đây nhưng là "{otherKind}" ở dòng {line}; cùng một văn bản phải ghi cùng tên loại.',
      en: 'Document {number} is called "{kind}" here but "{otherKind}" on line {line}; one document has one type.',
    },
    issuer: {
      vi: '{kind} số {number} được ghi là của "{issuer}" ở đây nhưng của "{otherIssuer}" ở dòng {line}; cùng một văn bản phải ghi cùng cơ quan ban hành.',
      en: '{kind} {number} is attributed to "{issuer}" here but to "{otherIssuer}" on line {line}; one document has one issuer.',
    },
  },
  severity: "warning",
  fixable: false,
  source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3, điểm a; khoản 6, điểm b",
  check(context) {
    const { document } = context;
    const first = new Map<string, Citation[]>();
    for (const c of findCitations(document)) {
      if (!c.number || c.number.form === "bare") continue;
      const key = numberKey(c.number, false);
      if (!key) continue;
      const earlier = first.get(key) ?? [];
      first.set(key, [...earlier, c]);
      for (const e of earlier) {
        const problem = compare(e, c, document);
        if (problem) {
          context.report({ range: c.number.range, ...problem });
          break;
        }
      }
    }
  },
};

function compare(a: Citation, b: Citation, document: Parameters<typeof originalText>[0]): { messageId: string; data: MessageData } | null {
  const ya = citedYear(a);
  const yb = citedYear(b);
  // Different years: different documents that share a number.
  if (ya !== null && yb !== null && ya !== yb) return null;
  const line = a.range.start.line + 1;
  const da = citedIso(a);
  const db = citedIso(b);
  if (da && db && da !== db) {
    return {
      messageId: "date",
      data: { kind: b.kind, number: tight(b), date: originalText(document, b.date!.range), otherDate: originalText(document, a.date!.range), line },
    };
  }
  const sameDocument = (da && db && da === db) || ((!da || !db) && ya !== null && ya === yb);
  if (!!a.number!.year !== !!b.number!.year && (sameDocument || (da !== null && da === db))) {
    return { messageId: "number", data: { first: tight(a), number: tight(b), line } };
  }
  if (!a.number!.year !== !b.number!.year) return null;
  if (a.kind !== b.kind && !GENERIC.has(a.kind) && !GENERIC.has(b.kind)) {
    return { messageId: "type", data: { number: tight(b), kind: b.kind, otherKind: a.kind, line } };
  }
  if (a.issuer && b.issuer) {
    const ia = normalizeIssuer(a.issuer.text).trim();
    const ib = normalizeIssuer(b.issuer.text).trim();
    if (ia && ib && !ia.includes(ib) && !ib.includes(ia)) {
      return { messageId: "issuer", data: { kind: b.kind, number: tight(b), issuer: b.issuer.text, otherIssuer: a.issuer.text, line } };
    }
  }
  return null;
}
