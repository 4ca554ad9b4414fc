/**
 * redis.conf and the command line as redis-server reads them (server.c's main, config.c's
 * loadServerConfig/loadServerConfigFromString, sds.c's sdssplitargs): runtime-free text in, directives out.
 * The shims read the files (Host.readConfigFile); the server applies the directives (Server's loadSettings).
 */
import { VERSION } from "./version.ts";
import type { Config } from "./config.ts";
import type { Host } from "./host.ts";

/** One directive of the configuration: where it was read and its arguments (argv[0] lowercased). */
export interface ConfigLine {
  /** Line number in the text it came from (a file, or the file plus the command-line options). */
  line: number;
  /** The line as Redis quotes it in a fatal error: trimmed, as read. */
  text: string;
  argv: string[];
}

/**
 * A startup configuration redis-server would refuse ("FATAL CONFIG FILE ERROR"): the line, its text and the
 * reason, printed by `report` before the process exits with status 1.
 */
export class ConfigFileError extends RangeError {
  readonly line: number;
  /** The line as Redis quotes it (`>>> '...'`). */
  readonly directive: string;
  readonly reason: string;

  constructor(line: number, directive: string, reason: string) {
    super(reason);
    this.name = "ConfigFileError";
    this.line = line;
    this.directive = directive;
    this.reason = reason;
  }

  /** The report redis-server prints to stderr before exiting with status 1. */
  report(version: string = VERSION): string {
    return `\n*** FATAL CONFIG FILE ERROR (Redis ${version}) ***\nReading the configuration file, at line ${this.line}\n>>> '${this.directive}'\n${this.reason}`;
  }
}

/** A config file that cannot be opened: Redis logs this (a log line, not the FATAL report) and exits with 1. */
export class ConfigOpenError extends Error {
  constructor(path: string, why: string) {
    super(`Fatal error, can't open config file '${path}': ${why}`);
    this.name = "ConfigOpenError";
  }
}

export const CONFIG_UNBALANCED_QUOTES = "Unbalanced quotes in configuration line";

function isSpace(c: string): boolean {
  return c === " " || c === "\n" || c === "\r" || c === "\t" || c === "\v" || c === "\f";
}

function isHex(c: string): boolean {
  return /^[0-9a-fA-F]$/.test(c);
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", a: "\x07" };

/**
 * sdssplitargs: words, "double quoted" (with \xHH, \n, \r, \t, \b, \a and \<char> escapes) or 'single
 * quoted' (only \' escaped); null on unbalanced quotes or a closing quote followed by a non-space.
 */
export function sdssplitargs(line: string): string[] | null {
  const out: string[] = [];
  let p = 0;
  const n = line.length;
  for (;;) {
    while (p < n && isSpace(line[p])) p++;
    if (p >= n) return out;
    let cur = "";
    let inq = false;
    let insq = false;
    let done = false;
    while (!done) {
      const c = p < n ? line[p] : "";
      if (inq) {
        if (c === "\\" && line[p + 1] === "x" && isHex(line[p + 2] ?? "") && isHex(line[p + 3] ?? "")) {
          cur += String.fromCharCode(parseInt(line.slice(p + 2, p + 4), 16));
          p += 3;
        } else if (c === "\\" && p + 1 < n) {
          p++;
          cur += ESCAPES[line[p]] ?? line[p];
        } else if (c === '"') {
          // A closing quote must be followed by a space or nothing.
          if (p + 1 < n && !isSpace(line[p + 1])) return null;
          done = true;
        } else if (c === "") {
          return null;
        } else {
          cur += c;
        }
      } else if (insq) {
        if (c === "\\" && line[p + 1] === "'") {
          p++;
          cur += "'";
        } else if (c === "'") {
          if (p + 1 < n && !isSpace(line[p + 1])) return null;
          done = true;
        } else if (c === "") {
          return null;
        } else {
          cur += c;
        }
      } else {
        if (c === " " || c === "\n" || c === "\r" || c === "\t" || c === "") done = true;
        else if (c === '"') inq = true;
        else if (c === "'") insq = true;
        else cur += c;
      }
      if (p < n) p++;
    }
    out.push(cur);
  }
}

/** sdscatrepr: a string quoted so that sdssplitargs reads it back. */
export function sdscatrepr(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (c === "\\" || c === '"') out += "\\" + c;
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (c === "\x07") out += "\\a";
    else if (c === "\b") out += "\\b";
    else if (code >= 0x20 && code < 0x7f) out += c;
    else out += "\\x" + code.toString(16).padStart(2, "0");
  }
  return out + '"';
}

