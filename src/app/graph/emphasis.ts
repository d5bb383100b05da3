/**
 * What to emphasise around the focus (hovered, else selected): the node, its neighbours, and the edges
 * touching it. Decided once per focus change; reducers only look it up.
 */
import type { Bundle } from '../../core/bundle/types';
import { authorKey, nodeKey, type NodeRef } from './node-keys';
import type { AtlasGraph } from './sigma-graph';

export interface Emphasis {
  focus: string | null;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
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
