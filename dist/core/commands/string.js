import { NOTIFY_GENERIC, NOTIFY_STRING } from "../server.js";
import { INT64_MAX, INT64_MIN, parseInt64 } from "../bytes.js";
import { ERR_NOT_INTEGER, ERR_OVERFLOW, ERR_SYNTAX, errInvalidExpire } from "../errors.js";
import { int64Arg } from "./util.js";
const SET_NX = 1;
const SET_XX = 2;
const SET_GET = 4;
const SET_KEEPTTL = 8;
const SET_EX = 16;
const SET_PX = 32;
const SET_EXAT = 64;
const SET_PXAT = 128;
const ANY_EXPIRE = SET_EX | SET_PX | SET_EXAT | SET_PXAT;
/**
 * Absolute deadline in ms for SET/GETEX expire arguments (getExpireMillisecondsOrReply), or null after
 * an error. `relative` for EX/PX; `seconds` for EX/EXAT.
 */
export function expireArgToMs(c, arg, seconds, relative, cmdName) {
    const v = int64Arg(c, arg);
    if (v === null)
        return null;
    let ms = BigInt(v);
    if (ms <= 0n || (seconds && ms > INT64_MAX / 1000n)) {
        c.error(errInvalidExpire(cmdName));
        return null;
    }
    if (seconds)
        ms *= 1000n;
    if (relative)
        ms += BigInt(c.server.time);
    // Redis adds in signed 64-bit arithmetic: an overflow wraps negative and is refused.
    if (ms > INT64_MAX || ms <= 0n) {
        c.error(errInvalidExpire(cmdName));
        return null;
    }
    return Number(ms);
}
/** GET's reply for `key`; false when it replied with an error (wrong type). */
function getGeneric(c, key) {
    const v = c.lookupString(key);
    if (v === null)
        return false;
    if (v === undefined)
        c.w.nullBulk();
    else
        c.w.bulk(v);
    return true;
}
/** SET key value [NX|XX] [GET] [EX s|PX ms|EXAT ts|PXAT ts|KEEPTTL] */
function setCommand(c, argv) {
    let flags = 0;
    let expireArg = null;
    for (let j = 3; j < argv.length; j++) {
        const opt = argv[j].toUpperCase();
        const hasNext = j < argv.length - 1;
        if (opt === "NX" && !(flags & SET_XX))
            flags |= SET_NX;
        else if (opt === "XX" && !(flags & SET_NX))
            flags |= SET_XX;
        else if (opt === "GET")
            flags |= SET_GET;
        else if (opt === "KEEPTTL" && !(flags & ANY_EXPIRE))
            flags |= SET_KEEPTTL;
        else if (opt === "EX" && !(flags & (SET_KEEPTTL | SET_EXAT | SET_PX | SET_PXAT)) && hasNext) {
            flags |= SET_EX;
            expireArg = argv[++j];
        }
        else if (opt === "PX" && !(flags & (SET_KEEPTTL | SET_EX | SET_EXAT | SET_PXAT)) && hasNext) {
            flags |= SET_PX;
            expireArg = argv[++j];
        }
        else if (opt === "EXAT" && !(flags & (SET_KEEPTTL | SET_EX | SET_PX | SET_PXAT)) && hasNext) {
            flags |= SET_EXAT;
            expireArg = argv[++j];
        }
        else if (opt === "PXAT" && !(flags & (SET_KEEPTTL | SET_EX | SET_EXAT | SET_PX)) && hasNext) {
            flags |= SET_PXAT;
            expireArg = argv[++j];
        }
        else {
            c.error(ERR_SYNTAX);
            return;
        }
    }
    let at = 0;
    if (expireArg !== null) {
        const ms = expireArgToMs(c, expireArg, (flags & (SET_EX | SET_EXAT)) !== 0, (flags & (SET_EX | SET_PX)) !== 0, "set");
        if (ms === null)
            return;
        at = ms;
    }
    setGeneric(c, flags, argv[1], argv[2], expireArg !== null ? at : 0);
}
/** The shared body of SET, SETNX, SETEX, PSETEX and GETSET (setGenericCommand). */
function setGeneric(c, flags, key, value, expireAt, okReply, abortReply) {
    if (flags & SET_GET && !getGeneric(c, key))
        return;
    const db = c.db;
    const found = db.lookup(key) !== undefined;
    if ((flags & SET_NX && found) || (flags & SET_XX && !found)) {
        if (!(flags & SET_GET)) {
            if (abortReply)
                abortReply();
            else
                c.w.nullBulk();
        }
        return;
    }
    db.store(key, value, (flags & SET_KEEPTTL) !== 0);
    const server = c.server;
    server.signalModifiedKey(db, key);
    server.dirty++;
    server.notifyKeyspaceEvent(NOTIFY_STRING, "set", key, db.id);
    if (expireAt !== 0) {
        db.setExpire(key, expireAt);
        server.notifyKeyspaceEvent(NOTIFY_GENERIC, "expire", key, db.id);
    }
    if (!(flags & SET_GET)) {
        if (okReply)
            okReply();
        else
            c.w.ok();
    }
}
/** INCR, DECR, INCRBY, DECRBY: add `by` to the integer at key (incrDecrCommand). */
export function incrDecr(c, key, by) {
    const db = c.db;
    const cur = c.lookupString(key);
    if (cur === null)
        return;
    let old = 0;
    if (cur !== undefined) {
        const parsed = parseInt64(cur);
        if (parsed === null) {
            c.error(ERR_NOT_INTEGER);
            return;
        }
        old = parsed;
    }
    let next;
    if (typeof old === "number" && typeof by === "number" && Math.abs(old) < 2 ** 52 && Math.abs(by) < 2 ** 52) {
        next = old + by;
    }
    else {
        const big = BigInt(old) + BigInt(by);
        if (big > INT64_MAX || big < INT64_MIN) {
            c.error(ERR_OVERFLOW);
            return;
        }
        next = big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
    }
    const text = typeof next === "number" ? String(next) : next.toString();
    if (cur === undefined)
        db.store(key, text);
    else
        db.replace(key, text);
    const server = c.server;
    server.signalModifiedKey(db, key);
    server.notifyKeyspaceEvent(NOTIFY_STRING, "incrby", key, db.id);
    server.dirty++;
    c.w.integer(next);
}
export function stringCommands(_server) {
    return [
        /* GET key */
        { name: "get", handler: (c, argv) => void getGeneric(c, argv[1]) },
        { name: "set", handler: setCommand },
        /* INCR key */
        { name: "incr", handler: (c, argv) => incrDecr(c, argv[1], 1) },
        /* DECR key */
        { name: "decr", handler: (c, argv) => incrDecr(c, argv[1], -1) },
    ];
}
export { setGeneric, getGeneric, SET_NX, SET_XX, SET_GET, SET_KEEPTTL };
//# sourceMappingURL=string.js.map