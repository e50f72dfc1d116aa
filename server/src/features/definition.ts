// Go to definition on a citation: the cited document, when it is a file of the workspace.
import type { Location } from "vscode-languageserver-types";
import type { Position } from "../core/index.js";
import type { WorkspaceIndex } from "../core/registry/index.js";

export function definition(index: WorkspaceIndex, uri: string, position: Position): Location[] {
  const target = index.definition(uri, position);
  return target ? [{ uri: target.uri, range: target.range }] : [];
}
