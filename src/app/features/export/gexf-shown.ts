/**
 * What the GEXF export writes, taken from the one place the app decides what a view shows
 * (graph/visibility.ts `computeVisibility`: the author and paper masks, the links at or above the minimum link
 * strength), and the Export menu's counts of it: the file and the menu agree by construction.
 */
import type { GexfShown } from '../../../core/export/gexf';
import type { Bundle } from '../../../core/bundle/types';
import { filtersOn, type ShownFilters, type ShownSet } from '../../../core/export/shown-set';
import type { GraphView } from '../../graph/sigma-graph';
import { hiddenCommunityMask, LINK_TOLERANCE, papersOfShown, type Filters, type Visibility } from '../../graph/visibility';
import { countOf } from '../../format';
import { subsetSpan, type VenueBundle } from '../../../core/queries/venue-words';

/**
 * The GEXF's content for `view` under `visibility` (the store's, made by `computeVisibility` for that view):
 * the author–paper view writes its shown authors, shown papers (none when papers are hidden: `visibility.paper`
 * is all 0 then) and authorship edges; the co-author view its shown authors and the links between them at or
 * above `visibility.minLinkStrength` (less the slider's rounding, `LINK_TOLERANCE`, as the canvas hides them).
 * The masks are shared, not copied. `filters`: the view's filters beyond years and venues (`shownFilters`), said in
 * the file's description. Throws nothing.
 */
export function gexfShown(view: GraphView, visibility: Visibility, filters: ShownFilters | null = null): GexfShown {
  return {
    filters,
    view,
    author: visibility.author,
    paper: visibility.paper,
    minLinkWeight: view === 'coauthors' ? visibility.minLinkStrength - LINK_TOLERANCE : 0,
    // a year range: the range's links and weights, and the range said in the file (core/export/gexf.ts)
    years: visibility.slice?.years ?? null,
    // venues: their papers' links and weights, the venues named in the file
    venues: visibility.slice?.venues ?? null,
  };
}

/**
 * What the GEXF holds, as the Export menu says it: "GEXF · 8,275 authors and 10,597 papers, as shown" (the
 * author–paper view; papers left out when none is shown) or "GEXF · 120 authors and 300 links, as shown" (the
 * co-author view), "… and 300 links in 2019–2020, as shown" under a year range (venues: in `bundle`'s words, core `subsetSpan`, "in “Annual Meeting of the…” (10 volumes)", "in 3 venues"). The counts are `visibility`'s (`authorCount`, `paperCount`, `linkCount`), which are the
 * nodes and links `gexfShown` writes. Throws nothing.
 */
export function gexfMenuDetail(view: GraphView, visibility: Visibility, bundle: VenueBundle): string {
  const authors = countOf(visibility.authorCount, 'author');
  const rest =
    view === 'coauthors'
      ? ` and ${countOf(visibility.linkCount, 'link')}`
      : visibility.paperCount > 0
        ? ` and ${countOf(visibility.paperCount, 'paper')}`
        : '';
  // a year range: the file's links and their strengths are its papers' (core/export/gexf.ts)
  const years = visibility.slice ? ` in ${subsetSpan(bundle, visibility.slice)}` : '';
  return `GEXF · ${authors}${rest}${years}, as shown`;
}

/**
 * The filters of `filters` in `view` beyond years and venues that hide authors or links, as the exports say them
 * (core/export/shown-set.ts `ShownFilters`): the least number of papers, the hidden communities, and in the co-author
 * view the minimum link strength and "hide unlinked" (the papers view ignores both, as `computeVisibility` does);
 * the ego view. Null when none hides anything (papers hidden hides no author: not one of them). Throws nothing.
 */
export function shownFilters(bundle: Pick<Bundle, 'communities'>, filters: Filters, view: GraphView): ShownFilters | null {
  const f: ShownFilters = {
    minPapers: filters.minPapers,
    hiddenCommunities: [...filters.hiddenCommunities].filter((c) => c >= 0 && c < bundle.communities.length).sort((a, b) => a - b),
    minLinkStrength: view === 'coauthors' ? filters.minLinkStrength : 0,
    hideUnlinked: view === 'coauthors' && filters.hideUnlinked,
    ego: filters.ego ? { author: filters.ego.author, steps: filters.ego.steps } : null,
  };
  return filtersOn(f) ? f : null;
}

/**
 * What every export of the view holds (core/export/shown-set.ts `ShownSet`), from the one place the app decides what
 * is shown, `visibility` (the store's, made by `computeVisibility` for `filters` in `view`): its author mask, its
 * minimum link strength (the co-author view's, less the slider's rounding), the year range and venues of its slice,
 * the papers it draws (`papersOfShown`, and a co-author chain's step papers in an ego view: the same papers when
 * paper squares are off, `papersDrawnWithSquares`, so the papers table does not depend on them) and the filters in words (`shownFilters`). The GEXF (`gexfShown`), the tables, the VOSviewer and
 * Gephi files, their file names and the Export menu's counts all read it. Throws nothing.
 */
export function exportShown(bundle: Bundle, filters: Filters, view: GraphView, visibility: Visibility): ShownSet {
  const slice = visibility.slice;
  const paper = filters.showPapers ? visibility.paper : papersDrawnWithSquares(bundle, filters, visibility);
  return {
    author: visibility.author,
    paper,
    minLinkWeight: view === 'coauthors' ? visibility.minLinkStrength - LINK_TOLERANCE : -Infinity,
    years: slice?.years ?? null,
    venues: slice?.venues ?? null,
    filters: shownFilters(bundle, filters, view),
  };
}

/**
 * The papers the author–paper view of `visibility` would draw were paper squares on (`filters.showPapers` false:
 * `visibility.paper` is empty): `papersOfShown` of the authors the filters show, then, in an ego view with a co-author
 * chain traced, the papers of the chain's steps (`Visibility.alsoShown`) and not the other papers of the people the
 * chain added, as `computeVisibility` draws them. A mask by paper index; throws nothing.
 */
function papersDrawnWithSquares(bundle: Bundle, filters: Filters, visibility: Visibility): Uint8Array {
  const chain = visibility.alsoShown;
  let author: ArrayLike<number> = visibility.author;
  if (chain && chain.authors.length > 0) {
    const own = Uint8Array.from(visibility.author);
    for (const a of chain.authors) own[a] = 0;
    author = own;
  }
  const paper = papersOfShown(bundle, author, hiddenCommunityMask(bundle, filters), visibility.slice ? visibility.slice.inSlice : null);
  if (chain) for (const p of chain.papers) paper[p] = 1;
  return paper;
}

/** How many entries of `mask` are 1. Throws nothing. */
export function maskCount(mask: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) n++;
  return n;
}
