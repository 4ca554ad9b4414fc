/** Argument parsing shared by the command families. Each returns null after writing Redis's error. */
import { parseDouble, parseInt64 } from "../bytes.js";
import { ERR_NOT_FLOAT, ERR_NOT_INTEGER } from "../errors.js";
/** A signed 64-bit integer argument (getLongLongFromObjectOrReply), as number or bigint. */
export function int64Arg(c, s, err = ERR_NOT_INTEGER) {
    const v = parseInt64(s);
    if (v === null)
        c.error(err);
    return v;
}
/** An integer argument that must fit a double exactly (counts, indexes, limits): larger ones are clamped. */
export function intArg(c, s, err = ERR_NOT_INTEGER) {
    const v = parseInt64(s);
    if (v === null) {
        c.error(err);
        return null;
    }
    if (typeof v === "bigint")
        return v > 0n ? 9223372036854775807 : -9223372036854775808;
    return v;
}
/** getLongFromObjectOrReply with a range check (getRangeLongFromObjectOrReply). */
export function rangeIntArg(c, s, min, max, err) {
    const v = parseInt64(s);
    if (v === null || typeof v === "bigint" || v < min || v > max) {
        c.error(err ?? (v === null ? ERR_NOT_INTEGER : `ERR value is out of range, must be positive`));
        return null;
    }
    return v;
}
/** A float argument (getDoubleFromObjectOrReply): strict syntax, no NaN. */
export function doubleArg(c, s, err = ERR_NOT_FLOAT) {
    const v = parseDouble(s);
    if (v === null)
        c.error(err);
    return v;
}
/** Case-insensitive comparison of an argument with an uppercase ASCII keyword. */
export function is(arg, upper) {
    return arg.length === upper.length && (arg === upper || arg.toUpperCase() === upper);
}
/** Writes Redis's help reply: the first line names the command, then the lines given, then HELP. */
export function helpReply(c, container, lines) {
    const all = [
        `${container} <subcommand> [<arg> [value] [opt] ...]. Subcommands are:`,
        ...lines,
        "HELP",
        "    Prints this help.",
    ];
    c.w.array(all.length);
    for (const l of all)
        c.w.simple(l);
}
//# sourceMappingURL=util.js.map