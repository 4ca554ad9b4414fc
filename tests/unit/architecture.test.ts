/**
 * The shape of the import graph under src/: no cycles, the server and the db layer below the command
 * families, and families importing each other only where Redis's own files do (ALLOWED_FAMILY_IMPORTS).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { repoRoot as root, tsFiles } from "../helpers/sources.ts";

const src = join(root, "src");

/**
 * "from.ts>to.ts" (file names under src/core/commands/): the only imports one family may make of another,
 * each with the reason Redis has it too.
 */
const ALLOWED_FAMILY_IMPORTS: Record<string, string> = {
  // A bitmap is a string: SETBIT/BITFIELD/BITOP edit and store it as t_string.c's SETRANGE does.
  "bitmap.ts>string.ts": "bitmaps are strings",
  // A geo set is a sorted set (geo.c calls t_zset.c's zsetAdd, zsetScore ...).
  "geo.ts>zset.ts": "geo sets are sorted sets",
};

interface Import {
  /** Resolved path of the imported file. */
  target: string;
  /** `import type` / `export type`: erased at run time, so it cannot make a cycle. */
  typeOnly: boolean;
}

/** `import`/`export` at the start of a line, then a name list, `* as x` or a default name, then `from "..."`. */
const IMPORT =
  /(?:^|\n)[ \t]*(import|export)\s+(type\s+)?(?:(?:\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+[\w$]+))?)\s*from\s*)?["']([^"']+)["']/g;

/** The relative imports and re-exports of one source text. */
export function parseImports(file: string, text: string): Import[] {
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (!m[3].startsWith(".")) continue;
    out.push({ target: normalize(join(dirname(file), m[3])), typeOnly: m[2] !== undefined });
  }
  return out;
}

/** Every file under src/ with its imports. */
function graph(): Map<string, Import[]> {
  const g = new Map<string, Import[]>();
  for (const f of tsFiles(src)) g.set(f, parseImports(f, readFileSync(f, "utf8")));
  return g;
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
export function cycles(edges: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const comp: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      comp.push(w);
    } while (w !== v);
    if (comp.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(comp.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

const commandsDir = join(src, "core/commands");

/** A command family: a file under commands/ that gives command rows (`export function xxxCommands(`). */
function isFamily(file: string, text: string): boolean {
  return dirname(file) === commandsDir && !file.endsWith("index.ts") && /export function \w+Commands\(/.test(text);
}

const rel = (f: string) => relative(src, f);

test("no import cycle among the modules under src/ (type-only imports aside)", () => {
  const edges = new Map<string, string[]>();
  for (const [f, imports] of graph()) edges.set(f, imports.filter((i) => !i.typeOnly).map((i) => i.target));
  assert.deepEqual(cycles(edges).map((c) => c.map(rel)), []);
});

test("a family imports another family only where the allow-list says Redis does too", () => {
  const g = graph();
  const families = new Set([...g.keys()].filter((f) => isFamily(f, readFileSync(f, "utf8"))));
  assert.ok(families.size >= 10, `families found: ${[...families].map(rel).join(", ")}`);
  const seen = new Set<string>();
  const offenders: string[] = [];
  for (const f of families) {
    for (const i of g.get(f)!) {
      if (!families.has(i.target) || i.target === f) continue;
      const edge = `${rel(f).slice("core/commands/".length)}>${rel(i.target).slice("core/commands/".length)}`;
      seen.add(edge);
      if (!(edge in ALLOWED_FAMILY_IMPORTS)) offenders.push(edge);
    }
  }
  assert.deepEqual(offenders, []);
  // An entry whose import is gone must go too, so the list only shrinks.
  assert.deepEqual(Object.keys(ALLOWED_FAMILY_IMPORTS).filter((e) => !seen.has(e)), []);
});

/** Modules under src/ outside runtime/ that sit above the families, as mod.ts does. */
const ENTRY_MODULES = new Set(["mod.ts", "core/direct.ts"]);

test("below the families (server, client, db layer, keyspace, persistence) nothing imports a family", () => {
  const g = graph();
  const families = new Set([...g.keys()].filter((f) => isFamily(f, readFileSync(f, "utf8"))));
  const registry = join(commandsDir, "index.ts");
  const offenders: string[] = [];
  for (const [f, imports] of g) {
    // The families' own directory, and the entry modules that hand the families to the Server: the runtime
    // shims, the public API and the embeddable server (direct.ts, every family unless told otherwise).
    if (dirname(f) === commandsDir || f.startsWith(join(src, "runtime")) || ENTRY_MODULES.has(rel(f))) continue;
    for (const i of imports) {
      if (families.has(i.target) || i.target === registry) offenders.push(`${rel(f)} -> ${rel(i.target)}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test("the import reader and the cycle finder catch what they look for", () => {
  const text = [
    `import type { A } from "./a.ts";`,
    `import {`,
    `  B,`,
    `  C,`,
    `} from "../b.ts";`,
    `export { D } from "./d.ts";`,
    `import { readFileSync } from "node:fs";`,
    `export function notAnImport(): void {}`,
    `import * as e from "./e.ts";`,
    `const s = "import x from './not-an-import.ts'";`,
  ].join("\n");
  const imports = parseImports("/r/src/x/f.ts", text);
  assert.deepEqual(imports.map((i) => [i.target, i.typeOnly]), [
    [normalize("/r/src/x/a.ts"), true],
    [normalize("/r/src/b.ts"), false],
    [normalize("/r/src/x/d.ts"), false],
    [normalize("/r/src/x/e.ts"), false],
  ]);
  const edges = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
  assert.deepEqual(cycles(edges), [["a", "b", "c"]]);
  assert.deepEqual(cycles(new Map([["a", ["b"]], ["b", []]])), []);
});
