/**
 * The year slider's scale: positions spaced by papers, not by calendar years. An empirical CDF (cumulative-count,
 * or quantile, scale) over the years that have papers: each such year gets a slot of the slider as wide as its
 * share of the papers, so a thumb moved a given distance passes about the same number of papers anywhere on the
 * slider, and a year without papers takes no room at all. The same idea as a quantile scale (d3-scale's
 * `scaleQuantile`, Hyndman & Fan's sample quantiles) or an ECDF plot's x axis turned round: position = F(year).
 *
 * A plain ECDF would leave a year with one paper among thousands a slot under a pixel wide, unreachable with the
 * pointer; so EVEN_SHARE of the slider is shared evenly between the years with papers and the rest by papers
 * (a mixture of the empirical distribution and a uniform one over those years). On a dense span (ACL 2016–2021:
 * 3,224 to 6,978 papers a year) every year's slot is then between 0.12 and 0.22 of the slider; on a sparse long
 * one (1538–2026, most papers after 1990) the old years take a few per cent instead of most of the track.
 *
 * Positions run from 0 (the first year's start) to 1 (the last year's end). Year k's slot is
 * `[edges[k], edges[k + 1]]`, and its place is the slot's middle, where the histogram draws its bar: a thumb stands
 * on the place of the year it says, the range's first year ("from") and its last ("to") alike, so the bars from the
 * one thumb to the other are the range's years (inclusive). (The thumbs stood on the slots' edges, "from" on its
 * year's left edge: dragged to "2020", the thumb rested between the 2019 and 2020 bars, a tester.) Pure functions;
 * none throws.
 */

/** The part of the slider shared evenly between the years with papers (the rest is shared by papers). */
export const EVEN_SHARE = 0.2;

/** Empty years in a row beyond which the histogram marks an axis break ("//") between the years around them. */
export const MAX_EMPTY_RUN = 3;

/** The slider's scale over the years that have papers. */
export interface YearScale {
  /** The years with at least one paper, ascending. */
  years: number[];
  /** Papers of each of `years`. */
  counts: number[];
  /** `years.length + 1` positions from 0 to 1: year k's slot is `[edges[k], edges[k + 1]]`. */
  edges: number[];
  /** `gapAfter[k]`: more than MAX_EMPTY_RUN years without a paper between `years[k]` and `years[k + 1]`. */
  gapAfter: boolean[];
}

/**
 * The scale for papers per year `counts` (index 0: year `first`, one entry per calendar year, 0 for a year without
 * papers): the years with papers, their slots (share of papers mixed with an even share, EVEN_SHARE), and the long
 * empty runs between them. Null when no year has a paper.
 */
export function yearScale(counts: readonly number[], first: number, evenShare = EVEN_SHARE): YearScale | null {
  const years: number[] = [];
  const kept: number[] = [];
  const gapAfter: boolean[] = [];
  let empty = 0;
  counts.forEach((c, i) => {
    if (!(c > 0)) {
      empty++;
      return;
    }
    if (years.length > 0) gapAfter[gapAfter.length - 1] = empty > MAX_EMPTY_RUN;
    years.push(first + i);
    kept.push(c);
    gapAfter.push(false);
    empty = 0;
  });
  const n = years.length;
  if (n === 0) return null;
  const total = kept.reduce((a, b) => a + b, 0);
  const edges = [0];
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += (1 - evenShare) * (kept[k]! / total) + evenShare / n;
    edges.push(k === n - 1 ? 1 : sum);
  }
  return { years, counts: kept, edges, gapAfter };
}

/** Index of the first year of `scale` at or after `year` (the year count when none is). */
function firstAtOrAfter(scale: YearScale, year: number): number {
  let k = 0;
  while (k < scale.years.length && scale.years[k]! < year) k++;
  return k;
}

/** Index of the last year of `scale` at or before `year` (−1 when none is). */
function lastAtOrBefore(scale: YearScale, year: number): number {
  let k = scale.years.length - 1;
  while (k >= 0 && scale.years[k]! > year) k--;
  return k;
}

/** The place of the k-th year with papers on the slider: the middle of its slot, where its bar is drawn. */
export function yearPlace(scale: YearScale, k: number): number {
  return (scale.edges[k]! + scale.edges[k + 1]!) / 2;
}

