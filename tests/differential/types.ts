/**
 * The shape of a differential case: a list of steps run against redis-server 7.0.15 and this server, whose
 * replies are compared byte for byte (see runner.ts for the few normalisations and why each exists).
 */

export interface DiffStep {
  /** The command to send (arguments as latin1 byte strings). */
  cmd?: string[];
  /** Connection index, opened on first use; default 0. */
  conn?: number;
  /** Send without waiting for a reply now (e.g. a blocking command); read it later with `read`. */
  noReply?: boolean;
  /**
   * No command: read the next pending reply of `conn`. A `cmd` given with it is not sent: it names the
   * command whose reply this is (one sent in a `raw` pipeline), so the reply is normalised as that one's.
   */
  read?: boolean;
  /** The reply is an array (or map) whose order Redis does not define: compare it sorted. */
  unordered?: boolean;
  /** Wait this long before the step. */
  sleepMs?: number;
  /** Raw bytes (latin1 string) to send instead of `cmd`; one reply is read unless `noReply`. */
  raw?: string;
}

export interface DiffCase {
  name: string;
  /** Run after HELLO 3 on every connection of the case. */
  resp3?: boolean;
  /** A plain string[] is a command on connection 0. */
  steps: (string[] | DiffStep)[];
}
