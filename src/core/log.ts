/**
 * The server log as redis-server writes it (server.c's serverLogRaw): `pid:role dd Mon yyyy hh:mm:ss.mmm
 * mark message`, the mark saying the level (`.` debug, `-` verbose, `*` notice, `#` warning), lines below
 * `loglevel` dropped. Everything in the core logs through Host.log with the mark as the line's first
 * character ("# Failed saving ..."); a line without one is a notice.
 */

export const LL_DEBUG = 0;
export const LL_VERBOSE = 1;
export const LL_NOTICE = 2;
export const LL_WARNING = 3;
/** loglevel `nothing`: no line is written. */
export const LL_NOTHING = 4;

const MARKS = ".-*#";
const LEVEL_NAMES = ["debug", "verbose", "notice", "warning", "nothing"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A `loglevel` value as a level number (notice for anything unknown). */
export function verbosityOf(loglevel: string): number {
  const i = LEVEL_NAMES.indexOf(loglevel);
  return i < 0 ? LL_NOTICE : i;
}

/** The level a core log line carries in its first character ("# ..." is a warning), and the message. */
export function splitLogLine(line: string): { level: number; message: string } {
  if (line.length >= 2 && line[1] === " ") {
    const i = MARKS.indexOf(line[0]);
    if (i >= 0) return { level: i, message: line.slice(2) };
  }
  return { level: LL_NOTICE, message: line };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** One line in Redis's format, at local time `ms` (role: `M` master, `C` before the server exists). */
export function formatLogLine(pid: number, role: string, ms: number, level: number, message: string): string {
  const d = new Date(ms);
  const date = `${pad(d.getDate())} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
  return `${pid}:${role} ${date} ${time} ${MARKS[level]} ${message}`;
}

export interface LogTarget {
  pid: number;
  now(): number;
  /** The current `loglevel` setting. */
  loglevel(): string;
  /** Writes one formatted line (without its newline) to the log: stdout, or the `logfile`. */
  write(text: string): void;
}

/**
 * The logger a shim installs as Host.log: formats each core line and drops what `loglevel` hides. `role`
 * becomes `M` once the server is up (Redis prints `C` while it reads its configuration).
 */
export class Logger {
  role = "C";
  private target: LogTarget;

  constructor(target: LogTarget) {
    this.target = target;
  }

  /** serverLogRaw(LL_NOTICE|LL_RAW): text as is, when notices are logged. */
  raw(text: string): void {
    if (LL_NOTICE < verbosityOf(this.target.loglevel())) return;
    this.target.write(text);
  }

  log(line: string): void {
    const { level, message } = splitLogLine(line);
    if (level < verbosityOf(this.target.loglevel())) return;
    this.target.write(formatLogLine(this.target.pid, this.role, this.target.now(), level, message));
  }
}

/** redisAsciiArt's logo (asciilogo.h) with the version, bits, mode, port and pid filled in. */
export function asciiLogo(version: string, mode: string, port: number, pid: number): string {
  const rows = [
    "                _._                                                  ",
    "           _.-``__ ''-._                                             ",
    `      _.-\`\`    \`.  \`_.  ''-._           Redis ${version} (00000000/0) 64 bit`,
    "  .-`` .-```.  ```\\/    _.,_ ''-._                                  ",
    ` (    '      ,       .-\`  | \`,    )     Running in ${mode} mode`,
    ` |\`-._\`-...-\` __...-.\`\`-._|'\` _.-'|     Port: ${port}`,
    ` |    \`-._   \`._    /     _.-'    |     PID: ${pid}`,
    "  `-._    `-._  `-./  _.-'    _.-'                                   ",
    " |`-._`-._    `-.__.-'    _.-'_.-'|                                  ",
    " |    `-._`-._        _.-'_.-'    |           https://redis.io       ",
    "  `-._    `-._`-.__.-'_.-'    _.-'                                   ",
    " |`-._`-._    `-.__.-'    _.-'_.-'|                                  ",
    " |    `-._`-._        _.-'_.-'    |                                  ",
    "  `-._    `-._`-.__.-'_.-'    _.-'                                   ",
    "      `-._    `-.__.-'    _.-'                                       ",
    "          `-._        _.-'                                           ",
    "              `-.__.-'                                               ",
    "",
  ];
  return rows.join("\n");
}
