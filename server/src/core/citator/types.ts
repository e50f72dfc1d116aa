// The citator's data: what a document says of other documents (it replaces, repeals or amends
// them, whole or in part, from a date), and the status of a document at a date derived from
// those relations. Relations are read from the documents themselves (extract.ts) or from registry
// files; a status is never typed by hand in the built-in registry.

export type RelationKind = "replaces" | "repeals" | "amends";

export const RELATION_KINDS: readonly RelationKind[] = ["replaces", "repeals", "amends"];

/** A document as a relation names it: by number, or (a law) by name and year. */
export interface DocRef {
  /** Canonical type: "Nghị định", "Luật", … */
  type: string;
  /** Number and symbol as published, no spaces: "34/2016/NĐ-CP"; absent for a law named by name. */
  number?: string;
  /** A law's name without its type word: "Ban hành văn bản quy phạm pháp luật". */
  name?: string;
  /** The year of a law named by name (its date's year). */
  year?: number;
  /** Its date when the citation gives it (ISO): tells apart documents whose number carries no year. */
  date?: string;
}

export interface RelationSource {
  /** The file (or public page) the relation was read from. */
  file?: string;
  /** 1-based line of the statement. */
  line?: number;
}

export interface Relation {
  kind: RelationKind;
  /** The acting document (the replacing, repealing or amending one); null when a registry gives only a date ("expires on"). */
  by: DocRef | null;
  /** The document acted on. */
  target: DocRef;
  /** The parts acted on, as the text writes them ("Điều 5", "khoản 2 Điều 3"); empty: the whole document. */
  parts: string[];
  /** When the relation takes effect (ISO); absent: when the acting document takes effect. */
  date?: string;
  source?: RelationSource;
  /**
   * The text reports a relation between two other documents ("Luật X đã được sửa đổi, bổ sung bởi
   * Luật Y" in a căn cứ), rather than stating what the document itself does (or, for a
   * consolidated text, what was done to the document it consolidates).
   */
  reported?: boolean;
}

/** How one document stands at a date, derived from the relations that target it. */
export interface DerivedStatus {
  /** in-force: in force (perhaps amended or partly repealed); expired: replaced or repealed whole. */
  status: "in-force" | "partly" | "expired" | "unknown";
  /** The relation that ended it (for expired). */
  ended?: AppliedRelation;
  /** Parts repealed by the date. */
  repealed: AppliedRelation[];
  /** Amendments in effect by the date. */
  amended: AppliedRelation[];
  /** Relations stated but not yet in effect at the date. */
  pending: AppliedRelation[];
}

/** A relation with the date it takes effect, as far as it is known. */
export interface AppliedRelation {
  relation: Relation;
  /** ISO; null when neither the relation nor the acting document says. */
  date: string | null;
  /** The date is the acting document's date of issue, its effective date being unknown. */
  dateIsIssue: boolean;
}
