/**
 * What Sigma's hover layer draws, in order: the hover cards (the hovered node's, then each highlighted one's) and the
 * discs drawn again over a paper's card (`cardRiders`). Apart from graph/sigma-layers.ts, which draws them, so the
 * pick (graph/pick.ts) reads the same list without loading Sigma's WebGL classes (a test's Node has none).
 */
import type Sigma from 'sigma';
import { drawnRadius } from './drawn-size';
import { isSquareType } from './node-types';

/** What this file reads of a Sigma 3.0 instance's private state. */
interface SigmaInternals {
  nodeDataCache: Record<string, { x: number; y: number; size: number; type: string; hidden?: boolean }>;
  nodeProgramIndex: Record<string, number>;
  highlightedNodes: Set<string>;
  hoveredNode: string | null;
}

/**
 * How far a hover card reaches beyond its node (CSS px): controllers/labels.ts `drawHover` draws the card 3 px wider
 * than the node, and the square of a paper on it whole.
 */
export const CARD_HALO_PX = 3;

/** The keys of the nodes `sigma` (any Sigma 3.0 renderer) draws on hover cards: the hovered node, then each highlighted (selected) one. */
export function cardKeys(sigma: Sigma): string[] {
  const s = sigma as unknown as SigmaInternals;
  const keys: string[] = [];
  if (s.hoveredNode && s.nodeDataCache[s.hoveredNode] && !s.nodeDataCache[s.hoveredNode]!.hidden) keys.push(s.hoveredNode);
  for (const key of s.highlightedNodes) if (key !== s.hoveredNode) keys.push(key);
  return keys;
}

/**
 * The author discs `sigma` (any Sigma 3.0 renderer) draws again over the hover cards (its "riders"): of each paper
 * square on a card (the hovered paper, a selected one), its own authors whose disc Sigma draws and overlaps the card
 * (the square and its halo, CARD_HALO_PX), in Sigma's drawing order of the discs; one with a card of its own too (an
 * author hovered while their paper is selected: the paper's card, drawn after the hovered one, covered it).
 * Drawn on the card only, a paper hid its own authors while hovered or selected: with a venue filter on the 3k map
 * (`years=2020&venues=1`) a one-paper author lies ~1.5 px from their paper's centre, the hovered square covered the
 * disc, and the pointer moved onto the disc's centre kept the paper hovered (the hover layer is on top), so a click
 * there opened the paper, not the author. The pick (graph/pick.ts) takes these discs as drawn above every card, from
 * its copy of the picture on the screen (`shapeOf`: each node's shape as drawn, null when not drawn; by default Sigma's
 * last processed data, which a pending refresh, as a hover's, leaves half rewritten). Reads Sigma 3.0 internals (`hoveredNode`, `highlightedNodes`, `nodeDataCache`, `nodeProgramIndex`); throws nothing.
 */
export function cardRiders(sigma: Sigma, shapeOf?: (key: string) => CardShape | null): string[] {
  const s = sigma as unknown as SigmaInternals;
  const graph = sigma.getGraph();
  // (by default the nodes as Sigma last processed them; a disc Sigma has not put in its buffers is not drawn)
  const shape =
    shapeOf ??
    ((key: string): CardShape | null => {
      const d = s.nodeDataCache[key];
      if (!d || d.hidden || s.nodeProgramIndex[key] === undefined) return null;
      const p = sigma.framedGraphToViewport(d);
      return { x: p.x, y: p.y, r: drawnRadius(sigma, d.size), square: isSquareType(d.type) };
    });
  const carded = cardKeys(sigma);
  const riders = new Set<string>();
  for (const key of carded) {
    const card = graph.hasNode(key) ? shape(key) : null;
    if (!card || !card.square) continue;
    graph.forEachNeighbor(key, (n, attrs) => {
      if (riders.has(n) || (attrs as { kind?: string }).kind !== 'author') return;
      const disc = shape(n);
      if (disc && !disc.square && ridesOn(card, disc)) riders.add(n);
    });
  }
  return [...riders].sort((a, b) => (s.nodeProgramIndex[a] ?? 0) - (s.nodeProgramIndex[b] ?? 0));
}

/** A node as drawn: centre (viewport CSS px), radius (CSS px; half the side of a square), and whether a square. */
export interface CardShape {
  x: number;
  y: number;
  r: number;
  square: boolean;
}

/** Whether the disc `disc` overlaps the card of the square `card` (the square and CARD_HALO_PX round it). Pure. */
export function ridesOn(card: CardShape, disc: CardShape): boolean {
  const half = card.r + CARD_HALO_PX;
  const dx = Math.max(0, Math.abs(disc.x - card.x) - half);
  const dy = Math.max(0, Math.abs(disc.y - card.y) - half);
  return dx * dx + dy * dy < disc.r * disc.r;
}
