import { describe, expect, it } from 'vitest';
import { chanceIn100 } from '../../../src/core/text/chance';

describe('chanceIn100: a probability as the evidence says it', () => {
  it('says a rounded figure between 1 and 99 as "about N in 100"', () => {
    expect(chanceIn100(0.37)).toBe('about 37 in 100');
    expect(chanceIn100(0.005)).toBe('about 1 in 100');
    expect(chanceIn100(0.994)).toBe('about 99 in 100');
  });
  it('never says "about 0 in 100" or "about 100 in 100": a bound instead', () => {
    expect(chanceIn100(0.004)).toBe('less than 1 in 100');
    expect(chanceIn100(0)).toBe('less than 1 in 100');
    expect(chanceIn100(0.996)).toBe('more than 99 in 100');
    expect(chanceIn100(1.2)).toBe('more than 99 in 100');
  });
});
