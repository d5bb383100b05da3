/** How big a traced co-author chain's discs are drawn (controllers/ChainOverlayController.tsx). */

/** The least radius (px) a chain's author is drawn at. */
export const CHAIN_MIN_RADIUS = 3;
/** A chain's disc reaches at most this share of the way to the nearest other author of the chain. */
const REACH = 0.42;

/**
 * The radius (px) to draw each of a chain's authors at: its own `r`, or less so that no two of them overlap
 * (at most REACH of the distance to the nearest other, never under CHAIN_MIN_RADIUS). `points`: viewport
 * positions and radii in px. Pure; O(n²) (a chain has a handful of authors).
 */
export function chainRadii(points: readonly { x: number; y: number; r: number }[]): number[] {
  return points.map((p, i) => {
    let nearest = Infinity;
    points.forEach((q, j) => {
      if (j !== i) nearest = Math.min(nearest, Math.hypot(p.x - q.x, p.y - q.y));
    });
    return Math.min(p.r, Math.max(CHAIN_MIN_RADIUS, REACH * nearest));
  });
}

/**
 * Whether a chain's authors at `points` (viewport positions and radii in px) are drawn as discs apart from each other
 * at the radii `chainRadii` gives them: no two overlap. False when two lie closer than CHAIN_MIN_RADIUS allows (the
 * chain framed so wide that two of its authors are drawn as one blot: a chain across a big map on a phone). Pure;
 * O(n²).
 */
export function chainDiscsApart(points: readonly { x: number; y: number; r: number }[]): boolean {
  const radii = chainRadii(points);
  return points.every((p, i) => points.every((q, j) => j <= i || Math.hypot(p.x - q.x, p.y - q.y) >= radii[i]! + radii[j]! - 1e-6));
}
