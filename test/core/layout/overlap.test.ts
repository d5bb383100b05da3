import { describe, expect, it } from 'vitest';
import { removeOverlaps } from '../../../src/core/layout/overlap';
import { PAPER_RADIUS, authorRadius } from '../../../src/core/layout/node-size';
import { mulberry32 } from '../../../src/core/util/random';
import { aclMain } from '../helpers';

/** Closest approach of any two discs: min over pairs of (distance - r_i - r_j), by a sweep along x. */
function smallestGap(xs: ArrayLike<number>, ys: ArrayLike<number>, rs: ArrayLike<number>): number {
  const order = Array.from({ length: xs.length }, (_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  let maxR = 0;
  for (let i = 0; i < rs.length; i++) maxR = Math.max(maxR, rs[i]!);
  let gap = Infinity;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    // a pair further apart in x than both radii plus the gap found so far cannot be closer
    for (let l = k + 1; l < order.length && xs[order[l]!]! - xs[i]! <= rs[i]! + maxR + Math.max(gap, 0); l++) {
      const j = order[l]!;
      gap = Math.min(gap, Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) - rs[i]! - rs[j]!);
    }
  }
  return gap;
}

/** 600 discs of very different sizes (a few community-sized ones among many small), packed in a small square. */
function crowd() {
  const rng = mulberry32(7);
  const n = 600;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const rs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = rng() * 200;
    ys[i] = rng() * 200;
    rs[i] = i % 100 === 0 ? 30 + rng() * 20 : 1 + rng() * 3;
  }
  return { xs, ys, rs };
}

describe('removeOverlaps', () => {
  it('leaves every gap at least the margin less the tolerance, in fewer passes than a whole margin takes', () => {
    const strict = crowd();
    const strictPasses = removeOverlaps(strict.xs, strict.ys, strict.rs, 4, 300, 0.7);
    const tolerant = crowd();
    const tolerantPasses = removeOverlaps(tolerant.xs, tolerant.ys, tolerant.rs, 4, 300, 0.7, 2);
    expect(tolerantPasses).toBeLessThan(300);
    expect(tolerantPasses).toBeLessThan(strictPasses);
    expect(smallestGap(tolerant.xs, tolerant.ys, tolerant.rs)).toBeGreaterThanOrEqual(4 - 2 - 1e-6);
    if (strictPasses < 300) expect(smallestGap(strict.xs, strict.ys, strict.rs)).toBeGreaterThanOrEqual(4 - 1e-6);
  });
});

describe('the layout of acl_2020_main (3k papers)', () => {
  it('keeps every two nodes apart, and its quality at least as good as with the authorship-weighted placement (0.0319; 0.0335 before the overlap tolerances, 0.0329 before the weighting)', () => {
    const { bundle, report } = aclMain();
    const xs = [...bundle.authors.x, ...bundle.papers.x];
    const ys = [...bundle.authors.y, ...bundle.papers.y];
    const rs = [...bundle.authors.paperCount.map((c) => authorRadius(c)), ...bundle.papers.x.map(() => PAPER_RADIUS)];
    // bundle coordinates are rounded; allow that rounding
    expect(smallestGap(xs, ys, rs)).toBeGreaterThan(-0.05);
    expect(report.layoutQuality).toBeLessThanOrEqual(0.0322);
  });
});
