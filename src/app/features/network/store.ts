/**
 * The network feature's own state: whether the Rankings table is open, and its order and page, kept while it is
 * closed (a row chosen beside a card closes the table; opened again it showed the default order, page 1: tester).
 * What the table shows is the explorer store's.
 */
import { create } from 'zustand';

/** A column of the Rankings table. */
export type RankingColumn = 'name' | 'papers' | 'coauthors' | 'strength' | 'fullStrength' | 'betweenness' | 'community';

export interface NetworkState {
  rankingsOpen: boolean;
  setRankingsOpen(open: boolean): void;
  /** The column the table is sorted by, and whether largest first. */
  rankingsSort: { by: RankingColumn; desc: boolean };
  /** The table's page, 0-based (clamped to the pages there are when shown). */
  rankingsPage: number;
  setRankingsSort(sort: { by: RankingColumn; desc: boolean }): void;
  setRankingsPage(page: number): void;
}

export const useNetwork = create<NetworkState>()((set) => ({
  rankingsOpen: false,
  setRankingsOpen: (rankingsOpen) => set({ rankingsOpen }),
  rankingsSort: { by: 'papers', desc: true },
  rankingsPage: 0,
  setRankingsSort: (rankingsSort) => set({ rankingsSort, rankingsPage: 0 }),
  setRankingsPage: (rankingsPage) => set({ rankingsPage }),
}));
