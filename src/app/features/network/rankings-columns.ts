/** The Rankings table's columns (RankingsPanel.tsx), apart from the panel so tests read them without a page. */
import { FULL_STRENGTH_TITLE } from './strength-text';
import type { RankingColumn } from './store';

/** One column: `short` is the heading on a phone, where the table fits the screen's width (the full name is its title). */
export interface RankingsColumnSpec {
  key: RankingColumn;
  label: string;
  short?: string;
  numeric: boolean;
  title?: string;
}

const COLUMNS: RankingsColumnSpec[] = [
  { key: 'name', label: 'Author', numeric: false },
  { key: 'papers', label: 'Papers', numeric: true },
  { key: 'coauthors', label: 'Co-authors', short: 'Co‑auth.', numeric: true, title: 'Co-authors' },
  { key: 'strength', label: 'Total link strength', short: 'Link strength', numeric: true, title: 'Total link strength: the sum of the author’s co-author link strengths' },
  // only on a map built with fractional counting (`columnsFor`): there the column above is the papers with co-authors
  { key: 'fullStrength', label: 'Total link strength (full counting)', short: 'Full count.', numeric: true, title: FULL_STRENGTH_TITLE },
  { key: 'betweenness', label: 'Betweenness %', short: 'Betw.%', numeric: true, title: 'Betweenness: per cent of the shortest co-author chains between other authors that pass through this author' },
  { key: 'community', label: 'Community', numeric: false },
];


/**
 * The columns for a map built with `counting`: with fractional counting, "Total link strength (full counting)" beside
 * the map's own total link strength (which equals the papers with co-authors there); with full counting the map's own
 * is that already. Throws nothing.
 */
export function columnsFor(counting: 'fractional' | 'full'): RankingsColumnSpec[] {
  if (counting === 'full') return COLUMNS.filter((c) => c.key !== 'fullStrength');
  // (a tester read the column as a copy of Papers: under fractional counting it is the papers with co-authors)
  return COLUMNS.map((c) => (c.key === 'strength' ? { ...c, title: FRACTIONAL_STRENGTH_TITLE } : c));
}

/** The heading's title of a fractional map's total link strength: what it adds up, and why it is close to Papers. */
export const FRACTIONAL_STRENGTH_TITLE =
  'Total link strength (fractional counting): each paper with co-authors adds 1, shared among them, so it equals the author’s papers with co-authors; the full-counting column beside it counts each co-author on each paper';


/** The table's order as asked (the network store's `rankingsSort`). */
export interface RankingsSort {
  by: RankingColumn;
  desc: boolean;
}

/**
 * The order the table shows on a map whose columns are `columns` (`columnsFor`), and what to say when it is not
 * the one asked. The order is kept between maps (network store), and the "full counting" column is on fractional
 * maps only: sorted by it there, a full-counting map opened next was sorted by its total link strength with no
 * heading marked and "Sorted by" naming another column. Now:
 * - a column shown: that order, nothing to say (`replaced` null);
 * - "Total link strength (full counting)" on a full-counting map: its "Total link strength" is that figure (each
 *   paper adds 1 per co-author), so the table is sorted by it, in the same direction, and `replaced` says so;
 * - any other column not shown: papers, most first (the table's first order), and `replaced` says so.
 * The order asked is kept (the store is not changed): back on a map that has the column, it sorts by it again.
 * `replaced`: one sentence for under the "Sorted by" choice. Throws nothing.
 */
export function shownSort(sort: RankingsSort, columns: readonly RankingsColumnSpec[]): { sort: RankingsSort; replaced: string | null } {
  if (columns.some((c) => c.key === sort.by)) return { sort, replaced: null };
  const asked = COLUMNS.find((c) => c.key === sort.by)?.label ?? sort.by;
  if (sort.by === 'fullStrength' && columns.some((c) => c.key === 'strength')) {
    return {
      sort: { by: 'strength', desc: sort.desc },
      replaced: `Sorted by Total link strength: with full counting (this map’s) it is the “${asked}” you chose on another map.`,
    };
  }
  return { sort: { by: 'papers', desc: true }, replaced: `Sorted by Papers: this map has no “${asked}” column.` };
}
