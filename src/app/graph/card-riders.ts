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
 * (the square and its halo, CARD_HALO_PX), in Sigma's drawing order of the discs; none that has a card of its own.
 * Drawn on the card only, a paper hid its own authors while hovered or selected: with a venue filter on the 3k map
 * (`years=2020&venues=1`) a one-paper author lies ~1.5 px from their paper's centre, the hovered square covered the
 * disc, and the pointer moved onto the disc's centre kept the paper hovered (the hover layer is on top), so a click
 * there opened the paper, not the author. The pick (graph/pick.ts) takes these discs as drawn above every card.
 * Reads Sigma 3.0 internals (`hoveredNode`, `highlightedNodes`, `nodeDataCache`, `nodeProgramIndex`); throws nothing.
 */
export function cardRiders(sigma: Sigma): string[] {
  const s = sigma as unknown as SigmaInternals;
  const graph = sigma.getGraph();
  const carded = cardKeys(sigma);
  const onCard = new Set(carded);
  const riders = new Set<string>();
  for (const key of carded) {
    const card = s.nodeDataCache[key];
    if (!card || card.hidden || !isSquareType(card.type) || !graph.hasNode(key)) continue;
    const c = sigma.framedGraphToViewport(card);
    const half = drawnRadius(sigma, card.size) + CARD_HALO_PX;
    graph.forEachNeighbor(key, (n, attrs) => {
      if (onCard.has(n) || riders.has(n) || (attrs as { kind?: string }).kind !== 'author') return;
      const d = s.nodeDataCache[n];
      // (a disc Sigma has not put in its buffers is not drawn)
      if (!d || d.hidden || isSquareType(d.type) || s.nodeProgramIndex[n] === undefined) return;
      const p = sigma.framedGraphToViewport(d);
      const r = drawnRadius(sigma, d.size);
      const dx = Math.max(0, Math.abs(p.x - c.x) - half);
      const dy = Math.max(0, Math.abs(p.y - c.y) - half);
      if (dx * dx + dy * dy < r * r) riders.add(n);
    });
  }
  return [...riders].sort((a, b) => s.nodeProgramIndex[a]! - s.nodeProgramIndex[b]!);
}

