/** The core must not reach for a runtime: no node:, Deno, Bun, Buffer or process under src/core or in mod.ts. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot as root, tsFiles } from "../helpers/sources.ts";

const FORBIDDEN = /from\s+["']node:|require\(|\bDeno\.|\bBun\.|\bBuffer\b|\bprocess\.|\bsetTimeout\b|\bsetInterval\b/;

test("nothing under src/core or mod.ts references node:, Deno, Bun, Buffer, process or timers", () => {
  const offenders: string[] = [];
  for (const f of [join(root, "mod.ts"), ...tsFiles(join(root, "src/core"))]) {
    readFileSync(f, "utf8").split("\n").forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, "").trim();
      if (code.startsWith("*") || code.startsWith("/*")) return;
      if (FORBIDDEN.test(code)) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(offenders, []);
});

test("the forbidden-reference check catches a runtime reference", () => {
  assert.equal(FORBIDDEN.test(`import fs from "node:fs";`), true);
  assert.equal(FORBIDDEN.test(`const b = Buffer.from("x");`), true);
  assert.equal(FORBIDDEN.test(`const x = Deno.args;`), true);
  assert.equal(FORBIDDEN.test(`const s = "plain";`), false);
});
