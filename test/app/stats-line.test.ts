import { describe, expect, it } from 'vitest';
import { statsLineWords } from '../../src/app/stats-line';

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
