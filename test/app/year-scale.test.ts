/**
 * The year slider's scale (src/app/features/time/year-scale.ts), an empirical CDF over the years with papers mixed
 * with an even share: on a sparse long span (test/fixtures/sparse-years-1538-2026.jsonl: two papers each in 1538,
 * 1700, 1850 and 1950, then 1990–2026 with more papers each decade) equal stretches of the slider hold about equal
 * numbers of papers and the empty centuries take no room (tester K: the papers sat in the slider's last pixels);
 * on a dense span (ACL 2016–2021) every year keeps a slot of about a sixth; thumbs, keys and typed years agree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axisYears, EVEN_SHARE, evenScale, fromPosition, pageYear, stepYear, toPosition, yearAt, yearPlace, yearScale, type YearScale } from '../../src/app/features/time/year-scale';

/** Papers per calendar year from `first` to the last year of `years` (what per-bundle's yearCounts gives). */
function perYear(years: number[]): { counts: number[]; first: number } {
  const first = Math.min(...years);
  const counts = new Array<number>(Math.max(...years) - first + 1).fill(0);
  for (const y of years) counts[y - first]!++;
  return { counts, first };
}

const SPARSE = readFileSync(path.resolve(import.meta.dirname, '../fixtures/sparse-years-1538-2026.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { year: number }).year);
const sparse = perYear(SPARSE);
const sparseScale = yearScale(sparse.counts, sparse.first)!;
/** ACL Anthology 2016–2021 (test/fixtures/acl_2016_2021_all.bib.gz): papers per year. */
const ACL = [4061, 3224, 4487, 4810, 6978, 6013];
const aclScale = yearScale(ACL, 2016)!;

/** Papers of `scale` in the years whose slots lie between positions a and b (a year cut by a or b counted in part). */
function papersBetween(scale: YearScale, a: number, b: number): number {
  return scale.counts.reduce((sum, c, k) => {
    const [lo, hi] = [scale.edges[k]!, scale.edges[k + 1]!];
    const overlap = Math.max(0, Math.min(b, hi) - Math.max(a, lo));
    return sum + (c * overlap) / (hi - lo);
  }, 0);
}

describe('the year scale (empirical CDF mixed with an even share)', () => {
  it('keeps only the years with papers, in order, with edges from 0 to 1', () => {
    expect(SPARSE).toHaveLength(204);
    expect(sparse.first).toBe(1538);
    expect(sparseScale.years.slice(0, 5)).toEqual([1538, 1700, 1850, 1950, 1990]);
    expect(sparseScale.years[sparseScale.years.length - 1]).toBe(2026);
    expect(sparseScale.years).toHaveLength(41);
    expect(sparseScale.edges).toHaveLength(42);
    expect(sparseScale.edges[0]).toBe(0);
    expect(sparseScale.edges[41]).toBe(1);
    for (let k = 1; k < sparseScale.edges.length; k++) expect(sparseScale.edges[k]!).toBeGreaterThan(sparseScale.edges[k - 1]!);
    expect(yearScale([0, 0, 0], 2000)).toBeNull();
  });

  it('with no even share is the empirical CDF: each edge the share of papers before it', () => {
    const s = yearScale([2, 0, 0, 6, 2], 2000, 0)!;
    expect(s.years).toEqual([2000, 2003, 2004]);
    expect(s.edges).toEqual([0, 0.2, 0.8, 1]);
  });

  it('gives each year its share of papers mixed with an even share', () => {
    const total = ACL.reduce((a, b) => a + b, 0);
    ACL.forEach((c, k) => expect(aclScale.edges[k + 1]! - aclScale.edges[k]!).toBeCloseTo((1 - EVEN_SHARE) * (c / total) + EVEN_SHARE / 6, 12));
  });

  it('on the sparse long span the old books take a few per cent of the slider, and equal stretches hold about equal papers', () => {
    // 1538–1950: 8 of 204 papers, under 6% of the slider (an even step per year gave them a tenth, a linear scale 93%)
    const k1990 = sparseScale.years.indexOf(1990);
    expect(sparseScale.edges[k1990]).toBeLessThan(0.06);
    // each tenth of the slider from 1990 on holds about a tenth of the papers (the even share makes the thin years
    // a little wider: within ±45% of an even tenth)
    const start = sparseScale.edges[k1990]!;
    const after = SPARSE.filter((y) => y >= 1990).length;
    for (let i = 0; i < 10; i++) {
      const a = start + ((1 - start) * i) / 10, b = start + ((1 - start) * (i + 1)) / 10;
      expect(papersBetween(sparseScale, a, b), `tenth ${i}`).toBeGreaterThan(0.55 * (after / 10));
      expect(papersBetween(sparseScale, a, b), `tenth ${i}`).toBeLessThan(1.45 * (after / 10));
    }
    // the slider's middle is near the median paper's year (2014), not the middle step of the years (2006)
    const mid = yearAt(sparseScale, 0.5);
    expect(Math.abs(mid - 2014)).toBeLessThanOrEqual(1);
    const inRange = SPARSE.filter((y) => y >= mid).length / SPARSE.length;
    expect(inRange).toBeGreaterThan(0.4);
    expect(inRange).toBeLessThan(0.6);
  });

  it('on a dense span (ACL 2016–2021) every year keeps a slot of about a sixth and is reached by the pointer', () => {
    for (let k = 0; k < 6; k++) {
      const slot = aclScale.edges[k + 1]! - aclScale.edges[k]!;
      expect(slot).toBeGreaterThan(0.1);
      expect(slot).toBeLessThan(0.25);
    }
    expect(evenScale(aclScale)).toBe(true);
    expect(axisYears(aclScale).map((l) => l.year)).toEqual([2016, 2021]);
    expect(axisYears(aclScale)[0]!.at).toBeCloseTo(aclScale.edges[1]! / 2, 12);
    // a thumb dropped anywhere in a year's slot picks that year or its neighbour, every year reachable by both thumbs
    for (let y = 2016; y <= 2021; y++) {
      expect(yearAt(aclScale, fromPosition(aclScale, y))).toBe(y);
      expect(yearAt(aclScale, toPosition(aclScale, y))).toBe(y);
    }
    // a one-year sample (the seed's kind): one slot, the whole slider
    const one = yearScale([3], 2020)!;
    expect(one.edges).toEqual([0, 1]);
    expect(yearAt(one, 0.7)).toBe(2020);
  });

  it('puts each thumb on the bar of the year it says, "from" and "to" alike: the bars from one thumb to the other are the range\'s years (inclusive)', () => {
    const s = sparseScale;
    const k = s.years.indexOf(2000);
    // the bar's place: the middle of the year's slot (the histogram's bar and the axis label are drawn there)
    const bar = (s.edges[k]! + s.edges[k + 1]!) / 2;
    expect(yearPlace(s, k)).toBe(bar);
    // a tester dragged to "2020" and saw the thumb between the 2019 and 2020 bars: the thumb was on the slot's edge
    expect(fromPosition(s, 2000)).toBe(bar);
    expect(toPosition(s, 2000)).toBe(bar);
    // a typed year without papers sits on the bar of the papers it lets in first (1600: 1700's) or last (1538's)
    expect(fromPosition(s, 1600)).toBe(yearPlace(s, 1));
    expect(toPosition(s, 1600)).toBe(yearPlace(s, 0));
    expect(fromPosition(s, 1538)).toBe(yearPlace(s, 0));
    expect(toPosition(s, 2026)).toBe(yearPlace(s, s.years.length - 1));
    // past either end: the track's end
    expect(fromPosition(s, 2030)).toBe(1);
    expect(toPosition(s, 1500)).toBe(0);
    // dragged: the year whose bar is nearest, either thumb
    const width = s.edges[k + 1]! - s.edges[k]!;
    expect(yearAt(s, bar + 0.4 * width)).toBe(2000);
    expect(yearAt(s, bar - 0.4 * width)).toBe(2000);
    expect(yearAt(s, bar + 0.6 * (width + s.edges[k + 2]! - s.edges[k + 1]!))).toBe(2001);
    expect(yearAt(s, 0)).toBe(1538);
    expect(yearAt(s, 1)).toBe(2026);
    // every year with papers: dropped on its bar, the thumb says that year and stays on that bar
    s.years.forEach((y, i) => {
      expect(yearAt(s, yearPlace(s, i))).toBe(y);
      expect(fromPosition(s, yearAt(s, yearPlace(s, i)))).toBe(yearPlace(s, i));
    });
  });

  it('steps one year with papers per arrow key and about a tenth of the papers per page key, within the span', () => {
    const s = sparseScale;
    expect(stepYear(s, 1538, 1)).toBe(1700);
    expect(stepYear(s, 1700, -1)).toBe(1538);
    expect(stepYear(s, 1950, 1)).toBe(1990);
    expect(stepYear(s, 2026, 1)).toBe(2026);
    expect(stepYear(s, 1538, -1)).toBe(1538);
    // from a typed year without papers: the next or previous year with papers
    expect(stepYear(s, 1600, 1)).toBe(1700);
    expect(stepYear(s, 1600, -1)).toBe(1538);
    expect(stepYear(s, 1960, 2)).toBe(1991);
    // a page: a tenth of the slider, at least a year
    const up = pageYear(s, 2010, 1, 'from');
    expect(fromPosition(s, up) - fromPosition(s, 2010)).toBeGreaterThan(0.07);
    expect(fromPosition(s, up) - fromPosition(s, 2010)).toBeLessThan(0.13);
    expect(pageYear(s, 2026, 1, 'to')).toBe(2026);
    expect(pageYear(s, 1538, -1, 'from')).toBe(1538);
    expect(pageYear(aclScale, 2016, 1, 'from')).toBe(2017);
  });

  it('marks runs of more than three empty years as axis breaks, and labels a sparse axis inside as well as at its ends', () => {
    expect(sparseScale.gapAfter.slice(0, 5)).toEqual([true, true, true, true, false]);
    expect(yearScale([1, 0, 0, 0, 1, 0, 0, 0, 0, 1], 2000)!.gapAfter).toEqual([false, true, false]);
    expect(evenScale(sparseScale)).toBe(false);
    const labels = axisYears(sparseScale);
    expect(labels[0]!.year).toBe(1538);
    expect(labels[labels.length - 1]!.year).toBe(2026);
    expect(labels.length).toBeGreaterThanOrEqual(4);
    // each label at its year's slot centre (under its bar), in order, apart; the inside ones among the papers
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i]!.year).toBeGreaterThan(labels[i - 1]!.year);
      expect(labels[i]!.at - labels[i - 1]!.at).toBeGreaterThanOrEqual(0.2);
    }
    for (const l of labels) {
      const k = sparseScale.years.indexOf(l.year);
      expect(l.at).toBeCloseTo((sparseScale.edges[k]! + sparseScale.edges[k + 1]!) / 2, 12);
    }
    for (const l of labels.slice(1, -1)) expect(l.year).toBeGreaterThanOrEqual(1990);
    expect(axisYears(yearScale([4], 2020)!)).toEqual([{ year: 2020, at: 0.5 }]);
  });
});
