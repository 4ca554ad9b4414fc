export function writeTree(w, t) {
    if (typeof t === "string")
        return w.bulk(t);
    if (typeof t === "number")
        return w.integer(t);
    if (t === null)
        return w.nullBulk();
    const kind = t[0];
    if (kind === "+")
        return w.simple(t[1]);
    const n = t.length - 1;
    if (kind === "%")
        w.map(n / 2);
    else if (kind === "~")
        w.set(n);
    else
        w.array(n);
    for (let i = 1; i <= n; i++)
        writeTree(w, t[i]);
}
//# sourceMappingURL=resptree.js.map