/**
 * The best one-to-one assignment of fields to columns: every header cell is scored against every
 * field, and the assignment with the highest total wins (a column serves one field, a field one
 * column). The Hungarian method (Kuhn–Munkres), O(n²·m) for n fields and m columns: a header row
 * has a few dozen cells, so this is microseconds per sheet.
 *
 * @param scores scores[f][c]: how well column c names field f; 0 where it does not.
 * @returns for each field, its column or -1.
 *
 * @example
 * assignColumns([[0.9, 0.8], [0.85, 0]]) //=> [1, 0]
 */
export function assignColumns(scores: readonly (readonly number[])[]): number[] {
  const n = scores.length;
  const width = scores.reduce((max, row) => Math.max(max, row.length), 0);
  // Extra zero-score columns let every field take "no column" when that is best.
  const m = width + n;
  const cost = (i: number, j: number) => -(scores[i - 1]?.[j - 1] ?? 0);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  const get = (a: number[], i: number) => a[i] ?? 0;
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = get(p, j0);
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - get(u, i0) - get(v, j);
        if (cur < get(minv, j)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (get(minv, j) < delta) {
          delta = get(minv, j);
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const row = get(p, j);
          u[row] = get(u, row) + delta;
          v[j] = get(v, j) - delta;
        } else minv[j] = get(minv, j) - delta;
      }
      j0 = j1;
    } while (get(p, j0) !== 0);
    do {
      const j1 = get(way, j0);
      p[j0] = get(p, j1);
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(n).fill(-1);
  for (let j = 1; j <= width; j++) {
    const field = get(p, j) - 1;
    if (field >= 0 && (scores[field]?.[j - 1] ?? 0) > 0) result[field] = j - 1;
  }
  return result;
}
