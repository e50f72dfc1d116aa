// Parse once per document version: the server, features and rules share one model.
import type { VbhcDocument } from "./model.js";
import { parse } from "./parser/index.js";

export class ParseCache {
  private readonly entries = new Map<string, { version: number; document: VbhcDocument }>();

  constructor(private readonly capacity = 200) {}

  get(key: string, version: number, text: string): VbhcDocument {
    const hit = this.entries.get(key);
    if (hit && hit.version === version && hit.document.text === text) {
      // Refresh recency.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.document;
    }
    // The previous version's unchanged lines are reused.
    const document = parse(text, hit?.document);
    this.entries.delete(key);
    this.entries.set(key, { version, document });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return document;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
