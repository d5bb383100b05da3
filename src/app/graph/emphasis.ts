/**
 * What to emphasise around the focus (hovered, else selected): the node, its neighbours, and the edges
 * touching it. Decided once per focus change; reducers only look it up.
 */
import type { Bundle } from '../../core/bundle/types';
import type { EmphasisRequest } from '../store/types';
import { authorKey, nodeKey, type NodeRef } from './node-keys';
import type { AtlasGraph } from './sigma-graph';

export interface Emphasis {
  focus: string | null;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes named whatever their number (the ego view's strongest co-authors); else only a small emphasis names all. */
  named?: ReadonlySet<string>;
}

export const NO_EMPHASIS: Emphasis = { focus: null, nodes: new Set(), edges: new Set() };

export function computeEmphasis(graph: AtlasGraph, bundle: Bundle, ref: NodeRef | null): Emphasis {
  if (ref === null) return NO_EMPHASIS;
  const key = nodeKey(ref);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (graph.hasNode(key)) {
    nodes.add(key);
    graph.forEachEdge(key, (edge, _attrs, source, target) => {
      edges.add(edge);
      nodes.add(source === key ? target : source);
    });
    return { focus: key, nodes, edges };
  }
  if (ref.kind === 'paper') {
    // a paper in the co-author view: its authors and the links between them
    const authors = [...new Set(bundle.papers.authors[ref.index])].map(authorKey).filter((k) => graph.hasNode(k));
    for (const a of authors) nodes.add(a);
    for (const a of authors) {
      graph.forEachEdge(a, (edge, _attrs, source, target) => {
        if (nodes.has(source) && nodes.has(target)) edges.add(edge);
      });
    }
    return { focus: null, nodes, edges };
  }
  return NO_EMPHASIS;
}

/**
 * A feature's emphasis request on the drawn graph: its nodes that are drawn, and for each step the edges
 * through `via` (authors-and-papers view) or the direct link (co-author view). Computed once per
 * request or graph change; reducers only look it up.
 */
export function resolveEmphasis(graph: AtlasGraph, request: EmphasisRequest): Emphasis {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const ref of request.nodes) if (graph.hasNode(nodeKey(ref))) nodes.add(nodeKey(ref));
  const join = (u: string, v: string) => {
    if (!graph.hasNode(u) || !graph.hasNode(v)) return;
    const e = graph.edge(u, v);
    if (e !== undefined) edges.add(e);
  };
  for (const step of request.steps) {
    const from = nodeKey(step.from);
    const to = nodeKey(step.to);
    const via = step.via ? nodeKey(step.via) : null;
    if (via !== null && graph.hasNode(via)) {
      nodes.add(via);
      join(from, via);
      join(via, to);
    } else join(from, to);
  }
  return { focus: null, nodes, edges };
}
