/**
 * FileStore over node:fs, used by all three shims (Bun and Deno implement node:fs; Deno checks its
 * --allow-read/--allow-write permissions first, see deno.ts). Synchronous calls: the core writes ~64 KB
 * chunks between events and decides itself when a snapshot is complete (see src/core/persistence/fs.ts).
 */
import fs from "node:fs";
import type { FileStore } from "../core/persistence/fs.ts";

function code(e: unknown): string | undefined {
  return (e as { code?: string }).code;
}

export function nodeFileStore(): FileStore {
  return {
    openRead(path) {
      try {
        return fs.openSync(path, "r");
      } catch (e) {
        if (code(e) === "ENOENT") return null;
        throw e;
      }
    },
    read: (h, into) => fs.readSync(h as number, into, 0, into.length, null),
    create: (path) => fs.openSync(path, "w"),
    openAppend: (path) => fs.openSync(path, "a"),
    write(h, bytes) {
      let off = 0;
      try {
        while (off < bytes.length) off += fs.writeSync(h as number, bytes, off, bytes.length - off);
      } catch (e) {
        // A full disk takes part of a write before refusing the rest: the caller cuts that part off.
        (e as { written?: number }).written = off;
        throw e;
      }
    },
    writeAsync(h, bytes, position, done) {
      const step = (off: number) => {
        fs.write(h as number, bytes, off, bytes.length - off, position + off, (err, n) => {
          if (err) return done(err);
          if (off + n < bytes.length) return step(off + n);
          done(null);
        });
      };
      step(0);
    },
    renameAsync: (from, to, done) => fs.rename(from, to, (err) => done(err)),
    sync: (h) => fs.fsyncSync(h as number),
    syncAsync: (h, done) => fs.fsync(h as number, (err) => done(err)),
    close: (h) => fs.closeSync(h as number),
    rename: (from, to) => fs.renameSync(from, to),
    truncate: (path, size) => fs.truncateSync(path, size),
    remove(path) {
      try {
        fs.unlinkSync(path);
      } catch (e) {
        if (code(e) !== "ENOENT") throw e;
      }
    },
    size(path) {
      try {
        return fs.statSync(path).size;
      } catch {
        return null;
      }
    },
    mkdir: (path) => void fs.mkdirSync(path, { recursive: true }),
    list(dir) {
      try {
        return fs.readdirSync(dir);
      } catch {
        return null;
      }
    },
    syncDir(dir) {
      try {
        const fd = fs.openSync(dir, "r");
        try {
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
      } catch { /* not supported here: the rename itself is still atomic */ }
    },
  };
}
