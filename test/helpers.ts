// Shared test helpers: fixture paths and reading.
import { readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures");

export function fixture(...parts: string[]): string {
  return readFileSync(path.join(FIXTURES, ...parts), "utf8");
}

export const SEEDS = {
  chiThi: "seeds/000_ae7ad5a171d3ceed.txt",
  news: "seeds/001_15119ff688545ab1.txt",
  quyetDinh: "seeds/002_bde8ca152358eecf.txt",
  thongBao: "seeds/003_f2b59ffc97c34792.txt",
  congVan: "seeds/004_5578de96a9f99e7c.txt",
} as const;
