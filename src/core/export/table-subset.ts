/**
 * The papers a table export covers (CSV tables, VOSviewer map and network files, Gephi's spreadsheet tables), as
 * the view's filters chose them: a year range, some venues, or both (years AND venues: one paper-subset slice,
 * core/queries/time-slice.ts `paperSlice`), and what the files say of it: the years and venues cells written on
 * every row, the words in VOSviewer's weight names, the file names' suffix.
 */
import type { Bundle } from '../bundle/types';
import { paperSlice, yearSpan, type PaperSlice, type PaperSubset } from '../queries/time-slice';
import { subsetFileSuffix, subsetSpan, venueChoiceNamed, venueListNames } from '../queries/venue-words';

/**
 * What a table export is asked for: a year range ([first, last], inclusive: the years alone, as the exports were
 * first called), a `PaperSubset` (years and venues, either null: no condition on it), or null (every paper).
 */
export type TableSubset = PaperSubset | readonly [number, number] | null;

/** What a table export's files say of its subset. */
export interface TableWords {
  /** The `years` cell on every row: "2019–2020", "2020", or "all years" (venues alone). */
  years: string;
  /**
   * The `venues` cell on every row, the venues' whole names, a series chosen whole once ("Harbour Conference (3
   * volumes); Findings of the Harbour Conference 2020; no venue given": `venueListNames`); null without venues (no
   * such column).
   */
  venues: string | null;
  /**
   * The subset in a few words after a figure's name: "2019–2020", "2020 at “Harbour Conference”", several venues
   * named when they fit (`venueListWords`: "at “Harbour Conference” + “Lantern Workshop”", a whole series as one),
   * else as `subsetSpan` says them, "at 1 series and 5 venues", "at 3 venues".
   */
  within: string;
}

/** A table export's subset, worked out: its slice and the words the files write of it. */
export interface TableSlice extends TableWords {
  /** The years and venues, venues ascending and distinct. */
  subset: PaperSubset;
  /** The co-author network of the subset's papers (links, strengths, papers per author). */
  slice: PaperSlice;
}

/** `subset` as a `PaperSubset`, or null when it asks for every paper (null, or neither years nor venues). Throws nothing. */
export function paperSubsetOf(subset: TableSubset): PaperSubset | null {
  if (!subset) return null;
  const asked: PaperSubset = 'years' in subset ? subset : { years: subset, venues: null };
  return asked.years || asked.venues ? asked : null;
}

/** The longest list of venues (in characters) the tables' words name one by one; a longer one is "N venues". */
export const VENUE_LIST_MAX = 120;

/**
 * Venues `venues` (indices into `bundle.venues`, `NO_VENUE`; two or more) named one by one for a table's words,
 * joined by " + " (VOSviewer's weight names hold no comma or semicolon), as the explorer names them
 * (core/queries/venue-words.ts `venueChoiceNamed`: a whole series once, "“Annual Meeting of the Association for…”
 * (10 volumes) + “Findings of the Association for Computa…”", short names where the map gives them, "LREC 2020").
 * Null when that is longer than `max` characters (the caller then says how many). A tester: the VOSviewer header of
 * several venues said only "at 3 venues". Throws nothing.
 */
export function venueListWords(bundle: Bundle, venues: readonly number[], max = VENUE_LIST_MAX): string | null {
  return venueChoiceNamed(bundle, [...venues].sort((a, b) => a - b), max);
}

/**
 * What the files of `subset` (years and venues of `bundle`, as `paperSlice` takes them) say of it (`TableWords`).
 * Throws nothing.
 */
export function tableWords(bundle: Bundle, subset: PaperSubset): TableWords {
  const venues = subset.venues ? [...new Set(subset.venues)].sort((a, b) => a - b) : null;
  const listed = venues && venues.length > 1 ? venueListWords(bundle, venues) : null;
  const span = listed ? (subset.years ? `${yearSpan(subset.years)} at ${listed}` : listed) : subsetSpan(bundle, { years: subset.years, venues });
  return {
    years: subset.years ? yearSpan(subset.years) : 'all years',
    venues: venues ? venueListNames(bundle, venues) : null,
    within: subset.years ? span : `at ${span}`,
  };
}

/**
 * The slice and words of `subset` for `bundle`'s table exports, or null for every paper (see `TableSubset`).
 * Throws a RangeError for years that are not two whole years in order, or a venue not of `bundle`
 * (`paperSlice`).
 */
export function tableSlice(bundle: Bundle, subset: TableSubset): TableSlice | null {
  const asked = paperSubsetOf(subset);
  if (!asked) return null;
  const slice = paperSlice(bundle, asked);
  const checked: PaperSubset = { years: slice.years, venues: slice.venues };
  return { subset: checked, slice, ...tableWords(bundle, checked) };
}

/** The columns naming a subset's papers in a CSV table: `years`, and `venues` when venues are chosen. */
export const subsetHeader = (t: TableWords): string[] => (t.venues === null ? ['years'] : ['years', 'venues']);

/** Their cells, the same on every row (`subsetHeader`): "2019–2020" (or "all years"), the venues' whole names. */
export const subsetCells = (t: TableWords): string[] => (t.venues === null ? [t.years] : [t.years, t.venues]);

/**
 * The suffix after the dataset's name in the files of `subset` of `bundle`: `-2019-2020`, `-lrec-2020`,
 * `-2020-acl-emnlp` (`subsetFileSuffix`); '' for every paper. Throws nothing.
 */
export const tableSuffix = (bundle: Pick<Bundle, 'venues' | 'papers'>, subset: TableSubset): string => subsetFileSuffix(bundle, paperSubsetOf(subset));
