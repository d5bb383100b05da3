/**
 * Node radius in layout units: the layout keeps discs of these radii apart (no two overlap in layout space).
 * The viewer draws nodes in screen pixels (by the chosen "size by" measure, app/graph/node-sizes.ts), not at these radii, so on
 * screen discs may touch when zoomed far out; zoomed in they separate.
 */
export function authorRadius(papers: number): number {
  return 1.5 + Math.sqrt(papers);
}
export const PAPER_RADIUS = 1;
