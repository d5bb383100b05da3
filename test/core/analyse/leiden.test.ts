import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import graphModularity from 'graphology-metrics/graph/modularity.js';
import { leiden, modularity } from '../../../src/core/analyse/leiden';
import { detectCommunities } from '../../../src/core/analyse/communities';
import { coauthorLinks } from '../../../src/core/graph/index';
import { resolvePeople } from '../../../src/core/names/index';
import { ingestPapers } from '../../../src/core/pipeline';
import { mulberry32 } from '../../../src/core/util/random';
import { fixture, readText } from '../helpers';

/** The product's own co-author graph of acl_2020_main.jsonl under the given counting. */
let aclPeople: ReturnType<typeof resolvePeople> | null = null;
function aclMainGraph(counting: 'full' | 'fractional') {
  aclPeople ??= resolvePeople(ingestPapers([readText(fixture('acl_2020_main.jsonl'))]).papers, [], null, undefined, null);
  const people = aclPeople;
  const n = people.people.length;
  return { n, links: coauthorLinks(people.paperAuthors, n, counting, null) };
}

/** Every community is one connected piece of the co-author graph. */
function expectConnected(n: number, links: { source: number[]; target: number[] }, ofAuthor: ArrayLike<number>) {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  links.source.forEach((s, e) => {
    const t = links.target[e]!;
    if (ofAuthor[s] === ofAuthor[t]) parent[find(s)] = find(t);
  });
  const rootOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const seen = rootOf.get(ofAuthor[i]!);
    if (seen === undefined) rootOf.set(ofAuthor[i]!, r);
    else expect(seen, `community ${ofAuthor[i]} is in two pieces`).toBe(r);
  }
}

describe('Leiden communities', () => {
  it('splits two cliques joined by one edge into two communities', () => {
    const source: number[] = [];
    const target: number[] = [];
    for (const base of [0, 5])
      for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) (source.push(base + i), target.push(base + j));
    source.push(4);
    target.push(5);
    const weight = source.map(() => 1);
    const r = leiden(10, { source, target, weight }, { resolution: 1, rng: mulberry32(1) });
    expect(r.count).toBe(2);
    expect(new Set(Array.from(r.community.slice(0, 5))).size).toBe(1);
    expect(r.community[0]).not.toBe(r.community[9]);
    expect(r.modularity).toBeCloseTo(modularity(10, { source, target, weight }, r.community), 12);
  });

  it('computes modularity as graphology-metrics does', () => {
    const { n, links } = aclMainGraph('fractional');
    const found = leiden(n, links, { resolution: 1, rng: mulberry32(7), iterations: 2 });
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < n; i++) g.addNode(i);
    links.source.forEach((s, e) => g.addEdge(s, links.target[e]!, { weight: links.weight[e]! }));
    const reference = graphModularity(g, { getNodeCommunity: (k: string) => found.community[Number(k)]!, getEdgeWeight: 'weight' });
    expect(found.modularity).toBeCloseTo(reference, 10);
  });

  it('reaches igraph Leiden on acl_2020_main under full counting (0.9213), seeded and deterministic, every community connected', () => {
    const { n, links } = aclMainGraph('full');
    const a = detectCommunities(n, links, 1, 1);
    const b = detectCommunities(n, links, 1, 1);
    expect(a.ofAuthor).toEqual(b.ofAuthor);
    expect(a.modularity).toBeGreaterThanOrEqual(0.9213);
    expect(a.modularity).toBeCloseTo(modularity(n, links, a.ofAuthor), 12);
    expectConnected(n, links, a.ofAuthor);
    // numbered largest first
    const sizes = new Array<number>(a.count).fill(0);
    for (const c of a.ofAuthor) sizes[c]!++;
    for (let c = 1; c < a.count; c++) expect(sizes[c]!).toBeLessThanOrEqual(sizes[c - 1]!);
  });

  it('a higher resolution gives more, smaller communities', () => {
    const { n, links } = aclMainGraph('fractional');
    const low = detectCommunities(n, links, 1, 1);
    const high = detectCommunities(n, links, 4, 1);
    expect(high.count).toBeGreaterThan(low.count);
    expectConnected(n, links, high.ofAuthor);
  });
});
