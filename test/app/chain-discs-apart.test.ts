/**
 * Whether a chain's authors are drawn as discs apart from each other (src/app/graph/chain-radii.ts
 * `chainDiscsApart`): the test the camera uses to keep a whole chain in view for a selected author of it, or fall back
 * to the author's neighbourhood on the chain when the chain fits only so wide that two of its authors are one blot.
 */
import { describe, expect, it } from 'vitest';
import { CHAIN_MIN_RADIUS, chainDiscsApart } from '../../src/app/graph/chain-radii';

describe('chainDiscsApart', () => {
  it('holds for discs far apart, and for two close ones the chain overlay shrinks to fit', () => {
    expect(chainDiscsApart([{ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 10 }])).toBe(true);
    // 12 px apart: each drawn at 0.42 × 12 ≈ 5 px, so they do not touch
    expect(chainDiscsApart([{ x: 0, y: 0, r: 10 }, { x: 12, y: 0, r: 10 }, { x: 200, y: 0, r: 4 }])).toBe(true);
  });

  it('fails where two lie closer than the least radius allows (drawn as one blot)', () => {
    const d = CHAIN_MIN_RADIUS * 2 - 1;
    expect(chainDiscsApart([{ x: 0, y: 0, r: 10 }, { x: d, y: 0, r: 10 }, { x: 300, y: 0, r: 10 }])).toBe(false);
    expect(chainDiscsApart([{ x: 5, y: 5, r: 6 }, { x: 5, y: 5, r: 6 }])).toBe(false);
  });

  it('holds for one author or none', () => {
    expect(chainDiscsApart([])).toBe(true);
    expect(chainDiscsApart([{ x: 0, y: 0, r: 3 }])).toBe(true);
  });
});