/** What the command line asks for: print a text and exit, or start with a config file and options. */
export type CommandLine =
  | { kind: "version" }
  | { kind: "help" }
  | { kind: "test-memory" }
  | { kind: "start"; configFile: string | null; fromStdin: boolean; options: string };

/**
 * main()'s argument handling: `-v`/`--version` and `-h`/`--help` first, a first argument not starting with
 * `-` names the config file, `-` (first or last) reads the config from stdin, and every `--name value ...`
 * becomes a config line appended after the file (values quoted with sdscatrepr).
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  if (argv.length === 0) return { kind: "start", configFile: null, fromStdin: false, options: "" };
  const first = argv[0];
  if (first === "-v" || first === "--version") return { kind: "version" };
  if (first === "--help" || first === "-h") return { kind: "help" };
  if (first === "--test-memory") return { kind: "test-memory" };
  let j = 0;
  let configFile: string | null = null;
  let fromStdin = false;
  if (first[0] !== "-") {
    configFile = first;
    j = 1;
  }
  let options = "";
  let handledLast = true;
  const argc = argv.length;
  for (; j < argc; j++) {
    const a = argv[j];
    if (a === "-" && (j === 0 || j === argc - 1)) {
      fromStdin = true;
    } else if (handledLast && a.startsWith("--")) {
      if (options.length > 0) options += "\n";
      options += a.slice(2) + " ";
      const words = sdssplitargs(a);
      if (words !== null && words.length === 1) {
        handledLast = false;
        const isSave = a.toLowerCase() === "--save";
        const isSentinel = a.toLowerCase() === "--sentinel";
        const nextIsOption = j !== argc - 1 && argv[j + 1].startsWith("--");
        // `--save --port 1` and a trailing `--save` mean `save ""` (pre-7.0.1 command lines).
        if (isSave && nextIsOption) {
          options += '""';
          handledLast = true;
        } else if (isSave && j === argc - 1) {
          options += '""';
        } else if (isSentinel && nextIsOption) {
          handledLast = true;
        }
      } else {
        handledLast = true;
      }
    } else {
      options += sdscatrepr(a) + " ";
      handledLast = true;
    }
  }
  return { kind: "start", configFile, fromStdin, options };
}

/** Reads a config file's text; throws ConfigOpenError when it cannot. "-" is stdin. */
export type ReadConfigFile = (path: string) => string;

/**
 * loadServerConfig: the file's text, then stdin's, then the options, as one text; its directives with
 * `include` expanded in place (each included line numbered within its own file, as Redis reports them).
 * Comments, blank lines and unbalanced quotes are handled here; what a directive means is the server's.
 */
export function loadConfigText(
  configFile: string | null,
  fromStdin: boolean,
  options: string,
  read: ReadConfigFile,
): ConfigLine[] {
  let text = configFile !== null ? read(configFile) : "";
  if (fromStdin) text += read("-");
  if (options.length > 0) text += "\n" + options;
  return configLines(text, read);
}

