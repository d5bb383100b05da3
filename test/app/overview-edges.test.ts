import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strongestEdges } from '../../src/app/graph/overview-edges';

/** The definition: sort by score (highest first), ties by index, keep the first `budget`. */
function reference(scores: number[], budget: number): Uint8Array {
  const keep = new Uint8Array(scores.length);
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  for (let i = 0; i < Math.min(budget, scores.length); i++) keep[order[i]] = 1;
  return keep;
}

describe('strongestEdges', () => {
  it('keeps the budget highest scores, ties at the cut by order, as a full sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }).map((k) => k / 4), { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (scores, budget) => {
        expect(strongestEdges(scores, budget)).toEqual(reference(scores, budget));
      }),
    );
  });

  it('keeps exactly the budget on a big tied list', () => {
    const scores = Array.from({ length: 20_000 }, (_, i) => (i % 7) / 7);
    const keep = strongestEdges(scores, 5000);
    expect(keep.reduce((n, k) => n + k, 0)).toBe(5000);
    expect(keep).toEqual(reference(scores, 5000));
  });
});
