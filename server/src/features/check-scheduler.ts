// When to re-check a document after an edit (push diagnostics). Checks take milliseconds, so
// there is no artificial delay; only when edits arrive faster than a check takes are they
// coalesced: the check then waits one check's time and reads the latest version.

/** Coalesces edit bursts per document; `check` is awaited to learn how long a check takes. */
export function createCheckScheduler(check: (uri: string) => Promise<void>) {
  const scheduled = new Set<string>();
  const lastChange = new Map<string, number>();
  let lastCheckMs = 0;
  return {
    /** A document changed (or needs a re-check): check it soon, once. */
    schedule(uri: string): void {
      const now = performance.now();
      const burst = now - (lastChange.get(uri) ?? -Infinity) < lastCheckMs;
      lastChange.set(uri, now);
      if (scheduled.has(uri)) return;
      scheduled.add(uri);
      const run = () => {
        scheduled.delete(uri);
        const started = performance.now();
        void check(uri).finally(() => (lastCheckMs = performance.now() - started));
      };
      if (burst) setTimeout(run, Math.min(50, Math.ceil(lastCheckMs)));
      else setImmediate(run);
    },
    /** The document was closed: nothing is kept for it. */
    forget(uri: string): void {
      lastChange.delete(uri);
    },
  };
}
