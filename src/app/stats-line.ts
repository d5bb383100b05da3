/** The words of the top bar's counts (App.tsx `StatsLine`), apart from React so that they can be tested. */
import { countOf } from './format';

/** The whole map's sizes: authors, papers and communities of the bundle. */
export interface MapSizes {
  authors: number;
  papers: number;
  communities: number;
}

/** What the view shows now (from `Visibility`): authors shown, papers counted beside them (null: none said). */
export interface ShownCounts {
  /** Authors the map shows under every filter (at least N papers, years, communities, links, ego view). */
  authors: number;
  /** Papers to say on hover: the view's paper nodes, or a year range's papers; null to say none. */
  papers: number | null;
  /** The year range, first and last year inclusive, or null. */
  years: readonly [number, number] | null;
  /** With venues chosen: the year range and venues in words (core/queries/venue-words.ts `subsetSpan`: "3 venues", "2020 at “Annual Meeting of the…” (10 volumes)"). */
  where?: string | null;
  /** The same with the venues named whole (core `venueListNames`), for the hover text; `where` when absent. */
  whereWhole?: string | null;
}

/**
 * The top bar's count line and its hover text. With nothing hidden: "36,784 authors · 29,546 papers · 2,060
 * communities" (no hover text). With any filter hiding authors (the least number of papers, a year range, hidden
 * communities, a link strength, the ego view): the authors shown of all, "2,065 of 36,784 authors shown", or
 * under a year range "23,495 of 36,784 authors in 2020–2021" (the header ignored the least number of papers while
 * it followed a year range: a tester), or with venues chosen `shown.where`'s words, "3,120 of 36,784 authors in 2
 * venues". Numbers in en-US grouping. Throws nothing.
 */
export function statsLineWords(sizes: MapSizes, shown: ShownCounts): { text: string; title: string | null } {
  const { years } = shown;
  const where = shown.where ?? null;
  if (years === null && where === null && shown.authors === sizes.authors) {
    return { text: `${countOf(sizes.authors, 'author')} · ${countOf(sizes.papers, 'paper')} · ${countOf(sizes.communities, 'community')}`, title: null };
  }
  const span = where !== null ? `in ${where}` : years === null ? 'shown' : years[0] === years[1] ? `in ${years[0]}` : `in ${years[0]}–${years[1]}`;
  const authors = `${shown.authors.toLocaleString('en')} of ${countOf(sizes.authors, 'author')}`;
  const papers = shown.papers === null ? '' : ` · ${shown.papers.toLocaleString('en')} of ${countOf(sizes.papers, 'paper')}`;
  // (the hover text names the venues whole: the line may shorten them, "Findings of the Association…: EMNLP 2020")
  const wholeSpan = shown.whereWhole ? `in ${years === null ? '' : `${years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`} at `}${shown.whereWhole}` : span;
  return { text: `${authors} ${span}`, title: `${authors}${papers} ${wholeSpan}, under the filters set` };
}

/** What search looks through under the filters: the authors and papers they leave (`Visibility`'s masks' counts). */
export interface SearchScope {
  authors: number;
  papers: number;
}

/**
 * What search looks through: the authors and papers the filters leave (`visibility.authorCount`, `paperCount`: the
 * masks search keeps hits by, store `searchHits`), or the whole map's (`sizes`) before the visibility is worked out
 * (null). The same counts as the top bar's line (`statsLineWords`). Throws nothing.
 */
export function searchScope(sizes: MapSizes, visibility: { authorCount: number; paperCount: number } | null): SearchScope {
  return visibility ? { authors: visibility.authorCount, papers: visibility.paperCount } : { authors: sizes.authors, papers: sizes.papers };
}

/**
 * The search box's placeholders, longest first (the box shows the first that fits it whole): what search looks
 * through under the filters (`scope`), "Search 36,784 authors and 29,546 papers" with nothing hidden, "Search 5,271
 * authors and 9,120 papers shown" when filters hide some of `sizes` (hidden ones are not found: the placeholder said
 * the whole map's 36,784 under `min=5`, a tester), "Search 5,271 authors shown" with no paper left to search (paper
 * nodes off). `papersDrawn` false (the co-author view, which draws no paper): the papers searched are the shown
 * authors' and not said to be shown, "Search 765 authors shown and their 942 papers" (it said "942 papers shown" over a
 * map without one: a tester). Throws nothing.
 */
export function searchPlaceholders(sizes: MapSizes, scope: SearchScope, papersDrawn = true): string[] {
  const filtered = scope.authors < sizes.authors || scope.papers < sizes.papers;
  const a = countOf(scope.authors, 'author');
  const p = countOf(scope.papers, 'paper');
  const shown = filtered ? ' shown' : '';
  const counted =
    scope.papers === 0
      ? [`Search ${a}${shown}`]
      : filtered && !papersDrawn
        ? [`Search ${a} shown and their ${p}`, `Search ${a} shown, ${p}`]
        : [`Search ${a} and ${p}${shown}`, `Search ${a}, ${p}${shown}`];
  const words = scope.papers === 0 ? ['Search authors', 'Search'] : ['Search authors and papers', 'Search authors, papers', 'Search'];
  return [...counted, ...words];
}
