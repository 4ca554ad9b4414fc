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
export const ERR_CLIENT_NAME = "ERR Client names cannot contain spaces, newlines or special characters.";

/**
 * An exception that escaped a command (Redis has no such reply: its C code asserts and crashes). One line,
 * as an error reply must be.
 */
export function errInternal(detail: string): string {
  return `ERR internal error: ${detail.replace(/[\r\n]+/g, " ")}`;
}

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

export const ERR_INVALID_CURSOR = "ERR invalid cursor";

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

// ---- Generic keyspace commands (db.c, expire.c, object.c) ----
export const ERR_EXPIRE_NX_XX = "ERR NX and XX, GT or LT options at the same time are not compatible";
export const ERR_EXPIRE_GT_LT = "ERR GT and LT options at the same time are not compatible";
export const ERR_INVALID_FIRST_DB = "ERR invalid first DB index";
export const ERR_INVALID_SECOND_DB = "ERR invalid second DB index";
export const ERR_LFU_NO_IDLETIME =
  "ERR An LFU maxmemory policy is selected, idle time not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.";
export const ERR_LFU_NO_FREQ =
  "ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that when switching between policies at runtime LRU and LFU data will take some time to adjust.";
export const ERR_TIMEOUT_NOT_INTEGER = "ERR timeout is not an integer or out of range";

// ---- Arguments several families parse (getRangeLongFromObjectOrReply and friends) ----
/** HRANDFIELD WITHVALUES and ZRANDMEMBER WITHSCORES with a count beyond ±LONG_MAX/2. */
export const ERR_OUT_OF_RANGE_PLAIN = "ERR value is out of range";
export const ERR_NUMKEYS_POSITIVE = "ERR numkeys should be greater than 0";
export const ERR_NUMKEYS_OVER_ARGS = "ERR Number of keys can't be greater than number of args";
export const ERR_COUNT_POSITIVE = "ERR count should be greater than 0";
/** ZRANGE ... LIMIT and SINTERCARD LIMIT. */
export const ERR_LIMIT_NEGATIVE = "ERR LIMIT can't be negative";

// ---- Lists (t_list.c) ----
export const ERR_RANK_ZERO =
  "ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list";
export const ERR_COUNT_NEGATIVE = "ERR COUNT can't be negative";
export const ERR_MAXLEN_NEGATIVE = "ERR MAXLEN can't be negative";

// ---- Strings (t_string.c) ----
export const ERR_DECR_OVERFLOW = "ERR decrement would overflow";
export const ERR_OFFSET_OUT_OF_RANGE = "ERR offset is out of range";
export const ERR_LCS_NOT_STRINGS = "ERR The specified keys must contain string values";
export const ERR_LCS_LEN_AND_IDX = "ERR If you want both the length and indexes, please just use IDX.";
export const ERR_LCS_TOO_LONG = "ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len";
export const ERR_LCS_NO_MEMORY = "ERR Insufficient memory, failed allocating transient memory for LCS";

// ---- Bitmaps (bitops.c) ----
export const ERR_BIT_OFFSET = "ERR bit offset is not an integer or out of range";
export const ERR_BIT_VALUE = "ERR bit is not an integer or out of range";
export const ERR_BIT_ARGUMENT = "ERR The bit argument must be 1 or 0.";
export const ERR_BITOP_NOT = "ERR BITOP NOT must be called with a single source key.";
export const ERR_BITFIELD_TYPE =
  "ERR Invalid bitfield type. Use something like i16 u8. Note that u64 is not supported but i64 is.";
export const ERR_BITFIELD_OVERFLOW = "ERR Invalid OVERFLOW type specified";
export const ERR_BITFIELD_RO = "ERR BITFIELD_RO only supports the GET subcommand";

// ---- Hashes (t_hash.c) ----
export const ERR_HASH_NOT_INTEGER = "ERR hash value is not an integer";
export const ERR_VALUE_NAN = "ERR value is NaN or Infinity";
export const ERR_HASH_NOT_FLOAT = "ERR hash value is not a float";

// ---- Sorted sets (t_zset.c) ----
export const ERR_MINMAX_FLOAT = "ERR min or max is not a float";
export const ERR_MINMAX_LEX = "ERR min or max not valid string range item";
export const ERR_NAN_SCORE = "ERR resulting score is not a number (NaN)";
export const ERR_ZADD_NX_XX = "ERR XX and NX options at the same time are not compatible";
export const ERR_ZADD_GT_LT_NX = "ERR GT, LT, and/or NX options at the same time are not compatible";
export const ERR_ZADD_INCR_PAIR = "ERR INCR option supports a single increment-element pair";
export const ERR_LIMIT_WITHOUT_BY =
  "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX";
export const ERR_WITHSCORES_BYLEX = "ERR syntax error, WITHSCORES not supported in combination with BYLEX";
export const ERR_WEIGHT_NOT_FLOAT = "ERR weight value is not a float";

// ---- SORT (sort.c) ----
export const ERR_SORT_NOT_DOUBLE = "ERR One or more scores can't be converted into double";

