/**
 * The chain chip's words (src/app/features/chain/ChainChip.tsx `chainChipWords`): the chain's two ends, "…" for the
 * authors in between, and its length in steps, as a phone user reads it over the map ("Chain: Logan Lebanoff → … →
 * Trevor Cohn · 2 steps").
 */
import { describe, expect, it } from 'vitest';
import { chainChipWords } from '../../src/app/features/chain/ChainChip';

const names = ['Logan Lebanoff', 'Fei Liu', 'Trevor Cohn', 'Ching-Yao Chung'];
const step = (from: number, to: number) => ({ from, to, paper: 0, sharedCount: 1 });

describe('chainChipWords', () => {
  it('names the two ends and counts the steps, the authors in between as "…"', () => {
    expect(chainChipWords({ authors: [0, 1, 2], steps: [step(0, 1), step(1, 2)] }, names)).toEqual({ first: 'Logan Lebanoff', last: 'Trevor Cohn', between: true, length: '2 steps' });
  });

  it('two direct co-authors: no "…", one step', () => {
    expect(chainChipWords({ authors: [3, 1], steps: [step(3, 1)] }, names)).toEqual({ first: 'Ching-Yao Chung', last: 'Fei Liu', between: false, length: '1 step' });
  });
});
