/**
 * Every error string a client can see, byte-exact with redis-server 7.0.15, in one place. Each constant is
 * the text after the leading '-' and before "\r\n". Functions build the ones that carry a name or value.
 */
export const ERR_SYNTAX = "ERR syntax error";
export const ERR_NOT_INTEGER = "ERR value is not an integer or out of range";
export const ERR_NOT_FLOAT = "ERR value is not a valid float";
export const ERR_WRONGTYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";
export const ERR_OVERFLOW = "ERR increment or decrement would overflow";
export const ERR_NO_SUCH_KEY = "ERR no such key";
export const ERR_DB_INDEX = "ERR DB index is out of range";
export const ERR_NOPROTO = "NOPROTO unsupported protocol version";
export const ERR_OUT_OF_RANGE = "ERR index out of range";
export const ERR_NOT_POSITIVE = "ERR value is out of range, must be positive";
export const ERR_INCR_NAN = "ERR increment would produce NaN or Infinity";
export const ERR_STRING_TOO_LONG = "ERR string exceeds maximum allowed size (proto-max-bulk-len)";
export const ERR_TIMEOUT_NEGATIVE = "ERR timeout is negative";
export const ERR_TIMEOUT_NOT_FLOAT = "ERR timeout is not a float or out of range";
export const ERR_TIMEOUT_OUT_OF_RANGE = "ERR timeout is out of range";
export const ERR_MULTI_NESTED = "ERR MULTI calls can not be nested";
export const ERR_EXEC_WITHOUT_MULTI = "ERR EXEC without MULTI";
export const ERR_DISCARD_WITHOUT_MULTI = "ERR DISCARD without MULTI";
export const ERR_WATCH_IN_MULTI = "ERR WATCH inside MULTI is not allowed";
export const ERR_EXECABORT = "EXECABORT Transaction discarded because of previous errors.";
export const ERR_NOAUTH = "NOAUTH Authentication required.";
export const ERR_WRONGPASS = "WRONGPASS invalid username-password pair or user is disabled.";
export const ERR_AUTH_NOPASS = "ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?";
export const ERR_SAME_OBJECT = "ERR source and destination objects are the same";
export const ERR_CLIENT_NAME = "ERR Client names cannot contain spaces, newlines or special characters.";
export function errWrongArity(cmd) {
    return `ERR wrong number of arguments for '${cmd}' command`;
}
/** Redis quotes at most 128 bytes of the name and of each of the first arguments it echoes. */
function clip(s) {
    return s.length > 128 ? s.slice(0, 128) : s;
}
export function errUnknownCommand(argv) {
    let args = "";
    for (let i = 1; i < argv.length && args.length < 128; i++) {
        args += `'${argv[i].slice(0, 128 - args.length)}' `;
    }
    return `ERR unknown command '${clip(argv[0])}', with args beginning with: ${args}`;
}
export function errUnknownSubcommand(sub, container) {
    return `ERR unknown subcommand '${clip(sub)}'. Try ${container.toUpperCase()} HELP.`;
}
export function errInvalidExpire(cmd) {
    return `ERR invalid expire time in '${cmd}' command`;
}
export function errUnsupportedOption(opt) {
    return `ERR Unsupported option ${opt}`;
}
export function errProtocol(what) {
    return `ERR Protocol error: ${what}`;
}
//# sourceMappingURL=errors.js.map