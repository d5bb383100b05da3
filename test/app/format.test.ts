/** Counts in the explorer read as English: "1 community", "2,400 communities" (the tester saw "1 communities"). */
import { describe, expect, it } from 'vitest';
import { communityName, countOf } from '../../src/app/format';

describe('countOf', () => {
  it.each([
    [1, 'community', '1 community'],
    [2400, 'community', '2,400 communities'],
    [1, 'paper', '1 paper'],
    [0, 'author', '0 authors'],
    [3, 'co-author', '3 co-authors'],
  ])('%d %s', (x, noun, text) => expect(countOf(x, noun)).toBe(text));
});

describe('communityName of a community named after its members', () => {
  it('says "Cluster of …" where the build found no title words (a bare list of names read as a paper\'s authors)', () => {
    expect(communityName({ label: 'A. B. Castellanos, J. K. Hult', terms: [] }, 0)).toBe('Cluster of A. B. Castellanos, J. K. Hult');
    expect(communityName({ label: 'lichen cover · north-facing granite', terms: ['lichen cover', 'north-facing granite'] }, 0)).toBe('lichen cover · north-facing granite');
    expect(communityName({ label: '', terms: [] }, 2)).toBe('Community 3');
  });
});