// ---- Geo (geo.c) ----
export const ERR_GEO_UNIT = "ERR unsupported unit provided. please use M, KM, FT, MI";
export const ERR_GEO_RADIUS_NEGATIVE = "ERR radius cannot be negative";
export const ERR_GEO_BOX_NEGATIVE = "ERR height or width cannot be negative";
export const ERR_GEO_MEMBER = "ERR could not decode requested zset member";
export const ERR_GEO_COUNT = "ERR COUNT must be > 0";
export const ERR_GEO_ANY_COUNT = "ERR the ANY argument requires COUNT argument";
export const ERR_GEO_RADIUS_NUMBER = "ERR need numeric radius";
export const ERR_GEO_WIDTH_NUMBER = "ERR need numeric width";
export const ERR_GEO_HEIGHT_NUMBER = "ERR need numeric height";

// ---- Pub/Sub (pubsub.c) ----
export const ERR_SSUBSCRIBE_DENY_BLOCKING = "ERR SSUBSCRIBE isn't allowed for a DENY BLOCKING client";

// ---- Client-side caching (tracking.c) ----
export const ERR_TRACKING_ONE_REDIRECT = "ERR A client can only redirect to a single other client";
export const ERR_TRACKING_NO_REDIRECT_CLIENT = "ERR The client ID you want redirect to does not exist";
export const ERR_TRACKING_PREFIX_NEEDS_BCAST = "ERR PREFIX option requires BCAST mode to be enabled";
export const ERR_TRACKING_BCAST_SWITCH =
  "ERR You can't switch BCAST mode on/off before disabling tracking for this client, and then re-enabling it with a different mode.";
export const ERR_TRACKING_OPT_BCAST = "ERR OPTIN and OPTOUT are not compatible with BCAST";
export const ERR_TRACKING_OPTIN_OPTOUT = "ERR You can't specify both OPTIN mode and OPTOUT mode";
export const ERR_TRACKING_OPT_SWITCH =
  "ERR You can't switch OPTIN/OPTOUT mode before disabling tracking for this client, and then re-enabling it with a different mode.";
export const ERR_CACHING_NOT_OPT =
  "ERR CLIENT CACHING can be called only when the client is in tracking mode with OPTIN or OPTOUT mode enabled";
export const ERR_CACHING_YES = "ERR CLIENT CACHING YES is only valid when tracking is enabled in OPTIN mode.";
export const ERR_CACHING_NO = "ERR CLIENT CACHING NO is only valid when tracking is enabled in OPTOUT mode.";

// ---- Server commands (server.c, config.c) ----
export const ERR_GETKEYS_INVALID_COMMAND = "ERR Invalid command specified";
export const ERR_GETKEYS_NO_KEYS = "ERR The command has no key arguments";
export const ERR_GETKEYS_ARITY = "ERR Invalid number of arguments specified for command";
export const ERR_GETKEYS_INVALID_ARGS = "ERR Invalid arguments specified for command";
export const ERR_NO_CONFIG_FILE = "ERR The server is running without a config file";

// ---- Connection and CLIENT (networking.c) ----
export const ERR_PROTOCOL_VERSION = "ERR Protocol version is not an integer or out of range";
export const ERR_HELLO_NOAUTH =
  "NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time";
export const ERR_INVALID_CLIENT_ID = "ERR Invalid client ID";
export const ERR_PAUSE_MODE = "ERR CLIENT PAUSE mode must be WRITE or ALL";
export const ERR_UNBLOCK_REASON = "ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR";
/** What a client blocked in BLPOP & co. gets from CLIENT UNBLOCK id ERROR. */
export const ERR_UNBLOCKED = "UNBLOCKED client unblocked via CLIENT UNBLOCK";
export const ERR_CLIENT_ID_POSITIVE = "ERR client-id should be greater than 0";
export const ERR_NO_SUCH_CLIENT = "ERR No such client";
export const ERR_MONITOR_DENY_BLOCKING = "ERR MONITOR isn't allowed for DENY BLOCKING client";

// ---- Persistence (rdb.c, aof.c, cluster.c's DUMP/RESTORE) ----
export const ERR_NO_SHUTDOWN = "ERR No shutdown in progress.";
export const ERR_SHUTDOWN_FAILED = "ERR Errors trying to SHUTDOWN. Check logs.";
export const ERR_RESTORE_IDLETIME = "ERR Invalid IDLETIME value, must be >= 0";
export const ERR_RESTORE_FREQ = "ERR Invalid FREQ value, must be >= 0 and <= 255";
export const ERR_BUSYKEY = "BUSYKEY Target key name already exists.";
export const ERR_RESTORE_TTL = "ERR Invalid TTL value, must be >= 0";
export const ERR_DUMP_PAYLOAD = "ERR DUMP payload version or checksum are wrong";
export const ERR_BAD_DATA_FORMAT = "ERR Bad data format";
export const ERR_AOFRW_IN_PROGRESS = "ERR Background append only file rewriting already in progress";
export const ERR_AOFRW_FAILED =
  "ERR Can't execute an AOF background rewriting. Please check the server logs for more information.";
