import { describe, expect, it } from 'vitest';
import { formatBetweenness } from '../../src/app/features/network/betweenness-text';

describe('formatBetweenness', () => {
  it('says a betweenness from 1e-9 up in six characters at most, two significant digits below 0.01', () => {
    expect(formatBetweenness(0)).toBe('0');
    expect(formatBetweenness(Number.NaN)).toBe('0');
    expect(formatBetweenness(0.5)).toBe('0.500');
    expect(formatBetweenness(0.02813)).toBe('0.028');
    expect(formatBetweenness(0.0069)).toBe('6.9e-3');
    expect(formatBetweenness(0.000058)).toBe('5.8e-5');
    expect(formatBetweenness(0.0099996)).toBe('0.010');
    expect(formatBetweenness(1.23e-9)).toBe('1.2e-9');
    for (let k = -9; k <= 0; k += 0.07) expect(formatBetweenness(10 ** k).length).toBeLessThanOrEqual(6);
  });
});
