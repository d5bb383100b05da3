/**
 * Why the filters hide an author whose card is open, in words, and the least change of the filters that shows them:
 * their community shown again, the year range or the venues cleared (only the one that leaves them no paper, when the
 * other alone would keep some), the minimum of papers lowered to theirs, unlinked authors shown, the ego view left.
 * The card says the words and offers the change as one button (AuthorPanel.tsx): a card whose author the filters hid
 * said only "Hidden on the map by the filters", with no way back but finding which of five filters it was.
 */
import type { Bundle } from '../../core/bundle/types';
import { subsetSpan } from '../../core/queries/venue-words';
import type { GraphView } from '../graph/sigma-graph';
import type { Filters } from '../graph/visibility';
import { communityName, count, countOf } from '../format';

/** A change of the filters (only what is set changes): what shows a hidden author (`whyHidden`). */
export interface FilterChange {
  /** Show this community (it is hidden). */
  community?: number;
  /** Clear the year range. */
  clearYears?: true;
  /** Clear the venues. */
  clearVenues?: true;
  /** Lower the minimum of papers per author to this. */
  minPapers?: number;
  /** Show authors left without a shown link (co-author view). */
  showUnlinked?: true;
  /** Leave the ego view (show everyone). */
  leaveEgo?: true;
}

/** Why the filters hide an author (`reasons`, each a few words, in the filters' order) and the change that shows them. */
export interface HiddenWhy {
  reasons: string[];
  change: FilterChange;
}

/** How many of `papers` (paper indices of `bundle`) have a year in `years` and a venue among `venues` (null: any). */
function papersIn(bundle: Pick<Bundle, 'papers'>, papers: readonly number[], years: Filters['years'], venues: Filters['venues']): number {
  const { year, venue } = bundle.papers;
  let n = 0;
  for (const p of papers) {
    const y = year[p];
    if (years && (y === null || y === undefined || y < years[0] || y > years[1])) continue;
    // (`NO_VENUE`, -1, stands for the papers that give none)
    if (venues && !venues.includes(venue[p] ?? -1)) continue;
    n++;
  }
  return n;
}

/**
 * Why `filters` (the store's, in `view`) hide author `author` of `bundle` (their papers: `papers`, paper indices), as
 * graph/visibility.ts `computeVisibility` decides it: outside the ego view's network ("outside the network shown");
 * their community hidden ("their community, Machine translation, is hidden"); no paper in the year range and venues
 * ("no paper in 2018–2020"); fewer papers there than the minimum ("2 papers in 2020, under the minimum of 5"); in the
 * co-author view with unlinked authors hidden and no other reason, no link shown ("no co-author link shown"). The change
 * shows the community, clears what leaves them no paper (the venues alone when the years alone keep some, the years
 * alone when the venues alone do, else both), lowers the minimum to their count in what is left, shows the unlinked,
 * leaves the ego view. An author the filters do not hide gets no reasons. The change is the least in each filter, not
 * checked against the links they would have: whoever applies it checks the author is shown and clears the rest if not
 * (AuthorPanel.tsx). Pure; throws nothing.
 */
export function whyHidden(bundle: Pick<Bundle, 'papers' | 'communities' | 'venues' | 'authors'>, filters: Filters, view: GraphView, author: number, papers: readonly number[]): HiddenWhy {
  const reasons: string[] = [];
  const change: FilterChange = {};
  if (filters.ego && filters.ego.author !== author) {
    reasons.push('outside the network shown');
    change.leaveEgo = true;
  }
  const community = bundle.authors.community[author]!;
  if (filters.hiddenCommunities.has(community)) {
    reasons.push(`their community, ${communityName(bundle.communities[community], community)}, is hidden`);
    change.community = community;
  }
  let { years, venues } = filters;
  if ((years || venues) && papersIn(bundle, papers, years, venues) === 0) {
    reasons.push(`no paper in ${subsetSpan(bundle, { years, venues })}`);
    if (years && venues && papersIn(bundle, papers, years, null) > 0) venues = null;
    else if (years && venues && papersIn(bundle, papers, null, venues) > 0) years = null;
    else [years, venues] = [null, null];
    if (!years && filters.years) change.clearYears = true;
    if (!venues && filters.venues) change.clearVenues = true;
  }
  const left = papersIn(bundle, papers, years, venues);
  if (left < filters.minPapers) {
    const span = subsetSpan(bundle, { years, venues });
    // (no paper left at all: a map's author has one; `left` 0 only for a list that gives them none)
    reasons.push(`${countOf(left, 'paper')}${span ? ` in ${span}` : ''}, under the minimum of ${count(filters.minPapers)}`);
    change.minPapers = Math.max(1, left);
  }
  if (view === 'coauthors' && filters.hideUnlinked && reasons.length === 0) {
    reasons.push(filters.minLinkStrength > 0 ? `no co-author link as strong as ${+filters.minLinkStrength.toFixed(2)} shown` : 'no co-author link shown');
    change.showUnlinked = true;
  }
  return { reasons, change };
}
