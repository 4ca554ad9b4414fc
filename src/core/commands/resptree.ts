/** A RESP value held as data (docs.ts stores COMMAND DOCS this way), written in the client's protocol version. */
import type { ReplyWriter } from "../resp/writer.ts";

export type RespTree = string | number | null | RespTree[];

export function writeTree(w: ReplyWriter, t: RespTree): void {
  if (typeof t === "string") return w.bulk(t);
  if (typeof t === "number") return w.integer(t);
  if (t === null) return w.nullBulk();
  const kind = t[0] as string;
  if (kind === "+") return w.simple(t[1] as string);
  const n = t.length - 1;
  if (kind === "%") w.map(n / 2);
  else if (kind === "~") w.set(n);
  else w.array(n);
  for (let i = 1; i <= n; i++) writeTree(w, t[i]);
}
