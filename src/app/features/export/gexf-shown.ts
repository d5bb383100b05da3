/**
 * What the GEXF export writes, taken from the one place the app decides what a view shows
 * (graph/visibility.ts `computeVisibility`: the author and paper masks, the links at or above the minimum link
 * strength), and the Export menu's counts of it: the file and the menu agree by construction.
 */
import type { GexfShown } from '../../../core/export/gexf';
import type { GraphView } from '../../graph/sigma-graph';
import { LINK_TOLERANCE, type Visibility } from '../../graph/visibility';
import { countOf } from '../../format';
import { subsetSpan, type VenueBundle } from '../../../core/queries/venue-words';

/**
 * The GEXF's content for `view` under `visibility` (the store's, made by `computeVisibility` for that view):
 * the author–paper view writes its shown authors, shown papers (none when papers are hidden: `visibility.paper`
 * is all 0 then) and authorship edges; the co-author view its shown authors and the links between them at or
 * above `visibility.minLinkStrength` (less the slider's rounding, `LINK_TOLERANCE`, as the canvas hides them).
 * The masks are shared, not copied. Throws nothing.
 */
export function gexfShown(view: GraphView, visibility: Visibility): GexfShown {
  return {
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
