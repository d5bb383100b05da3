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
  return counting === 'fractional' ? COLUMNS : COLUMNS.filter((c) => c.key !== 'fullStrength');
}

