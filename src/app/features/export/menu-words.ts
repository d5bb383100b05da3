/**
 * What the Export menu says of the tables and the two-file network exports, with the papers each file covers: the
 * whole record's ("all years") or those of the view's year range and venues (its slice, core/queries/time-slice.ts
 * `paperSlice`), whose authors, links and strengths the files then hold. The counts are the files' rows.
 */
import type { Bundle } from '../../../core/bundle/types';
import type { PaperSlice } from '../../../core/queries/time-slice';
import { subsetSpan } from '../../../core/queries/venue-words';
import { countOf } from '../../format';

/** The export kinds these words are for. */
export type TableExport = 'authors-csv' | 'papers-csv' | 'pairs-csv' | 'vosviewer' | 'gephi-tables';

/** What the files of the view hold, as the Export menu counts them (gexf-shown.ts `exportShown`, the visibility's counts). */
export interface ShownCounts {
  authors: number;
  links: number;
  papers: number;
  /** The filters beyond years and venues in words (core/export/shown-set.ts `shownFilterWords`), or null: none. */
  filters: string | null;
}

/**
 * The Export menu's detail line for `kind`, for `bundle` under the year range and venues of `slice` (null: none,
 * every paper): "map and network files · 2019–2020: 812 authors, 1,204 links" under a range, "… · 2020 at “58th
 * Annual Meeting of the Association…”: 95 authors, 160 links" under a range and a venue, "map and network files · all
 * years: 7,513 authors, 20,117 links" without. The authors table holds the slice's authors, its figures as extra
 * columns ("CSV · 2019–2020: 812 rows, metrics and community, whole-record and 2019–2020 columns"); the papers table holds the
 * slice's papers ("CSV · 2019–2020: 2,140 rows, with abstracts"). `shown`: what the files hold under every filter of
 * the view (its authors, links and papers, and the other filters in words: "map and network files · all years, at
 * least 2 papers: 18 authors, 120 links"); null: the slice's whole network (or the bundle's). Throws nothing.
 */
export function tableMenuDetail(kind: TableExport, bundle: Bundle, slice: PaperSlice | null, shown: ShownCounts | null = null): string {
  const { stats } = bundle;
  const filters = shown?.filters ?? null;
  const span = slice ? subsetSpan(bundle, slice) : 'all years';
  const years = filters ? `${span}, ${filters}` : span;
  const authors = shown ? shown.authors : slice ? slice.authorCount : stats.authors;
  const links = shown ? shown.links : slice ? slice.linkCount : stats.coauthorPairs;
  const papers = shown ? shown.papers : slice ? slice.paperCount : stats.papers;
  switch (kind) {
    case 'authors-csv':
      // its figures beside the whole record's: "2020: 812 rows, …, whole-record and 2020 columns"
      if (slice) return `CSV · ${years}: ${countOf(authors, 'row')}, metrics and community, whole-record and ${slice.venues ? 'venue' : span} columns`;
      return filters ? `CSV · ${filters}: ${countOf(authors, 'row')}, metrics and community` : `CSV · ${countOf(authors, 'row')}, metrics and community`;
    case 'papers-csv':
      if (slice) return `CSV · ${years}: ${countOf(papers, 'row')}, with abstracts`;
      return filters ? `CSV · ${filters}: ${countOf(papers, 'row')} (all years), with abstracts` : `CSV · ${countOf(papers, 'row')} (all years), with abstracts`;
    case 'pairs-csv':
      return `CSV · ${years}: ${countOf(links, 'row')} with weights`;
    case 'vosviewer':
      return `map and network files · ${years}: ${countOf(authors, 'author')}, ${countOf(links, 'link')}`;
    case 'gephi-tables':
      return `nodes and edges CSV (Import Spreadsheet) · ${years}: ${countOf(authors, 'node')}, ${countOf(links, 'edge')}`;
  }
}
