// Regenerates tests/lua/<name>.expected from Debian's lua5.1 (run as `lua5.1 -`, so the chunk is "stdin").
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
const dir = new URL("../tests/lua/", import.meta.url);
for (const name of readdirSync(dir).filter((f) => f.endsWith(".lua"))) {
  const r = spawnSync("lua5.1", ["-"], { input: readFileSync(new URL(name, dir)) });
  if (r.status !== 0) throw new Error(`${name}: lua5.1 failed: ${r.stderr}`);
  writeFileSync(new URL(name.replace(/\.lua$/, ".expected"), dir), r.stdout);
}
