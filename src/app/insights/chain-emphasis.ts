/**
 * The co-author chain as an emphasis: its authors, the paper behind each step (in the authors-and-papers
 * view) and the edges that join them. Computed once when the chain or the graph changes; the reducers
 * only look it up.
 */
import type { CoauthorChain } from '../../core/queries/chains';
import type { Emphasis } from '../graph/emphasis';
import { authorKey, paperKey } from '../graph/node-keys';
import type { AtlasGraph } from '../graph/sigma-graph';

export function chainEmphasis(graph: AtlasGraph, chain: CoauthorChain): Emphasis {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const a of chain.authors) if (graph.hasNode(authorKey(a))) nodes.add(authorKey(a));
  const join = (u: string, v: string) => {
    if (!graph.hasNode(u) || !graph.hasNode(v)) return;
    const e = graph.edge(u, v);
    if (e !== undefined) edges.add(e);
  };
  for (const step of chain.steps) {
    const from = authorKey(step.from);
    const to = authorKey(step.to);
    const paper = paperKey(step.paper);
    if (graph.hasNode(paper)) {
      nodes.add(paper);
      join(from, paper);
      join(paper, to);
    } else join(from, to);
  }
  return { focus: null, nodes, edges };
}
