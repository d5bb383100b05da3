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

/**
 * The Export menu's detail line for `kind`, for `bundle` under the year range and venues of `slice` (null: none,
 * every paper): "map and network files · 2019–2020: 812 authors, 1,204 links" under a range, "… · 2020 at “58th
 * Annual Meeting of the Association…”: 95 authors, 160 links" under a range and a venue, "map and network files · all
 * years: 7,513 authors, 20,117 links" without. The authors table holds the slice's authors, its figures as extra
 * columns ("CSV · 2019–2020: 812 rows, metrics and community, whole-record and 2019–2020 columns"); the papers table holds the
 * slice's papers ("CSV · 2019–2020: 2,140 rows, with abstracts"). Throws nothing.
 */
export function tableMenuDetail(kind: TableExport, bundle: Bundle, slice: PaperSlice | null): string {
  const { stats } = bundle;
  const years = slice ? subsetSpan(bundle, slice) : 'all years';
  const authors = slice ? slice.authorCount : stats.authors;
  const links = slice ? slice.linkCount : stats.coauthorPairs;
  switch (kind) {
    case 'authors-csv':
      // its figures beside the whole record's: "2020: 812 rows, …, whole-record and 2020 columns"
      return slice ? `CSV · ${years}: ${countOf(slice.authorCount, 'row')}, metrics and community, whole-record and ${slice.venues ? 'venue' : years} columns` : `CSV · ${countOf(stats.authors, 'row')}, metrics and community`;
    case 'papers-csv':
      return slice ? `CSV · ${years}: ${countOf(slice.paperCount, 'row')}, with abstracts` : `CSV · ${countOf(stats.papers, 'row')} (all years), with abstracts`;
    case 'pairs-csv':
      return `CSV · ${years}: ${countOf(links, 'row')} with weights`;
    case 'vosviewer':
      return `map and network files · ${years}: ${countOf(authors, 'author')}, ${countOf(links, 'link')}`;
    case 'gephi-tables':
      return `nodes and edges CSV (Import Spreadsheet) · ${years}: ${countOf(authors, 'node')}, ${countOf(links, 'edge')}`;
  }
}
