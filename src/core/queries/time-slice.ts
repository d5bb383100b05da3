/**
 * A time slice of the co-author network: the links and their strengths computed from the papers of a year range
 * only, as VOSviewer and bibliometrix build a period's network (the map's layout, names and communities stay the
 * whole record's). Weights follow the bundle's own counting (`bundle.options`: fractional 1/(n−1) per pair of a
 * paper of n authors, Newman 2001, or full 1) and author cap (papers with more than `maxAuthors` authors add
 * nothing), summed over the range's papers in paper order, exactly as `core/graph/coauthor-weights.ts` sums them
 * over all papers (the range's bylines go through its `coauthorLinks`), and rounded and totalled as the bundle
 * stores them (`storedLinkStrengths`): a range holding every paper gives the
 * bundle's own weights.
 *
 * Every pair of a range is a pair of the whole record, so the slice is written as columns aligned with
 * `bundle.coauthorLinks` (a link with no shared paper in the range has `shared` 0 and weight 0): the canvas's
 * edges, the exports and the cards keep their link indices.
 */
import { coauthorAdjacency } from '../bundle/indices';
import type { Bundle } from '../bundle/types';
import { storedLinkStrengths } from '../bundle/make-bundle';
import { coauthorLinks } from '../graph/coauthor-weights';

export interface TimeSlice {
  /** The range, inclusive: [first, last]. Papers without a year are in no range. */
  years: readonly [number, number];
  /** Per link of `bundle.coauthorLinks`: its strength over the range's papers (0: no shared paper in it). */
  weight: Float64Array;
  /** Per link: papers in the range the two share (capped papers included, as in `coauthorLinks.shared`: none). */
  shared: Uint32Array;
  /** Links with at least one shared paper in the range. */
  linkCount: number;
  /** Per author: their papers in the range. */
  papers: Uint32Array;
  /** Per author: co-authors in the range (links with a shared paper in it). */
  coauthors: Uint32Array;
  /** Per author: total link strength in the range (sum of their links' `weight`). */
  strength: Float64Array;
  /** Authors with a paper in the range. */
  authorCount: number;
  /** Papers with a year in the range. */
  paperCount: number;
  /**
   * Co-author pairs (distinct) of the range's papers that have no link in `bundle.coauthorLinks` (a bundle whose
   * links were not built from its own bylines): counted, not added anywhere. 0 for every bundle the pipeline writes.
   */
  unmatchedPairs: number;
}

const cache = new WeakMap<Bundle, Map<string, TimeSlice>>();
/** Slices kept per bundle (a slider drag visits many ranges; going back to one is free). */
const KEPT = 8;

/**
 * The co-author network of `bundle` over the papers of `years` ([first, last], inclusive; papers without a year
 * are in no range), kept per bundle for the last few ranges. Cost: one pass over the papers plus a binary search
 * per co-author pair of the range's papers (the 30k map's 2020: see the README's measure).
 * Throws a RangeError when `years` is not two whole years, first ≤ last.
 */
export function timeSlice(bundle: Bundle, years: readonly [number, number]): TimeSlice {
  const [first, last] = years;
  if (!Number.isInteger(first) || !Number.isInteger(last) || first > last) {
    throw new RangeError(`a year range is two whole years, the first not after the last (got ${first}–${last})`);
  }
  const key = `${first}-${last}`;
  let kept = cache.get(bundle);
  const hit = kept?.get(key);
  if (hit) return hit;
  const slice = computeSlice(bundle, [first, last]);
  if (!kept) cache.set(bundle, (kept = new Map()));
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, slice);
  return slice;
}