export const ERR_BGSAVE_IN_PROGRESS = "ERR Background save already in progress";
export const ERR_BGSAVE_CHILD_ACTIVE =
  "ERR Another child process is active (AOF?): can't BGSAVE right now. Use BGSAVE SCHEDULE in order to schedule a BGSAVE whenever possible.";
/** A bare "ERR": what BGSAVE and SAVE reply when the save itself fails (shared.err). */
export const ERR_PLAIN = "ERR";

// ---- Texts with a name or value in them ----

/** getRangeLongFromObjectOrReply's own text (sic: "must between"). */
export function errValueOutOfRange(min: bigint, max: bigint): string {
  return `ERR value is out of range, value must between ${min} and ${max}`;
}

/** getIntFromObjectOrReply's range error (SELECT, MOVE, COPY ... DB). */
export const ERR_INT_RANGE = "ERR value is out of range, value must between -2147483648 and 2147483647";

/** A request the parser refused, with its message ("Protocol error: ..."). */
export function errRequest(parserError: string): string {
  return `ERR ${parserError}`;
}

/** addReplySubcommandSyntaxError: an unknown subcommand, or a known one with the wrong arguments. */
export function errSubcommandSyntax(sub: string, container: string): string {
  return `ERR unknown subcommand or wrong number of arguments for '${cstr(sub, 128)}'. Try ${
    asciiUpper(container)
  } HELP.`;
}

/** A command refused in the RESP2 Pub/Sub context. */
export function errSubscribeContext(fullName: string): string {
  return `ERR Can't execute '${fullName}': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context`;
}

/** ZUNIONSTORE & co. with numkeys 0 (`fullName` is the command's lowercase name). */
export function errNoInputKeys(fullName: string): string {
  return `ERR at least 1 input key is needed for '${fullName}' command`;
}

/** GEOADD / GEOSEARCH FROMLONLAT out of the valid area; the numbers as %f prints them. */
export function errInvalidLonLat(lon: string, lat: string): string {
  return `ERR invalid longitude,latitude pair ${lon},${lat}`;
}

/** `what` is "GEOSEARCHSTORE" or "STORE option in GEORADIUS". */
export function errGeoStoreWith(what: string): string {
  return `ERR ${what} is not compatible with WITHDIST, WITHHASH and WITHCOORD options`;
}

export function errGeoFrom(cmd: string): string {
  return `ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for ${cmd}`;
}

export function errGeoBy(cmd: string): string {
  return `ERR exactly one of BYRADIUS and BYBOX can be specified for ${cmd}`;
}

/** CLIENT TRACKING ... PREFIX: `existing` when `other` is already tracked, else given in the same call. */
export function errPrefixOverlap(prefix: string, other: string, existing: boolean): string {
  const whose = existing ? "an existing prefix" : "another provided prefix";
  return `ERR Prefix '${prefix}' overlaps with ${whose} '${other}'. Prefixes for a single client must not overlap.`;
}

export function errHelloOption(opt: string): string {
  return `ERR Syntax error in HELLO option '${opt}'`;
}

export function errUnknownClientType(type: string): string {
  return `ERR Unknown client type '${type}'`;
}

export function errUnrecognizedOption(opt: string): string {
  return `ERR Unrecognized option '${opt}'`;
}

/** CLIENT SETINFO LIB-NAME / LIB-VER with a space or control character. */
export function errSetinfoValue(attr: string): string {
  return `ERR ${attr} cannot contain spaces, newlines or special characters.`;
}

export function errNoSuchUser(user: string): string {
  return `ERR No such user '${user}'`;
}

// Scripting (eval.c, script_lua.c, script.c).
export const ERR_NOSCRIPT = "NOSCRIPT No matching script. Please use EVAL.";
export const ERR_NOTBUSY = "NOTBUSY No scripts in execution right now.";
/** A command refused while a script runs past busy-reply-threshold (shared.slowevalerr / slowscripterr). */
export const ERR_BUSY_EVAL = "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.";
export const ERR_BUSY_FUNCTION =
  "BUSY Redis is busy running a script. You can only call FUNCTION KILL or SHUTDOWN NOSAVE.";
export const ERR_UNKILLABLE =
  "UNKILLABLE Sorry the script already executed write commands against the dataset. You can either wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE command.";
