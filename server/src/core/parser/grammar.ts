// Typed access to the parser generated from grammar/*.peggy (see scripts/build.mjs).
import { parse as peggyParse } from "./generated/grammar.js";

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
  style: "part" | "chapter" | "section" | "article" | "roman" | "arabic" | "hierarchical" | "letter" | "bullet";
  label: string;
  punct: string;
  span: Span;
}

export type LineClass =
  | { kind: "blank" }
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
  name?: Span;
  date: RawDate | null;
  issuer: Span | null;
  end: number;
}

// The grammar classifies a line by its beginning; a long paragraph is cut here so the
// grammar's work per line stays bounded. Spans that reach the cut are extended by the caller.
export const HEAD_LIMIT = 240;

export function classifyLine(text: string): LineClass {
  return peggyParse(text, { startRule: "Line" }) as LineClass;
}

function tryParse<T>(text: string, startRule: "CitationAt" | "DateAt" | "DocNumberAt"): T | null {
  try {
    return peggyParse(text, { startRule }) as T;
  } catch {
    // A failed match is an ordinary outcome for a candidate position.
    return null;
  }
}

export function citationAt(text: string): RawCitation | null {
  return tryParse<RawCitation>(text, "CitationAt");
}

export function dateAt(text: string): RawDate | null {
  return tryParse<RawDate>(text, "DateAt");
}

export function docNumberAt(text: string): RawDocNumber | null {
  return tryParse<RawDocNumber>(text, "DocNumberAt");
}
