// The arrows of the code base (DESIGN.md "Layout"), checked by `npm run lint:deps` in `npm test`.
// core is a plain library (no LSP, no VS Code, no CLI); the client holds no document logic;
// features (LSP handlers' logic) do not reach into the CLI; rules do not reach into features.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "client-holds-no-document-logic",
      comment: "The extension host talks to the server; document logic (core, rules) stays there: the server decides which plain text and Markdown files are văn bản hành chính.",
      severity: "error",
      from: { path: "^client/src" },
      to: { path: "^server/src/(core|rules)/" },
    },
    {
      name: "core-is-a-plain-library",
      comment: "core knows nothing of LSP, VS Code, the CLI or the editor features.",
      severity: "error",
      from: { path: "^server/src/core/" },
      to: { path: "^(client/|server/src/(features|cli|server\\.ts|workspace\\.ts|cli\\.ts))" },
    },
    {
      name: "features-not-through-cli",
      comment: "What the editor and the CLI share lives in core (or the language service), not in cli/.",
      severity: "error",
      from: { path: "^server/src/features/" },
      to: { path: "^server/src/cli/" },
    },
    {
      name: "features-use-rule-sets-only",
      comment: "Features run rule sets (rules/index.ts, rules/<family>/index.ts); what they share with rules (wording of citations, deadlines) lives in core.",
      severity: "error",
      from: { path: "^server/src/features/" },
      to: { path: "^server/src/rules/", pathNot: ["^server/src/rules/index\\.ts$", "^server/src/rules/[a-z-]+/index\\.ts$"] },
    },
    {
      name: "rules-not-features",
      severity: "error",
      from: { path: "^server/src/rules/" },
      to: { path: "^server/src/(features|cli)/" },
    },
    {
      name: "no-cycles",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs", ".json"] },
  },
};
