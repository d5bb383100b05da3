import { describe, expect, it } from 'vitest';
import { formatBetweenness } from '../../src/app/format';

describe('formatBetweenness', () => {
  it('says every betweenness in one fixed format, per cent with two decimals (the heading says %), never in e-notation', () => {
    expect(formatBetweenness(0)).toBe('0');
    expect(formatBetweenness(Number.NaN)).toBe('0');
    expect(formatBetweenness(0.5)).toBe('50.00');
    // the tester's pair: "0.028" next to "6.9e-3"
    expect(formatBetweenness(0.02813)).toBe('2.81');
    expect(formatBetweenness(0.0069)).toBe('0.69');
    expect(formatBetweenness(0.000058)).toBe('0.01');
    expect(formatBetweenness(0.0099996)).toBe('1.00');
    expect(formatBetweenness(1.23e-9)).toBe('<0.01');
    for (let k = -9; k <= -1e-9; k += 0.07) {
      const s = formatBetweenness(10 ** k);
      expect(s).toMatch(/^(<0\.01|\d+\.\d\d)$/);
      expect(s.length).toBeLessThanOrEqual(5);
    }
  });
});