/** What a script stopped by SCRIPT KILL / FUNCTION KILL raises (luaMaskCountHook). */
export const ERR_SCRIPT_KILLED = "ERR Script killed by user with SCRIPT KILL...";
export const ERR_NUMKEYS_NEGATIVE = "ERR Number of keys can't be negative";
export const ERR_NUMKEYS_TOO_MANY = "ERR Number of keys can't be greater than number of args";
export const ERR_SCRIPT_FLUSH_OPTION = "ERR SCRIPT FLUSH only support SYNC|ASYNC option";
export const ERR_SCRIPT_DEBUG_OPTION = "ERR Use SCRIPT DEBUG YES/SYNC/NO";
export const ERR_SCRIPT_DEBUG_IN_MULTI = "ERR SCRIPT DEBUG must be called outside MULTI";
/** Errors of the `redis` library as a script sees them (luaPushError gives them the ERR code). */
export const ERR_LUA_NO_ARGS = "ERR Please specify at least one argument for this redis lib call";
export const ERR_LUA_BAD_ARG = "ERR Lua redis lib command arguments must be strings or integers";
export const ERR_LUA_UNKNOWN_COMMAND = "ERR Unknown Redis command called from script";
export const ERR_LUA_WRONG_ARITY = "ERR Wrong number of args calling Redis command from script";
export const ERR_LUA_NOSCRIPT_COMMAND = "ERR This Redis command is not allowed from script";
export const ERR_LUA_WRITE_IN_READONLY = "ERR Write commands are not allowed from read-only scripts.";
export const ERR_LUA_WRONG_ARGS = "ERR wrong number of arguments";
/** What redis.error_reply and redis.status_reply return (not raise) for wrong arguments. */
export const ERR_LUA_WRONG_ARGS_TYPE = "ERR wrong number or type of arguments";
/** An error table without `err` (error({})): redis-server 7.0.15 crashes on it; this server answers this. */
export const ERR_LUA_UNKNOWN_ERROR = "ERR unknown error";
export const ERR_LUA_LOG_ARGS = "ERR redis.log() requires two arguments or more.";
export const ERR_LUA_LOG_LEVEL_TYPE = "ERR First argument must be a number (log level).";
export const ERR_LUA_LOG_LEVEL = "ERR Invalid debug level.";
export const ERR_LUA_SETRESP_ARGS = "ERR redis.setresp() requires one argument.";
export const ERR_LUA_SETRESP_VERSION = "ERR RESP version must be 2 or 3.";
export const ERR_LUA_SET_REPL_ARGS = "ERR redis.set_repl() requires one argument.";
export const ERR_LUA_SET_REPL_FLAGS =
  "ERR Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE.";

export function errScriptCompile(msg: string): string {
  return `ERR Error compiling script (new function): ${msg}`;
}

export function errShebangFlag(flag: string): string {
  return `ERR Unexpected flag in script shebang: ${flag}`;
}

export function errShebangEngine(shebang: string): string {
  return `ERR Unexpected engine in script shebang: ${shebang}`;
}

// ---- Persistence, transactions and CONFIG SET (processCommand's gates, config.c) ----

export const ERR_LOADING = "LOADING Redis is loading the dataset in memory";
export const ERR_MISCONF =
  "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.";

/** writeCommandsGetDiskErrorMessage for an AOF that cannot be written: `reason` is strerror's text. */
export function errAofMisconf(reason: string): string {
  return `MISCONF Errors writing to the AOF file: ${reason}`;
}

export const ERR_NOT_ALLOWED_IN_MULTI = "ERR Command not allowed inside a transaction";

/** execCommandAbort: a refused EXEC names why (the refusal's text without its "ERR " code). */
export function errExecAbortBecause(msg: string): string {
  return `EXECABORT Transaction discarded because of: ${msg.startsWith("ERR ") ? msg.slice(4) : msg}`;
}

export function errConfigSetUnknown(name: string): string {
  return `ERR Unknown option or number of arguments for CONFIG SET - '${name}'`;
}

export function errConfigSetFailed(name: string, why: string): string {
  return `ERR CONFIG SET failed (possibly related to argument '${name}') - ${why}`;
}

// ---- Functions (functions.c, function_lua.c, script.c) ----

export const ERR_FUNCTION_NOT_FOUND = "ERR Function not found";
export const ERR_FUNCTION_BAD_NUMKEYS = "ERR Bad number of keys provided";
export const ERR_SCRIPT_RO_WRITE = "ERR Can not execute a script with write flag using *_ro command.";
/** scriptPrepareForRun's refusals of a script that declared its flags. */
export const ERR_SCRIPT_MASTERDOWN =
  "MASTERDOWN Link with MASTER is down, replica-serve-stale-data is set to 'no' and 'allow-stale' flag is not set on the script.";
export const ERR_SCRIPT_READONLY = "READONLY Can not run script with write flag on readonly replica";
export const ERR_SCRIPT_MISCONF_RDB =
  "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Writable scripts are blocked. Use 'no-writes' flag for read only scripts.";
export function errScriptMisconfAof(reason: string): string {
  return `MISCONF Redis is configured to persist data to AOF, but it's currently unable to persist to disk. Writable scripts are blocked. Use 'no-writes' flag for read only scripts. AOF error: ${reason}`;
}
export const ERR_SCRIPT_OOM =
  "OOM allow-oom flag is not set on the script, can not run it when used memory > 'maxmemory'";
/** scriptVerifyAllowStale: a redis.call() of a command that does not run on a stale replica. */
export const ERR_LUA_STALE = "ERR Can not execute the command on a stale replica";
export const ERR_LIBRARY_NOT_FOUND = "ERR Library not found";
export const ERR_FUNCTION_CODE_MISSING = "ERR Function code is missing";
export const ERR_FUNCTION_FLUSH_OPTION = "ERR FUNCTION FLUSH only supports SYNC|ASYNC option";
export const ERR_FUNCTION_LIST_NO_NAME = "ERR library name argument was not given";
export const ERR_FUNCTION_RESTORE_POLICY =
  "ERR Wrong restore policy given, value should be either FLUSH, APPEND or REPLACE.";

