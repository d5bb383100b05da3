/**
 * A paper-subset slice of the co-author network: the links and their strengths computed from a subset of the papers
 * only (a year range, some venues, or both: years AND venues), as VOSviewer and bibliometrix build a period's or a
 * source's network (the map's layout, names and communities stay the whole record's). Weights follow the bundle's own
 * counting (`bundle.options`: fractional 1/(n−1) per pair of a paper of n authors, Newman 2001, or full 1) and author
 * cap (papers with more than `maxAuthors` authors add nothing), summed over the subset's papers in paper order,
 * exactly as `core/graph/coauthor-weights.ts` sums them over all papers (the subset's bylines go through its
 * `coauthorLinks`), and rounded and totalled as the bundle stores them (`storedLinkStrengths`): a subset holding
 * every paper gives the bundle's own weights.
 *
 * Every pair of a subset is a pair of the whole record, so the slice is written as columns aligned with
 * `bundle.coauthorLinks` (a link with no shared paper in the subset has `shared` 0 and weight 0): the canvas's
 * edges, the exports and the cards keep their link indices. The time slice (a year range alone) is the subset
 * `{ years, venues: null }` (`timeSlice`).
 */
import { coauthorAdjacency } from '../bundle/indices';
import type { Bundle } from '../bundle/types';
import { storedLinkStrengths } from '../bundle/make-bundle';
import { coauthorLinks } from '../graph/coauthor-weights';

/** The venue filter's entry for the papers that give no venue (`bundle.papers.venue` null). */
export const NO_VENUE = -1;

/**
 * Which papers a slice counts: those with a year in `years` ([first, last], inclusive; a paper without a year is in
 * no range) AND a venue among `venues` (indices into `bundle.venues`, `NO_VENUE` for a paper that gives none);
 * null for either: no condition on it.
 */
export interface PaperSubset {
  years: readonly [number, number] | null;
  venues: readonly number[] | null;
}

export interface PaperSlice {
  /** The year range, inclusive: [first, last], or null (every year, papers without a year too). */
  years: readonly [number, number] | null;
  /** The venues (indices into `bundle.venues`, `NO_VENUE`), ascending and distinct, or null (every venue). */
  venues: readonly number[] | null;
  /** Per paper: 1 when it is in the subset. */
  inSlice: Uint8Array;
  /** Per link of `bundle.coauthorLinks`: its strength over the subset's papers (0: no shared paper in it). */
  weight: Float64Array;
  /** Per link: papers in the subset the two share (capped papers included, as in `coauthorLinks.shared`: none). */
  shared: Uint32Array;
  /** Links with at least one shared paper in the subset. */
  linkCount: number;
  /** Per author: their papers in the subset. */
  papers: Uint32Array;
  /** Per author: co-authors in the subset (links with a shared paper in it). */
  coauthors: Uint32Array;
  /** Per author: total link strength in the subset (sum of their links' `weight`). */
  strength: Float64Array;
  /** Authors with a paper in the subset. */
  authorCount: number;
  /** Papers in the subset. */
  paperCount: number;
  /**
   * Co-author pairs (distinct) of the subset's papers that have no link in `bundle.coauthorLinks` (a bundle whose
   * links were not built from its own bylines): counted, not added anywhere. 0 for every bundle the pipeline writes.
   */
  unmatchedPairs: number;
}

/** A year range's slice (`PaperSlice` with `venues` null); the name the view's time slice has always had. */
export type TimeSlice = PaperSlice;

const cache = new WeakMap<Bundle, Map<string, PaperSlice>>();
/** Slices kept per bundle (a slider drag visits many ranges; going back to one is free). */
const KEPT = 8;

/**
 * The co-author network of `bundle` over the papers of `years` ([first, last], inclusive; papers without a year
 * are in no range): `paperSlice(bundle, { years, venues: null })`. Throws a RangeError when `years` is not two whole
 * years, first ≤ last.
 */
export function timeSlice(bundle: Bundle, years: readonly [number, number]): PaperSlice {
  return paperSlice(bundle, { years, venues: null });
}

/**
 * `subset` checked against `bundle`, its venues ascending and distinct. Throws a RangeError when `years` is not two
 * whole years, first ≤ last, or a venue is not an index of `bundle.venues` nor `NO_VENUE`.
 */
function checkedSubset(bundle: Pick<Bundle, 'venues'>, subset: PaperSubset): PaperSubset {
  const { years } = subset;
  if (years) {
    const [first, last] = years;
    if (!Number.isInteger(first) || !Number.isInteger(last) || first > last) {
      throw new RangeError(`a year range is two whole years, the first not after the last (got ${first}–${last})`);
    }
  }
  const venues = subset.venues ? [...new Set(subset.venues)].sort((a, b) => a - b) : null;
  for (const v of venues ?? []) {
    if (!Number.isInteger(v) || v < NO_VENUE || v >= bundle.venues.length) {
      throw new RangeError(`a venue is an index of the map's ${bundle.venues.length} venues or NO_VENUE (got ${v})`);
    }
  }
  return { years, venues };
}

