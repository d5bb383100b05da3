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

/** The weighted co-author graph between authors. */
export function coauthorGraph(authorCount: number, links: { source: number[]; target: number[]; weight: number[] }): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < authorCount; i++) g.addNode(i);
  for (let e = 0; e < links.source.length; e++) g.addEdge(links.source[e]!, links.target[e]!, { weight: links.weight[e]! });
  return g;
}
