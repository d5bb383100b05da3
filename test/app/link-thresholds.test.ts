import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatThreshold, linkThresholds } from '../../src/app/features/network/link-thresholds';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import type { Bundle } from '../../src/core/bundle/types';

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

describe('the minimum link strength as the label says it', () => {
  it('is never above the threshold: 1/51 reads 0.0196 (not "0.02", which the links of 1/51 are under), 1/3 reads 0.333', () => {
    expect(formatThreshold(0)).toBe('0');
    expect(formatThreshold(1 / 51)).toBe('0.0196');
    expect(formatThreshold(1 / 3)).toBe('0.333');
    expect(formatThreshold(2 / 3)).toBe('0.666');
    expect(formatThreshold(0.5)).toBe('0.5');
    expect(formatThreshold(0.29)).toBe('0.29');
    expect(formatThreshold(12.5)).toBe('12.5');
    expect(formatThreshold(1234.5)).toBe('1,234');
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 1e4, noNaN: true }), (w) => {
        expect(Number(formatThreshold(w).replace(/,/g, ''))).toBeLessThanOrEqual(w * (1 + 1e-11));
      }),
    );
  });

  it("a step taken from the slider keeps the links it was taken from (2/3's step is 0.666667)", () => {
    // three authors, links of 2/3, 1/3 and 1
    const weight = new Float64Array([2 / 3, 1 / 3, 1]);
    const bundle = {
      authors: { community: [0, 0, 0], paperCount: [2, 2, 2], name: ['A', 'B', 'C'] },
      papers: { title: [], year: [], authors: [] },
      communities: [{}],
      coauthorLinks: { source: [0, 0, 1], target: [1, 2, 2], weight },
    } as unknown as Bundle;
    const steps = linkThresholds(weight);
    expect(steps).toEqual([0, 0.333333, 0.666667, 1]);
    const counts = steps.map((min) => computeVisibility(bundle, { ...DEFAULT_FILTERS, minLinkStrength: min }, 'coauthors').linkCount);
    expect(counts).toEqual([3, 3, 2, 1]);
  });
});
