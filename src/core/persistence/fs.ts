/**
 * The file access persistence needs, as a small interface each runtime shim implements (node:fs for Node and
 * Bun, Deno's sync file API for Deno). Synchronous on purpose: writes go to the page cache in ~64 KB chunks
 * between events, which costs microseconds, and keeping them synchronous lets the core decide exactly when a
 * snapshot is complete. Handles are opaque to the core. Failures throw an Error whose message is shown in logs
 * and whose `code`, when it has one, is the errno name (`ENOSPC`): see `strerror`.
 */
export interface FileStore {
  /** Opens an existing file for reading; null when it does not exist. */
  openRead(path: string): unknown | null;
  /** Reads up to `into.length` bytes at the current position; 0 at the end. */
  read(handle: unknown, into: Uint8Array): number;
  /** Creates or truncates a file for writing. */
  create(path: string): unknown;
  /** Opens a file for appending, creating it if needed. */
  openAppend(path: string): unknown;
  /**
   * Writes all of `bytes` at the end. When the file system refuses part way (a full disk), the Error thrown
   * carries `written`: how many bytes did reach the file (see FileError), so the caller can cut them off.
   */
  write(handle: unknown, bytes: Uint8Array): void;
  /** Writes all of `bytes` at file offset `position` off the event loop, where the runtime can. */
  writeAsync?(handle: unknown, bytes: Uint8Array, position: number, done: (err: Error | null) => void): void;
  /** fsync: returns once the bytes are on stable storage. */
  sync(handle: unknown): void;
  /** fsync off the event loop, where the runtime can (a background save must not stall clients on it). */
  syncAsync?(handle: unknown, done: (err: Error | null) => void): void;
  close(handle: unknown): void;
  /** Atomically replaces `to` with `from` (rename(2)). */
  rename(from: string, to: string): void;
  renameAsync?(from: string, to: string, done: (err: Error | null) => void): void;
  /** Cuts a file to `size` bytes (a truncated AOF tail). */
  truncate(path: string, size: number): void;
  /** Removes a file; no error when it does not exist. */
  remove(path: string): void;
  /** Size in bytes, or null when the file does not exist. */
  size(path: string): number | null;
  /** Creates a directory (and parents); no error when it exists. */
  mkdir(path: string): void;
  /** Names in a directory, or null when it does not exist. */
  list(dir: string): string[] | null;
  /** fsyncs a directory so a rename in it survives a crash; may be a no-op where unsupported. */
  syncDir(dir: string): void;
}

/** An I/O failure: `code` is the errno name, `written` the bytes that reached the file before it. */
export interface FileError extends Error {
  code?: string;
  written?: number;
}

/** The C library's text for the errno names persistence meets, as Redis logs and replies them (strerror). */
const ERRNO_TEXT: Record<string, string> = {
  ENOSPC: "No space left on device",
  EDQUOT: "Disk quota exceeded",
  EFBIG: "File too large",
  EIO: "Input/output error",
  EROFS: "Read-only file system",
  EACCES: "Permission denied",
  EPERM: "Operation not permitted",
  EBADF: "Bad file descriptor",
  ENOENT: "No such file or directory",
  EINVAL: "Invalid argument",
};

/** The text Redis would show for this failure: strerror(errno) where the code is known, else the message. */
export function strerror(e: unknown): string {
  const err = e as FileError;
  return (err.code !== undefined ? ERRNO_TEXT[err.code] : undefined) ?? err.message ?? String(e);
}

/** An Error shaped as a runtime's file API throws it. */
export function fileError(code: string, written?: number): FileError {
  const e: FileError = new Error(ERRNO_TEXT[code] ?? code);
  e.code = code;
  if (written !== undefined) e.written = written;
  return e;
}

