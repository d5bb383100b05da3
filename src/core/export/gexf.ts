/**
 * The graph as GEXF 1.3 for Gephi (and Gephi Lite), written by graphology-gexf.
 *
 * Either graph a view draws: the co-author graph (authors `a<index>`, co-author links `l<index>` with weight =
 * the bundle's link weight, the link strength, and attribute `shared` = papers shared), or the author–paper graph
 * (authors, papers `p<index>`, authorship edges `w<paper>-<author>`, weight 1, attribute `kind` only). Node
 * attributes: kind, community (numbered from 1 as the app's cards: "Community 5" = 5), community_label (its name
 * in the app), papers; authors also mean_year (mean year of their papers, always typed double),
 * total_link_strength (double) and coauthors (degree in the co-author graph, over the whole dataset); papers also
 * year. Plus the precomputed position and colour as GEXF viz data (x, y, color, size) so Gephi opens it laid out.
 */
import { xmlSafe } from '../util/xml-text';
import Graph from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import { communityColors } from '../appearance/palette';
import type { Bundle } from '../bundle/types';
import { authorKey, paperKey } from '../graph/node-keys';
import { meanAuthorYears } from '../queries/year-colours';
import { sliceOf, yearSpan } from '../queries/time-slice';
import { subsetSpan, venueListNames } from '../queries/venue-words';
import { writtenTotal } from '../bundle/make-bundle';
import { filtersOn, shownFilterWords, shownLinks, type ShownSet } from './shown-set';

/**
 * What a view shows, as the app's filters left it (app/graph/visibility.ts `computeVisibility`; the explorer's
 * export makes it with app/features/export/gexf-shown.ts): the exports' shown set (shown-set.ts `ShownSet`: the
 * author mask, the minimum link weight, the years and venues whose papers' links and weights are written, with
 * `papers_in_years` and the file's description naming them, and the other filters said in it: "Shown: at least 2
 * papers.") and the view. The GEXF holds exactly this.
 */
export interface GexfShown extends Omit<ShownSet, 'paper'> {
  /** 'papers': authors, papers and authorship edges (no co-author links); 'coauthors': authors and co-author links. */
  view: 'papers' | 'coauthors';
  /** 1 for each paper drawn, by paper index (one entry per paper; all 0 with paper squares off); read in the papers view only. */
  paper: ArrayLike<number>;
}

export interface GexfOptions {
  /** What to write (a view under its filters); default the whole co-author graph. */
  shown?: GexfShown;
  /** Colour per author index (CSS hex); default the viewer's community palette (light theme). */
  authorColours?: readonly string[];
  /** Colour per paper index (CSS hex), as the canvas draws papers; default one grey for all. */
  paperColours?: readonly string[];
}

/**
 * The bundle as a GEXF 1.3 document (a string of XML), written by graphology-gexf: what `opts.shown` shows (by
 * default every author and co-author link). In the co-author view, the shown authors and the links of at least
 * `minLinkWeight` between two of them; in the papers view, the shown authors, the shown papers and an authorship
 * edge from each shown paper to each of its shown authors. Positions are the bundle's layout coordinates; node
 * size 1 + sqrt(papers) (papers in the year range `opts.shown.years` and venues `opts.shown.venues` under them); colours from `opts.authorColours` / `opts.paperColours` (CSS hex per index) or the
 * viewer's light community palette for authors and one grey for papers.
 * Text that XML cannot hold (control characters) is dropped from labels.
 * Throws an Error when a mask in `opts.shown` is not one entry per author (or paper): a view of another dataset.
 */
