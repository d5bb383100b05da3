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
import { applyVisibility } from '../../src/app/graph/apply-visibility';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';

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
    // edge keys included: the build gives them ("e0", "e1", … in order), so two builds make the same keys
    expect(JSON.stringify(sliced!.export())).toBe(JSON.stringify(whole.export()));
    expect(whole.edges().slice(0, 3)).toEqual(['e0', 'e1', 'e2']);
    const co = buildSigmaGraph(bundle, 'coauthors', 'light');
    expect(co.edges()[0]).toBe('e0');
    expect(co.size).toBe(bundle.coauthorLinks.source.length);
    expect(co.hasEdge(`a${bundle.coauthorLinks.source[0]}`, `a${bundle.coauthorLinks.target[0]}`)).toBe(true);
  });

  it("nodes made with the filters' hidden are the graph the filters' pass over every node leaves (attributes and their order)", async () => {
    for (const view of ['papers', 'coauthors'] as const) {
      for (const filters of [DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hiddenCommunities: new Set([0]) }, { ...DEFAULT_FILTERS, minLinkStrength: 0.4, hideUnlinked: true }]) {
        const visibility = computeVisibility(bundle, filters, view);
        const passed = buildSigmaGraph(bundle, view, 'light');
        applyVisibility(passed, visibility);
        const made = (await buildSigmaGraphInSlices(bundle, view, 'light', 'community', () => false, 0, visibility))!;
        // the nodes are done: only the links' threshold is left for the pass
        expect(applyVisibility(made, visibility, true)).toBe(true);
        if (filters.hiddenCommunities.size > 0) expect(made.filterNodes((_n, a) => a.hidden === true).length).toBeGreaterThan(0);
        expect(made.everyNode((_n, a) => typeof a.hidden === 'boolean')).toBe(true);
        const contents = (g: typeof made) => JSON.stringify({ nodes: g.mapNodes((n, a) => [n, Object.entries(a)]), edges: g.mapEdges((e, a, s, t) => [e, s, t, Object.entries(a)]) });
        expect(contents(made)).toBe(contents(passed));
      }
    }
  });
});
