// The citation registry: what vbhc knows about documents that others cite.
// Entries come from three places, in this order of precedence: documents in the workspace (each
// defines itself by its header), the team's registry files (config `registry`: JSON or CSV, see
// schemas/registry.schema.json), and the built-in registry of central documents (builtin.json).
import type { Range } from "../model.js";

/** in-force: in force (possibly amended); partly: partly in force; expired: repealed or replaced. */
export type RegistryStatus = "in-force" | "partly" | "expired" | "unknown";

export const REGISTRY_STATUSES: readonly RegistryStatus[] = ["in-force", "partly", "expired", "unknown"];

/** Fields an entry may flag as not checked against the document itself. */
export type UncertainField = "number" | "date" | "issuer" | "title" | "status" | "effective" | "expiry" | "replacedBy";

export interface RegistryEntry {
  /** Canonical type: "Nghị định", "Quyết định", "Luật", "Bộ luật", "Hiến pháp", … */
  type: string;
  /** Number and symbol as published: "30/2020/NĐ-CP", "25-CT/TU"; null for the Constitution. */
  number: string | null;
  /** For a Luật, Bộ luật, Pháp lệnh or the Constitution: its name ("Luật Tổ chức chính quyền địa phương"). */
  name?: string;
  /** Date of issue (of adoption for a law), ISO "2020-03-05". */
  date: string;
  issuer: string;
  /** The summary ("về công tác văn thư"); for a law, its name. */
  title: string;
  status: RegistryStatus;
  /** Date it took effect, ISO. */
  effective?: string;
  /** Date it ceased to have effect, ISO (for status "expired"). */
  expiry?: string;
  /** Number of the document that replaced it. */
  replacedBy?: string;
  /** Public page the facts were read from. */
  source?: string;
  uncertain?: UncertainField[];
  note?: string;
}

export type EntryOrigin = "workspace" | "team" | "builtin";

/** An entry as the index holds it: where it came from, and where it is when it is a workspace file. */
export interface IndexedEntry extends RegistryEntry {
  origin: EntryOrigin;
  /** Workspace documents: the file's URI and the range of its number (or title). */
  uri?: string;
  range?: Range;
  /** Team registries: the file the entry came from. */
  file?: string;
}
