/**
 * The set type: members in a Dict (O(1) membership, O(1) random picks for SPOP/SRANDMEMBER, stable SSCAN
 * cursors).
 *
 * Redis 7.0 keeps a set of integers as an intset (sorted ascending, so SMEMBERS, SSCAN and the results of
 * SINTER/SUNION/SDIFF come back in numeric order) until a write adds a member that is not a canonical
 * 64-bit integer or grows it past set-max-intset-entries; then it becomes a hashtable for good. 7.0 has no
 * listpack sets. `members()` returns intset members in numeric order for that reason.
 */
import type { Config } from "../config.ts";
import { parseInt64 } from "../bytes.ts";
import { Dict } from "./dict.ts";
import type { RedisObject } from "./types.ts";

/** Whether Redis would store `s` in an intset (string2ll accepts it). */
export function isIntsetMember(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 20) return false;
  const c = s.charCodeAt(n - 1);
  if (c < 48 || c > 57) return false;
  return parseInt64(s) !== null;
}

function compareInts(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (x !== y) return x < y ? -1 : 1;
  if (a === b) return 0;
  return BigInt(a) < BigInt(b) ? -1 : 1;
}

export class SetValue implements RedisObject {
  readonly type = "set" as const;
  readonly dict = new Dict<1>({ membersOnly: true });
  private big = false;
  private decided = true;
  /** An intset's members in order, kept until the next change (SMEMBERS on a hot small set). */
  private sorted: string[] | null = null;

  static from(members: string[]): SetValue {
    const s = new SetValue();
    let ints = true;
    for (const m of members) {
      s.dict.set(m, 1);
      if (ints && !isIntsetMember(m)) ints = false;
    }
    // Loading decides under the current set-max-intset-entries, which only encoding() can see: assume the
    // default until then.
    s.big = !ints || s.dict.size > 512;
    s.decided = false;
    return s;
  }

  /** A new set built by adding `members` one by one (SINTERSTORE & co. build their result like this). */
  static build(members: Iterable<string>, maxIntset: number): SetValue {
    const s = new SetValue();
    for (const m of members) s.add(m, maxIntset);
    return s;
  }

  get size(): number {
    return this.dict.size;
  }

  get isIntset(): boolean {
    return !this.big;
  }

  has(member: string): boolean {
    return this.dict.has(member);
  }

  /** Adds a member (setTypeAdd); true when it was new. Converts to a hashtable as Redis would. */
  add(member: string, maxIntset: number): boolean {
    if (!this.decided) this.decide(maxIntset);
    if (this.dict.has(member)) return false;
    this.dict.insert(member, 1);
    this.sorted = null;
    if (!this.big && (this.dict.size > maxIntset || !isIntsetMember(member))) this.big = true;
    return true;
  }

  delete(member: string): boolean {
    if (!this.dict.delete(member)) return false;
    this.sorted = null;
    return true;
  }

  /** Every member; an intset's in ascending numeric order, as Redis replies them. */
  members(): string[] {
    if (!this.big && this.sorted !== null) return this.sorted.slice();
    const out: string[] = new Array(this.dict.size);
    let i = 0;
    this.dict.forEach((m) => (out[i++] = m));
    if (this.big) return out;
    out.sort(compareInts);
    this.sorted = out;
    return out.slice();
  }

  randomMember(random: () => number): string | undefined {
    return this.dict.randomKey(random);
  }

  /** Built by `from`: decides as loading would, under the limit known at the first write or OBJECT ENCODING. */
  private decide(maxIntset: number): void {
    this.decided = true;
    let big = this.dict.size > maxIntset;
    if (!big) {
      this.dict.forEach((m) => {
        if (!isIntsetMember(m)) big = true;
      });
    }
    this.big = big;
    this.sorted = null;
  }

  encoding(config: Config): string {
    if (!this.decided) this.decide(config.getNumber("set-max-intset-entries"));
    return this.big ? "hashtable" : "intset";
  }

  /** Marks the set a hashtable for good. */
  convert(): void {
    this.big = true;
    this.decided = true;
  }

  clone(): SetValue {
    const s = new SetValue();
    this.dict.forEach((m) => s.dict.insert(m, 1));
    s.big = this.big;
    s.decided = this.decided;
    return s;
  }
}
