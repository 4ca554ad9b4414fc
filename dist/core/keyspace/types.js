export function typeOf(v) {
    return typeof v === "string" ? "string" : v.type;
}
//# sourceMappingURL=types.js.map