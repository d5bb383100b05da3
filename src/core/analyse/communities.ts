import louvain from 'graphology-communities-louvain';
import type Graph from 'graphology';
import { mulberry32 } from '../util/random';

export interface Communities {
  /** Community per author, numbered by size (0 = largest). */
  ofAuthor: number[];
  count: number;
  modularity: number;
}

/** Louvain on the weighted co-author graph, seeded; communities renumbered largest first (ties: lowest author index). */
export function detectCommunities(coauthors: Graph, authorCount: number, resolution: number, seed: number): Communities {
  const detailed = louvain.detailed(coauthors, { getEdgeWeight: 'weight', resolution, rng: mulberry32(seed) });
  const raw: number[] = new Array(authorCount);
  for (let i = 0; i < authorCount; i++) raw[i] = detailed.communities[String(i)] ?? 0;
  const size = new Map<number, number>();
  const firstMember = new Map<number, number>();
  raw.forEach((c, i) => {
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!firstMember.has(c)) firstMember.set(c, i);
  });
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || firstMember.get(a)! - firstMember.get(b)!);
  const renumber = new Map(order.map((c, k) => [c, k]));
  return { ofAuthor: raw.map((c) => renumber.get(c)!), count: order.length, modularity: detailed.modularity };
}

/** A paper takes the community holding most of its authors (ties: more co-author weight, then lower id). */
export function paperCommunities(paperAuthors: number[][], ofAuthor: number[], weightedDegree: number[]): number[] {
  return paperAuthors.map((authors) => {
    const score = new Map<number, [number, number]>();
    for (const a of authors) {
      const c = ofAuthor[a]!;
      const s = score.get(c) ?? [0, 0];
      s[0] += 1;
      s[1] += weightedDegree[a]!;
      score.set(c, s);
    }
    let best = -1;
    let bs: [number, number] = [-1, -1];
    for (const [c, s] of score) {
      if (s[0] > bs[0] || (s[0] === bs[0] && (s[1] > bs[1] || (s[1] === bs[1] && c < best)))) ((best = c), (bs = s));
    }
    return best < 0 ? 0 : best;
  });
}

/** Connected components of the co-author graph: count and size of the largest. */
export function componentSizes(authorCount: number, source: number[], target: number[]): { components: number; largest: number } {
  const parent = new Int32Array(authorCount).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let e = 0; e < source.length; e++) {
    const a = find(source[e]!);
    const b = find(target[e]!);
    if (a !== b) parent[a] = b;
  }
  const sizes = new Map<number, number>();
  for (let i = 0; i < authorCount; i++) {
    const r = find(i);
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  let largest = 0;
  for (const s of sizes.values()) largest = Math.max(largest, s);
  return { components: sizes.size, largest };
}
