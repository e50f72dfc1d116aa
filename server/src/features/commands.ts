// Commands the server executes for the extension (workspace/executeCommand). The extension's
// own commands (vbhc.newFromTemplate, vbhc.renumberSection…) call these: the document logic
// stays here, on the server side.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Range, TextEdit } from "vscode-languageserver-types";
import { isoDate } from "../core/dates.js";
import type { VbhcDocument } from "../core/index.js";
import { renumberEdits } from "../core/renumber.js";
import { fillTemplate, TEMPLATES, type AgencySettings } from "../core/templates.js";
import { packageRoot } from "../package-root.js";

export const SERVER_COMMANDS = {
  templates: "vbhc.server.templates",
  template: "vbhc.server.template",
  renumber: "vbhc.server.renumber",
  documentInfo: "vbhc.server.documentInfo",
} as const;

const TEMPLATE_DIR = path.join(packageRoot(), "snippets", "templates");

export function listTemplates(): { id: string; name: string }[] {
  return TEMPLATES.map(({ id, name }) => ({ id, name }));
}

export function templateText(id: string, agency: AgencySettings | undefined): string | null {
  const info = TEMPLATES.find((t) => t.id === id);
  if (!info) return null;
  return fillTemplate(readFileSync(path.join(TEMPLATE_DIR, info.file), "utf8"), agency ?? {});
}

/** Renumber the lists intersecting the selection (the whole document when none is given). */
export function renumberSection(document: VbhcDocument, range: Range | null): TextEdit[] {
  return renumberEdits(document, range);
}

/** What the status bar shows: the type and number of the document. */
export function documentInfo(document: VbhcDocument): { type: string | null; number: string | null; date: string | null } {
  return {
    type: document.title?.kind ?? null,
    number: document.header?.number?.value?.text ?? null,
    date: isoDate(document.header?.placeDate?.date),
  };
}