export function errFunctionLoadOption(option: string): string {
  return `ERR Unknown option given: ${option}`;
}

export function errFunctionListArgument(arg: string): string {
  return `ERR Unknown argument ${arg}`;
}

/** Why a library was not created (functionsCreateWithLibraryCtx, the engine, functionRestoreCommand). */
export const ERR_LIB_MISSING_METADATA = "ERR Missing library metadata";
export const ERR_LIB_INVALID_METADATA = "ERR Invalid library metadata";
export const ERR_LIB_NAME_TWICE = "ERR Invalid metadata value, name argument was given multiple times";
export const ERR_LIB_NO_NAME = "ERR Library name was not given";
export const ERR_LIB_BAD_NAME =
  "ERR Library names can only contain letters, numbers, or underscores(_) and must be at least one character long";
export const ERR_LIB_NO_FUNCTIONS = "ERR No functions registered";
export const ERR_LIB_FUNCTION_TWICE = "ERR Function already exists in the library";
export const ERR_LIB_RESTORE_NOT_FUNCTION = "ERR given type is not a function";
export const ERR_LIB_RESTORE_BAD_PAYLOAD = "ERR Failed loading library payload";
export function errLibBadMetadata(part: string): string {
  return `ERR Invalid metadata value given: ${part}`;
}
export function errLibEngineNotFound(engine: string): string {
  return `ERR Engine '${engine}' not found`;
}
export function errLibExists(name: string): string {
  return `ERR Library '${name}' already exists`;
}
export function errLibRestoreExists(name: string): string {
  return `ERR Library ${name} already exists`;
}
export function errLibFunctionExists(name: string): string {
  return `ERR Function ${name} already exists`;
}
export function errLibCompile(msg: string): string {
  return `ERR Error compiling function: ${msg}`;
}
/** `msg` is the error's own text, its code included ("ERR user_function:2: ..."). */
export function errLibRegister(msg: string): string {
  return `ERR Error registering functions: ${msg}`;
}

/** redis.register_function's refusals, raised as {err=...} tables while a library loads (function_lua.c). */
export const ERR_REGISTER_OUTSIDE_LOAD = "ERR redis.register_function can only be called on FUNCTION LOAD command";
export const ERR_REGISTER_ARGS = "ERR wrong number of arguments to redis.register_function";
export const ERR_REGISTER_NAMED_NOT_TABLE =
  "ERR calling redis.register_function with a single argument is only applicable to Lua table (representing named arguments).";
export const ERR_REGISTER_KEY_NOT_STRING = "ERR named argument key given to redis.register_function is not a string";
export const ERR_REGISTER_NAME_NOT_STRING =
  "ERR function_name argument given to redis.register_function must be a string";
export const ERR_REGISTER_DESC_NOT_STRING =
  "ERR description argument given to redis.register_function must be a string";
export const ERR_REGISTER_CALLBACK_NOT_FUNCTION =
  "ERR callback argument given to redis.register_function must be a function";
export const ERR_REGISTER_FLAGS_NOT_TABLE =
  "ERR flags argument to redis.register_function must be a table representing function flags";
export const ERR_REGISTER_UNKNOWN_FLAG = "ERR unknown flag given";
export const ERR_REGISTER_UNKNOWN_ARGUMENT = "ERR unknown argument given to redis.register_function";
export const ERR_REGISTER_NO_NAME = "ERR redis.register_function must get a function name argument";
export const ERR_REGISTER_NO_CALLBACK = "ERR redis.register_function must get a callback argument";
export const ERR_REGISTER_FIRST_NOT_STRING = "ERR first argument to redis.register_function must be a string";
export const ERR_REGISTER_SECOND_NOT_FUNCTION = "ERR second argument to redis.register_function must be a function";
export const ERR_FUNCTION_LOAD_TIMEOUT = "ERR FUNCTION LOAD timeout";
/** processCommand's refusal of a denyoom command while memory is over maxmemory (or the heap near its limit). */
export const ERR_OOM = "OOM command not allowed when used memory > 'maxmemory'.";
// ACL (acl.c): why ACL SETUSER refuses a rule (ACLSetUserStringError), and the replies of ACL and AUTH.
/** Why ACL SETUSER refuses a rule (ACLSetUserStringError), quoted after the rule in errAclSetuser. */
export const ACL_RULE_ERRORS = {
  syntax: "Syntax error",
  unknownCommand: "Unknown command or category name in ACL",
  allkeysPattern:
    "Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and does not have any effect. Try 'resetkeys' to start with an empty list of patterns",
  allchannelsPattern:
    "Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid and does not have any effect. Try 'resetchannels' to start with an empty list of channels",
  noSuchPassword: "The password you are trying to remove from the user does not exist",
  badHash: "The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters",
  firstArgOfSubcommand: "Allowing first-arg of a subcommand is not supported",
  duplicateUser: "Duplicate user found. A user can only be defined once in config files",
} as const;
export function errAclSetuser(op: string, reason: string): string {
  return `ERR Error in ACL SETUSER modifier '${op}': ${reason}`;
}
export function errAclUnmatchedParenthesis(arg: string): string {
  return `ERR Unmatched parenthesis in acl selector starting at '${arg}'.`;
}
export const ERR_ACL_USERNAME_SPACES = "ERR Usernames can't contain spaces or null characters";
export const ERR_ACL_DELETE_DEFAULT = "ERR The 'default' user cannot be removed";
export const ERR_ACL_GENPASS_BITS =
  "ERR ACL GENPASS argument must be the number of bits for the output password, a positive number up to 4096";
