// Find references: every document and line of the workspace that cites the document cited at the
// position (or, on a document's own header, the document itself).
import type { Location } from "vscode-languageserver-types";
import type { Position } from "../core/index.js";
import type { WorkspaceIndex } from "../core/registry/index.js";

export function references(index: WorkspaceIndex, uri: string, position: Position, includeDeclaration = true): Location[] {
  return index.references(uri, position, includeDeclaration).map((l) => ({ uri: l.uri, range: l.range }));
}