/** Joins a directory and a file name the way Redis resolves names relative to `dir`. */
export function joinPath(dir: string, name: string): string {
  if (name.startsWith("/") || dir === "") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** An in-memory FileStore: for tests and for embedding without a disk. */
export class MemoryFileStore implements FileStore {
  readonly files = new Map<string, Uint8Array>();
  /** Every fsync'd path, in order (tests check durability steps). */
  readonly synced: string[] = [];
  /** When set, writes to paths matching it throw (tests of failed saves). */
  failWrites: RegExp | null = null;
  /** Bytes the "disk" still takes (null: no limit): a write past it is cut short and fails with ENOSPC. */
  spaceLeft: number | null = null;
  private open = new Map<number, { path: string; pos: number; parts: Uint8Array[] | null }>();
  private nextId = 1;

  private file(h: unknown) {
    const f = this.open.get(h as number);
    if (!f) throw new Error("Bad file descriptor");
    return f;
  }

  openRead(path: string): unknown | null {
    if (!this.files.has(path)) return null;
    const id = this.nextId++;
    this.open.set(id, { path, pos: 0, parts: null });
    return id;
  }

  read(handle: unknown, into: Uint8Array): number {
    const f = this.file(handle);
    const data = this.files.get(f.path) ?? new Uint8Array(0);
    const n = Math.min(into.length, data.length - f.pos);
    if (n <= 0) return 0;
    into.set(data.subarray(f.pos, f.pos + n));
    f.pos += n;
    return n;
  }

  create(path: string): unknown {
    if (this.failWrites?.test(path)) throw fileError("ENOSPC");
    this.files.set(path, new Uint8Array(0));
    const id = this.nextId++;
    this.open.set(id, { path, pos: 0, parts: [] });
    return id;
  }

  openAppend(path: string): unknown {
    if (this.failWrites?.test(path)) throw fileError("ENOSPC");
    if (!this.files.has(path)) this.files.set(path, new Uint8Array(0));
    const id = this.nextId++;
    this.open.set(id, { path, pos: 0, parts: [] });
    return id;
  }

  write(handle: unknown, bytes: Uint8Array): void {
    const f = this.file(handle);
    if (this.failWrites?.test(f.path)) throw fileError("ENOSPC");
    const room = this.spaceLeft === null ? bytes.length : Math.min(this.spaceLeft, bytes.length);
    const old = this.files.get(f.path) ?? new Uint8Array(0);
    const next = new Uint8Array(old.length + room);
    next.set(old);
    next.set(bytes.subarray(0, room), old.length);
    this.files.set(f.path, next);
    if (this.spaceLeft !== null) this.spaceLeft -= room;
    if (room < bytes.length) throw fileError("ENOSPC", room);
  }

  /** When set, fsync fails with EIO (tests of a failing disk). */
  failSyncs = false;

  sync(handle: unknown): void {
    const path = this.file(handle).path;
    if (this.failSyncs) throw fileError("EIO");
    this.synced.push(path);
  }

  /** Closing a handle twice fails, as close(2) of a closed descriptor does. */
  close(handle: unknown): void {
    if (!this.open.delete(handle as number)) throw fileError("EBADF");
  }

  rename(from: string, to: string): void {
    const data = this.files.get(from);
    if (!data) throw new Error("No such file or directory");
    this.files.delete(from);
    this.files.set(to, data);
  }

  truncate(path: string, size: number): void {
    const data = this.files.get(path);
    if (data) this.files.set(path, data.slice(0, size));
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  size(path: string): number | null {
    return this.files.get(path)?.length ?? null;
  }

  mkdir(_path: string): void {}

  list(dir: string): string[] | null {
    const prefix = dir.endsWith("/") ? dir : dir + "/";
    const out: string[] = [];
    for (const p of this.files.keys()) {
      if (p.startsWith(prefix) && !p.slice(prefix.length).includes("/")) out.push(p.slice(prefix.length));
    }
    return out;
  }

  syncDir(dir: string): void {
    this.synced.push(dir + "/");
  }
}
