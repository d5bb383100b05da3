/**
 * The filters an Apply carries to the rebuilt map (features/whoiswho/filters-across.ts): people found again by name or
 * as a spelling of a kept name, hidden communities found again by their authors though numbered anew. Invented names.
 */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle/types';
import { hiddenCommunitiesIn, samePersonIn, settingsAcross } from '../../src/app/features/whoiswho/filters-across';
import { DEFAULT_FILTERS } from '../../src/app/graph/visibility';

/** A bundle of just the columns these read: names, spellings, communities. */
const map = (names: string[], community: number[], aliases: string[][] = names.map(() => [])) =>
  ({ authors: { name: names, aliases, community }, communities: [...new Set(community)].map(() => ({})) }) as unknown as Bundle;

const before = map(['Ana Rel', 'Ana Reil', 'Bo Tam', 'Cy Oru', 'Di Fen'], [0, 0, 1, 1, 2]);
// "Ana Reil" merged into "Ana Rel"; communities numbered anew (the old 1 is now 0, the old 0 is 2)
const after = map(['Ana Rel', 'Bo Tam', 'Cy Oru', 'Di Fen'], [2, 0, 0, 1], [['Ana Reil'], [], [], []]);

describe('filters across an Apply', () => {
  it('finds a person by name, or as a spelling of the name kept', () => {
    expect(samePersonIn(before, 2, after)).toBe(1);
    expect(samePersonIn(before, 1, after)).toBe(0);
    expect(samePersonIn(map(['Ed Zo'], [0]), 0, after)).toBe(-1);
  });
  it('hides the communities whose authors were mostly hidden, whatever their new numbers', () => {
    expect(hiddenCommunitiesIn(before, new Set([1]), after)).toEqual([0]);
    expect(hiddenCommunitiesIn(before, new Set([0, 2]), after)).toEqual([1, 2]);
    expect(hiddenCommunitiesIn(before, new Set(), after)).toEqual([]);
  });
  it('keeps the other filters and the ego view on the same person', () => {
    const s = settingsAcross(before, after, { filters: { ...DEFAULT_FILTERS, minPapers: 3, years: [2019, 2020], ego: { author: 1, steps: 2 }, hiddenCommunities: new Set([1]) }, sizeBy: 'degree', colorBy: 'year' });
    expect(s.filters).toMatchObject({ minPapers: 3, years: [2019, 2020], ego: { author: 0, steps: 2 } });
    expect(s.communities).toEqual({ hide: [0] });
    expect([s.sizeBy, s.colorBy]).toEqual(['degree', 'year']);
  });
});
