/**
 * The node count of the radix tree Redis would hold for a set of stream node keys (rax.c's numnodes, shown
 * by XINFO STREAM as radix-tree-nodes). Rax keeps its canonical compressed form: a node with one child
 * holds the whole shared run of bytes, a node where keys part holds one byte per child, and every key ends
 * in a node of its own. So the count follows from the sorted keys alone.
 */

/** Nodes under (and including) the node reached after `depth` bytes of keys[lo..hi), all of `len` bytes. */
function countNodes(keys: readonly string[], lo: number, hi: number, depth: number, len: number): number {
  if (hi - lo === 1) return (depth < len ? 1 : 0) + 1;
  const a = keys[lo];
  const b = keys[hi - 1];
  let d = depth;
  while (a.charCodeAt(d) === b.charCodeAt(d)) d++;
  // A compressed node for the shared run (if any), then the node where the keys part.
  let n = (d > depth ? 1 : 0) + 1;
  let i = lo;
  while (i < hi) {
    const ch = keys[i].charCodeAt(d);
    let j = i + 1;
    while (j < hi && keys[j].charCodeAt(d) === ch) j++;
    n += countNodes(keys, i, j, d + 1, len);
    i = j;
  }
  return n;
}

/** raxSize's companion numnodes for sorted, distinct keys of equal length (an empty tree is its root). */
export function radixTreeNodes(sortedKeys: readonly string[]): number {
  if (sortedKeys.length === 0) return 1;
  return countNodes(sortedKeys, 0, sortedKeys.length, 0, sortedKeys[0].length);
}

/**
 * The same count kept as keys (of equal length) are added in increasing order, as a stream's nodes are:
 * a new greatest key parts from the previous one at some depth, which changes only the path to the
 * previous greatest key. That path is kept as the depths where its groups of keys part (the last is
 * the key length: the leaf), so an append costs a compare and a walk of at most key-length steps.
 */
export class RaxShape {
  /** numnodes: an empty tree is its root. */
  nodes = 1;
  /** Depths where the groups on the path to the greatest key part, from -1 (above the root) to the key length. */
  private path: number[] = [];
  private last: string | null = null;

  /** Adds a key greater than every key added so far. */
  append(key: string): void {
    const len = key.length;
    const last = this.last;
    this.last = key;
    // A lone key below a group that starts at `depth`: a compressed node (when bytes are left) and its leaf.
    const lone = (depth: number) => (depth < len ? 1 : 0) + 1;
    if (last === null) {
      this.nodes = lone(0);
      this.path = [-1, len];
      return;
    }
    let p = 0;
    while (last.charCodeAt(p) === key.charCodeAt(p)) p++;
    const path = this.path;
    let i = path.length - 2;
    while (path[i] >= p) i--;
    const before = path[i];
    const next = path[i + 1];
    if (next === p) {
      // The group already parts at p: one more child.
      this.nodes += lone(p + 1);
      path.length = i + 2;
    } else {
      // The group starting after `before` now parts at p: its run is cut in two around a new parting node.
      const from = before + 1;
      this.nodes += (p > from ? 1 : 0) + 1 + (next > p + 1 ? 1 : 0) - (next > from ? 1 : 0) + lone(p + 1);
      path.length = i + 1;
      path.push(p);
    }
    path.push(len);
  }
}
