/** Test-side RESP reply reading: where a complete reply ends, and a decoded view for assertions. */

/** Byte length of the first complete reply in `s` (a latin1 string), or -1 if incomplete. */
export function replyLength(s: string, pos = 0): number {
  if (pos >= s.length) return -1;
  const eol = s.indexOf("\r\n", pos);
  if (eol < 0) return -1;
  const type = s[pos];
  const line = s.slice(pos + 1, eol);
  let p = eol + 2;
  switch (type) {
    case "+":
    case "-":
    case ":":
    case "_":
    case ",":
    case "#":
    case "(":
      return p - pos;
    case "$":
    case "=":
    case "!": {
      const n = Number(line);
      if (n < 0) return p - pos;
      if (s.length < p + n + 2) return -1;
      return p + n + 2 - pos;
    }
    case "*":
    case "~":
    case ">":
    case "%":
    case "|": {
      let n = Number(line);
      if (n < 0) return p - pos;
      if (type === "%" || type === "|") n *= 2;
      for (let i = 0; i < n; i++) {
        const len = replyLength(s, p);
        if (len < 0) return -1;
        p += len;
      }
      return p - pos;
    }
    default:
      throw new Error(`not a RESP reply at ${pos}: ${JSON.stringify(s.slice(pos, pos + 20))}`);
  }
}

/** Splits a buffer of replies into complete replies; the rest is returned as `rest`. */
export function splitReplies(s: string): { replies: string[]; rest: string } {
  const replies: string[] = [];
  let p = 0;
  for (;;) {
    const len = replyLength(s, p);
    if (len < 0) break;
    replies.push(s.slice(p, p + len));
    p += len;
  }
  return { replies, rest: s.slice(p) };
}

/** A command as a RESP multibulk (latin1 string). */
export function encodeCommand(args: readonly string[]): string {
  let out = `*${args.length}\r\n`;
  for (const a of args) out += `$${a.length}\r\n${a}\r\n`;
  return out;
}

export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function bytesLatin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** The bytes of an error reply with the text `msg` (an errors.ts constant): "-" msg CRLF. */
export function errorReply(msg: string): string {
  return `-${msg}\r\n`;
}
