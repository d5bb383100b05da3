/**
 * Colour by year: each author's mean publication year on a sequential scale (viridis: dark purple =
 * earliest, yellow-green = latest; perceptually even and readable by colour-blind people), with legend stops.
 * Each theme uses the part of viridis whose colours stand out from its canvas (YEAR_SCALE_SPAN).
 */
import { scaleSequential } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { Bundle } from '../bundle/types';
import type { Theme } from '../appearance/palette';
import { paperYearRange } from '../bundle/years';

export { paperYearRange };
import { authorPaperIndex, row } from '../bundle/indices';

/** Colour for authors none of whose papers has a year. */
export const NO_YEAR_COLOUR = '#9e9e9e';

/**
 * The part of viridis (0 = dark purple, 1 = yellow) each theme's year scale runs over, earliest year first: on the
 * light canvas (#fbfbfa) it stops before the yellow end, on the dark one (#15171c) it starts after the darkest
 * purple, so every year's colour keeps the least contrast of a mark, 1.8:1 (app/graph/contrast.ts
 * MIN_MARK_CONTRAST; test/app/contrast.test.ts). A tester's newest authors were #fde725 on the light canvas,
 * 1.22:1. Viridis at 0.78 is #6ece58, 1.91:1 on light; at 0.18 #433e85, 1.94:1 on dark (WCAG contrast ratio).
 */
export const YEAR_SCALE_SPAN: Record<Theme, readonly [number, number]> = {
  light: [0, 0.78],
  dark: [0.18, 1],
};

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

/**
 * The sequential scale over the bundle's paper years on `theme`'s canvas (d3-scale's scaleSequential over
 * `YEAR_SCALE_SPAN[theme]` of d3-scale-chromatic's interpolateViridis, clamped; one year: the middle colour).
 * Colours are `#rrggbb`. Throws nothing.
 */
export function yearScale(bundle: Bundle, theme: Theme = 'light'): YearScale {
  const range = paperYearRange(bundle);
  if (range === null) return { min: null, max: null, colour: () => NO_YEAR_COLOUR, stops: [] };
  const [min, max] = range;
  const span = max - min;
  const [t0, t1] = YEAR_SCALE_SPAN[theme];
  const scale = scaleSequential((t: number) => interpolateViridis(t0 + t * (t1 - t0)))
    .domain([min, max])
    .clamp(true);
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

/**
 * Per author: mean year (`years`, as `meanAuthorYears` gives, when the caller has them already) and its colour on
 * `theme`'s canvas, plus the scale for the legend. Throws nothing.
 */
export function authorYearColours(
  bundle: Bundle,
  theme: Theme = 'light',
  years: (number | null)[] = meanAuthorYears(bundle),
): { years: (number | null)[]; colours: string[]; scale: YearScale } {
  const scale = yearScale(bundle, theme);
  return { years, colours: years.map((y) => scale.colour(y)), scale };
}
