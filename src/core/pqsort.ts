/** Redis's partial quicksort (pqsort.c), shared by the geo and sort families. */

/**
 * Redis 7.0's pqsort (NetBSD qsort with a partial range, without the switch to insertion sort): sorts enough
 * of `arr` that elements lrange..rrange are in place. Ported exactly because it is not stable: GEOSEARCH with
 * COUNT and SORT with BY and LIMIT order ties as Redis does only when they sort the same way.
 */
export function pqsort<T>(arr: T[], cmp: (a: T, b: T) => number, lrange: number, rrange: number): void {
  const swap = (i: number, j: number): void => {
    const t = arr[i];
    arr[i] = arr[j];
    arr[j] = t;
  };
  const vecswap = (i: number, j: number, n: number): void => {
    for (let k = 0; k < n; k++) swap(i + k, j + k);
  };
  const med3 = (a: number, b: number, c: number): number =>
    cmp(arr[a], arr[b]) < 0
      ? cmp(arr[b], arr[c]) < 0 ? b : cmp(arr[a], arr[c]) < 0 ? c : a
      : cmp(arr[b], arr[c]) > 0
      ? b
      : cmp(arr[a], arr[c]) < 0
      ? a
      : c;
  const insertion = (a: number, n: number): void => {
    for (let pm = a + 1; pm < a + n; pm++) {
      for (let pl = pm; pl > a && cmp(arr[pl - 1], arr[pl]) > 0; pl--) swap(pl, pl - 1);
    }
  };
  const overlaps = (a: number, n: number): boolean => !(rrange < a || lrange > a + n - 1);
  const run = (a: number, n: number): void => {
    for (;;) {
      if (n < 7) return insertion(a, n);
      let pm = a + Math.floor(n / 2);
      if (n > 7) {
        let pl = a;
        let pn = a + n - 1;
        if (n > 40) {
          const d = Math.floor(n / 8);
          pl = med3(pl, pl + d, pl + 2 * d);
          pm = med3(pm - d, pm, pm + d);
          pn = med3(pn - 2 * d, pn - d, pn);
        }
        pm = med3(pl, pm, pn);
      }
      swap(a, pm);
      let pa = a + 1;
      let pb = a + 1;
      let pc = a + n - 1;
      let pd = a + n - 1;
      for (;;) {
        let r: number;
        while (pb <= pc && (r = cmp(arr[pb], arr[a])) <= 0) {
          if (r === 0) {
            swap(pa, pb);
            pa++;
          }
          pb++;
        }
        while (pb <= pc && (r = cmp(arr[pc], arr[a])) >= 0) {
          if (r === 0) {
            swap(pc, pd);
            pd--;
          }
          pc--;
        }
        if (pb > pc) break;
        swap(pb, pc);
        pb++;
        pc--;
      }
      const pn = a + n;
      let r = Math.min(pa - a, pb - pa);
      vecswap(a, pb - r, r);
      r = Math.min(pd - pc, pn - pd - 1);
      vecswap(pb, pn - r, r);
      if ((r = pb - pa) > 1 && overlaps(a, r)) run(a, r);
      if ((r = pd - pc) > 1) {
        a = pn - r;
        n = r;
        if (overlaps(a, n)) continue;
      }
      return;
    }
  };
  run(0, arr.length);
}