/**
 * Per paper of `bundle`: 1 when it is in `subset` (a year in its range AND a venue among its venues; null for
 * either: any), the papers a slice counts (`PaperSlice.inSlice`) without working out their network: one pass over
 * the papers. Throws as `paperSlice`.
 */
export function paperSubsetMask(bundle: Bundle, subset: PaperSubset): Uint8Array {
  const { years, venues } = checkedSubset(bundle, subset);
  return subsetMask(bundle, years, venues);
}

/**
 * The co-author network of `bundle` over the papers of `subset` (a year range AND venues, see `PaperSubset`; both
 * null: every paper, the bundle's own figures), kept per bundle for the last few subsets. Cost: one pass over the
 * papers plus a binary search per co-author pair of the subset's papers (the 30k map's 2020, or its largest venue:
 * see the README's measure). Throws a RangeError when `years` is not two whole years, first ≤ last, or a venue is not
 * an index of `bundle.venues` nor `NO_VENUE`.
 */
export function paperSlice(bundle: Bundle, subset: PaperSubset): PaperSlice {
  const { years, venues } = checkedSubset(bundle, subset);
  const key = `${years ? `${years[0]}-${years[1]}` : '*'}|${venues ? venues.join(',') : '*'}`;
  let kept = cache.get(bundle);
  const hit = kept?.get(key);
  if (hit) return hit;
  const slice = computeSlice(bundle, years ? [years[0], years[1]] : null, venues);
  if (!kept) cache.set(bundle, (kept = new Map()));
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, slice);
  return slice;
}

/**
 * The slice the view draws under a year range `years` and venues `venues` (either null: no condition on it), or
 * null when neither is set (the whole record: `bundle.coauthorLinks`). Throws as `paperSlice`.
 */
export function sliceOf(bundle: Bundle, years: readonly [number, number] | null, venues: readonly number[] | null): PaperSlice | null {
  return years || venues ? paperSlice(bundle, { years, venues }) : null;
}

/** Per paper of `bundle`: 1 when it is in the subset (a year in `years` and a venue among `venues`; null: any). */
function subsetMask(bundle: Bundle, years: readonly [number, number] | null, venues: readonly number[] | null): Uint8Array {
  const { year, venue } = bundle.papers;
  const n = year.length;
  const mask = new Uint8Array(n);
  // venue index + 1 → chosen (slot 0: NO_VENUE)
  const chosen = venues ? new Uint8Array(bundle.venues.length + 1) : null;
  if (chosen) for (const v of venues!) chosen[v + 1] = 1;
  for (let p = 0; p < n; p++) {
    if (years) {
      const y = year[p];
      if (y === null || y === undefined || y < years[0] || y > years[1]) continue;
    }
    if (chosen) {
      const v = venue[p];
      if (chosen[v === null || v === undefined ? 0 : v + 1] !== 1) continue;
    }
    mask[p] = 1;
  }
  return mask;
}

