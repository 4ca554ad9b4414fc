/**
 * Fault injection for tests of a client's retry logic: commands that fail with a given error, replies that
 * come late, connections that drop. The dispatcher asks `intercept` before each command a connection sends
 * (Client.execute); commands made through the direct API are never intercepted.
 */
import type { Client } from "./client.ts";
import type { Server } from "./server.ts";

/** What to do to the commands a fault matches. Give exactly one of `error`, `delay`, `drop`. */
export interface Fault {
  /** Only commands with this name (any case, e.g. "GET"); every command when absent. */
  command?: string;
  /** How many commands it acts on before it is spent; every matching command, until removed, when absent. */
  times?: number;
  /** Answer with this error instead of running the command, e.g. `"READONLY You can't write against a read only replica."`. */
  error?: string;
  /** Run the command this many milliseconds late (server clock); the connection's later commands wait behind it. */
  delay?: number;
  /** Close the connection at once instead of running the command: no reply. */
  drop?: boolean;
}

/** A fault in force: `remove()` ends it early, `hits` counts the commands it acted on. */
export interface FaultHandle {
  readonly hits: number;
  remove(): void;
}

interface Rule {
  command: string | null;
  left: number;
  hits: number;
  error: string | null;
  delay: number;
  drop: boolean;
}

/** The faults in force on one server, in the order they were added: the first that matches acts. */
export class Faults {
  private readonly server: Server;
  private rules: Rule[] = [];
  /** Commands held by a delay, by their argv: "held" until the timer, then "released" to run once. */
  private readonly delayed = new WeakMap<string[], "held" | "released">();

  constructor(server: Server) {
    this.server = server;
  }

  /** Puts a fault in force. Throws TypeError/RangeError for a fault that is not one. */
  add(fault: Fault): FaultHandle {
    const actions = [fault.error !== undefined, fault.delay !== undefined, fault.drop === true].filter(Boolean);
    if (actions.length !== 1) throw new TypeError("a fault needs exactly one of error, delay or drop");
    if (fault.error !== undefined && (typeof fault.error !== "string" || /[\r\n]/.test(fault.error))) {
      throw new TypeError('a fault\'s error is one line of text, such as "ERR something went wrong"');
    }
    if (fault.delay !== undefined && !(fault.delay >= 0 && Number.isFinite(fault.delay))) {
      throw new RangeError("a fault's delay is a finite number of milliseconds, 0 or more");
    }
    if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) {
      throw new RangeError("a fault's times is a positive integer");
    }
    const rule: Rule = {
      command: fault.command === undefined ? null : fault.command.toLowerCase(),
      left: fault.times ?? Infinity,
      hits: 0,
      error: fault.error ?? null,
      delay: fault.delay ?? -1,
      drop: fault.drop === true,
    };
    this.rules.push(rule);
    return {
      get hits() {
        return rule.hits;
      },
      remove: () => this.remove(rule),
    };
  }

  /** Ends every fault (commands a delay holds still run when their time comes). */
  clear(): void {
    this.rules = [];
  }

  /** True when a fault took the command (answered, held or dropped it): the dispatcher does nothing more. */
  intercept(c: Client, argv: string[]): boolean {
    // Id 0 is a client that is no connection (the direct API's, a script's): faults are for the wire.
    if (c.id === 0) return false;
    const state = this.delayed.get(argv);
    if (state === "held") return this.hold(c, argv);
    if (state === "released") {
      this.delayed.delete(argv);
      return false;
    }
    if (this.rules.length === 0) return false;
    const name = argv[0].toLowerCase();
    const rule = this.rules.find((r) => r.command === null || r.command === name);
    if (rule === undefined) return false;
    rule.hits++;
    if (--rule.left === 0) this.remove(rule);
    if (rule.error !== null) {
      c.error(rule.error);
      return true;
    }
    if (rule.drop) {
      c.kill();
      return true;
    }
    this.delayed.set(argv, "held");
    this.server.host.setTimer(rule.delay, () => {
      this.delayed.set(argv, "released");
      if (c.closing) return;
      c.processInput();
      this.server.flushPending();
      c.flush();
    });
    return this.hold(c, argv);
  }

  /** Keeps the command as the connection's next one: its input waits until the delay ends. */
  private hold(c: Client, argv: string[]): boolean {
    c.postponed = argv;
    return true;
  }

  private remove(rule: Rule): void {
    this.rules = this.rules.filter((r) => r !== rule);
  }
}
