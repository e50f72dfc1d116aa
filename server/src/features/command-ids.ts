// The commands the server executes for the extension: one list, shared by both sides (the
// extension imports only this file, no server code).
export const SERVER_COMMANDS = {
  templates: "vbhc.server.templates",
  template: "vbhc.server.template",
  renumber: "vbhc.server.renumber",
  documentInfo: "vbhc.server.documentInfo",
  deadlines: "vbhc.server.deadlines",
  deadlinesIcs: "vbhc.server.deadlinesIcs",
  preview: "vbhc.server.preview",
  exportDocx: "vbhc.server.exportDocx",
  docxText: "vbhc.server.docxText",
} as const;

/** The scheme of a Word file's read-only text view ("vbhc-docx:" + the file's path). */
export const DOCX_SCHEME = "vbhc-docx";