export function bundleToGexf(bundle: Bundle, opts: GexfOptions = {}): string {
  const palette = opts.authorColours ? null : communityColors(bundle.communities.map((c) => c.size), 'light');
  const A = bundle.authors;
  const P = bundle.papers;
  const shown = opts.shown;
  if (shown && shown.author.length !== A.name.length) {
    throw new Error(`GEXF export: the view's author mask has ${shown.author.length} entries for ${A.name.length} authors (a view of another dataset?)`);
  }
  if (shown?.view === 'papers' && shown.paper.length !== P.title.length) {
    throw new Error(`GEXF export: the view's paper mask has ${shown.paper.length} entries for ${P.title.length} papers (a view of another dataset?)`);
  }
  const keep = (a: number) => !shown || shown.author[a] === 1;
  const years = meanAuthorYears(bundle);
  const range = shown?.years ?? null;
  const venues = shown?.venues?.length ? shown.venues : null;
  const slice = sliceOf(bundle, range, venues);
  const graph = new Graph({ type: 'undirected', multi: false });
  for (let a = 0; a < A.name.length; a++) {
    if (!keep(a)) continue;
    graph.addNode(authorKey(a), {
      label: xmlSafe(A.name[a]!),
      kind: 'author',
      community: A.community[a]! + 1,
      community_label: xmlSafe(bundle.communities[A.community[a]!]?.label ?? ''),
      papers: A.paperCount[a],
      coauthors: A.coauthorCount[a],
      total_link_strength: writtenTotal(A.weightedDegree[a]!),
      mean_year: years[a] === null ? null : Math.round(years[a]! * 100) / 100,
      x: A.x[a],
      y: A.y[a],
      color: opts.authorColours?.[a] ?? palette![A.community[a]!]!,
      // the disc as the view draws it: by the range's papers under a range (app graph/node-sizes.ts)
      size: 1 + Math.sqrt(slice ? slice.papers[a]! : A.paperCount[a]!),
      ...(slice ? { papers_in_years: slice.papers[a] } : {}),
    });
  }
  if (shown?.view === 'papers') {
    for (let p = 0; p < P.title.length; p++) {
      if (shown.paper[p] !== 1) continue;
      graph.addNode(paperKey(p), {
        label: xmlSafe(P.title[p]!),
        kind: 'paper',
        community: P.community[p]! + 1,
        community_label: xmlSafe(bundle.communities[P.community[p]!]?.label ?? ''),
        papers: 1,
        year: P.year[p],
        x: P.x[p],
        y: P.y[p],
        color: opts.paperColours?.[p] ?? '#bdbdbd',
        size: 1,
      });
      for (const a of P.authors[p]!) if (keep(a)) graph.addEdgeWithKey(`w${p}-${a}`, authorKey(a), paperKey(p), { weight: 1, kind: 'authorship' });
    }
  } else {
    const L = bundle.coauthorLinks;
    const min = shown ? shown.minLinkWeight : -Infinity;
    // a year range: the range's links and weights (a link with no shared paper in it is none)
    const weight: ArrayLike<number> = slice ? slice.weight : L.weight;
    const shared: ArrayLike<number> = slice ? slice.shared : L.shared;
    // the links shown, as every table export takes them (shown-set.ts)
    const all = new Uint8Array(A.name.length).fill(1);
    for (const e of shownLinks(bundle, shown ? shown.author : all, min, weight, shared)) {
      graph.addEdgeWithKey(`l${e}`, authorKey(L.source[e]!), authorKey(L.target[e]!), { weight: weight[e], kind: 'coauthor', shared: shared[e] });
    }
  }
  // the other filters, said after the years' and venues' words (or alone)
  const filters = shown?.filters && filtersOn(shown.filters) ? ` Shown: ${shownFilterWords(bundle, shown.filters)}.` : '';
  graph.setAttribute('name', xmlSafe(bundle.name));
  if (venues) {
    const span = subsetSpan(bundle, { years: range, venues });
    // (a series chosen whole once: its ten volumes were each listed, a tester)
    const named = venueListNames(bundle, venues);
    graph.setAttribute(
      'description',
      xmlSafe(
        shown?.view === 'coauthors'
          ? `Papers of ${span} only (venues: ${named}): authors with a paper there; co-author links, their weight (link strength, ${bundle.options.counting} counting) and shared papers from those papers only. Node attribute papers_in_years: papers there (node size 1 + √ of it); papers and mean_year: all papers.${filters}`
          : `Papers of ${span} only (venues: ${named}) and their authors. Node attribute papers_in_years: papers there (author node size 1 + √ of it); papers and mean_year of authors: all papers.${filters}`,
      ),
    );
    graph.setAttribute('keywords', xmlSafe(`${range ? `years ${yearSpan(range)}, ` : ''}venues ${named}`));
  } else if (range) {
    const span = yearSpan(range);
    graph.setAttribute(
      'description',
      xmlSafe(shown?.view === 'coauthors'
        ? `Year range ${span}: authors with a paper in ${span}; co-author links, their weight (link strength, ${bundle.options.counting} counting) and shared papers from the papers of ${span} only. Node attribute papers_in_years: papers in ${span} (node size 1 + √ of it); papers and mean_year: all years.${filters}`
        : `Year range ${span}: the papers of ${span} and their authors. Node attribute papers_in_years: papers in ${span} (author node size 1 + √ of it); papers and mean_year of authors: all years.${filters}`),
    );
    graph.setAttribute('keywords', `years ${span}`);
  } else if (filters) {
    graph.setAttribute('description', xmlSafe(filters.trim()));
  }
  // graphology-gexf types a column from its values: a mean year or a total link strength that happens to be whole
  // everywhere (full counting, one-year data) would be typed integer; declared double, as the measures are
  return write(graph, { version: '1.3', pretty: true }).replace(/(<attribute id="(?:mean_year|total_link_strength)" title="[^"]*" type=")(?:integer|long)"/g, '$1double"');
}
