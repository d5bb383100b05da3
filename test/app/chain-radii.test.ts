import { describe, expect, it } from 'vitest';
import { CHAIN_MIN_RADIUS, chainRadii } from '../../src/app/graph/chain-radii';

describe('chainRadii', () => {
  it('draws two of a chain\'s authors laid out 10 px apart as two discs that do not touch (Mona Diab, Kathleen McKeown, 30k map)', () => {
    const r = chainRadii([
      { x: 402, y: 117, r: 28.6 },
      { x: 397, y: 108, r: 21.5 },
      { x: 558, y: 548, r: 30 },
    ]);
    const d = Math.hypot(402 - 397, 117 - 108);
    expect(r[0]! + r[1]!).toBeLessThan(d);
    expect(Math.min(r[0]!, r[1]!)).toBeGreaterThanOrEqual(CHAIN_MIN_RADIUS);
    // far from the others: drawn at its own size
    expect(r[2]).toBe(30);
  });

  it('keeps each disc at its own size where the chain\'s authors are far apart', () => {
    expect(chainRadii([{ x: 0, y: 0, r: 8 }, { x: 100, y: 0, r: 12 }])).toEqual([8, 12]);
  });
});
