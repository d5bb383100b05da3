import type { Bundle } from './types';

/**
 * Earliest and latest year of the bundle's papers (or of `papers`, paper indices, when given), or null when none
 * of them has a year. The one scan of years: the viewer's range, the homonym evidence and its calibration use it.
 */
export function paperYearRange(bundle: Bundle, papers?: readonly number[]): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  const { year } = bundle.papers;
  const n = papers ? papers.length : year.length;
  for (let i = 0; i < n; i++) {
    const y = year[papers ? papers[i]! : i];
    if (y == null) continue;
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return min === Infinity ? null : [min, max];
}
