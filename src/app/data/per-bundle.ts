/** Quick insight computations on a bundle, each done once per bundle (memoised) and shared by the panels; slow ones run in the insights worker. */
import { largeTeamThreshold } from '../../core/queries/hyperauthorship';
import { authorYearColours, meanAuthorYears, paperYearRange } from '../../core/queries/year-colours';
import type { Bundle } from '../../core/bundle/types';
import type { Theme } from '../../core/appearance/palette';

function perBundle<T>(compute: (bundle: Bundle) => T): (bundle: Bundle) => T {
  const cache = new WeakMap<Bundle, T>();
  return (bundle) => {
    if (!cache.has(bundle)) cache.set(bundle, compute(bundle));
    return cache.get(bundle)!;
  };
}

/** Each author's mean year (all papers per author: worked out once per bundle, for both themes). */
const meanYears = perBundle(meanAuthorYears);
const yearColoursOn: Record<Theme, (bundle: Bundle) => ReturnType<typeof authorYearColours>> = {
  light: perBundle((bundle) => authorYearColours(bundle, 'light', meanYears(bundle))),
  dark: perBundle((bundle) => authorYearColours(bundle, 'dark', meanYears(bundle))),
};
/** Colour by year on `theme`'s canvas: each author's mean year and colour, and the scale for the legend. */
export const yearColours = (bundle: Bundle, theme: Theme) => yearColoursOn[theme](bundle);
export const teamThreshold = perBundle(largeTeamThreshold);

/** Earliest and latest paper year, or null when no paper has a year. */
export const yearSpan = perBundle(paperYearRange);

/** Papers per year of `bundle` from its year span's first year to its last (index 0: the first), or null when no paper has a year. */
export const yearCounts = perBundle((bundle): number[] | null => {
  const span = yearSpan(bundle);
  if (!span) return null;
  const [min, max] = span;
  const counts = new Array<number>(max - min + 1).fill(0);
  for (const y of bundle.papers.year) if (y !== null && y >= min && y <= max) counts[y - min]++;
  return counts;
});
