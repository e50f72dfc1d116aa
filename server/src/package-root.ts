// Where the package's own files (docs, snippets, schemas) are: the folder above dist/ in the
// bundles, the repository root when running from sources (tests).
import { existsSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  cached = dir;
  return dir;
}

export function docsPath(ruleId: string): string {
  return path.join(packageRoot(), "docs", "rules", `${ruleId}.md`);
}
