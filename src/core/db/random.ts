/**
 * Random sampling over a dict's slots, shared by HRANDFIELD and SRANDMEMBER with a count (the CASE 3 /
 * CASE 4 of hrandfieldWithCountCommand and srandmemberWithCountCommand).
 */

/**
 * `count` distinct live slots (count < size), picked uniformly: by rejection when few are wanted, else by
 * a partial shuffle of all live slots (Redis's CASE 3 / CASE 4 split).
 */
export function distinctSlots(
  keys: (string | undefined)[],
  size: number,
  count: number,
  random: () => number,
): number[] {
  if (count * 3 > size) {
    const live: number[] = [];
    for (let s = 0; s < keys.length; s++) if (keys[s] !== undefined) live.push(s);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(random() * (live.length - i));
      const t = live[i];
      live[i] = live[j];
      live[j] = t;
    }
    live.length = count;
    return live;
  }
  const picked = new Set<number>();
  const n = keys.length;
  while (picked.size < count) {
    const s = Math.floor(random() * n);
    if (keys[s] !== undefined) picked.add(s);
  }
  return [...picked];
}