/** loadServerConfigFromString's loop, with `include FILE` read through `read` and expanded in place. */
export function configLines(text: string, read: ReadConfigFile, depth = 0): ConfigLine[] {
  const out: ConfigLine[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const trimmed = trimConfigLine(lines[i]);
    if (trimmed === "" || trimmed[0] === "#") continue;
    const argv = sdssplitargs(trimmed);
    if (argv === null) throw new ConfigFileError(i + 1, trimmed, CONFIG_UNBALANCED_QUOTES);
    if (argv.length === 0) continue;
    argv[0] = argv[0].toLowerCase();
    if (argv[0] === "include" && argv.length === 2) {
      // A runaway chain of includes would otherwise recurse until the stack is gone.
      if (depth > 64) throw new ConfigFileError(i + 1, trimmed, "Too many nested includes");
      out.push(...configLines(read(argv[1]), read, depth + 1));
      continue;
    }
    out.push({ line: i + 1, text: trimmed, argv });
  }
  return out;
}

/** sdstrim(line, " \t\r\n"). */
function trimConfigLine(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && " \t\r\n".includes(s[a])) a++;
  while (b > a && " \t\r\n".includes(s[b - 1])) b--;
  return s.slice(a, b);
}

/** The startup settings of an embedding (`["port", "6380"]`), as the command line would give them. */
export function settingsAsLines(settings: readonly [string, string][]): ConfigLine[] {
  return settings.map(([name, value], i) => ({
    // Redis numbers command-line settings as config lines after a first empty one.
    line: i + 2,
    text: [name, ...value.split(" ").map(sdscatrepr)].join(" "),
    // rename-command's two names came as one value; a multi-argument setting's value is split when applied.
    argv: name.toLowerCase() === "rename-command"
      ? [name.toLowerCase(), ...value.split(" ")]
      : [name.toLowerCase(), value],
  }));
}

/** redis-server's usage text (usage() in server.c), under this server's program name. */
export function usageText(program: string): string {
  const p = program;
  return [
    `Usage: ${p} [/path/to/redis.conf] [options] [-]`,
    `       ${p} - (read config from stdin)`,
    `       ${p} -v or --version`,
    `       ${p} -h or --help`,
    `       ${p} --test-memory <megabytes>`,
    `       ${p} --check-system`,
    ``,
    `Examples:`,
    `       ${p} (run the server with default conf)`,
    `       echo 'maxmemory 128mb' | ${p} -`,
    `       ${p} /etc/redis/6379.conf`,
    `       ${p} --port 7777`,
    `       ${p} --port 7777 --replicaof 127.0.0.1 8888`,
    `       ${p} /etc/myredis.conf --loglevel verbose -`,
    `       ${p} /etc/myredis.conf --loglevel verbose`,
    ``,
    `Sentinel mode:`,
    `       ${p} /etc/sentinel.conf --sentinel`,
    ``,
  ].join("\n");
}

/** version() in server.c, with what stands for the build here (the runtime in place of the allocator). */
export function versionText(runtime: string): string {
  return `Redis-Lite server v=${VERSION} sha=00000000:0 malloc=${runtime} bits=64 build=0\n`;
}

/** --test-memory needs a C allocator to test; Redis's own complaint when the size is missing. */
export const TEST_MEMORY_TEXT =
  "Please specify the amount of memory to test in megabytes.\nExample: ./redis-server --test-memory 4096\n\n";

// ---- CONFIG REWRITE (config.c's rewriteConfig) ----

export const REDIS_CONFIG_REWRITE_SIGNATURE = "# Generated by CONFIG REWRITE";

/** Settings written as memory sizes (MEMORY_CONFIG): 1gb, 64mb, 4kb when they divide evenly. */
const MEMORY_SETTINGS = new Set([
  "proto-max-bulk-len",
  "repl-backlog-size",
  "maxmemory",
  "cluster-link-sendbuf-limit",
  "active-defrag-ignore-bytes",
  "hash-max-listpack-value",
  "stream-node-max-bytes",
  "zset-max-listpack-value",
  "hll-sparse-max-bytes",
  "client-query-buffer-limit",
  "maxmemory-clients",
  "auto-aof-rewrite-min-size",
]);

