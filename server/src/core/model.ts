// The document model: what the parser understood of a văn bản hành chính.
// Every range is in the ORIGINAL text, in UTF-16 code units per line, as LSP counts them.
// Every `text` is the cleaned text: NFC, Markdown emphasis removed, trimmed.
import type { DocxLayout } from "./docx/read.js";

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A piece of the document: its cleaned text and where it is in the original. */
export interface TextSpan {
  text: string;
  range: Range;
}

export interface DatePart {
  text: string;
  value: number;
  range: Range;
}

/** A date as written: any part may be missing (a blank day in a draft, a year left out). */
export interface DateValue {
  form: "worded" | "numeric";
  day: DatePart | null;
  month: DatePart | null;
  year: DatePart | null;
  range: Range;
}

export type NumberForm = "state" | "party" | "bare";

/** A document number and symbol as parsed: "14/CT-UBND", "30/2020/NĐ-CP", "25-CT/TU". */
export interface DocNumber {
  form: NumberForm;
  number: string;
  year: string | null;
  symbol: string | null;
  raw: string;
}

export interface NumberField {
  /** "Số:" */
  label: TextSpan;
  /** What follows "Số:", possibly on the next line; null when absent. */
  value: TextSpan | null;
  parsed: DocNumber | null;
}

export interface PlaceDate {
  range: Range;
  place: TextSpan;
  date: DateValue;
}

export interface Header {
  range: Range;
  agency: TextSpan[];
  nationalTitle: TextSpan | null;
  motto: TextSpan | null;
  number: NumberField | null;
  placeDate: PlaceDate | null;
}

export interface Title {
  range: Range;
  /** The type name as written ("CHỈ THỊ"); null for a Công văn, which has none. */
  type: TextSpan | null;
  /** Upper-case type name: "CHỈ THỊ", "KẾ HOẠCH", … or "CÔNG VĂN" for a V/v summary. */
  kind: string;
  summary: TextSpan | null;
  /** For a Công văn: the "V/v" line; colon is true for "V/v:". */
  vv: { range: Range; colon: boolean } | null;
  /** "(Ban hành kèm theo Quyết định số …)" under an attachment's title. */
  attachedTo: TextSpan | null;
}

export interface Addressees {
  range: Range;
  label: TextSpan;
  items: TextSpan[];
}

export interface PreambleLine {
  kind: "basis" | "proposal";
  text: TextSpan;
}

export interface Preamble {
  range: Range;
  /** The enacting authority line ("ỦY BAN NHÂN DÂN TỈNH LONG AN") above the căn cứ. */
  authority: TextSpan | null;
  /**
   * Paragraphs before the first căn cứ: a law's recital ("Để bảo vệ quyền …;"), a consolidated
   * text's list of the documents it consolidates.
   */
  intro: TextSpan[];
  lines: PreambleLine[];
  /** "QUYẾT ĐỊNH:" after the preamble. */
  enactment: TextSpan | null;
}

/** "upper": a part of a plan or report lettered in capitals ("A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG"). */
export type MarkerStyle = "part" | "chapter" | "section" | "article" | "upper" | "roman" | "arabic" | "hierarchical" | "letter" | "bullet";

export interface Marker {
  style: MarkerStyle;
  /** "1", "1.2", "IV", "đ", "1" for "Điều 1.", "-" or "+" for bullets. */
  label: string;
  /** Punctuation after the label: ".", ")", ":" or "". */
  punct: string;
  range: Range;
}

export interface Item {
  marker: Marker;
  /** Text after the marker on the marker's line. */
  text: TextSpan;
  /** From the marker to the end of the last line that belongs to the item. */
  range: Range;
  children: Item[];
  /** Unnumbered lines under this item (before its first child or between children). */
  paragraphs: TextSpan[];
  /**
   * The item stands in quoted text — an amending document's new wording (“1. …”): its numbering
   * and references are the quoted document's, not this one's.
   */
  quoted?: true;
}

export interface Body {
  range: Range | null;
  /** Lines before the first numbered item. */
  paragraphs: TextSpan[];
  items: Item[];
}

export interface Recipients {
  label: TextSpan;
  items: TextSpan[];
  /** The label was a Markdown heading ("## NƠI NHẬN"): a web page's layout, which carries no colon. */
  labelIsHeading?: true;
}

export interface Closing {
  range: Range;
  recipients: Recipients | null;
  /** Signature block lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  signature: TextSpan[];
  signer: TextSpan | null;
}

/** A document, or a document attached to it (a plan issued with a decision). */
export interface Section {
  header: Header | null;
  title: Title | null;
  addressees: Addressees | null;
  preamble: Preamble | null;
  body: Body;
  closing: Closing | null;
}

export interface VbhcDocument extends Section {
  /** The text as given (a BOM, if any, is kept and counted). */
  text: string;
  /** Offset of each line's first character in `text`. */
  lineStarts: number[];
  /** Length of each line without its line break. */
  lineLengths: number[];
  noiseBefore: Range | null;
  attachments: Section[];
  noiseAfter: Range | null;
  /** A Word document's formatting, paragraph by paragraph (one line of `text` a paragraph); absent for text. */
  layout?: DocxLayout;
}