/**
 * Where the range's first year `year` puts the "from" thumb: on the bar of the first year with papers at or after it
 * (a typed year without papers, 1600, sits on the bar of the papers it lets in first). 1 past the last year.
 */
export function fromPosition(scale: YearScale, year: number): number {
  const k = firstAtOrAfter(scale, year);
  return k < scale.years.length ? yearPlace(scale, k) : 1;
}

/**
 * Where the range's last year `year` puts the "to" thumb: on the bar of the last year with papers at or before it.
 * 0 before the first year.
 */
export function toPosition(scale: YearScale, year: number): number {
  const k = lastAtOrBefore(scale, year);
  return k >= 0 ? yearPlace(scale, k) : 0;
}

/**
 * The year a thumb dragged to `position` (0–1) picks, either thumb: the year whose bar is nearest (the earlier one on a
 * tie); the thumb then stands on that bar.
 */
export function yearAt(scale: YearScale, position: number): number {
  let best = 0;
  for (let k = 1; k < scale.years.length; k++) if (Math.abs(yearPlace(scale, k) - position) < Math.abs(yearPlace(scale, best) - position)) best = k;
  return scale.years[best]!;
}

/**
 * The year with papers `steps` steps from `year` (an arrow key: ±1), kept within the scale's years. From a year
 * without papers, one step up is the next year with papers and one step down the previous one.
 */
export function stepYear(scale: YearScale, year: number, steps: number): number {
  const { years } = scale;
  if (steps === 0) return year;
  const at = years.indexOf(year);
  const k = at >= 0 ? at + steps : steps > 0 ? firstAtOrAfter(scale, year) + steps - 1 : lastAtOrBefore(scale, year) + steps + 1;
  return years[Math.max(0, Math.min(years.length - 1, k))]!;
}

/**
 * The year a page key moves to from `year`: about `share` of the slider (a tenth: as many papers) away, at least
 * one year with papers. `end`: which thumb moves (a year without papers stands where that end puts it).
 */
export function pageYear(scale: YearScale, year: number, direction: 1 | -1, end: 'from' | 'to', share = 0.1): number {
  const at = end === 'from' ? fromPosition(scale, year) : toPosition(scale, year);
  const target = Math.max(0, Math.min(1, at + direction * share));
  const picked = yearAt(scale, target);
  const step = stepYear(scale, year, direction);
  return direction > 0 ? Math.max(picked, step) : Math.min(picked, step);
}

/**
 * Whether the slider's scale reads as even: every year of the span has papers, and each year's slot is within half
 * an even split of one (ACL 2016–2021); then the ends alone label it and no note says it is spaced by papers.
 */
export function evenScale(scale: YearScale): boolean {
  const { years, edges } = scale;
  const n = years.length;
  return years[n - 1]! - years[0]! + 1 === n && edges.every((e, k) => k === 0 || Math.abs(e - edges[k - 1]! - 1 / n) <= 0.5 / n);
}

/**
 * The years written under the slider, each centred under its year's bar (the middle of its slot), as a share of
 * the slider: its first and last year, and where the scale is far from even (a long sparse span) the years at a
 * quarter, half and three quarters of the slider, so the spacing by papers can be read (1538 · 2003 · 2013 · 2020 ·
 * 2026); none closer than 0.2 to another.
 */
export function axisYears(scale: YearScale): { year: number; at: number }[] {
  const { years, edges } = scale;
  const n = years.length;
  const centre = (k: number) => yearPlace(scale, k);
  const first = { year: years[0]!, at: centre(0) };
  if (n === 1) return [first];
  const last = { year: years[n - 1]!, at: centre(n - 1) };
  const out = [first];
  if (!evenScale(scale))
    for (const q of [0.25, 0.5, 0.75]) {
      const k = Math.max(0, edges.findIndex((e) => e > q) - 1);
      const at = centre(k);
      if (k > 0 && k < n - 1 && [...out, last].every((o) => Math.abs(o.at - at) >= 0.2)) out.push({ year: years[k]!, at });
    }
  out.push(last);
  return out;
}
