import { describe, expect, it } from 'vitest';
import { planAbstractChunks } from '../../../src/core/bundle/abstract-chunks';
import { aclMain } from '../helpers';

describe('abstracts in chunks (bundle format 3)', () => {
  it('every paper with an abstract is in exactly one chunk, the others in none; chunks hold at most `size` papers', () => {
    const { bundle, abstracts } = aclMain();
    const plan = planAbstractChunks(bundle.papers.community, bundle.papers.hasAbstract, 200);
    const withAbstract = abstracts.filter((a) => a !== null).length;
    expect(withAbstract).toBeGreaterThan(2000);
    expect(plan.papers.flat().sort((a, b) => a - b)).toEqual(abstracts.flatMap((a, i) => (a === null ? [] : [i])));
    expect(plan.papers.length).toBe(Math.ceil(withAbstract / 200));
    expect(bundle.abstractChunks).toEqual({ dir: 'abstracts/', size: 200, count: plan.papers.length });
    plan.papers.forEach((chunk, i) => chunk.forEach((p, k) => expect([plan.chunkOf[p], plan.slot[p]]).toEqual([i, k])));
    abstracts.forEach((a, p) => a === null && expect(plan.chunkOf[p]).toBe(-1));
  });

  it('an author\'s papers sit in few chunks (papers ordered by community)', () => {
    const { bundle } = aclMain();
    const plan = planAbstractChunks(bundle.papers.community, bundle.papers.hasAbstract, 200);
    const chunksOf = new Map<number, Set<number>>();
    bundle.papers.authors.forEach((authors, p) => {
      if (plan.chunkOf[p]! < 0) return;
      for (const a of authors) chunksOf.set(a, (chunksOf.get(a) ?? new Set()).add(plan.chunkOf[p]!));
    });
    const spread = [...chunksOf.values()].map((s) => s.size);
    // by index range, an author with k papers would need about k chunks; by community, most need one
    expect(spread.filter((n) => n === 1).length / spread.length).toBeGreaterThan(0.8);
  });

  it('refuses a chunk size below 1', () => {
    expect(() => planAbstractChunks([0], [1], 0)).toThrow(/at least 1/);
  });
});
