/** The ego view's emphasis: the whole network shown stands out, the strongest co-authors named first. */
import { describe, expect, it } from 'vitest';
import { computeEmphasis, egoEmphasis } from '../../src/app/graph/emphasis';
import { coauthorsOfAuthor } from '../../src/app/data/dataset';
import { authorKey } from '../../src/app/graph/node-keys';
import { buildSigmaGraph } from '../../src/app/graph/sigma-graph';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import { aclMain, buildText } from '../core/helpers';

const acl = aclMain().bundle;

describe('egoEmphasis', () => {
  it('emphasises every author the ego view shows and names the co-authors with the most shared papers', () => {
    // the author with the most co-authors
    let ego = 0;
    acl.authors.coauthorCount.forEach((c, i) => {
      if (c > acl.authors.coauthorCount[ego]!) ego = i;
    });
    const graph = buildSigmaGraph(acl, 'papers', 'light');
    for (const steps of [1, 2] as const) {
      const visibility = computeVisibility(acl, { ...DEFAULT_FILTERS, ego: { author: ego, steps } });
      const e = egoEmphasis(graph, acl, ego, visibility.author);
      expect(e.focus).toBe(authorKey(ego));
      visibility.author.forEach((v, i) => {
        if (v === 1) expect(e.nodes.has(authorKey(i)), acl.authors.name[i]).toBe(true);
      });
      // the named: co-authors, those with the most shared papers
      const { source, target, shared } = acl.coauthorLinks;
      const together = new Map<string, number>();
      source.forEach((s, k) => {
        if (s === ego) together.set(authorKey(target[k]!), shared[k]!);
        if (target[k] === ego) together.set(authorKey(s), shared[k]!);
      });
      const named = [...e.named!];
      expect(named.length).toBe(Math.min(15, together.size));
      const least = Math.min(...named.map((k) => together.get(k)!));
      for (const [k, n] of together) if (!e.named!.has(k)) expect(n).toBeLessThanOrEqual(least);
    }
  });
});

describe("a selected author's co-authors (authors-and-papers view)", () => {
  // Ada wrote one two-author paper with Bo (fractional link strength 1) and two ten-author papers with Cy (2 × 1/9):
  // the card lists Cy first (most shared papers), so the map names Cy first too
  const crowd = (p: number) => Array.from({ length: 8 }, (_, i) => `Extra${p}${String.fromCharCode(97 + i)} Crowd`);
  const papers = [
    { id: 'p1', title: 'Tidal Pools', authors: ['Ada Quint', 'Bo Marsh'], year: 2019 },
    { id: 'p2', title: 'Large Harbour Survey', authors: ['Ada Quint', 'Cy Rowe', ...crowd(2)], year: 2019 },
    { id: 'p3', title: 'Large Harbour Survey II', authors: ['Ada Quint', 'Cy Rowe', ...crowd(3)], year: 2020 },
  ];
  const jsonl = papers.map((r) => JSON.stringify({ ...r, venue: null, doi: null, abstract: null })).join('\n');
  const { bundle } = buildText('invented.jsonl', jsonl);
  const who = (name: string) => bundle.authors.name.indexOf(name);

  it('are placed most shared papers first, as the card lists them, not by fractional link strength', () => {
    const graph = buildSigmaGraph(bundle, 'papers', 'light');
    const e = computeEmphasis(graph, bundle, { kind: 'author', index: who('Ada Quint') }, { coauthors: true });
    const order = [...e.coauthors!].map((k) => bundle.authors.name[Number(k.slice(1))]);
    expect(order[0]).toBe('Cy Rowe');
    expect(order.indexOf('Bo Marsh')).toBeGreaterThan(0);
    expect(coauthorsOfAuthor(bundle, who('Ada Quint'))[0]!.author).toBe(who('Cy Rowe'));
  });
});
