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
export const ERR_AUTH_NOPASS =
  "ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?";
export const ERR_SAME_OBJECT = "ERR source and destination objects are the same";
export const ERR_CLIENT_NAME =
  "ERR Client names cannot contain spaces, newlines or special characters.";

/**
 * An exception that escaped a command (Redis has no such reply: its C code asserts and crashes). One line,
 * as an error reply must be.
 */
export function errInternal(detail: string): string {
  return `ERR internal error: ${detail.replace(/[\r\n]+/g, " ")}`;
}

/** Startup-only reasons (config file errors, printed to stderr, never a reply). */
export const ERR_BAD_DIRECTIVE = "Bad directive or wrong number of arguments";
export const ERR_RENAME_NO_SUCH_COMMAND = "No such command in rename-command";
export const ERR_RENAME_TARGET_EXISTS = "Target command name already exists";

export const ERR_MAX_CLIENTS = "ERR max number of clients reached";
export const ERR_PROTECTED_MODE =
  "DENIED Redis is running in protected mode because protected mode is enabled and no password is set for the default user. " +
  "In this mode connections are only accepted from the loopback interface. If you want to connect from external computers to " +
  "Redis you may adopt one of the following solutions: 1) Just disable protected mode sending the command 'CONFIG SET " +
  "protected-mode no' from the loopback interface by connecting to Redis from the same host the server is running, however " +
  "MAKE SURE Redis is not publicly accessible from internet if you do so. Use CONFIG REWRITE to make this change permanent. " +
  "2) Alternatively you can just disable the protected mode by editing the Redis configuration file, and setting the " +
  "protected mode option to 'no', and then restarting the server. 3) If you started the server manually just for testing, " +
  "restart it with the '--protected-mode no' option. 4) Setup a an authentication password for the default user. NOTE: You " +
  "only need to do one of the above things in order for the server to start accepting connections from the outside.";

export function errWrongArity(cmd: string): string {
  return `ERR wrong number of arguments for '${cmd}' command`;
}

/**
 * An argument as Redis's printf("%s") sees it: a C string, so it ends at the first NUL byte; at most `max`
 * bytes of it ("%.128s").
 */
function cstr(s: string, max: number): string {
  const nul = s.indexOf("\0");
  const end = nul === -1 ? s.length : nul;
  return end > max ? s.slice(0, max) : nul === -1 ? s : s.slice(0, end);
}

/** C toupper: ASCII letters only (String.prototype.toUpperCase would also change bytes >= 0x80). */
function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

/** Redis quotes at most 128 bytes of the name and, together, of the first arguments it echoes. */
export function errUnknownCommand(argv: readonly string[]): string {
  let args = "";
  for (let i = 1; i < argv.length && args.length < 128; i++) {
    args += `'${cstr(argv[i], 128 - args.length)}' `;
  }
  return `ERR unknown command '${cstr(argv[0], 128)}', with args beginning with: ${args}`;
}

export function errUnknownSubcommand(sub: string, container: string): string {
  return `ERR unknown subcommand '${cstr(sub, 128)}'. Try ${asciiUpper(cstr(container, Infinity))} HELP.`;
}

export function errInvalidExpire(cmd: string): string {
  return `ERR invalid expire time in '${cmd}' command`;
}

export function errUnsupportedOption(opt: string): string {
  return `ERR Unsupported option ${opt}`;
}

export function errProtocol(what: string): string {
  return `ERR Protocol error: ${what}`;
}
