/**
 * What the Export menu says of the tables and the two-file network exports, with the years each file covers: the
 * whole record's ("all years") or a year range's (the view's time slice, core/queries/time-slice.ts), whose authors,
 * links and strengths the files then hold. The counts are the files' rows.
 */
import type { Bundle } from '../../../core/bundle/types';
import { subsetSpan, type PaperSlice } from '../../../core/queries/time-slice';
import { countOf } from '../../format';

/** The export kinds these words are for. */
export type TableExport = 'authors-csv' | 'papers-csv' | 'pairs-csv' | 'vosviewer' | 'gephi-tables';

/**
 * The Export menu's detail line for `kind`, for `bundle` under the year range of `slice` (null: none, all years):
 * "map and network files · 2019–2020: 812 authors, 1,204 links" under a range, "map and network files · all years:
 * 7,513 authors, 20,117 links" without. The authors table keeps every author (the range's figures as extra columns);
 * the papers table holds the range's papers ("CSV · 2019–2020: 2,140 rows, with abstracts"). With `venuesIgnored` (a
 * venue filter on, which the tables do not take), " · every venue (tables ignore the venue filter)" after it. Throws
 * nothing.
 */
export function tableMenuDetail(kind: TableExport, bundle: Bundle, slice: PaperSlice | null, venuesIgnored = false): string {
  const words = tableWords(kind, bundle, slice);
  return venuesIgnored ? `${words} · every venue (tables ignore the venue filter)` : words;
}

function tableWords(kind: TableExport, bundle: Bundle, slice: PaperSlice | null): string {
  const { stats } = bundle;
  const years = slice ? subsetSpan(bundle, slice) : 'all years';
  const authors = slice ? slice.authorCount : stats.authors;
  const links = slice ? slice.linkCount : stats.coauthorPairs;
  switch (kind) {
    case 'authors-csv':
      return `CSV · ${countOf(stats.authors, 'row')}, metrics and community${slice ? `, with ${years} columns` : ''}`;
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
