// What the workspace index keeps of a file from disk: the entry its header defines (with the
// effective date its text gives), a short summary, its citations packed, and the relations its
// text states. Plain data: it is made in a worker thread when the workspace is indexed.
import { findCitations } from "../citations.js";
import { extractDocument } from "../citator/extract.js";
import { parse } from "../parser/index.js";
import { detachedEntry, entryFromDocument, summaryOf, type IndexedSummary } from "./document-entry.js";
import { packCitations } from "./packed-citations.js";

/** Parses a workspace file and keeps what the index needs of it (the model is dropped). */
export function summarizeDocument(uri: string, text: string): IndexedSummary {
  const document = parse(text);
  const entry = entryFromDocument(uri, document);
  const stated = extractDocument(document, uri);
  if (entry && stated.entry?.effective) entry.effective = stated.entry.effective;
  return { entry: entry && detachedEntry(entry), summary: summaryOf(document), citations: packCitations(findCitations(document)), relations: stated.relations };
}
