/**
 * On big graphs the overview draws only the strongest edges (a budget); the others appear around
 * the hovered or selected node. Drawing 100k+ edges on every frame buys nothing but blur.
 */
export const OVERVIEW_EDGE_BUDGET = 15_000;

/** true for the `budget` highest scores (ties resolved by order); all true when within budget. */
export function strongestEdges(scores: ArrayLike<number>, budget: number = OVERVIEW_EDGE_BUDGET): Uint8Array {
  const n = scores.length;
  const keep = new Uint8Array(n);
  if (n <= budget) return keep.fill(1);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[b] - scores[a] || a - b);
  for (let i = 0; i < budget; i++) keep[order[i]] = 1;
  return keep;
}
