/**
 * Hyperauthorship (papers with many authors, here "large-team" papers): how much of a co-author link's
 * strength comes from them, so the panel can
 * say "this link comes mostly from large-team papers" (two people on an 80-author paper barely know
 * each other; two people on a 3-author paper worked together).
 *
 * A paper counts as large-team when it has at least `threshold` authors. The default threshold is
 * the larger of 10 and the corpus's 95th percentile of authors per paper (nearest rank), so in a field
 * where big collaborations are the norm only its outliers count as large.
 * Per-paper weights follow the bundle's options: fractional 1/(n−1), full 1, and nothing from papers
 * above `maxAuthors`.
 */
import type { Bundle } from '../bundle/types';
import { linkBetween, sharedPapers } from '../bundle/indices';

export const LARGE_TEAM_MINIMUM = 10;

/** At least `minimum` (10) and at least the 95th percentile (nearest rank) of authors per paper. */
export function largeTeamThreshold(bundle: Bundle, minimum = LARGE_TEAM_MINIMUM): number {
  const sizes = bundle.papers.authors.map((a) => a.length).sort((x, y) => x - y);
  if (sizes.length === 0) return minimum;
  const p95 = sizes[Math.max(0, Math.ceil(0.95 * sizes.length) - 1)]!;
  return Math.max(minimum, p95);
}

/** What one shared paper adds to a link's weight under the bundle's options. */
export function paperLinkWeight(bundle: Bundle, paper: number): number {
  const n = bundle.papers.authors[paper]!.length;
  if (n < 2) return 0;
  if (bundle.options.maxAuthors !== null && n > bundle.options.maxAuthors) return 0;
  return bundle.options.counting === 'full' ? 1 : 1 / (n - 1);
}

export interface LargeTeamShare {
  threshold: number;
  /** Shared papers, and how many of them have `threshold` authors or more. */
  papers: number;
  largeTeamPapers: number;
  /** Link weight recomputed from the shared papers, and the part from large-team papers. */
  weight: number;
  largeTeamWeight: number;
  /** largeTeamWeight / weight (0 when the weight is 0). */
  share: number;
  /** More than half the weight comes from large-team papers. */
  mostlyLargeTeam: boolean;
  /** True when all shared papers are large-team (the weight may then be 0 under `maxAuthors`). */
  onlyLargeTeam: boolean;
}

/**
 * The large-team share of the link between authors `a` and `b`, over their shared papers, or over those of a year
 * range when `years` is given ([first, last], inclusive; a paper without a year is in no range, as in
 * `core/queries/time-slice.ts`): the link the map draws under that range. The threshold stays the whole record's
 * (what counts as a large team is the field's, not the range's).
 * @param bundle the map's bundle (bylines, years, counting options)
 * @param a an author index
 * @param b another author index
 * @param threshold authors from which a paper counts as large-team (default `largeTeamThreshold`)
 * @param years a year range, or null for every paper (the default)
 * @returns the papers counted, the weight and its large-team part (weights as `paperLinkWeight`); never throws
 * for indices in the bundle
 */
export function largeTeamShare(
  bundle: Bundle,
  a: number,
  b: number,
  threshold = largeTeamThreshold(bundle),
  years: readonly [number, number] | null = null,
): LargeTeamShare {
  let weight = 0;
  let largeTeamWeight = 0;
  let largeTeamPapers = 0;
  const year = bundle.papers.year;
  const papers = sharedPapers(bundle, a, b).filter((p) => years === null || (year[p] != null && year[p]! >= years[0] && year[p]! <= years[1]));
  for (const p of papers) {
    const w = paperLinkWeight(bundle, p);
    weight += w;
    if (bundle.papers.authors[p]!.length >= threshold) {
      largeTeamPapers++;
      largeTeamWeight += w;
    }
  }
  const share = weight > 0 ? largeTeamWeight / weight : 0;
  return {
    threshold,
    papers: papers.length,
    largeTeamPapers,
    weight,
    largeTeamWeight,
    share,
    mostlyLargeTeam: share > 0.5,
    onlyLargeTeam: papers.length > 0 && largeTeamPapers === papers.length,
  };
}

/**
 * For every co-author link (aligned with `coauthorLinks`), the share of its weight from large-team
 * papers: one pass over every paper's author pairs (the same work as building the links), for edge
 * styling or filtering.
 */
export function largeTeamShares(bundle: Bundle, threshold = largeTeamThreshold(bundle)): Float64Array {
  const links = bundle.coauthorLinks;
  const large = new Float64Array(links.source.length);
  const total = new Float64Array(links.source.length);
  bundle.papers.authors.forEach((authors, p) => {
    const w = paperLinkWeight(bundle, p);
    if (w === 0) return;
    const isLarge = authors.length >= threshold;
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        const e = linkBetween(bundle, authors[i]!, authors[j]!);
        if (e < 0) continue;
        total[e] += w;
        if (isLarge) large[e] += w;
      }
    }
  });
  for (let e = 0; e < large.length; e++) large[e] = total[e]! > 0 ? large[e]! / total[e]! : 0;
  return large;
}
