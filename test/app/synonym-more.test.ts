/**
 * The author card's "N more in the review list" (src/app/features/whoiswho/more-place.ts `morePlace`, used by SynonymSection.tsx): it
 * opens the review list at the first pair the card left out, not at the list's top.
 */
import { describe, expect, it } from 'vitest';
import { morePlace } from '../../src/app/features/whoiswho/more-place';

describe('morePlace', () => {
  // "Wren Halloway" (author 7) may be the same person as five others; the card shows three
  const mine = [
    { keep: 7, merge: 21 },
    { keep: 30, merge: 7 },
    { keep: 7, merge: 44 },
    { keep: 7, merge: 52 },
    { keep: 61, merge: 7 },
  ];

  it('is the fourth of the author’s pairs, as the suggestion says it (the name kept, then the one merged)', () => {
    expect(morePlace(mine)).toEqual({ a: 7, b: 52 });
    expect(morePlace([mine[1]!, mine[2]!, mine[0]!, mine[4]!])).toEqual({ a: 61, b: 7 });
  });

  it('says so when the card left nothing out', () => {
    expect(() => morePlace(mine.slice(0, 3))).toThrow(/3 suggestions, none left out/);
  });
});
