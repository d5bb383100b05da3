import { describe, expect, it } from 'vitest';
import { searchPlaceholders, searchScope, statsLineWords } from '../../src/app/stats-line';
import { filterPanel, filterWords } from '../../src/app/panels/FilterChip';
import type { Bundle } from '../../src/core/bundle/types';

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
  it('names the venue whole in its hover text (its line may shorten it)', () => {
    const findings = statsLineWords(sizes, { authors: 1724, papers: 447, years: [2020, 2020], where: '2020 at “Findings of the Association…: EMNLP 2020”', whereWhole: 'Findings of the Association for Computational Linguistics: EMNLP 2020' });
    expect(findings.text).toBe('1,724 of 36,784 authors in 2020 at “Findings of the Association…: EMNLP 2020”');
    expect(findings.title).toBe('1,724 of 36,784 authors · 447 of 29,546 papers in 2020 at Findings of the Association for Computational Linguistics: EMNLP 2020, under the filters set');
  });
  it('says the venues chosen, with the year range, even when every author is left', () => {
    expect(statsLineWords(sizes, { authors: 2510, papers: 778, years: null, where: '“Proceedings of the 58th Annual Meeting…”' }).text).toBe('2,510 of 36,784 authors in “Proceedings of the 58th Annual Meeting…”');
    expect(statsLineWords(sizes, { authors: 900, papers: null, years: [2020, 2020], where: '2020 at 3 venues' }).text).toBe('900 of 36,784 authors in 2020 at 3 venues');
    expect(statsLineWords(sizes, { authors: 36784, papers: null, years: null, where: '2 venues' }).text).toBe('36,784 of 36,784 authors in 2 venues');
  });
});

describe('the map chip on narrow screens', () => {
  const bundle = { communities: [], venues: ['Proceedings of the 58th Annual Meeting of the ACL', 'Harbour Conference'], papers: { venue: [0, 1, null], year: [2020, 2020, 2020] } as unknown as Bundle['papers'] };
  const off = { hiddenCommunities: new Set<number>(), minPapers: 1, showPapers: true, years: null, venues: null, minLinkStrength: 0, hideUnlinked: false, ego: null };
  it('names one venue (whole when it fits: "58th Annual Meeting of the ACL", not "58th Annual Meeting…") or counts several, after the years, and says none when none is on', () => {
    expect(filterWords(off, bundle, 'papers')).toEqual([]);
    expect(filterWords({ ...off, venues: [1] }, bundle, 'papers')).toEqual(['Harbour Conference only']);
    expect(filterWords({ ...off, venues: [0] }, bundle, 'papers')).toEqual(['58th Annual Meeting of the ACL only']);
    expect(filterWords({ ...off, years: [2020, 2020], venues: [0, 1, -1] }, bundle, 'papers')).toEqual(['2020 only', '3 venues']);
    expect(filterWords({ ...off, venues: [-1] }, bundle, 'papers')).toEqual(['no venue given only']);
  });
  it("a tap on its words opens the panel of the first filter they name", () => {
    const two = { communities: [{}, {}] } as unknown as Pick<Bundle, 'communities'>;
    expect(filterPanel({ ...off, years: [2020, 2020], minPapers: 3 }, two, 'papers')).toBe('time-panel');
    expect(filterPanel({ ...off, venues: [1], minPapers: 3 }, two, 'papers')).toBe('venue-panel');
    expect(filterPanel({ ...off, hiddenCommunities: new Set([1]), minPapers: 3 }, two, 'papers')).toBe('communities-panel');
    expect(filterPanel({ ...off, minPapers: 3 }, two, 'papers')).toBe('filters-panel');
    expect(filterPanel({ ...off, minLinkStrength: 0.5 }, two, 'coauthors')).toBe('network-panel');
    expect(filterPanel({ ...off, hideUnlinked: true }, two, 'coauthors')).toBe('network-panel');
    expect(filterPanel(off, two, 'papers')).toBe('filters-panel');
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
