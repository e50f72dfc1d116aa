// What the generated parser of grammar/*.peggy returns, typed (the parser itself: grammar.ts).

export type Span = [number, number];

export interface RawPart {
  text: string;
  span: Span;
}

export interface RawDate {
  form: "worded" | "numeric";
  day: RawPart | null;
  month: RawPart | null;
  year: RawPart | null;
  span: Span;
}

export interface RawMarker {
  style: "part" | "chapter" | "section" | "article" | "upper" | "roman" | "arabic" | "hierarchical" | "letter" | "bullet";
  label: string;
  punct: string;
  span: Span;
}

export type LineClass =
  | { kind: "blank" }
  | { kind: "directive" }
  | { kind: "separator" }
  | { kind: "nationalTitle"; complete: boolean }
  | { kind: "motto" }
  | { kind: "number"; label: Span; value: Span | null }
  | { kind: "placeDate"; place: Span; date: RawDate }
  | { kind: "yearTail"; year: RawPart }
  | { kind: "recipientsLabel"; rest: Span }
  | { kind: "addressee"; rest: Span }
  | { kind: "basis" }
  | { kind: "proposal" }
  | { kind: "attachedReference" }
  | { kind: "signature"; prefix: string; rest: Span }
  | { kind: "item"; marker: RawMarker; text: Span }
  | { kind: "summary"; colon: boolean; text: Span }
  | { kind: "noise" }
  | { kind: "text" };

export interface RawDocNumber {
  form: "state" | "party" | "bare";
  number: string;
  year: string | null;
  symbol: string | null;
  raw: string;
  span: Span;
}

export interface RawCitation {
  type: RawPart;
  intro: Span | null;
  number: RawDocNumber | null;
  /** A law's name ("Tổ chức chính quyền địa phương"); absent for other types. */
  name?: Span | null;
  /** The date right after the number ("… ngày 05/3/2013"). */
  date: RawDate | null;
  issuer: Span | null;
  /** End of type, number, date and issuer (the summary and a late date are not included). */
  end: number;
  /** "năm 2015" written in place of a date. */
  yearOnly: RawPart | null;
  /** A date written after the issuer ("… của Thủ tướng Chính phủ ngày 04/02/2016"). */
  lateDate: RawDate | null;
  /** The summary ("về …", "phê duyệt …") up to ";" or the end of the text. */
  summary: Span | null;
  /** End of everything read, summary included. */
  fullEnd: number;
}
