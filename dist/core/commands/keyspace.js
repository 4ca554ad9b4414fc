import { NOTIFY_GENERIC } from "../server.js";
import { INT64_MAX, INT64_MIN } from "../bytes.js";
import { errInvalidExpire, errUnsupportedOption } from "../errors.js";
import { typeOf } from "../keyspace/types.js";
import { globMatch } from "../glob.js";
import { int64Arg } from "./util.js";
/** Deletes a key with the usual signals; true when it existed. Shared by DEL, UNLINK and others. */
export function deleteKey(c, key) {
    const db = c.db;
    if (db.peek(key) === undefined)
        return false;
    db.delete(key);
    c.server.signalModifiedKey(db, key);
    c.server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
    c.server.dirty++;
    return true;
}
/** DEL key [key ...] */
function delCommand(c, argv) {
    let n = 0;
    for (let i = 1; i < argv.length; i++)
        if (deleteKey(c, argv[i]))
            n++;
    c.w.integer(n);
}
/** EXISTS key [key ...] (a key named twice counts twice) */
function existsCommand(c, argv) {
    let n = 0;
    for (let i = 1; i < argv.length; i++)
        if (c.db.peek(argv[i]) !== undefined)
            n++;
    c.w.integer(n);
}
/** TYPE key */
function typeCommand(c, argv) {
    const v = c.db.peek(argv[1]);
    c.w.simple(v === undefined ? "none" : typeOf(v));
}
/** KEYS pattern */
function keysCommand(c, argv) {
    const pattern = argv[1];
    const all = pattern === "*";
    const out = [];
    const now = c.server.time;
    const db = c.db;
    db.forEach((key) => {
        if (!all && !globMatch(pattern, key))
            return;
        const at = db.getExpire(key);
        if (at !== -1 && at <= now)
            return; // expired but not yet reclaimed: skipped, not deleted
        out.push(key);
    });
    c.w.bulkArray(out);
}
const EXPIRE_NX = 1;
const EXPIRE_XX = 2;
const EXPIRE_GT = 4;
const EXPIRE_LT = 8;
/**
 * EXPIRE key seconds [NX|XX|GT|LT], PEXPIRE, EXPIREAT, PEXPIREAT (expireGenericCommand): `basetime` is now
 * for the relative forms and 0 for the absolute ones.
 */
function expireGeneric(c, argv, relative, seconds) {
    let flags = 0;
    for (let j = 3; j < argv.length; j++) {
        const opt = argv[j].toUpperCase();
        if (opt === "NX")
            flags |= EXPIRE_NX;
        else if (opt === "XX")
            flags |= EXPIRE_XX;
        else if (opt === "GT")
            flags |= EXPIRE_GT;
        else if (opt === "LT")
            flags |= EXPIRE_LT;
        else {
            c.error(errUnsupportedOption(argv[j]));
            return;
        }
    }
    if (flags & EXPIRE_NX && flags & (EXPIRE_XX | EXPIRE_GT | EXPIRE_LT)) {
        c.error("ERR NX and XX, GT or LT options at the same time are not compatible");
        return;
    }
    if (flags & EXPIRE_GT && flags & EXPIRE_LT) {
        c.error("ERR GT and LT options at the same time are not compatible");
        return;
    }
    const raw = int64Arg(c, argv[2]);
    if (raw === null)
        return;
    const name = argv[0].toLowerCase();
    let when = BigInt(raw);
    if (seconds) {
        if (when > INT64_MAX / 1000n || when < INT64_MIN / 1000n) {
            c.error(errInvalidExpire(name));
            return;
        }
        when *= 1000n;
    }
    const base = relative ? BigInt(c.server.time) : 0n;
    if (when > INT64_MAX - base) {
        c.error(errInvalidExpire(name));
        return;
    }
    when += base;
    const db = c.db;
    const key = argv[1];
    if (db.lookup(key) === undefined) {
        c.w.integer(0);
        return;
    }
    const at = Number(when);
    if (flags) {
        const current = db.getExpire(key);
        if (flags & EXPIRE_NX && current !== -1)
            return c.w.integer(0);
        if (flags & EXPIRE_XX && current === -1)
            return c.w.integer(0);
        // No TTL counts as an infinite one for GT and LT.
        if (flags & EXPIRE_GT && (current === -1 || at <= current))
            return c.w.integer(0);
        if (flags & EXPIRE_LT && current !== -1 && at >= current)
            return c.w.integer(0);
    }
    const server = c.server;
    if (at <= server.time) {
        // A deadline already passed deletes the key now (checkAlreadyExpired).
        db.delete(key);
        server.signalModifiedKey(db, key);
        server.notifyKeyspaceEvent(NOTIFY_GENERIC, "del", key, db.id);
        server.dirty++;
        c.w.integer(1);
        return;
    }
    db.setExpire(key, at);
    server.signalModifiedKey(db, key);
    server.notifyKeyspaceEvent(NOTIFY_GENERIC, "expire", key, db.id);
    server.dirty++;
    c.w.integer(1);
}
/** TTL, PTTL, EXPIRETIME, PEXPIRETIME (ttlGenericCommand). */
function ttlGeneric(c, key, ms, absolute) {
    const db = c.db;
    if (db.peek(key) === undefined)
        return c.w.integer(-2);
    const expire = db.getExpire(key);
    if (expire === -1)
        return c.w.integer(-1);
    let ttl = absolute ? expire : expire - c.server.time;
    if (ttl < 0)
        ttl = 0;
    c.w.integer(ms ? ttl : Math.floor((ttl + 500) / 1000));
}
/** PERSIST key */
function persistCommand(c, argv) {
    const db = c.db;
    const key = argv[1];
    if (db.lookup(key) === undefined || !db.persist(key))
        return c.w.integer(0);
    c.server.signalModifiedKey(db, key);
    c.server.notifyKeyspaceEvent(NOTIFY_GENERIC, "persist", key, db.id);
    c.server.dirty++;
    c.w.integer(1);
}
export function keyspaceCommands(_server) {
    return [
        { name: "del", handler: delCommand },
        { name: "exists", handler: existsCommand },
        { name: "type", handler: typeCommand },
        { name: "keys", handler: keysCommand },
        /* EXPIRE key seconds [NX|XX|GT|LT] */
        { name: "expire", handler: (c, argv) => expireGeneric(c, argv, true, true) },
        /* PEXPIRE key milliseconds [NX|XX|GT|LT] */
        { name: "pexpire", handler: (c, argv) => expireGeneric(c, argv, true, false) },
        /* EXPIREAT key unix-time-seconds [NX|XX|GT|LT] */
        { name: "expireat", handler: (c, argv) => expireGeneric(c, argv, false, true) },
        /* PEXPIREAT key unix-time-milliseconds [NX|XX|GT|LT] */
        { name: "pexpireat", handler: (c, argv) => expireGeneric(c, argv, false, false) },
        /* TTL key */
        { name: "ttl", handler: (c, argv) => ttlGeneric(c, argv[1], false, false) },
        /* PTTL key */
        { name: "pttl", handler: (c, argv) => ttlGeneric(c, argv[1], true, false) },
        /* EXPIRETIME key */
        { name: "expiretime", handler: (c, argv) => ttlGeneric(c, argv[1], false, true) },
        /* PEXPIRETIME key */
        { name: "pexpiretime", handler: (c, argv) => ttlGeneric(c, argv[1], true, true) },
        { name: "persist", handler: persistCommand },
    ];
}
//# sourceMappingURL=keyspace.js.map