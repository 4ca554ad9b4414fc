/** Process facts the core asks of the host, read through node:fs (Node, Bun and Deno all provide it). */
import fs from "node:fs";
import process from "node:process";

/**
 * The soft RLIMIT_NOFILE from /proc/self/limits (Linux), or undefined elsewhere or without permission to
 * read it. All three runtimes raise the soft limit to the hard one at startup, as Redis's
 * adjustOpenFilesLimit would, so this is what the process can use.
 */
export function openFileLimit(): number | undefined {
  try {
    const line = fs.readFileSync("/proc/self/limits", "utf8").split("\n").find((l) => l.startsWith("Max open files"));
    const soft = line?.slice("Max open files".length).trim().split(/\s+/)[0];
    return soft === undefined || !/^\d+$/.test(soft) ? undefined : Number(soft);
  } catch {
    return undefined;
  }
}

/**
 * createPidFile: writes the process id to `path` (nothing when empty) and returns what removes it at
 * shutdown. A file that cannot be written is a warning, as in Redis, not a reason to stop.
 */
export function createPidFile(path: string, pid: number, log: (line: string) => void): () => void {
  if (path === "") return () => {};
  try {
    fs.writeFileSync(path, `${pid}\n`);
  } catch (e) {
    log(`# Failed to write PID file: ${(e as Error).message}`);
    return () => {};
  }
  return () => {
    try {
      fs.unlinkSync(path);
    } catch { /* already gone */ }
  };
}

/** strerror's text for the errno codes a config or log file open meets. */
const STRERROR: Record<string, string> = {
  ENOENT: "No such file or directory",
  EACCES: "Permission denied",
  EISDIR: "Is a directory",
  ENOTDIR: "Not a directory",
  EROFS: "Read-only file system",
};

function strerror(e: unknown): Error {
  const code = (e as { code?: string }).code;
  return new Error(code !== undefined && STRERROR[code] !== undefined ? STRERROR[code] : (e as Error).message);
}

/** Host.readConfigFile and Host.appendLog over node:fs; "-" reads stdin (fd 0) to its end. */
export const configFiles = {
  readConfigFile(path: string): string {
    try {
      return fs.readFileSync(path === "-" ? 0 : path, "latin1");
    } catch (e) {
      throw strerror(e);
    }
  },
  writeConfigFile(path: string, text: string): void {
    // rewriteConfigOverwriteFile: a temporary file beside it, synced, then renamed over it.
    const tmp = `${path}.tmp-${process.pid}`;
    try {
      const fd = fs.openSync(tmp, "w", 0o644);
      try {
        fs.writeSync(fd, text, 0, "latin1");
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, path);
    } catch (e) {
      try {
        fs.unlinkSync(tmp);
      } catch { /* never created */ }
      throw strerror(e);
    }
  },
  appendLog(path: string, text: string): void {
    try {
      fs.appendFileSync(path, text, "latin1");
    } catch (e) {
      throw strerror(e);
    }
  },
};
