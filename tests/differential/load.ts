/**
 * Finds the case files: every module in tests/differential/cases/ (as .ts under Bun and Deno, as compiled .js
 * under dist-test on Node), so a new family file is picked up without an index to edit.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DiffCase } from "./types.ts";

export interface CaseFile {
  /** The family: the file name without extension. */
  family: string;
  cases: DiffCase[];
}

export async function loadCaseFiles(only?: ReadonlySet<string>): Promise<CaseFile[]> {
  const dir = new URL("./cases/", import.meta.url);
  const names = readdirSync(fileURLToPath(dir))
    .filter((f) => (f.endsWith(".ts") && !f.endsWith(".d.ts")) || f.endsWith(".js"))
    .sort();
  const out: CaseFile[] = [];
  for (const f of names) {
    const family = f.replace(/\.(ts|js)$/, "");
    if (only && !only.has(family)) continue;
    const mod = (await import(new URL(f, dir).href)) as { cases?: DiffCase[] };
    if (!Array.isArray(mod.cases)) throw new TypeError(`${f} does not export 'cases'`);
    out.push({ family, cases: mod.cases });
  }
  return out;
}
