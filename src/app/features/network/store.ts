/** The network feature's own state: whether the Rankings table is open (what it shows is the explorer store's). */
import { create } from 'zustand';

export interface NetworkState {
  rankingsOpen: boolean;
  setRankingsOpen(open: boolean): void;
}

export const useNetwork = create<NetworkState>()((set) => ({
  rankingsOpen: false,
  setRankingsOpen: (rankingsOpen) => set({ rankingsOpen }),
}));
