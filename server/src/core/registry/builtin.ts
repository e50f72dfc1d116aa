// The built-in registry: central documents that drafters cite most (builtin.json), each with the
// public page its facts were read from. Checked by test/unit/registry.test.ts.
import data from "./builtin.json";
import { toEntry } from "./load.js";
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

/** The raw data, for tests that check every entry is well-formed. */
export const BUILTIN_DATA = data as { documents: unknown[] };
