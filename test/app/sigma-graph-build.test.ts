/**
 * The explorer's full graph (graph/sigma-graph.ts): an author listed twice on one paper is one authorship edge,
 * whatever the list's length (`hasRepeat` checks short lists pairwise, long ones with a Set), and the graph
 * built in slices is the one built at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/pipeline';
import { buildSigmaGraph, buildSigmaGraphInSlices, hasRepeat } from '../../src/app/graph/sigma-graph';
import type { Bundle } from '../../src/core/bundle/types';

const SEED = path.resolve(import.meta.dirname, '../../public/samples/wang-jialiang.txt');
const { bundle } = buildDataset([{ name: 'wang-jialiang.txt', text: readFileSync(SEED, 'utf8') }], { abstractsFile: null });

describe('the full graph', () => {
  it('hasRepeat finds a repeated author in short and long lists', () => {
    expect(hasRepeat([])).toBe(false);
    expect(hasRepeat([3])).toBe(false);
    expect(hasRepeat([3, 4, 5])).toBe(false);
    expect(hasRepeat([3, 4, 3])).toBe(true);
    const long = Array.from({ length: 40 }, (_, i) => i);
    expect(hasRepeat(long)).toBe(false);
    expect(hasRepeat([...long, 39])).toBe(true);
    expect(hasRepeat([...Array.from({ length: 16 }, (_, i) => i), 0])).toBe(true);
  });

  it('an author twice on a paper (short list and long list) is one edge; nodes and edges as the bundle says', () => {
    const b = structuredClone(bundle) as Bundle;
    const nA = b.authors.name.length;
    b.papers.authors[0] = [...b.papers.authors[0]!, b.papers.authors[0]![0]!];
    const long = Array.from({ length: 20 }, (_, i) => i % nA);
    b.papers.authors[1] = [...long, long[5]!];
    const g = buildSigmaGraph(b, 'papers', 'light');
    expect(g.order).toBe(nA + b.papers.title.length);
    const distinct = b.papers.authors.reduce((n, list) => n + new Set(list).size, 0);
    expect(g.size).toBe(distinct);
    expect(g.degree('p0')).toBe(new Set(b.papers.authors[0]).size);
    expect(g.degree('p1')).toBe(20);
    expect(g.hasEdge('a0', 'p1')).toBe(true);
  });

  it('the adjacency kept as dictionaries answers as graphology does: neighbours in order, edge look-ups, drops', () => {
    const g = buildSigmaGraph(bundle, 'papers', 'light');
    // the same graph made by graphology alone (its own adjacency objects)
    const plain = g.copy();
    plain.clear();
    plain.import(g.export());
    for (const n of ['p0', 'p3', 'a4', `a${bundle.authors.name.length - 1}`]) expect(g.neighbors(n)).toEqual(plain.neighbors(n));
    const a = bundle.papers.authors[3]![0]!;
    expect(g.hasEdge(`a${a}`, 'p3')).toBe(true);
    expect(g.hasEdge('p3', `a${a}`)).toBe(true);
    expect(g.edge(`a${a}`, 'p3')).toBeDefined();
    expect(g.areNeighbors('p3', `a${a}`)).toBe(true);
    expect(g.hasEdge('p3', 'p4')).toBe(false);
    g.dropEdge(g.edge(`a${a}`, 'p3')!);
    expect(g.hasEdge(`a${a}`, 'p3')).toBe(false);
    expect(g.degree('p3')).toBe(plain.degree('p3') - 1);
    g.dropNode('a4');
    expect(g.hasNode('a4')).toBe(false);
    expect(g.neighbors('p3')).not.toContain('a4');
  });

  it('built in slices, it is the same graph (keys, attributes, order)', async () => {
    const whole = buildSigmaGraph(bundle, 'papers', 'dark');
    const sliced = await buildSigmaGraphInSlices(bundle, 'papers', 'dark', 'community', () => false, 0);
    // (edge keys are graphology's own, drawn from a random start per graph)
    const withoutEdgeKeys = (g: typeof whole) => JSON.stringify({ ...g.export(), edges: g.export().edges.map(({ key: _key, ...e }) => e) });
    expect(withoutEdgeKeys(sliced!)).toBe(withoutEdgeKeys(whole));
    const co = buildSigmaGraph(bundle, 'coauthors', 'light');
    expect(co.size).toBe(bundle.coauthorLinks.source.length);
    expect(co.hasEdge(`a${bundle.coauthorLinks.source[0]}`, `a${bundle.coauthorLinks.target[0]}`)).toBe(true);
  });
});
