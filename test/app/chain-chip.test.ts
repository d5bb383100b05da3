/**
 * The chain chip's words (src/app/features/chain/ChainChip.tsx `chainChipWords`): the chain's two ends, "…" for the
 * authors in between, and its length in steps, as a phone user reads it over the map ("Chain: Logan Lebanoff → … →
 * Trevor Cohn · 2 steps").
 */
import { describe, expect, it } from 'vitest';
import { chainChipDoubt, chainChipWords } from '../../src/app/features/chain/ChainChip';

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

describe('chainChipDoubt', () => {
  const chain = { authors: [0, 1, 2], steps: [step(0, 1), step(1, 2)], length: 2 } as unknown as Parameters<typeof chainChipDoubt>[0];
  it('"checking names…" until the chain panel has looked at this chain (its chunk still loading, another chain\'s answer)', () => {
    expect(chainChipDoubt(chain, { chain: null, summary: null, checking: false })).toEqual({ summary: null, checking: true });
    const other = { ...chain } as typeof chain;
    expect(chainChipDoubt(chain, { chain: other, summary: 'Passes through a name that may be 2 people (Fei Liu)', checking: false })).toEqual({ summary: null, checking: true });
  });
  it('"checking names…" while a step awaits its check, then the ⚑ or nothing', () => {
    expect(chainChipDoubt(chain, { chain, summary: null, checking: true })).toEqual({ summary: null, checking: true });
    expect(chainChipDoubt(chain, { chain, summary: 'Passes through a name that may be 2 people (Fei Liu)', checking: true })).toEqual({ summary: 'Passes through a name that may be 2 people (Fei Liu)', checking: false });
    expect(chainChipDoubt(chain, { chain, summary: null, checking: false })).toEqual({ summary: null, checking: false });
  });
});
