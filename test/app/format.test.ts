/** Counts in the explorer read as English: "1 community", "2,400 communities" (the tester saw "1 communities"). */
import { describe, expect, it } from 'vitest';
import { communityName, countOf, viewTitle } from '../../src/app/format';

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

/** The tab's and a shared link's title name the open card's subject (a tester: a link titled by the map alone). */
describe('viewTitle', () => {
  const bundle = {
    authors: { name: ['Ada Quenby', 'Ole Rask'] },
    papers: { title: ['Lichen on granite', 'A'.repeat(120)] },
    communities: [{ label: 'lichen cover · granite', terms: ['lichen cover', 'granite'] }],
  };
  it('names the author, paper or community whose card is open, then the map', () => {
    expect(viewTitle('My lab', bundle, { kind: 'author', index: 1 })).toBe('Ole Rask · My lab — Coauthor Atlas');
    expect(viewTitle('My lab', bundle, { kind: 'paper', index: 0 })).toBe('Lichen on granite · My lab — Coauthor Atlas');
    expect(viewTitle('My lab', bundle, { kind: 'community', id: 0 })).toBe('lichen cover · granite · My lab — Coauthor Atlas');
  });
  it('cuts a long title, and says the map alone with no card or another kind of card', () => {
    expect(viewTitle('My lab', bundle, { kind: 'paper', index: 1 })).toBe(`${'A'.repeat(79)}… · My lab — Coauthor Atlas`);
    expect(viewTitle('My lab', bundle, null)).toBe('My lab — Coauthor Atlas');
    expect(viewTitle('My lab', bundle, { kind: 'review' })).toBe('My lab — Coauthor Atlas');
    expect(viewTitle(null, null, null)).toBe('Coauthor Atlas');
  });
});
