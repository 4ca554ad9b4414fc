import { COMMAND_META } from "./meta.js";
/** A subcommand's metadata, found inside its container's COMMAND INFO and COMMAND DOCS entries. */
function subMeta(parent, fullName) {
    const subs = parent.info[10];
    const info = subs?.find((t, i) => i > 0 && t[1] === fullName);
    if (!info)
        return undefined;
    const docs = parent.docs;
    const at = docs.indexOf("subcommands");
    const map = at > 0 ? docs[at + 1] : [];
    const i = map.indexOf(fullName);
    return { info, docs: i > 0 ? map[i + 1] : ["%"] };
}
function build(def, parent, parentName) {
    const fullName = parentName ? `${parentName}|${def.name}` : def.name;
    const meta = def.meta ?? (parent ? subMeta(parent, fullName) : COMMAND_META[fullName]);
    if (!meta)
        throw new RangeError(`no Redis metadata for command '${fullName}'`);
    const info = meta.info.slice(1); // drop the array tag: info[0] is the name
    const flagTree = info[2];
    const flags = new Set();
    for (let i = 1; i < flagTree.length; i++)
        flags.add(flagTree[i][1]);
    const cmd = {
        fullName,
        arity: info[1],
        flags,
        firstKey: info[3],
        lastKey: info[4],
        keyStep: info[5],
        handler: def.handler ?? null,
        subcommands: null,
        info,
        docs: meta.docs,
        calls: 0,
        usec: 0,
        failedCalls: 0,
        rejectedCalls: 0,
    };
    if (def.subcommands) {
        cmd.subcommands = new Map();
        for (const s of def.subcommands)
            cmd.subcommands.set(s.name, build(s, meta, fullName));
    }
    return cmd;
}
export class CommandTable {
    /** By lowercase and uppercase name, so the common cases need no case conversion on the hot path. */
    byName = new Map();
    /** Top-level commands in registration order. */
    commands = [];
    constructor(defs) {
        // Several families may contribute subcommands to one container: merge them.
        const merged = new Map();
        for (const d of defs) {
            const prev = merged.get(d.name);
            if (!prev) {
                merged.set(d.name, { ...d, subcommands: d.subcommands ? [...d.subcommands] : undefined });
                continue;
            }
            if (!prev.subcommands || !d.subcommands)
                throw new RangeError(`command '${d.name}' registered twice`);
            prev.subcommands.push(...d.subcommands);
            prev.handler ??= d.handler;
        }
        for (const d of merged.values()) {
            const cmd = build(d, null, null);
            this.commands.push(cmd);
            this.byName.set(d.name, cmd);
            this.byName.set(d.name.toUpperCase(), cmd);
        }
    }
    lookup(name) {
        return this.byName.get(name) ?? this.byName.get(name.toLowerCase());
    }
    /** "get" or "client|setname" (COMMAND INFO / DOCS accept both forms). */
    lookupFull(name) {
        const lower = name.toLowerCase();
        const bar = lower.indexOf("|");
        if (bar < 0)
            return this.byName.get(lower);
        return this.byName.get(lower.slice(0, bar))?.subcommands?.get(lower.slice(bar + 1));
    }
    /** Every command and subcommand, for INFO commandstats and COMMAND LIST. */
    *all() {
        for (const c of this.commands) {
            yield c;
            if (c.subcommands)
                yield* c.subcommands.values();
        }
    }
}
//# sourceMappingURL=table.js.map