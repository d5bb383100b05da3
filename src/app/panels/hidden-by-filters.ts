/**
 * Why the filters hide the author or paper whose card is open, in words, and the least change of the filters that
 * shows them: for an author, their community shown again, the year range or the venues cleared (only the one that
 * leaves them no paper, when the other alone would keep some), the minimum of papers lowered to theirs, unlinked
 * authors shown, the ego view left; for a paper, its community shown, the year range or venues it is not in cleared,
 * and the change that shows the author of its byline easiest to show. The card says the words and offers the change
 * as one button ("Show on the map", HiddenNote.tsx; `showOnMap` applies it): a card whose author the filters hid said
 * only "Hidden on the map by the filters", with no way back but finding which of five filters it was, and a paper's
 * card said nothing at all. The same for a pair of the who-is-who review list (`whyPairHidden`, `revealOnMap`).
 */
import type { Bundle } from '../../core/bundle/types';
import { subsetSpan } from '../../core/queries/venue-words';
import type { GraphView } from '../graph/sigma-graph';
import { filtersHide, type Filters } from '../graph/visibility';
import type { NodeRef } from '../graph/node-keys';
import { useAtlas } from '../store';
import { stepHistory } from '../url/history-writes';
import { communityName, count, countOf } from '../format';

/** A change of the filters (only what is set changes): what shows a hidden author (`whyHidden`). */
export interface FilterChange {
  /** Show these communities (hidden ones; a paper's may be two: its own and its author's). */
  communities?: number[];
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

/** Why the filters hide an author or paper (`reasons`, each a few words, in the filters' order) and the change that shows them. */
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
    change.communities = [community];
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

/** How many filters `change` touches (fewer is a smaller change). */
const changeSize = (change: FilterChange): number => Object.keys(change).length;

/**
 * Why `filters` (the store's, in `view`) hide paper `paper` of `bundle`, as graph/visibility.ts `filtersHide` decides
 * it, and the change that shows it. With paper squares shown: its community hidden ("its community, Parsing, is
 * hidden"), its year or venue outside the year range or venues ("not in 2018–2020"; the change clears only the one it
 * is outside of). Then, when no author of its byline is shown (`authorShown`: the store's visibility) and none would be
 * once that change is made (its community shown too), the author whose own change (`whyHidden`, under the filters as
 * changed, `papersOf` giving an author's papers) is the smallest ("its author is hidden: …", or "none of its 3 authors
 * is shown (Ana Ruiz: …)"), whose change joins the paper's: both communities when theirs is another (a card under
 * "only this community" named its own and its author's community hidden, and its button showed only its own, which
 * left the paper hidden, then cleared every filter). A paper the filters do not hide gets no reasons. As for an author, the change is not
 * checked against the links the authors would have: `showOnMap` checks the paper is shown and clears the rest if not.
 * Pure; throws nothing.
 */
export function whyPaperHidden(
  bundle: Pick<Bundle, 'papers' | 'communities' | 'venues' | 'authors'>,
  filters: Filters,
  view: GraphView,
  paper: number,
  authorShown: (author: number) => boolean,
  papersOf: (author: number) => readonly number[],
): HiddenWhy {
  const reasons: string[] = [];
  const change: FilterChange = {};
  // (without paper squares a paper is shown through its authors: graph/visibility.ts `filtersHide`)
  if (filters.showPapers) {
    const community = bundle.papers.community[paper]!;
    if (filters.hiddenCommunities.has(community)) {
      reasons.push(`its community, ${communityName(bundle.communities[community], community)}, is hidden`);
      change.communities = [community];
    }
    const { years, venues } = filters;
    if ((years || venues) && papersIn(bundle, [paper], years, venues) === 0) {
      reasons.push(`not in ${subsetSpan(bundle, { years, venues })}`);
      if (years && papersIn(bundle, [paper], years, null) === 0) change.clearYears = true;
      if (venues && papersIn(bundle, [paper], null, venues) === 0) change.clearVenues = true;
    }
  }
  const byline = [...new Set(bundle.papers.authors[paper] ?? [])];
  if (byline.some(authorShown)) return { reasons, change };
  // its authors as they would be once the paper's own change is made: its community shown too (an author of it
  // then needs no more)
  const hiddenAfter = new Set(filters.hiddenCommunities);
  for (const c of change.communities ?? []) hiddenAfter.delete(c);
  const after: Filters = { ...filters, hiddenCommunities: hiddenAfter, years: change.clearYears ? null : filters.years, venues: change.clearVenues ? null : filters.venues };
  let best: { author: number; why: HiddenWhy } | null = null;
  for (const author of byline) {
    const why = whyHidden(bundle, after, view, author, papersOf(author));
    // (shown once the paper's own change is made: nothing more to change)
    if (why.reasons.length === 0) return { reasons, change };
    if (!best || changeSize(why.change) < changeSize(best.why.change) || (changeSize(why.change) === changeSize(best.why.change) && (why.change.minPapers ?? Infinity) > (best.why.change.minPapers ?? Infinity))) best = { author, why };
  }
  if (!best) return { reasons, change };
  const name = bundle.authors.name[best.author]!;
  reasons.push(byline.length === 1 ? `its author is hidden: ${best.why.reasons.join(', ')}` : `none of its ${count(byline.length)} authors is shown (${name}: ${best.why.reasons.join(', ')})`);
  const theirs = best.why.change;
  // (their community joins the paper's: showing one of the two left the paper hidden)
  if (theirs.communities) change.communities = [...new Set([...(change.communities ?? []), ...theirs.communities])];
  if (theirs.clearYears) change.clearYears = true;
  if (theirs.clearVenues) change.clearVenues = true;
  if (theirs.minPapers !== undefined) change.minPapers = theirs.minPapers;
  if (theirs.showUnlinked) change.showUnlinked = true;
  if (theirs.leaveEgo) change.leaveEgo = true;
  return { reasons, change };
}

/**
 * Why `filters` (the store's, in `view`) hide one or both authors of a pair of `bundle` (`authors`: author indices,
 * as the who-is-who review list pairs them; `shown`: whether the store's visibility shows an author; `papersOf`: an
 * author's papers), in words, and the change that shows both: null when both are shown. The words lead with who is
 * hidden ("Ondřej Bojar is hidden on the map by the filters", "Both are hidden on the map by the filters"), then each
 * one's `whyHidden` reasons (once when the two have the same, else "for <name>, …" each); the change is both
 * authors' together (their communities, each filter either clears, the lower minimum). The review list's card of a
 * pair the filters hid said nothing, and a click on it showed nothing (a tester). Pure; throws nothing.
 */
export function whyPairHidden(
  bundle: Pick<Bundle, 'papers' | 'communities' | 'venues' | 'authors'>,
  filters: Filters,
  view: GraphView,
  authors: readonly [number, number],
  shown: (author: number) => boolean,
  papersOf: (author: number) => readonly number[],
): (HiddenWhy & { lead: string }) | null {
  const hidden = [...new Set(authors)].filter((a) => !shown(a));
  if (hidden.length === 0) return null;
  const whys = hidden.map((a) => whyHidden(bundle, filters, view, a, papersOf(a)));
  const name = (a: number) => bundle.authors.name[a]!;
  if (hidden.length === 1) return { lead: `${name(hidden[0]!)} is hidden on the map by the filters`, ...whys[0]! };
  const [one, other] = whys as [HiddenWhy, HiddenWhy];
  const same = one.reasons.join('; ') === other.reasons.join('; ');
  const reasons = same ? one.reasons : hidden.map((a, i) => `for ${name(a)}, ${whys[i]!.reasons.join(', ')}`);
  const change: FilterChange = {};
  const communities = [...new Set([...(one.change.communities ?? []), ...(other.change.communities ?? [])])];
  if (communities.length) change.communities = communities;
  if (one.change.clearYears || other.change.clearYears) change.clearYears = true;
  if (one.change.clearVenues || other.change.clearVenues) change.clearVenues = true;
  const minimum = Math.min(one.change.minPapers ?? Infinity, other.change.minPapers ?? Infinity);
  if (minimum !== Infinity) change.minPapers = minimum;
  if (one.change.showUnlinked || other.change.showUnlinked) change.showUnlinked = true;
  if (one.change.leaveEgo || other.change.leaveEgo) change.leaveEgo = true;
  return { lead: 'Both are hidden on the map by the filters', reasons, change };
}

/**
 * Shows `refs` (authors or papers of the map on screen, hidden by the filters) on the map: `change` (`whyHidden`,
 * `whyPaperHidden`, `whyPairHidden`) applied, then, should one still be hidden (a link under a minimum link strength,
 * an ego view, a second hidden community), unlinked authors shown and the ego view left, then every filter cleared
 * (as the map's filter chip clears them). The camera is not moved (`showOnMap` frames one). One step of the history
 * (`stepHistory`): Back gives the filters back (the review list's "Show both on the map" dropped the 30k map's years
 * and least paper count in place of the list's entry, and Back left the app: tester J). Writes the store; throws
 * nothing.
 */
export function revealOnMap(refs: readonly NodeRef[], change: FilterChange): void {
  stepHistory(() => revealFiltered(refs, change));
}

/** `revealOnMap`'s changes of the filters. */
function revealFiltered(refs: readonly NodeRef[], change: FilterChange): void {
  const s = useAtlas.getState();
  if (change.leaveEgo) s.setEgo(null);
  for (const c of change.communities ?? []) if (useAtlas.getState().filters.hiddenCommunities.has(c)) s.toggleCommunity(c);
  if (change.clearYears) s.setYearRange(null);
  if (change.clearVenues) s.setVenues(null);
  if (change.minPapers !== undefined) s.setMinPapers(change.minPapers);
  if (change.showUnlinked) s.setHideUnlinked(false);
  const stillHidden = () => {
    const { dataset, filters, visibility } = useAtlas.getState();
    return dataset !== null && visibility !== null && refs.some((ref) => filtersHide(dataset.bundle, filters.showPapers, visibility, ref));
  };
  if (stillHidden()) {
    if (useAtlas.getState().filters.hideUnlinked) s.setHideUnlinked(false);
    if (useAtlas.getState().filters.ego) s.setEgo(null);
  }
  if (stillHidden()) {
    const f = useAtlas.getState().filters;
    if (f.years) s.setYearRange(null);
    if (f.venues) s.setVenues(null);
    if (f.hiddenCommunities.size > 0) s.showAllCommunities();
    if (f.minPapers > 1) s.setMinPapers(1);
    if (f.minLinkStrength > 0) s.setMinLinkStrength(0);
  }
}

/**
 * Shows `ref` (an author or paper of the map on screen, hidden by the filters) on the map (`revealOnMap` with
 * `change`), then the camera frames it with its neighbours, as choosing it does. Writes the store; throws nothing.
 */
export function showOnMap(ref: NodeRef, change: FilterChange): void {
  revealOnMap([ref], change);
  useAtlas.getState().moveCamera({ kind: 'node', ref });
}
