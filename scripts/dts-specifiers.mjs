// After tsc: the .d.ts files keep the sources' `.ts` import specifiers (tsc rewrites them to `.js` only in
// JavaScript), which TypeScript before 5.7 refuses in a package's types. Rewrite them to `.js`, as the
// JavaScript beside them imports.
import fs from "node:fs";
import path from "node:path";

const dist = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "dist");
const SPECIFIER = /((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']*)\.ts(["'])/g;
for (const entry of fs.readdirSync(dist, { recursive: true })) {
  const file = path.join(dist, String(entry));
  if (!file.endsWith(".d.ts")) continue;
  const text = fs.readFileSync(file, "utf8");
  const out = text.replace(SPECIFIER, "$1$2.js$3");
  if (out !== text) fs.writeFileSync(file, out);
}
