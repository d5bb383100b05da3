/**
 * On big graphs the overview draws only the strongest edges (a budget); the others appear around
 * the hovered or selected node. Drawing 100k+ edges on every frame buys nothing but blur.
 */
export const OVERVIEW_EDGE_BUDGET = 15_000;

/**
 * true for the `budget` highest scores (ties at the cut resolved by order: lower index first); all true
 * when within budget. The cut is found by a numeric sort of a typed copy of the scores (no comparator
 * calls: the comparator sort of 100k authorship edges was 0.6 s of the 30k map's first frame on a busy machine).
 */
export function strongestEdges(scores: ArrayLike<number>, budget: number = OVERVIEW_EDGE_BUDGET): Uint8Array {
  const n = scores.length;
  const keep = new Uint8Array(n);
  if (n <= budget) return keep.fill(1);
  if (budget <= 0) return keep;
  const cut = Float64Array.from(scores).sort()[n - budget];
  let room = budget;
  for (let i = 0; i < n; i++) {
    if (scores[i] > cut) {
      keep[i] = 1;
      room--;
    }
  }
  for (let i = 0; i < n && room > 0; i++) {
    if (scores[i] === cut) {
      keep[i] = 1;
      room--;
    }
  }
  return keep;
}