/** Strings whose empty value means "not set" (EMPTY_STRING_IS_NULL): absent from a rewritten file. */
const EMPTY_IS_NULL = new Set([
  "unixsocket",
  "pidfile",
  "replica-announce-ip",
  "masteruser",
  "cluster-announce-ip",
  "cluster-announce-hostname",
  "server_cpulist",
  "bio_cpulist",
  "aof_rewrite_cpulist",
  "bgsave_cpulist",
  "bind-source-addr",
  "masterauth",
  "requirepass",
  "tls-cert-file",
  "tls-key-file",
  "tls-key-file-pass",
  "tls-client-cert-file",
  "tls-client-key-file",
  "tls-client-key-file-pass",
  "tls-dh-params-file",
  "tls-ca-cert-dir",
  "tls-ca-cert-file",
  "tls-protocols",
  "tls-ciphers",
  "tls-ciphersuites",
]);

/** Strings the persistence family guards against CONFIG SET (their type refuses every value). */
const PROTECTED_STRINGS = new Set(["dir", "dbfilename"]);

/** Directives a config file may hold that are not settings (rewriteConfigReadOldFile keeps their lines). */
const FILE_ONLY_DIRECTIVES = new Set(["include", "rename-command", "user", "loadmodule", "sentinel"]);

/** rewriteConfigFormatMemory. */
export function formatMemory(bytes: number): string {
  const gb = 1024 * 1024 * 1024;
  const mb = 1024 * 1024;
  const kb = 1024;
  if (bytes && bytes % gb === 0) return `${bytes / gb}gb`;
  if (bytes && bytes % mb === 0) return `${bytes / mb}mb`;
  if (bytes && bytes % kb === 0) return `${bytes / kb}kb`;
  return String(bytes);
}

/** What one setting contributes to a rewritten file: its lines (none when unset), and whether they must be there. */
interface RewriteOption {
  name: string;
  lines: string[];
  force: boolean;
}

/** Each setting's lines as the rewrite functions of config.c write them. */
export function rewriteOptions(config: Config): RewriteOption[] {
  const out: RewriteOption[] = [];
  for (const e of config.entries) {
    const v = config.get(e.name);
    const changed = v !== e.default;
    const name = e.name;
    if (name === "replicaof") {
      // rewriteConfigReplicaOfOption: a replica writes its master; a master removes every replicaof line.
      out.push({ name, lines: v === "" ? [] : [`replicaof ${v}`], force: v !== "" });
    } else if (name === "save") {
      // Always written, `save ""` included, so the defaults do not come back at the next start.
      const w = v.split(" ").filter((x) => x !== "");
      const lines: string[] = [];
      for (let i = 0; i < w.length; i += 2) lines.push(`save ${w[i]} ${w[i + 1]}`);
      out.push({ name, lines: lines.length > 0 ? lines : ['save ""'], force: true });
    } else if (name === "client-output-buffer-limit") {
      const w = v.split(" ");
      const d = e.default.split(" ");
      for (let i = 0; i < w.length; i += 4) {
        const cls = w[i] === "slave" ? "replica" : w[i];
        const line = `${name} ${cls} ${formatMemory(Number(w[i + 1]))} ${formatMemory(Number(w[i + 2]))} ${w[i + 3]}`;
        const force = w.slice(i + 1, i + 4).join(" ") !== d.slice(i + 1, i + 4).join(" ");
        out.push({ name, lines: [line], force });
      }
    } else if (name === "bind") {
      out.push({ name, lines: changed ? [`bind ${v === "" ? '""' : v}`] : [], force: changed });
    } else if (name === "latency-tracking-info-percentiles") {
      // Redis writes it whatever its value.
      out.push({ name, lines: [`${name} ${v}`], force: true });
    } else if (name === "notify-keyspace-events" || e.type.kind === "string" || PROTECTED_STRINGS.has(name)) {
      if (v === "" && EMPTY_IS_NULL.has(name)) out.push({ name, lines: [], force: false });
      else out.push({ name, lines: [`${name} ${sdscatrepr(v)}`], force: name === "dir" || changed });
    } else if (MEMORY_SETTINGS.has(name) && /^\d+$/.test(v)) {
      out.push({ name, lines: [`${name} ${formatMemory(Number(v))}`], force: changed });
    } else if (name === "unixsocketperm") {
      out.push({ name, lines: [`${name} ${Number(v).toString(8)}`], force: changed });
    } else {
      out.push({ name, lines: [`${name} ${v}`], force: changed });
    }
  }
  return out;
}

