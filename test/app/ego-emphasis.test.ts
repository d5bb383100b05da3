/** The ego view's emphasis: the whole network shown stands out, the strongest co-authors named first. */
import { describe, expect, it } from 'vitest';
import { egoEmphasis } from '../../src/app/graph/emphasis';
import { authorKey } from '../../src/app/graph/node-keys';
import { buildSigmaGraph } from '../../src/app/graph/sigma-graph';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import { aclMain } from '../core/helpers';

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
