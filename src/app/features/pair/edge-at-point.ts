/**
 * Which drawn co-author link is under a point of the canvas: the nearest visible edge within a few
 * pixels. Sigma can pick edges itself only when edge events are on from the start (an extra picking
 * pass on every frame); a pointer move or click is rare enough that one pass over the drawn edges is cheaper.
 */
import type Sigma from 'sigma';

const TOLERANCE_PX = 5;
/**
 * Two links whose distances from a tap differ by less than this (px) cannot be told apart by a finger: a tap
 * there opens neither (`linkAtPoint`'s `crowded`). The seed's co-author view had 22–51 links within 5 px of a
 * point, and a click opened an arbitrary one of them.
 */
export const AMBIGUOUS_PX = 2;

/** The shortest distance from point (px, py) to the segment a–b. */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A drawn link as the pick sees it: its key, its ends in viewport px and its drawn width. */
export interface DrawnLink {
  key: string;
  a: { x: number; y: number };
  b: { x: number; y: number };
  size: number;
}

/** The link nearest to a point, and whether another drawn link is within AMBIGUOUS_PX of as near. */
export interface LinkPick {
  edge: string;
  distance: number;
  /** Another link lies about as near (within AMBIGUOUS_PX): a finger cannot tell the two apart. */
  crowded: boolean;
  /** How many drawn links are within reach of the point (the nearest included). */
  near: number;
}

/**
 * The link nearest to (x, y) among `links` (viewport px), within max(5 px, half its width + 2), or null. Nearest
 * first; at equal distance the one listed first (Sigma's edge order). Pure; throws nothing.
 */
export function nearestLink(links: Iterable<DrawnLink>, x: number, y: number): LinkPick | null {
  let best: DrawnLink | null = null;
  let bestDistance = Infinity;
  let second = Infinity;
  let near = 0;
  for (const l of links) {
    const d = distanceToSegment(x, y, l.a.x, l.a.y, l.b.x, l.b.y);
    if (d > Math.max(TOLERANCE_PX, l.size / 2 + 2)) continue;
    near++;
    if (d < bestDistance) {
      second = bestDistance;
      best = l;
      bestDistance = d;
    } else if (d < second) second = d;
  }
  return best && { edge: best.key, distance: bestDistance, crowded: second - bestDistance < AMBIGUOUS_PX, near };
}

/** The links `sigma` draws now, with their ends in viewport px (the nodes' display data of its last render). */
export function* drawnLinks(sigma: Sigma): Generator<DrawnLink> {
  const graph = sigma.getGraph();
  const place = new Map<string, { x: number; y: number } | null>();
  const at = (node: string) => {
    if (!place.has(node)) {
      const d = sigma.getNodeDisplayData(node);
      place.set(node, d && !d.hidden ? sigma.framedGraphToViewport(d) : null);
    }
    return place.get(node)!;
  };
  for (const { edge, source, target } of graph.edgeEntries()) {
    const shown = sigma.getEdgeDisplayData(edge);
    if (!shown || shown.hidden) continue;
    const a = at(source);
    const b = at(target);
    if (!a || !b) continue;
    yield { key: edge, a, b, size: shown.size };
  }
}

/** The drawn link nearest to the viewport point (x, y) with how crowded the point is, or null when none is in reach. */
export function linkAtPoint(sigma: Sigma, x: number, y: number): LinkPick | null {
  return nearestLink(drawnLinks(sigma), x, y);
}

/** The edge key nearest to the viewport point (x, y), or null when none is drawn within reach. */
export function edgeAtPoint(sigma: Sigma, x: number, y: number): string | null {
  return linkAtPoint(sigma, x, y)?.edge ?? null;
}
