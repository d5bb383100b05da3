/**
 * Which drawn co-author link is under a point of the canvas: the nearest visible edge within a few
 * pixels. Sigma can pick edges itself only when edge events are on from the start (an extra picking
 * pass on every frame); a click is rare, so one pass over the drawn edges per click is cheaper.
 */
import type Sigma from 'sigma';

const TOLERANCE_PX = 5;

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The edge key nearest to the viewport point (x, y), or null when none is drawn within reach. */
export function edgeAtPoint(sigma: Sigma, x: number, y: number): string | null {
  const graph = sigma.getGraph();
  const place = new Map<string, { x: number; y: number } | null>();
  const at = (node: string) => {
    if (!place.has(node)) {
      const d = sigma.getNodeDisplayData(node);
      place.set(node, d && !d.hidden ? sigma.framedGraphToViewport(d) : null);
    }
    return place.get(node)!;
  };
  let best: string | null = null;
  let bestDistance = Infinity;
  graph.forEachEdge((edge, _attrs, source, target) => {
    const shown = sigma.getEdgeDisplayData(edge);
    if (!shown || shown.hidden) return;
    const a = at(source);
    const b = at(target);
    if (!a || !b) return;
    const d = distanceToSegment(x, y, a.x, a.y, b.x, b.y);
    if (d <= Math.max(TOLERANCE_PX, shown.size / 2 + 2) && d < bestDistance) {
      best = edge;
      bestDistance = d;
    }
  });
  return best;
}
