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
