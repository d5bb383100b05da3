import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { authorBetweenness, betweennessFromAllSources } from '../../../src/core/queries/betweenness';
import type { Bundle } from '../../../src/core/bundle/types';
import { SEED_PATH, aclMain, buildFiles } from '../helpers';

const input = (b: Bundle) => ({ authorCount: b.authors.name.length, source: b.coauthorLinks.source, target: b.coauthorLinks.target });

/** graphology-metrics' own exact betweenness on the unweighted co-author graph, per author index. */
function reference(bundle: Bundle): number[] {
  const g = new Graph({ type: 'undirected' });
  bundle.authors.name.forEach((_, i) => g.addNode(String(i)));
  const { source, target } = bundle.coauthorLinks;
  source.forEach((s, i) => g.mergeEdge(String(s), String(target[i])));
  const ref = betweennessCentrality(g, { getEdgeWeight: null });
  return bundle.authors.name.map((_, i) => ref[String(i)]);
}

describe('author betweenness', () => {
  it('exact on the seed: equals graphology-metrics, and Jialiang Wang (who joins the groups) is first', () => {
    const { bundle } = buildFiles([SEED_PATH]);
    const result = authorBetweenness(input(bundle));
    expect(result.method).toBe('exact');
    expect(result.sources).toBe(bundle.authors.name.length);
    const ref = reference(bundle);
    ref.forEach((v, i) => expect(result.values[i]).toBeCloseTo(v, 12));
    // the estimator used on big maps, run from every author, gives the same values
    const all = betweennessFromAllSources(input(bundle));
    ref.forEach((v, i) => expect(all[i]).toBeCloseTo(v, 12));
    const top = result.values.indexOf(Math.max(...result.values));
    expect(bundle.authors.name[top]).toBe('Jialiang Wang');
  });

  it('sampled on acl_2020_main: the top ten by the estimate are mostly the exact top ten', () => {
    const { bundle } = aclMain();
    const ref = reference(bundle);
    const progress: number[] = [];
    const estimate = authorBetweenness(input(bundle), { maxSources: 800, onProgress: (d) => progress.push(d) });
    expect(estimate.method).toBe('sampled');
    expect(estimate.sources).toBe(800);
    expect(progress.at(-1)).toBe(1);
    const top = (values: ArrayLike<number>) =>
      Array.from(values, (v, i) => [v, i] as const)
        .sort((a, b) => b[0] - a[0])
        .slice(0, 10)
        .map(([, i]) => i);
    const exactTop = new Set(top(ref));
    const hits = top(estimate.values).filter((i) => exactTop.has(i)).length;
    expect(hits).toBeGreaterThanOrEqual(6);
    // the same seed gives the same estimate
    expect(authorBetweenness(input(bundle), { maxSources: 800 }).values).toEqual(estimate.values);
  });
});
