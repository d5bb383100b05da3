import { describe, expect, it } from 'vitest';
import { SEED_PATH, buildFiles, buildText } from '../helpers';
import { NO_YEAR_COLOUR, authorYearColours, meanAuthorYears, yearScale } from '../../../src/core/queries/year-colours';

const jsonl = (rows: { title: string; authors: string[]; year: number | null }[]) =>
  rows.map((r, i) => JSON.stringify({ id: `p${i}`, title: r.title, authors: r.authors, year: r.year, venue: null, doi: null, abstract: null })).join('\n');

describe('colour by year', () => {
  const { bundle } = buildText(
    'years.jsonl',
    jsonl([
      { title: 'Old', authors: ['Ann Old', 'Bob Both'], year: 2016 },
      { title: 'New', authors: ['Cy New', 'Bob Both'], year: 2021 },
      { title: 'Newer', authors: ['Cy New', 'Dee Undated'], year: 2021 },
      { title: 'Undated', authors: ['Dee Undated', 'Eve None'], year: null },
    ]),
  );
  const id = (name: string) => bundle.authors.name.indexOf(name);

  it('each author gets the mean year of their dated papers, or none', () => {
    const years = meanAuthorYears(bundle);
    expect(years[id('Ann Old')]).toBe(2016);
    expect(years[id('Bob Both')]).toBe(2018.5);
    expect(years[id('Cy New')]).toBe(2021);
    expect(years[id('Dee Undated')]).toBe(2021);
    expect(years[id('Eve None')]).toBeNull();
  });

  it('the scale runs from the earliest to the latest year, dark to light, with legend stops', () => {
    const { colours, scale } = authorYearColours(bundle);
    expect(scale.min).toBe(2016);
    expect(scale.max).toBe(2021);
    expect(scale.stops.map((s) => s.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
    expect(scale.stops[0]!.colour).toBe(colours[id('Ann Old')]);
    expect(scale.stops.at(-1)!.colour).toBe(colours[id('Cy New')]);
    expect(colours[id('Eve None')]).toBe(NO_YEAR_COLOUR);
    const lightness = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    const ls = scale.stops.map((s) => lightness(s.colour));
    expect(ls.every((l, i) => i === 0 || l > ls[i - 1]!)).toBe(true);
    expect(scale.colour(1990)).toBe(scale.colour(2016));
  });

  it('a list without years gets no scale (the seed has none)', () => {
    const seed = buildFiles([SEED_PATH]).bundle;
    const scale = yearScale(seed);
    expect(scale.min).toBeNull();
    expect(scale.stops).toEqual([]);
    expect(authorYearColours(seed).colours.every((c) => c === NO_YEAR_COLOUR)).toBe(true);
  });
});