/**
 * rewriteConfig over the old file's text (null when there is none): settings replace their own lines in
 * place, extra ones go after the "# Generated by CONFIG REWRITE" line, lines of settings now at their
 * default (or repeated) are blanked, unknown lines become "# ??? ..." comments, runs of empty lines
 * collapse to one. `forceAll` writes every setting (DEBUG CONFIG-REWRITE-FORCE-ALL).
 */
export function rewriteConfigText(old: string | null, config: Config, forceAll = false): string {
  const lines: string[] = [];
  const optionToLines = new Map<string, number[]>();
  let needsSignature = true;
  if (old !== null && old.length > 0) {
    for (const raw of old.split("\n")) {
      const line = raw.replace(/^[\r\n\t ]+|[\r\n\t ]+$/g, "");
      if (line === "" || line[0] === "#") {
        if (needsSignature && line === REDIS_CONFIG_REWRITE_SIGNATURE) needsSignature = false;
        lines.push(line);
        continue;
      }
      const argv = sdssplitargs(line);
      const entry = argv === null || argv.length === 0 ? undefined : config.entry(argv[0]);
      if (
        argv === null || argv.length === 0 || (entry === undefined && !FILE_ONLY_DIRECTIVES.has(argv[0].toLowerCase()))
      ) {
        lines.push(`# ??? ${line}`);
        continue;
      }
      lines.push(line);
      // An alias's lines count as its setting's.
      const option = entry !== undefined ? entry.name : argv[0].toLowerCase();
      const at = optionToLines.get(option);
      if (at === undefined) optionToLines.set(option, [lines.length - 1]);
      else at.push(lines.length - 1);
    }
  }
  const rewritten = new Set<string>();
  for (const opt of rewriteOptions(config)) {
    rewritten.add(opt.name);
    for (const line of opt.lines) {
      const at = optionToLines.get(opt.name);
      if (at === undefined && !opt.force && !forceAll) continue;
      if (at !== undefined) {
        lines[at.shift()!] = line;
        if (at.length === 0) optionToLines.delete(opt.name);
      } else {
        if (needsSignature) {
          lines.push(REDIS_CONFIG_REWRITE_SIGNATURE);
          needsSignature = false;
        }
        lines.push(line);
      }
    }
  }
  // Lines of rewritten settings not reused (a setting back at its default, extra save lines) are blanked.
  for (const [option, at] of optionToLines) {
    if (!rewritten.has(option)) continue;
    for (const i of at) lines[i] = "";
  }
  let content = "";
  let wasEmpty = false;
  for (const line of lines) {
    if (line === "") {
      if (wasEmpty) continue;
      wasEmpty = true;
    } else wasEmpty = false;
    content += line + "\n";
  }
  return content;
}

/**
 * rewriteConfig on the config file the server started with, through the host's file access: null when
 * written, else the reason (strerror's text). A file that does not exist yet is written from scratch.
 */
export function rewriteConfigFile(config: Config, host: Host, forceAll = false): string | null {
  const path = host.configFile;
  if (path === undefined || host.writeConfigFile === undefined || host.readConfigFile === undefined) {
    return "No file access";
  }
  let old: string | null = null;
  try {
    old = host.readConfigFile(path);
  } catch (e) {
    if ((e as Error).message !== "No such file or directory") return (e as Error).message;
  }
  try {
    host.writeConfigFile(path, rewriteConfigText(old, config, forceAll));
  } catch (e) {
    return (e as Error).message;
  }
  return null;
}
