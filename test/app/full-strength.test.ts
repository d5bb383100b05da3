import { describe, expect, it } from 'vitest';
import { fullCountingStrength } from '../../src/app/features/network/full-strength';
import { columnsFor, shownSort } from '../../src/app/features/network/rankings-columns';
import { FULL_STRENGTH_TITLE } from '../../src/app/features/network/strength-text';
import { sliceOf } from '../../src/core/queries/time-slice';
import { buildFiles, fixture } from '../core/helpers';

/**
 * With fractional counting an author's total link strength is their number of papers with co-authors (by definition),
 * so the Rankings show the full-counting total link strength beside it: the figure a `--counting full` build gives.
 */
describe('Rankings: a fractional map\'s total link strength under full counting', () => {
  const file = [fixture('geom.bib')];
  const frac = buildFiles(file, { maxAuthors: 6 }).bundle;
  const full = buildFiles(file, { counting: 'full', maxAuthors: 6 }).bundle;
  const byName = (names: string[], values: ArrayLike<number>) => new Map(names.map((n, i) => [n, Math.round(values[i]! * 1e6) / 1e6]));

  it('the fractional column is the papers with co-authors; the full-counting one equals a full-counting build\'s, author by author', () => {
    expect(frac.options.counting).toBe('fractional');
    expect(frac.coauthorLinks.source.length).toBeGreaterThan(10);
    expect(byName(frac.authors.name, fullCountingStrength(frac, null))).toEqual(byName(full.authors.name, full.authors.weightedDegree));
    // and it says something the fractional one does not: some authors differ
    const f = fullCountingStrength(frac, null);
    expect(frac.authors.weightedDegree.some((w, i) => Math.abs(w - f[i]!) > 1e-6)).toBe(true);
  });

  it('under a year range: the range\'s papers only, as the full-counting build\'s slice', () => {
    const years = frac.papers.year.filter((y): y is number => y !== null).sort((a, b) => a - b);
    const range: [number, number] = [years[0]!, years[Math.floor(years.length / 2)]!];
    const a = sliceOf(frac, range, null)!;
    const b = sliceOf(full, range, null)!;
    expect(byName(frac.authors.name, fullCountingStrength(frac, a))).toEqual(byName(full.authors.name, b.strength));
  });

  it('the column is there only on a fractional map, its tooltip saying what it is', () => {
    expect(columnsFor('fractional').map((c) => c.label)).toContain('Total link strength (full counting)');
    expect(columnsFor('full').map((c) => c.label)).not.toContain('Total link strength (full counting)');
    // the fractional map's own column says why it is close to Papers (a tester read it as a copy of Papers)
    expect(columnsFor('fractional').find((c) => c.key === 'strength')!.title).toMatch(/equals the author’s papers with co-authors/);
    expect(columnsFor('full').find((c) => c.key === 'strength')!.title).not.toMatch(/papers with co-authors/);
    expect(columnsFor('fractional').find((c) => c.key === 'fullStrength')!.title).toBe(FULL_STRENGTH_TITLE);
    expect(FULL_STRENGTH_TITLE).toMatch(/^Total link strength under full counting: each paper adds 1 per co-author/);
  });
});

describe('Rankings: a sort by a column this map has not is replaced, and said', () => {
  it('sorted by "Total link strength (full counting)" on a fractional map, then a full-counting map: sorted by its total link strength, which is that figure', () => {
    const asked = { by: 'fullStrength' as const, desc: false };
    expect(shownSort(asked, columnsFor('fractional'))).toEqual({ sort: asked, replaced: null });
    const onFull = shownSort(asked, columnsFor('full'));
    expect(onFull.sort).toEqual({ by: 'strength', desc: false });
    expect(onFull.replaced).toBe('Sorted by Total link strength: with full counting (this map’s) it is the “Total link strength (full counting)” you chose on another map.');
    // the order shown is always one of the map's columns
    for (const counting of ['fractional', 'full'] as const) {
      for (const c of columnsFor('fractional')) {
        const shown = shownSort({ by: c.key, desc: true }, columnsFor(counting)).sort.by;
        expect(columnsFor(counting).map((k) => k.key)).toContain(shown);
      }
    }
  });

  it('another column not shown: papers, most first, said', () => {
    const noBetweenness = columnsFor('full').filter((c) => c.key !== 'betweenness');
    expect(shownSort({ by: 'betweenness', desc: false }, noBetweenness)).toEqual({ sort: { by: 'papers', desc: true }, replaced: 'Sorted by Papers: this map has no “Betweenness %” column.' });
  });
});
