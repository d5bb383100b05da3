import { describe, expect, it } from 'vitest';
import { searchPlaceholders, searchScope, statsLineWords } from '../../src/app/stats-line';

const sizes = { authors: 36784, papers: 29546, communities: 2060 };

describe('the top bar count', () => {
  it('says the whole map when nothing is hidden', () => {
    expect(statsLineWords(sizes, { authors: 36784, papers: 29546, years: null })).toEqual({ text: '36,784 authors · 29,546 papers · 2,060 communities', title: null });
  });
  it('counts the authors shown under the least number of papers, as under a year range', () => {
    const min = statsLineWords(sizes, { authors: 2065, papers: 20843, years: null });
    expect(min.text).toBe('2,065 of 36,784 authors shown');
    expect(min.title).toBe('2,065 of 36,784 authors · 20,843 of 29,546 papers shown, under the filters set');
    expect(statsLineWords(sizes, { authors: 1200, papers: null, years: [2020, 2021] }).text).toBe('1,200 of 36,784 authors in 2020–2021');
    expect(statsLineWords(sizes, { authors: 15600, papers: null, years: [2020, 2020] }).text).toBe('15,600 of 36,784 authors in 2020');
  });
});

describe('the search box placeholder', () => {
  it('says the whole map with nothing hidden, and before the visibility is worked out', () => {
    expect(searchPlaceholders(sizes, searchScope(sizes, null))[0]).toBe('Search 36,784 authors and 29,546 papers');
    expect(searchPlaceholders(sizes, searchScope(sizes, { authorCount: 36784, paperCount: 29546 }))[0]).toBe('Search 36,784 authors and 29,546 papers');
  });
  it('counts what search looks through under the filters (the authors and papers they leave)', () => {
    const list = searchPlaceholders(sizes, searchScope(sizes, { authorCount: 5271, paperCount: 20843 }));
    expect(list[0]).toBe('Search 5,271 authors and 20,843 papers shown');
    expect(list[1]).toBe('Search 5,271 authors, 20,843 papers shown');
    expect(list.at(-1)).toBe('Search');
  });
  it('in the co-author view, which draws no paper, says the papers searched are the shown authors\' (not "papers shown")', () => {
    const list = searchPlaceholders(sizes, searchScope(sizes, { authorCount: 765, paperCount: 942 }), false);
    expect(list[0]).toBe('Search 765 authors shown and their 942 papers');
    expect(list.join(' | ')).not.toContain('papers shown');
    // nothing hidden: the whole map's counts, as in the papers view
    expect(searchPlaceholders(sizes, searchScope(sizes, { authorCount: 36784, paperCount: 29546 }), false)[0]).toBe('Search 36,784 authors and 29,546 papers');
  });
  it('says no papers when none is left to search (paper nodes off)', () => {
    expect(searchPlaceholders(sizes, searchScope(sizes, { authorCount: 15600, paperCount: 0 }))).toEqual(['Search 15,600 authors shown', 'Search authors', 'Search']);
  });
});
