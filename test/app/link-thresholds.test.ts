import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkThresholds } from '../../src/app/features/network/link-thresholds';

/** The definition: 0, then the distinct weights (rounded to 1e-6) ascending, thinned evenly to at most `max` steps. */
function reference(weights: number[], max: number): number[] {
  const distinct = [...new Set(weights.map((w) => Math.round(w * 1e6) / 1e6))].sort((a, b) => a - b);
  if (distinct.length <= max - 1) return [0, ...distinct];
  const steps = [0];
  for (let k = 0; k < max - 1; k++) steps.push(distinct[Math.round((k / (max - 2)) * (distinct.length - 1))]);
  return [...new Set(steps)];
}

describe('linkThresholds', () => {
  it('gives the distinct rounded weights, thinned evenly, as the definition does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }).map((k) => k / 7), { maxLength: 300 }), fc.integer({ min: 3, max: 80 }), (weights, max) => {
        expect(linkThresholds(weights, max)).toEqual(reference(weights, max));
      }),
    );
  });
});
