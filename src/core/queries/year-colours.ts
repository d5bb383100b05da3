/**
 * Colour by year: each author's mean publication year on a sequential scale (viridis: dark purple =
 * earliest, yellow = latest; perceptually even and readable by colour-blind people), with legend stops.
 */
import { scaleSequential } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { Bundle } from '../bundle/types';
import { paperYearRange } from '../bundle/years';

export { paperYearRange };
import { authorPaperIndex, row } from '../bundle/indices';

/** Colour for authors none of whose papers has a year. */
export const NO_YEAR_COLOUR = '#9e9e9e';

/** Mean year of each author's papers that have a year; null when none has. */
export function meanAuthorYears(bundle: Bundle): (number | null)[] {
  const index = authorPaperIndex(bundle);
  const years = bundle.papers.year;
  return bundle.authors.name.map((_, a) => {
    let sum = 0;
    let n = 0;
    for (const p of row(index, a)) {
      const y = years[p];
      if (y == null) continue;
      sum += y;
      n++;
    }
    return n ? sum / n : null;
  });
}

export interface YearScale {
  /** Earliest and latest paper year in the bundle (null when no paper has a year). */
  min: number | null;
  max: number | null;
  /** Colour of a (possibly fractional) year; years outside [min, max] are clamped. */
  colour: (year: number | null) => string;
  /** Legend: up to six whole years from min to max with their colours. */
  stops: { year: number; colour: string }[];
}

/** The sequential scale over the bundle's paper years (d3-scale's scaleSequential, clamped; one year: the middle colour). */
export function yearScale(bundle: Bundle): YearScale {
  const range = paperYearRange(bundle);
  if (range === null) return { min: null, max: null, colour: () => NO_YEAR_COLOUR, stops: [] };
  const [min, max] = range;
  const span = max - min;
  const scale = scaleSequential(interpolateViridis).domain([min, max]).clamp(true);
  const colour = (year: number | null) => (year == null || Number.isNaN(year) ? NO_YEAR_COLOUR : scale(year));
  const stopCount = Math.min(6, span + 1);
  const stops: { year: number; colour: string }[] = [];
  for (let i = 0; i < stopCount; i++) {
    const year = stopCount === 1 ? min : Math.round(min + (span * i) / (stopCount - 1));
    if (stops.length && stops[stops.length - 1]!.year === year) continue;
    stops.push({ year, colour: colour(year) });
  }
  return { min, max, colour, stops };
}

/** Per author: mean year and its colour, plus the scale for the legend. */
export function authorYearColours(bundle: Bundle): { years: (number | null)[]; colours: string[]; scale: YearScale } {
  const years = meanAuthorYears(bundle);
  const scale = yearScale(bundle);
  return { years, colours: years.map((y) => scale.colour(y)), scale };
}
