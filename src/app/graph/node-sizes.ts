/**
 * Author disc sizes for the store's "size by" (papers, total link strength, degree, betweenness).
 * Every measure is drawn on the same scale as papers: from a one-paper author's disc to the most
 * prolific author's, by the square root of the value over the largest (so area follows the value).
 */
import type { Bundle } from '../../core/bundle/types';
import type { SizeBy } from '../store/types';
import { authorPaperCounts, type TimeSlice } from '../../core/queries/time-slice';
import { isBigGraph } from './big-graph';
import { authorSize, FOCAL_SCALE, smallMapScale } from './sigma-graph';

/**
 * The disc size of every author (bundle index) for `sizeBy`; `betweenness` is needed for that measure
 * (null: not computed yet, the sizes by papers are returned). The focal author is drawn `FOCAL_SCALE` larger, as the graph does.
 * `slice`: with a year range (graph/visibility.ts `Visibility.slice`), papers, total link strength and degree are
 * the range's (its papers and their links only), and the scale's largest disc is the range's most prolific
 * author's; betweenness is the store's, computed on the range's network under a range
 * (features/network/centrality-client.ts). One pass over the authors; throws nothing.
 */
export function authorSizes(bundle: Bundle, sizeBy: SizeBy, betweenness: ArrayLike<number> | null, slice: TimeSlice | null = null): Float64Array {
  // papers per author: the range's under a range, as the minimum-papers filter counts them (graph/visibility.ts)
  const paperCount = authorPaperCounts(bundle, slice);
  const coauthorCount = slice ? slice.coauthors : bundle.authors.coauthorCount;
  const weightedDegree = slice ? slice.strength : bundle.authors.weightedDegree;
  const n = paperCount.length;
  const large = isBigGraph(n + bundle.papers.title.length);
  // a small map's discs drawn larger, as the graph makes them (sigma-graph.ts smallMapScale)
  const scale = smallMapScale(n + bundle.papers.title.length);
  const out = new Float64Array(n);
  const values: ArrayLike<number> | null =
    sizeBy === 'strength' ? weightedDegree : sizeBy === 'degree' ? coauthorCount : sizeBy === 'betweenness' ? betweenness : null;
  let maxPapers = 1;
  for (let i = 0; i < n; i++) maxPapers = Math.max(maxPapers, paperCount[i]);
  const small = authorSize(1, large, scale);
  const big = authorSize(maxPapers, large, scale);
  let maxValue = 0;
  if (values) for (let i = 0; i < n; i++) maxValue = Math.max(maxValue, values[i]);
  for (let i = 0; i < n; i++) {
    const size = values === null ? authorSize(paperCount[i], large, scale) : small + (big - small) * (maxValue > 0 ? Math.sqrt(Math.max(0, values[i]) / maxValue) : 0);
    out[i] = size * (bundle.focalAuthor === i ? FOCAL_SCALE : 1);
  }
  return out;
}
