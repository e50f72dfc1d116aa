// The built-in registry: central documents that drafters cite most (builtin.json), each with the
// public page its facts were read from. Checked by test/unit/registry.test.ts.
import data from "./builtin.json";
import { parseRelations, toEntry } from "./load.js";
import type { Relation } from "../citator/types.js";
import type { RegistryEntry } from "./types.js";

let cached: readonly RegistryEntry[] | undefined;

export function builtinEntries(): readonly RegistryEntry[] {
  if (!cached) {
    const out: RegistryEntry[] = [];
    for (const raw of (data as { documents: unknown[] }).documents) {
      const e = toEntry(raw);
      if (typeof e !== "string") out.push(e);
    }
    cached = Object.freeze(out);
  }
  return cached;
}

let cachedRelations: readonly Relation[] | undefined;

/** The relations the built-in registry's documents state (each with the document it was read from). */
export function builtinRelations(): readonly Relation[] {
  cachedRelations ??= Object.freeze(parseRelations((data as { relations?: unknown[] }).relations ?? []).relations);
  return cachedRelations;
}

/** The raw data, for tests that check every entry is well-formed. */
export const BUILTIN_DATA = data as { documents: unknown[] };