export function errAclUnknownCategory(name: string): string {
  return `ERR Unknown category '${name}'`;
}
export function errAclUserNotFound(name: string): string {
  return `ERR User '${name}' not found`;
}
export function errAclCommandNotFound(name: string): string {
  return `ERR Command '${name}' not found`;
}
export const ERR_ACL_NO_FILE =
  "ERR This Redis instance is not configured to use an ACL file. You may want to specify users via the ACL SETUSER command and then issue a CONFIG REWRITE (assuming you have a Redis configuration file set) in order to store users in the Redis configuration.";
/** What processCommand answers a command the user may not run (ACLCheckAllPerm). */
export function errNopermCommand(fullName: string): string {
  return `NOPERM this user has no permissions to run the '${fullName}' command`;
}
export const ERR_NOPERM_KEY = "NOPERM this user has no permissions to access one of the keys used as arguments";
export const ERR_NOPERM_CHANNEL = "NOPERM this user has no permissions to access one of the channels used as arguments";
/** EXEC, when a queued command became forbidden after it was queued. */
export function errNopermExec(reason: string): string {
  return `NOPERM ACLs rules changed between the moment the transaction was accumulated and the EXEC call. This command is no longer allowed for the following reason: ${reason}`;
}
/** The reasons errNopermExec gives. */
export const ACL_EXEC_REASONS = {
  command: "no permission to execute the command or subcommand",
  key: "no permission to touch the specified keys",
  channel: "no permission to access one of the channels used as arguments",
} as const;
/** A script's redis.call refused by the ACL (scriptVerifyACL). */
export const ERR_LUA_ACL_COMMAND = "ERR The user executing the script can't run this command or subcommand";
export const ERR_LUA_ACL_KEY =
  "ERR The user executing the script can't access at least one of the keys mentioned in the command arguments";
export const ERR_LUA_ACL_CHANNEL =
  "ERR The user executing the script can't publish to the channel mentioned in the command";
/** ACL DRYRUN's verbose texts (a bulk reply, not an error). */
export function aclDryrunDeniedCommand(fullName: string): string {
  return `This user has no permissions to run the '${fullName}' command`;
}
export function aclDryrunDeniedKey(key: string): string {
  return `This user has no permissions to access the '${key}' key`;
}
export function aclDryrunDeniedChannel(channel: string): string {
  return `This user has no permissions to access the '${channel}' channel`;
}
/** ACL LOAD's errors (ACLLoadFromFile), each line's reason followed by the verdict. */
export function errAclLoad(errors: string): string {
  return `ERR ${errors}`;
}
export const ERR_ACL_SAVE =
  "ERR There was an error trying to save the ACLs. Please check the server logs for more information";
/** ACLLoadFromFile's per-line errors and verdict, and the startup refusals (logged, never replies). */
export const ACL_FILE_ERRORS = {
  open: (path: string, why: string) => `Error loading ACLs, opening file '${path}': ${why}`,
  noUserKeyword: (path: string, line: number) =>
    `${path}:${line} should start with user keyword followed by the username. `,
  badUsername: (path: string, line: number, name: string) =>
    `'${path}:${line}: username '${name}' contains invalid characters. `,
  duplicateUser: (name: string, line: number) => `WARNING: Duplicate user '${name}' found on line ${line}. `,
  unmatchedParenthesis: (path: string, line: number) =>
    `${path}:${line}: Unmatched parenthesis in selector definition.`,
  unknownCommand: (path: string, line: number, op: string, why: string) =>
    `${path}:${line}: Error in applying operation '${op}': ${why}. `,
  rule: (path: string, line: number, why: string) => `${path}:${line}: ${why}. `,
  verdict: "WARNING: ACL errors detected, no change to the previously active ACL rules was performed",
  usersAndAclfile:
    "Configuring Redis with users defined in redis.conf and at the same setting an ACL file path is invalid. This setup is very likely to lead to configuration errors and security holes, please define either an ACL file or declare users directly in your redis.conf, but not both.",
  userDeclaration: (op: string, why: string) => `Error in user declaration '${op}': ${why}`,
  unmatchedInDeclaration: (arg: string) => `Unmatched parenthesis in acl selector starting at '${arg}'.`,
} as const;
// ---- SLOWLOG, LATENCY, DEBUG (slowlog.c, latency.c, debug.c) ----
export const ERR_SLOWLOG_COUNT = "ERR count should be greater than or equal to -1";
export const ERR_DEBUG_NOT_ALLOWED =
  'ERR DEBUG command not allowed. If the enable-debug-command option is set to "local", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server.';
