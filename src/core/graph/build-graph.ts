import Graph from 'graphology';

import { authorKey as authorNodeKey, paperKey as paperNodeKey } from './node-keys';

export { authorNodeKey, paperNodeKey };

/** The author–paper graph (undirected, bipartite): author nodes, paper nodes, one edge per authorship. */
export function authorPaperGraph(authorCount: number, paperAuthors: number[][]): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < authorCount; i++) g.addNode(authorNodeKey(i), { kind: 'author', index: i });
  paperAuthors.forEach((authors, j) => {
    const p = paperNodeKey(j);
    g.addNode(p, { kind: 'paper', index: j });
    for (const a of authors) g.addEdge(authorNodeKey(a), p);
  });
  return g;
}

/**
 * The co-author graph as a graphology graph, for the library algorithms that need one (betweenness,
 * connected components): authors are nodes "0".."authorCount-1" (author index as a string), one undirected
 * edge per linked pair (a pair listed twice is one edge), with `weight` (link strength) when given.
 * `links` are parallel arrays of author indices; throws graphology's error for an index out of range.
 */
export function coauthorGraph(authorCount: number, links: { source: ArrayLike<number>; target: ArrayLike<number>; weight?: ArrayLike<number> }): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < authorCount; i++) g.addNode(String(i));
  for (let e = 0; e < links.source.length; e++) {
    g.mergeEdge(String(links.source[e]), String(links.target[e]), links.weight ? { weight: links.weight[e] } : undefined);
  }
  return g;
}
