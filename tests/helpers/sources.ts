/** The repository's own source files, for tests that read code rather than run it. */
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The repository root, also when the test runs compiled from dist-test/. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url)).replace(/dist-test\/$/, "");

/** Every .ts file (declaration files aside) under `dir`, depth first. */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith(".ts") && !p.endsWith(".d.ts")) out.push(p);
  }
  return out;
}