function computeSlice(bundle: Bundle, years: readonly [number, number]): TimeSlice {
  const nA = bundle.authors.name.length;
  const { year, authors: byline } = bundle.papers;
  const { source, target } = bundle.coauthorLinks;
  const m = source.length;
  const papers = new Uint32Array(nA);
  let paperCount = 0;
  // the range's bylines (a paper outside it has none), weighed by the build's own rule (core/graph/coauthor-weights.ts:
  // counting, author cap, summed in paper order)
  const inRange: number[][] = byline.map((list, p) => {
    const y = year[p];
    if (y === null || y === undefined || y < years[0] || y > years[1]) return [];
    paperCount++;
    for (const a of list) papers[a]++;
    return list as number[];
  });
  const ranged = coauthorLinks(inRange, nA, bundle.options.counting, bundle.options.maxAuthors);
  // each of the range's pairs onto the bundle's link of the same two authors (binary search in the lower one's
  // sorted neighbours)
  const { offsets, items, link } = coauthorAdjacency(bundle);
  const raw = new Float64Array(m);
  const shared = new Uint32Array(m);
  let unmatchedPairs = 0;
  for (let i = 0; i < ranged.source.length; i++) {
    const lo = ranged.source[i]!;
    const hi = ranged.target[i]!;
    let l = offsets[lo]!;
    let r = offsets[lo + 1]! - 1;
    let e = -1;
    while (l <= r) {
      const mid = (l + r) >>> 1;
      const v = items[mid]!;
      if (v === hi) {
        e = link[mid]!;
        break;
      }
      if (v < hi) l = mid + 1;
      else r = mid - 1;
    }
    if (e < 0) unmatchedPairs++;
    else {
      raw[e] = ranged.weight[i]!;
      shared[e] = ranged.shared[i]!;
    }
  }
  // rounded and totalled as the bundle stores them (make-bundle.ts storedLinkStrengths): the whole range gives the
  // bundle's numbers
  const stored = storedLinkStrengths(nA, { source, target, weight: raw as unknown as number[] });
  const weight = Float64Array.from(stored.weight);
  const strength = Float64Array.from(stored.total);
  const coauthors = new Uint32Array(nA);
  let linkCount = 0;
  for (let e = 0; e < m; e++) {
    if (shared[e] === 0) continue;
    linkCount++;
    coauthors[source[e]!]++;
    coauthors[target[e]!]++;
  }
  let authorCount = 0;
  for (let a = 0; a < nA; a++) if (papers[a]! > 0) authorCount++;
  return { years, weight, shared, linkCount, papers, coauthors, strength, authorCount, paperCount, unmatchedPairs };
}

/**
 * Papers per author (bundle author index → count) as the view counts them: with a year range's `slice`, the
 * range's papers only (`TimeSlice.papers`, 0 for an author without a paper in it); without one (null), the whole
 * record's (`bundle.authors.paperCount`). No copy is made; throws nothing. The one source of "papers" for the
 * minimum-papers filter, size by papers, the filter's slider and the search's counts.
 */
export function authorPaperCounts(bundle: Bundle, slice: TimeSlice | null): ArrayLike<number> {
  return slice ? slice.papers : bundle.authors.paperCount;
}

const communityCounts = new WeakMap<TimeSlice, { authors: Uint32Array; papers: Uint32Array }>();

/**
 * Per community of `bundle` (its id): the authors with a paper in `slice`'s range and the papers with a year in it
 * (a paper's community is `bundle.papers.community`), worked out once per slice: one pass over the authors and one
 * over the papers. The communities stay the whole record's; these are their figures in the range. Throws nothing.
 */
export function communityCountsInRange(bundle: Bundle, slice: TimeSlice): { authors: Uint32Array; papers: Uint32Array } {
  let counts = communityCounts.get(slice);
  if (counts) return counts;
  const n = bundle.communities.length;
  counts = { authors: new Uint32Array(n), papers: new Uint32Array(n) };
  const { community } = bundle.authors;
  for (let a = 0; a < community.length; a++) if (slice.papers[a]! > 0 && community[a]! < n) counts.authors[community[a]!]!++;
  const { year, community: paperCommunity } = bundle.papers;
  const [first, last] = slice.years;
  for (let p = 0; p < year.length; p++) {
    const y = year[p];
    if (y !== null && y !== undefined && y >= first && y <= last && paperCommunity[p]! < n) counts.papers[paperCommunity[p]!]!++;
  }
  communityCounts.set(slice, counts);
  return counts;
}

/** "2020" for one year, else "2016–2021". */
export const yearSpan = ([first, last]: readonly [number, number]): string => (first === last ? String(first) : `${first}–${last}`);

/** `-2019-2020` after the dataset's name in an export of a year range ([first, last]), `-2020` for one year, '' for none (all years). */
export const rangeSuffix = (range: readonly [number, number] | null | undefined): string => (range ? (range[0] === range[1] ? `-${range[0]}` : `-${range[0]}-${range[1]}`) : '');

/**
 * Of `papers` (paper indices of `bundle`), those with a year in `years` ([first, last], inclusive; a paper without a
 * year is in no range), in their order: the papers a time slice counts. Throws nothing.
 */
export function papersInRange(bundle: Bundle, papers: readonly number[], years: readonly [number, number]): number[] {
  const { year } = bundle.papers;
  return papers.filter((p) => {
    const y = year[p];
    return y !== null && y !== undefined && y >= years[0] && y <= years[1];
  });
}