function computeSlice(bundle: Bundle, years: readonly [number, number] | null, venues: readonly number[] | null): PaperSlice {
  const nA = bundle.authors.name.length;
  const { authors: byline } = bundle.papers;
  const inSlice = subsetMask(bundle, years, venues);
  const { source, target } = bundle.coauthorLinks;
  const m = source.length;
  const papers = new Uint32Array(nA);
  let paperCount = 0;
  // the subset's bylines (a paper outside it has none), weighed by the build's own rule (core/graph/coauthor-weights.ts:
  // counting, author cap, summed in paper order)
  const inRange: number[][] = byline.map((list, p) => {
    if (inSlice[p] !== 1) return [];
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
  return { years, venues, inSlice, weight, shared, linkCount, papers, coauthors, strength, authorCount, paperCount, unmatchedPairs };
}

/**
 * Papers per author (bundle author index → count) as the view counts them: with a `slice` (a year range, venues),
 * its papers only (`PaperSlice.papers`, 0 for an author without a paper in it); without one (null), the whole
 * record's (`bundle.authors.paperCount`). No copy is made; throws nothing. The one source of "papers" for the
 * minimum-papers filter, size by papers, the filter's slider and the search's counts.
 */
export function authorPaperCounts(bundle: Bundle, slice: PaperSlice | null): ArrayLike<number> {
  return slice ? slice.papers : bundle.authors.paperCount;
}

const communityCounts = new WeakMap<PaperSlice, { authors: Uint32Array; papers: Uint32Array }>();

/**
 * Per community of `bundle` (its id): the authors with a paper in `slice` (a year range, venues) and its papers
 * (a paper's community is `bundle.papers.community`), worked out once per slice: one pass over the authors and one
 * over the papers. The communities stay the whole record's; these are their figures in the slice. Throws nothing.
 */
export function communityCountsInRange(bundle: Bundle, slice: PaperSlice): { authors: Uint32Array; papers: Uint32Array } {
  let counts = communityCounts.get(slice);
  if (counts) return counts;
  const n = bundle.communities.length;
  counts = { authors: new Uint32Array(n), papers: new Uint32Array(n) };
  const { community } = bundle.authors;
  for (let a = 0; a < community.length; a++) if (slice.papers[a]! > 0 && community[a]! < n) counts.authors[community[a]!]!++;
  const { community: paperCommunity } = bundle.papers;
  const { inSlice } = slice;
  for (let p = 0; p < inSlice.length; p++) if (inSlice[p] === 1 && paperCommunity[p]! < n) counts.papers[paperCommunity[p]!]!++;
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

/**
 * Of `papers` (paper indices of `slice`'s bundle), those in `slice` (its year range and venues), in their order; all
 * of them without a slice (null). Throws nothing.
 */
export function papersInSlice(slice: PaperSlice | null, papers: readonly number[]): number[] {
  if (!slice) return papers as number[];
  const { inSlice } = slice;
  return papers.filter((p) => inSlice[p] === 1);
}

/** One venue of the filter's list: its index (`NO_VENUE` for the papers that give none), its name and papers. */
export interface VenueCount {
  venue: number;
  /** The bundle's venue text (text, never HTML), or "no venue given" for `NO_VENUE`. */
  name: string;
  /** Papers at this venue (in `years` when given). */
  papers: number;
}

/** What the venue list calls the papers without a venue. */
export const NO_VENUE_NAME = 'no venue given';

/**
 * Names compared as `a.localeCompare(b, 'en')` compares them (ECMA-402 makes that this collator's `compare`), the
 * collator made once: `localeCompare` with a locale makes one per call (the 70k map's 2,373 venue names sorted in 28 ms,
 * 3 ms with this; Node 20).
 */
export const ENGLISH = new Intl.Collator('en');

/**
 * The venues of `bundle` with their papers (in `years`, [first, last] inclusive, when given: a paper without a year
 * is then in none), most papers first, then by name; venues without a paper (in the range) are left out, and the
 * papers without a venue are one entry, `NO_VENUE` ("no venue given"), when there are any. One pass over the papers.
 * Throws nothing.
 */
export function venueCounts(bundle: Pick<Bundle, 'venues' | 'papers'>, years: readonly [number, number] | null = null): VenueCount[] {
  const { year, venue } = bundle.papers;
  const counts = new Uint32Array(bundle.venues.length + 1);
  for (let p = 0; p < venue.length; p++) {
    if (years) {
      const y = year[p];
      if (y === null || y === undefined || y < years[0] || y > years[1]) continue;
    }
    const v = venue[p];
    counts[v === null || v === undefined ? 0 : v + 1]!++;
  }
  const out: VenueCount[] = [];
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] === 0) continue;
    out.push({ venue: i - 1, name: i === 0 ? NO_VENUE_NAME : bundle.venues[i - 1]!, papers: counts[i]! });
  }
  return out.sort((a, b) => b.papers - a.papers || ENGLISH.compare(a.name, b.name));
}

/** The longest venue name `venueWords` writes whole (a longer one is cut with an ellipsis). */
const VENUE_WORDS_MAX = 40;

/**
 * A venue's name as the venue list and short text write it: "Proceedings of (the)" left off the front, where the
 * ACL Anthology's 768 volumes all begin with it and a cut name then said little else ("Proceedings of the Tenth
 * International Conference on…" hid "LREC"); the whole name stays in tooltips and accessible names. Throws nothing.
 */
export function shortVenueName(name: string): string {
  const short = name.replace(/^proceedings of (the )?/i, '');
  return short.length > 0 ? short.charAt(0).toUpperCase() + short.slice(1) : name;
}

/**
 * A venue's name for running text: its short form (`shortVenueName`) cut to `max` characters with an ellipsis, or
 * "no venue given". Throws nothing.
 */
export function venueWords(bundle: Pick<Bundle, 'venues'>, venue: number, max = VENUE_WORDS_MAX): string {
  return cutName(venue === NO_VENUE ? NO_VENUE_NAME : shortVenueName(bundle.venues[venue] ?? `venue ${venue}`), max);
}

/**
 * `name` cut to `max` characters (an ellipsis last, spaces before it dropped), or whole when it fits; `atWord`: at
 * the last space within them instead (and a comma or colon before it dropped), unless that leaves half or less.
 * Throws nothing.
 */
export function cutName(name: string, max = VENUE_WORDS_MAX, atWord = false): string {
  if (name.length <= max) return name;
  const head = name.slice(0, max - 1);
  const space = atWord ? head.lastIndexOf(' ') : -1;
  return `${(space > max / 2 ? head.slice(0, space).replace(/[\s,;:–—-]+$/u, '') : head).trimEnd()}…`;
}
