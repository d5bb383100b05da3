import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatThreshold, linkThresholds } from '../../src/app/features/network/link-thresholds';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/app/graph/visibility';
import type { Bundle } from '../../src/core/bundle/types';

/** A step is round: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
function isRound(v: number): boolean {
  if (v === 0) return true;
  const mantissa = Number((v / 10 ** Math.floor(Math.log10(v) + 1e-9)).toPrecision(6));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8].includes(mantissa);
}
/** Links a step shows (the visibility's rule: at least the step, 1e-6 below counting). */
const shownAt = (weights: number[], step: number) => weights.filter((w) => w >= step - 1e-6).length;

describe('linkThresholds', () => {
  it('steps through round values, each one hiding some link the step before showed, never hiding every link', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }).map((k) => k / 7), { minLength: 1, maxLength: 300 }), (weights) => {
        const steps = linkThresholds(weights);
        expect(steps[0]).toBe(0);
        for (const s of steps) expect(isRound(s), `step ${s}`).toBe(true);
        for (let k = 1; k < steps.length; k++) {
          expect(steps[k]).toBeGreaterThan(steps[k - 1]!);
          expect(shownAt(weights, steps[k]!)).toBeLessThan(shownAt(weights, steps[k - 1]!));
        }
        expect(shownAt(weights, steps[steps.length - 1]!)).toBeGreaterThan(0);
      }),
    );
  });

  it('over links of 1/9, 1/3, 1/2, 1, 4/3 and 2 reads 0, 0.15, 0.4, 0.6, 1.5 (not 0.111, 0.333…)', () => {
    expect(linkThresholds([1 / 9, 1 / 3, 1 / 3, 0.5, 1, 4 / 3, 2])).toEqual([0, 0.15, 0.4, 0.6, 1.5]);
  });

  it('keeps at most `max` steps, the first and the last among them', () => {
    const weights = Array.from({ length: 400 }, (_, k) => (k + 1) / 20);
    const all = linkThresholds(weights, 1000);
    const few = linkThresholds(weights, 8);
    expect(few.length).toBeLessThanOrEqual(8);
    expect(few[0]).toBe(0);
    expect(few[few.length - 1]).toBe(all[all.length - 1]);
  });

  it('has only the step 0 without links', () => {
    expect(linkThresholds([])).toEqual([0]);
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

  it('each step of the slider hides links; a threshold rounded to 1e-6 keeps the links it was taken from', () => {
    // three authors, links of 2/3, 1/3 and 1
    const weight = new Float64Array([2 / 3, 1 / 3, 1]);
    const bundle = {
      authors: { community: [0, 0, 0], paperCount: [2, 2, 2], name: ['A', 'B', 'C'] },
      papers: { title: [], year: [], authors: [] },
      communities: [{}],
      coauthorLinks: { source: [0, 0, 1], target: [1, 2, 2], weight },
    } as unknown as Bundle;
    const steps = linkThresholds(weight);
    expect(steps).toEqual([0, 0.4, 0.8]);
    const counts = steps.map((min) => computeVisibility(bundle, { ...DEFAULT_FILTERS, minLinkStrength: min }, 'coauthors').linkCount);
    expect(counts).toEqual([3, 2, 1]);
    // and a shared link's exact weight (link=0.666667) still keeps the link of 2/3
    expect(computeVisibility(bundle, { ...DEFAULT_FILTERS, minLinkStrength: 0.666667 }, 'coauthors').linkCount).toBe(2);
  });
});
