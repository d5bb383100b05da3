/** Quick insight computations on a bundle, each done once per bundle (memoised) and shared by the panels; slow ones run in the insights worker. */
import { largeTeamThreshold } from '../../core/queries/hyperauthorship';
import { authorYearColours, paperYearRange } from '../../core/queries/year-colours';
import type { Bundle } from '../../core/bundle/types';

function perBundle<T>(compute: (bundle: Bundle) => T): (bundle: Bundle) => T {
  const cache = new WeakMap<Bundle, T>();
  return (bundle) => {
    if (!cache.has(bundle)) cache.set(bundle, compute(bundle));
    return cache.get(bundle)!;
  };
}

export const yearColours = perBundle(authorYearColours);
export const teamThreshold = perBundle(largeTeamThreshold);

/** Earliest and latest paper year, or null when no paper has a year. */
export const yearSpan = perBundle(paperYearRange);
