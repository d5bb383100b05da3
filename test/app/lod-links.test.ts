import { describe, expect, it } from 'vitest';
import { coauthorAdjacency } from '../../src/core/bundle/indices';
import { selectLinks } from '../../src/app/graph/lod';
import { linkChoice } from '../../src/core/bundle/preview';
import { authorKey } from '../../src/app/graph/node-keys';
import { aclMain } from '../core/helpers';

describe('selectLinks through the co-author index', () => {
  it('gives the links a scan of every link gives, in the same order with the same colours (acl_2020_main)', () => {
    const { bundle } = aclMain();
    const colours = new Map<string, string>();
    const graph = {
      getNodeAttributes: (key: string) => ({ color: colours.get(key) ?? '#888888' }),
      getAttribute: () => 'light',
    } as unknown as Parameters<typeof selectLinks>[0];
    bundle.authors.community.forEach((c, a) => colours.set(authorKey(a), ['#1f77b4', '#ff7f0e', '#2ca02c'][c % 3]!));
    const adjacency = coauthorAdjacency(bundle);
    const n = bundle.authors.name.length;
    // a fixed spread of authors: every k-th from an offset (all of them for the last)
    for (const [size, step] of [[0, 1], [1, 1], [50, 97], [400, 13], [1500, 5], [n, 1]] as const) {
      const nodes = new Set<string>();
      for (let a = size === n ? 0 : 3; nodes.size < size && a < n; a += step) nodes.add(authorKey(a));
      // and a paper key, which is no author
      nodes.add('p0');
      for (const [budget, overview] of [[2000, false], [2000, true], [30, false]] as const) {
        // each on a bundle object of its own: linkChoice answers a bundle's repeated question from its last choice
        const scanned = selectLinks(graph, { ...bundle }, nodes, budget, overview);
        const indexed = selectLinks(graph, { ...bundle }, nodes, budget, overview, adjacency);
        expect([...indexed.entries()], `${size} authors, budget ${budget}, overview ${overview}`).toEqual([...scanned.entries()]);
        if (size >= 400) expect(scanned.size).toBeGreaterThan(0);
      }
    }
  });
});

describe('linkChoice asked again', () => {
  it('gives the same links as a first choice for the same authors, a fresh choice for others, and a copy each time (acl_2020_main)', () => {
    const { bundle } = aclMain();
    const adjacency = coauthorAdjacency(bundle);
    const n = bundle.authors.name.length;
    const authors = Array.from({ length: 1500 }, (_, k) => (k * 5 + 3) % n);
    const first = linkChoice(bundle, authors, 2000, true);
    expect(first.length).toBeGreaterThan(0);
    first.length = 0;
    // the same authors in another order, through the index: the same links
    const again = linkChoice(bundle, [...authors].reverse(), 2000, true, adjacency);
    expect(again).toEqual(linkChoice({ ...bundle }, authors, 2000, true));
    // one author fewer, another budget, another kind: each its own choice, as on a bundle never asked
    const fewer = authors.slice(1);
    expect(linkChoice(bundle, fewer, 2000, true)).toEqual(linkChoice({ ...bundle }, fewer, 2000, true));
    expect(linkChoice(bundle, fewer, 30, true)).toEqual(linkChoice({ ...bundle }, fewer, 30, true));
    expect(linkChoice(bundle, fewer, 30, false)).toEqual(linkChoice({ ...bundle }, fewer, 30, false));
  });
});