export const ERR_DEBUG_RELOAD_OPTIONS = "ERR DEBUG RELOAD only supports the MERGE, NOFLUSH and NOSAVE options.";
export const ERR_DEBUG_SAVE = "ERR";
export const ERR_DEBUG_LOAD = "ERR Error trying to load the RDB dump";
export const ERR_DEBUG_PROTOCOL_TYPE =
  "ERR Wrong protocol type name. Please use one of the following: string|integer|double|bignum|null|array|set|map|attrib|push|verbatim|true|false";
export const ERR_RESP2_UNSUPPORTED = "ERR RESP2 is not supported by this command";
export const ERR_PACKED_THRESHOLD = "ERR argument must be a memory value bigger than 1 and smaller than 4gb";
export const ERR_NOT_LISTPACK = "ERR Not a listpack encoded object.";
export const ERR_NOT_QUICKLIST = "ERR Not a quicklist encoded object.";
export const ERR_NOT_SDS = "ERR Not an sds encoded string.";
export const ERR_CLIENT_EVICTION_DISABLED = "ERR maxmemory-clients is disabled.";
export const ERR_CLUSTER_ONLY_DEBUG = "ERR Debug option only available for cluster mode enabled setup!";

export function errLatencyNoSamples(event: string): string {
  return `ERR No samples available for event '${event}'`;
}

export function errRewriteConfig(reason: string): string {
  return `ERR Rewriting config file: ${reason}`;
}

export function errConfigRewriteForceAll(reason: string): string {
  return `ERR CONFIG-REWRITE-FORCE-ALL failed: ${reason}`;
}

// ---- Streams (t_stream.c, blocked.c) ----
export const ERR_INVALID_STREAM_ID = "ERR Invalid stream ID specified as stream command argument";
export const ERR_MAXLEN_MINID_TOGETHER =
  "ERR syntax error, MAXLEN and MINID options at the same time are not compatible";
export const ERR_XADD_MAXLEN_NEGATIVE = "ERR The MAXLEN argument must be >= 0.";
export const ERR_XADD_LIMIT_NEGATIVE = "ERR The LIMIT argument must be >= 0.";
export const ERR_LIMIT_WITHOUT_STRATEGY =
  "ERR syntax error, LIMIT cannot be used without specifying a trimming strategy";
export const ERR_XTRIM_WITHOUT_STRATEGY = "ERR syntax error, XTRIM must be called with a trimming strategy";
export const ERR_LIMIT_WITHOUT_APPROX = "ERR syntax error, LIMIT cannot be used without the special ~ option";
export const ERR_XADD_ID_ZERO = "ERR The ID specified in XADD must be greater than 0-0";
export const ERR_STREAM_EXHAUSTED = "ERR The stream has exhausted the last possible ID, unable to add more items";
export const ERR_XADD_ID_SMALLER = "ERR The ID specified in XADD is equal or smaller than the target stream top item";
export const ERR_ELEMENTS_TOO_LARGE = "ERR Elements are too large to be stored";
export const ERR_INVALID_START_ID = "ERR invalid start ID for the interval";
export const ERR_INVALID_END_ID = "ERR invalid end ID for the interval";
export const ERR_XREAD_UNBALANCED =
  "ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.";
export const ERR_XREAD_GROUP_OPTION = "ERR The GROUP option is only supported by XREADGROUP. You called XREAD instead.";
export const ERR_XREAD_NOACK_OPTION = "ERR The NOACK option is only supported by XREADGROUP. You called XREAD instead.";
export const ERR_XREADGROUP_MISSING_GROUP = "ERR Missing GROUP option for XREADGROUP";
export const ERR_XREADGROUP_DOLLAR =
  "ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.";
export const ERR_XREAD_GT_ID =
  "ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.";
export const ERR_ENTRIESREAD = "ERR value for ENTRIESREAD must be positive or -1";
export const ERR_XGROUP_KEY_MISSING =
  "ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.";
export const ERR_BUSYGROUP = "BUSYGROUP Consumer Group name already exists";
export const ERR_ENTRIES_ADDED_NEGATIVE = "ERR entries_added must be positive";
export const ERR_XSETID_SMALLER_THAN_MAXDELETED =
  "ERR The ID specified in XSETID is smaller than the provided max_deleted_entry_id";
export const ERR_XSETID_SMALLER = "ERR The ID specified in XSETID is smaller than the target stream top item";
export const ERR_XSETID_ENTRIES_ADDED =
  "ERR The entries_added specified in XSETID is smaller than the target stream length";
export const ERR_XCLAIM_MIN_IDLE = "ERR Invalid min-idle-time argument for XCLAIM";
export const ERR_XCLAIM_IDLE = "ERR Invalid IDLE option argument for XCLAIM";
export const ERR_XCLAIM_TIME = "ERR Invalid TIME option argument for XCLAIM";
export const ERR_XCLAIM_RETRYCOUNT = "ERR Invalid RETRYCOUNT option argument for XCLAIM";
export const ERR_XAUTOCLAIM_MIN_IDLE = "ERR Invalid min-idle-time argument for XAUTOCLAIM";
export const ERR_XAUTOCLAIM_COUNT = "ERR COUNT must be > 0";
export const ERR_NOGROUP_BLOCKED = "NOGROUP the consumer group this client was blocked on no longer exists";
export const ERR_UNBLOCKED_STREAM_DELETED = "UNBLOCKED the stream key no longer exists";

