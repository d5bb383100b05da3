/**
 * On big graphs (level of detail) a hover is drawn over the canvas without a WebGL render: the hovered
 * node, its neighbours and their links, at their viewport positions (HoverOverlayController), and their
 * names placed with every other label by graph/label-placement.ts (LabelsController). This is the one
 * definition of that neighbourhood on screen, so both draw the same nodes at the same places.
 */
import type Sigma from 'sigma';
import type { Bundle } from '../../core/bundle/types';
import { drawnRadius } from './drawn-size';
import { computeEmphasis, type Emphasis } from './emphasis';
import type { NodeRef } from './node-keys';
import type { AtlasGraph, EdgeAttrs, NodeAttrs } from './sigma-graph';

/** Smallest drawn radius (px), so a neighbour drawn tiny at this zoom can still be seen. */
export const HOVER_MIN_RADIUS = 2.5;
/** Above this many nodes in the neighbourhood, only the hovered node (and the focal author) must be named. */
export const HOVER_LABEL_ALL_LIMIT = 60;

export interface HoverNode {
  key: string;
  /** Viewport pixels. */
  x: number;
  y: number;
  /** Drawn radius (px), at least HOVER_MIN_RADIUS. */
  r: number;
  attrs: NodeAttrs;
  focus: boolean;
}

export interface HoverNeighbourhood {
  emphasis: Emphasis;
  /** Visible emphasised nodes, the focus last (drawn on top). */
  nodes: HoverNode[];
  /** Whether every neighbour is to be named (a small neighbourhood). */
  labelAll: boolean;
}

/** The hovered node's neighbourhood as drawn now, or null when nothing (visible) is hovered. */
export function hoverNeighbourhood(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: AtlasGraph, bundle: Bundle | null, hovered: NodeRef | null): HoverNeighbourhood | null {
  if (!bundle || !hovered) return null;
  const emphasis = computeEmphasis(graph, bundle, hovered);
  if (emphasis.nodes.size === 0) return null;
  const nodes: HoverNode[] = [];
  for (const key of emphasis.nodes) {
    const attrs = graph.getNodeAttributes(key);
    if (attrs.hidden) continue;
    const p = sigma.graphToViewport(attrs);
    nodes.push({ key, x: p.x, y: p.y, r: Math.max(drawnRadius(sigma, attrs.size), HOVER_MIN_RADIUS), attrs, focus: key === emphasis.focus });
  }
  if (nodes.length === 0) return null;
  nodes.sort((a, b) => Number(a.focus) - Number(b.focus));
  return { emphasis, nodes, labelAll: nodes.length < HOVER_LABEL_ALL_LIMIT };
}
