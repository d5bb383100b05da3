/**
 * The card of a person a split made ("Jialiang Wang (2)" after the seed's Jialiang Wang is split into the people the
 * check suggests) says it is part of that split, in its own words (split-part-words.ts `splitPartDone`): it said the
 * split as the name's own card says it, never that it was this person's part of it (a tester).
 */
import { describe, expect, it } from 'vitest';
import { splitPartDone } from '../../src/app/features/whoiswho/split-part-words';

const lines = [
  { variant: 'Jialiang Wang', canonical: 'Jialiang Wang (2)', paper: 'p1' },
  { variant: 'Jialiang Wang', canonical: 'Jialiang Wang (2)', paper: 'p2' },
  { variant: 'Jialiang Wang', canonical: 'Jialiang Wang (3)', paper: 'p3' },
  { variant: 'Jialiang Wang', canonical: 'Jialiang Wang (4)', paper: 'p4' },
];
const split = { name: 'Jialiang Wang', into: ['Jialiang Wang (2)', 'Jialiang Wang (3)', 'Jialiang Wang (4)'], lines };

describe("a split person's card", () => {
  it('says the person is part of a split: their papers, of which name, among how many people', () => {
    expect(splitPartDone(split, 'Jialiang Wang (2)')).toBe('Part of a split: 2 papers of “Jialiang Wang” went to this person, one of the 4 people “Jialiang Wang” is split into');
    expect(splitPartDone(split, 'Jialiang Wang (4)')).toBe('Part of a split: 1 paper of “Jialiang Wang” went to this person, one of the 4 people “Jialiang Wang” is split into');
  });
});