export function errXclaimOption(opt: string): string {
  return `ERR Unrecognized XCLAIM option '${opt}'`;
}

/** XREADGROUP on a missing key or group. */
export function errNoGroupRead(key: string, group: string): string {
  return `NOGROUP No such key '${cstr(key, Infinity)}' or consumer group '${
    cstr(group, Infinity)
  }' in XREADGROUP with GROUP option`;
}

/** XPENDING, XCLAIM, XAUTOCLAIM on a missing key or group. */
export function errNoGroupKey(key: string, group: string): string {
  return `NOGROUP No such key '${cstr(key, Infinity)}' or consumer group '${cstr(group, Infinity)}'`;
}

/** XGROUP and XINFO CONSUMERS naming a missing group. */
export function errNoGroupForKey(group: string, key: string): string {
  return `NOGROUP No such consumer group '${cstr(group, Infinity)}' for key name '${cstr(key, Infinity)}'`;
}

/** XREAD/XREADGROUP BLOCK from a script. */
export function errBlockFromScript(cmd: string): string {
  return `ERR ${cmd} command is not allowed with BLOCK option from scripts`;
}

// ---- HyperLogLog (hyperloglog.c) ----

export const ERR_HLL_INVALIDOBJ = "INVALIDOBJ Corrupted HLL object detected";
export const ERR_HLL_WRONGTYPE = "WRONGTYPE Key is not a valid HyperLogLog string value.";
export const ERR_PFDEBUG_NO_KEY = "ERR The specified key does not exist";
export const ERR_PFDEBUG_NOT_SPARSE = "ERR HLL encoding is not sparse";

/** addReplyErrorFormat's text: newlines in the echoed name become spaces. */
export function errUnknownPfdebug(sub: string): string {
  return `ERR Unknown PFDEBUG subcommand '${cstr(sub, Infinity).replace(/[\r\n]/g, " ")}'`;
}

export function errHllSelftest(detail: string): string {
  return `ERR TESTFAILED ${detail}`;
}

// ---- Replication (replication.c) ----

export const ERR_NOREPLICAS = "NOREPLICAS Not enough good replicas to write.";
export const ERR_WAIT_ON_REPLICA =
  "ERR WAIT cannot be used with replica instances. Please also note that since Redis 4.0 if a replica is configured to be writable (which is not the default) writes to replicas are just local and are not propagated.";
export const ERR_SYNC_PENDING_OUTPUT = "ERR SYNC and PSYNC are invalid with pending output";
export const ERR_SYNC_NO_MASTER_LINK = "NOMASTERLINK Can't SYNC while not connected with my master";
export const ERR_FILTERED_REPLICA_EOF = "ERR Filtered replica requires EOF capability";
export const ERR_REPL_BGSAVE_FAILED = "ERR BGSAVE failed, replication can't continue";
export const ERR_RDB_FILTER_MISSING = "ERR Missing rdb-filter-only values";

export function errUnrecognizedReplconf(option: string): string {
  return `ERR Unrecognized REPLCONF option: ${option}`;
}

export function errReplconfIpTooLong(len: number): string {
  return `ERR REPLCONF ip-address provided by replica instance is too long: ${len} bytes`;
}

export function errRdbFilterUnsupported(option: string): string {
  return `ERR Unsupported rdb-filter-only option: ${option}`;
}

// ---- Replication, this server as a replica (replication.c, processCommand's replica checks) ----

export const ERR_READONLY_REPLICA = "READONLY You can't write against a read only replica.";
export const ERR_MASTERDOWN = "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.";
export const ERR_INVALID_MASTER_PORT = "ERR Invalid master port";
export const ERR_UNBLOCKED_NOW_REPLICA =
  "UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)";

// FAILOVER (replication.c's failoverCommand) and PSYNC ... FAILOVER.
export const ERR_FAILOVER_CLUSTER = "ERR FAILOVER not allowed in cluster mode. Use CLUSTER FAILOVER command instead.";
export const ERR_FAILOVER_NONE = "ERR No failover in progress.";
export const ERR_FAILOVER_TIMEOUT = "ERR FAILOVER timeout must be greater than 0";
export const ERR_FAILOVER_ALREADY = "ERR FAILOVER already in progress.";
export const ERR_FAILOVER_ON_REPLICA = "ERR FAILOVER is not valid when server is a replica.";
export const ERR_FAILOVER_NO_REPLICAS = "ERR FAILOVER requires connected replicas.";
export const ERR_FAILOVER_FORCE = "ERR FAILOVER with force option requires both a timeout and target HOST and IP.";
export const ERR_FAILOVER_NOT_REPLICA = "ERR FAILOVER target HOST and PORT is not a replica.";
export const ERR_FAILOVER_NOT_ONLINE = "ERR FAILOVER target replica is not online.";
export const ERR_PSYNC_FAILOVER_REPLID = "ERR PSYNC FAILOVER replid must match my replid.";
export const ERR_REPLICAOF_FAILING_OVER = "ERR REPLICAOF not allowed while failing over.";
