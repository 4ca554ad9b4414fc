// Generates the data half of the command table from redis-server 7.0.15, as commands.def is generated in Redis
// from src/commands/*.json (the handlers live in the family files):
//   src/core/commands/rows.ts  one typed row per command and subcommand (arity, flags, ACL categories, first/last/
//                              step, key specs, tips), from COMMAND INFO; read by src/core/commands/table.ts
//   src/core/commands/docs.ts  the COMMAND DOCS tree of every command and subcommand, kept as data
// Usage: node scripts/gen-command-meta.mjs [port]   (without a port it starts its own redis-server)
import net from "node:net";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";

function encode(args) {
  let out = `*${args.length}\r\n`;
  for (const a of args) out += `$${Buffer.byteLength(a)}\r\n${a}\r\n`;
  return out;
}

// A RESP3 reader producing the compact tree docs.ts stores: string = bulk, number = integer,
// null = null, ["+", s] = status, ["*", ...] = array, ["~", ...] = set, ["%", k, v, ...] = map.
function parse(buf, pos) {
  const type = String.fromCharCode(buf[pos]);
  const eol = buf.indexOf("\r\n", pos, "latin1");
  if (eol < 0) throw new RangeError("incomplete");
  const line = buf.toString("latin1", pos + 1, eol);
  let p = eol + 2;
  switch (type) {
    case "+":
      return [["+", line], p];
    case ":":
      return [Number(line), p];
    case "_":
      return [null, p];
    case "$": {
      const n = Number(line);
      if (p + n + 2 > buf.length) throw new RangeError("incomplete");
      return [buf.toString("latin1", p, p + n), p + n + 2];
    }
    case "*":
    case "~":
    case "%": {
      const n = Number(line) * (type === "%" ? 2 : 1);
      const out = [type];
      for (let i = 0; i < n; i++) {
        const [v, np] = parse(buf, p);
        out.push(v);
        p = np;
      }
      return [out, p];
    }
    default:
      throw new Error(`unexpected type ${type}`);
  }
}

function query(port, cmds) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, "127.0.0.1", () => s.write(cmds.map(encode).join("")));
    let buf = Buffer.alloc(0);
    s.on("data", (d) => {
      buf = Buffer.concat([buf, d]);
      try {
        const out = [];
        let p = 0;
        for (let i = 0; i < cmds.length; i++) {
          const [v, np] = parse(buf, p);
          out.push(v);
          p = np;
        }
        s.end();
        resolve(out);
      } catch (e) {
        if (!(e instanceof RangeError)) reject(e);
      }
    });
    s.on("error", reject);
  });
}

async function freePort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

