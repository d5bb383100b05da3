/** Sigma's margin around the whole map by the canvas's shape (graph/stage-padding.ts). */
import { describe, expect, it } from 'vitest';
import { STAGE_PADDING, stagePaddingFor, TALL_STAGE_PADDING } from '../../src/app/graph/stage-padding';

describe('stagePaddingFor', () => {
  it("a phone's tall canvas keeps a small margin; a desktop's, a square one's and a phone turned keep the legend's", () => {
    expect(stagePaddingFor(390, 746)).toBe(TALL_STAGE_PADDING);
    expect(stagePaddingFor(1150, 846)).toBe(STAGE_PADDING);
    expect(stagePaddingFor(700, 740)).toBe(STAGE_PADDING);
    expect(stagePaddingFor(844, 290)).toBe(STAGE_PADDING);
    // the map's square ends STAGE_PADDING above the bottom exactly at the threshold
    const [w, h] = [500, 500 + 2 * (STAGE_PADDING - TALL_STAGE_PADDING)];
    expect(stagePaddingFor(w, h)).toBe(TALL_STAGE_PADDING);
    expect(h / 2 + (w - 2 * TALL_STAGE_PADDING) / 2).toBeLessThanOrEqual(h - STAGE_PADDING);
  });
});
