// What is computed from a line's (or a paragraph's) text alone, remembered by that text. A
// document is checked again on every edit, and nearly all of its lines are the ones checked a
// moment ago: they are looked up, not scanned again. Values are shared between documents and
// versions: treat them as read-only.

/**
 * A copy of `s` that does not keep alive the (larger) string it was sliced from: V8 keeps a
 * slice's parent string in memory, so what is kept long (memo keys, index entries, lines kept by
 * later versions) is copied. Short strings are copied by V8 itself.
 */
export function detached(s: string): string {
  return s.length > 12 ? ` ${s}`.slice(1) : s;
}

/**
 * `compute`, run once per key object (a model, a section, a config) and remembered while the key
 * lives: what every rule and feature derives from one version is derived once.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

let enabled = false;

/**
 * Turns the memos on (the language server: a document is checked again after every keystroke)
 * or off (the default: a batch check reads each line once, and remembering it would only cost).
 */
export function rememberTexts(on: boolean): void {
  enabled = on;
}

/**
 * A bounded map with two generations: when the young one is full it becomes the old one and the
 * previous old one is dropped whole (no per-entry eviction). A value found in the old generation
 * moves to the young one, so what is in use stays.
 */
export class TextMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly generation = 8_192) {}

  get(key: string): V | undefined {
    if (!enabled) return undefined;
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** The value remembered for `key`, or `compute()`'s, remembered. */
  through(key: string, compute: () => V): V {
    const known = this.get(key);
    if (known !== undefined) return known;
    const value = compute();
    this.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    if (!enabled) return;
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    // A key is usually a slice of a whole document: a copy keeps only its own characters alive.
    this.young.set(detached(key), value);
  }
}