/** Runs `fn(port)` against the given port, or against a redis-server started for the purpose. */
async function withRedis(fn) {
  if (process.argv[2]) return fn(Number(process.argv[2]));
  const port = await freePort();
  const proc = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  try {
    for (let i = 0;; i++) {
      try {
        return await fn(port);
      } catch (e) {
        if (i > 50 || e.code !== "ECONNREFUSED") throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    proc.kill();
  }
}

/** A RESP map tree as an object. */
function mapOf(t) {
  const out = {};
  for (let i = 1; i + 1 < t.length; i += 2) out[t[i]] = t[i + 1];
  return out;
}

/** A set of status replies ["~", ["+", "a"], ["+", "b"]] as "a b". */
const words = (set) => set.slice(1).map((s) => s[1]).join(" ");

const str = (s) => JSON.stringify(s);
const ident = (name) => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : str(name));

/** A key spec as a KeySpecRow literal (see table.ts); a missing begin or find part means Redis's "unknown". */
function keySpecRow(tree) {
  const m = mapOf(tree);
  const parts = [`flags: ${str(words(m.flags))}`];
  const bs = mapOf(m.begin_search);
  const bss = mapOf(bs.spec);
  if (bs.type === "index") parts.push(`index: ${bss.index}`);
  else if (bs.type === "keyword") parts.push(`keyword: ${str(bss.keyword)}`, `startfrom: ${bss.startfrom}`);
  else if (bs.type !== "unknown") throw new Error(`begin_search type ${bs.type}`);
  const fk = mapOf(m.find_keys);
  const fks = mapOf(fk.spec);
  if (fk.type === "range") parts.push(`range: [${fks.lastkey}, ${fks.keystep}, ${fks.limit}]`);
  else if (fk.type === "keynum") parts.push(`keynum: [${fks.keynumidx}, ${fks.firstkey}, ${fks.keystep}]`);
  else if (fk.type !== "unknown") throw new Error(`find_keys type ${fk.type}`);
  if (m.notes !== undefined) parts.push(`notes: ${str(m.notes)}`);
  const known = ["notes", "flags", "begin_search", "find_keys"];
  for (const k of Object.keys(m)) if (!known.includes(k)) throw new Error(`key spec field ${k}`);
  return `{ ${parts.join(", ")} }`;
}

/** A COMMAND INFO entry as one CommandRow line. */
function commandRow(info) {
  const [, name, arity, flags, first, last, step, acl, tips, specs] = info;
  const parts = [`arity: ${arity}`, `flags: ${str(words(flags))}`, `acl: ${str(words(acl))}`];
  if (first !== 0 || last !== 0 || step !== 0) parts.push(`first: ${first}`, `last: ${last}`, `step: ${step}`);
  if (specs.length > 1) parts.push(`keys: [${specs.slice(1).map(keySpecRow).join(", ")}]`);
  if (tips.length > 1) parts.push(`tips: ${str(tips.slice(1).join(" "))}`);
  return `  ${ident(name)}: { ${parts.join(", ")} },`;
}

const [, info, docs] = await withRedis((port) =>
  query(port, [["HELLO", "3"], ["COMMAND", "INFO"], ["COMMAND", "DOCS"]])
);

// Containers first, each followed by its subcommands, all sorted by name.
const byName = (a, b) => (a[1] < b[1] ? -1 : 1);
const rows = [];
const infos = [];
for (const entry of info.slice(1).sort(byName)) {
  infos.push(entry);
  infos.push(...entry[10].slice(1).sort(byName));
}
for (const entry of infos) rows.push(commandRow(entry));

// Docs flat by full name: a container's "subcommands" map (always its last field) is rebuilt at run time from
// the subcommands this server implements.
const docsOf = new Map();
for (let i = 1; i < docs.length; i += 2) {
  const tree = docs[i + 1];
  const at = tree.indexOf("subcommands");
  if (at > 0) {
    if (at !== tree.length - 2) throw new Error(`${docs[i]}: subcommands is not the last docs field`);
    const subs = tree[at + 1];
    for (let j = 1; j < subs.length; j += 2) docsOf.set(subs[j], subs[j + 1]);
    docsOf.set(docs[i], tree.slice(0, at));
  } else {
    docsOf.set(docs[i], tree);
  }
}
const docLines = infos.map((entry) => {
  const d = docsOf.get(entry[1]);
  if (d === undefined) throw new Error(`no docs for ${entry[1]}`);
  return `  ${str(entry[1])}: ${JSON.stringify(d)},`;
});

const header = `// Generated by scripts/gen-command-meta.mjs from redis-server 7.0.15. Do not edit by hand.`;
writeFileSync(
  new URL("../src/core/commands/rows.ts", import.meta.url),
  `${header}
// Redis 7.0's command table as COMMAND INFO reports it: one row per command and subcommand (CommandRow in
// table.ts says what each field means).
import type { CommandRow } from "./table.ts";

export const COMMAND_ROWS: Record<string, CommandRow> = {
${rows.join("\n")}
};
`,
);
writeFileSync(
  new URL("../src/core/commands/docs.ts", import.meta.url),
  `${header}
// COMMAND DOCS of every command and subcommand (a container's "subcommands" field is added at run time).
// Tree encoding: string = bulk, number = integer, null = null, ["+", s] = status, ["*", ...] = array,
// ["~", ...] = set, ["%", k, v, ...] = map.
import type { RespTree } from "./resptree.ts";

export const COMMAND_DOCS: Record<string, RespTree> = {
${docLines.join("\n")}
};
`,
);
console.log(`wrote ${rows.length} command rows and their docs`);
