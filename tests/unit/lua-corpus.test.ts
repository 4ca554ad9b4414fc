/**
 * The corpus under tests/lua: every script runs in the engine and must print exactly what Debian's lua5.1
 * printed for it (tests/lua/<name>.expected, regenerated with `node scripts/lua-corpus-expect.mjs`), and,
 * since the test setup installs lua5.1, exactly what lua5.1 prints now.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { normalise, runEngine, runReference } from "../lua/_harness.ts";

const dir = join(fileURLToPath(new URL("../../", import.meta.url)).replace(/dist-test\/$/, ""), "tests/lua");
const scripts = readdirSync(dir).filter((f) => f.endsWith(".lua")).sort();

test("the corpus has scripts", () => {
  assert.ok(scripts.length >= 8);
});

for (const name of scripts) {
  test(`corpus ${name} prints what lua5.1 prints`, () => {
    const source = readFileSync(join(dir, name), "latin1");
    const expected = normalise(readFileSync(join(dir, name.replace(/\.lua$/, ".expected")), "latin1"));
    const got = runEngine(source, "=stdin");
    assert.equal(got.error, "");
    assert.equal(got.stdout, expected);
    const live = runReference(source);
    assert.equal(live.error, "");
    assert.equal(got.stdout, live.stdout);
  });
}
