/**
 * Node radius in layout units. The layout guarantees no overlap at these sizes, and the viewer draws
 * nodes at these sizes relative to positions, so nodes never overlap at any zoom.
 */
export function authorRadius(papers: number): number {
  return 1.5 + Math.sqrt(papers);
}
export const PAPER_RADIUS = 1;
