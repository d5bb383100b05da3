/**
 * The co-author chain being traced: its two ends and the chain found. A found chain is written into the
 * explorer's emphasis (the canvas highlights it) and framed by the camera; another dataset clears it.
 */
import { create } from 'zustand';
import { shortestCoauthorChain, type CoauthorChain } from '../../../core/queries/chains';
import type { NodeRef } from '../../graph/node-keys';
import { useAtlas } from '../../store';
import { chainEmphasis } from './chain-emphasis';

export interface PathState {
  from: number | null;
  to: number | null;
  /** The chain found for from → to; null when none is searched yet or they are not connected. */
  chain: CoauthorChain | null;
  /** 'none': from and to are not connected. */
  status: 'idle' | 'found' | 'none';
}

export interface ChainState {
  path: PathState;
  setPathEnd(end: 'from' | 'to', author: number | null): void;
  clearPath(): void;
}

const NO_PATH: PathState = { from: null, to: null, chain: null, status: 'idle' };

export const useChain = create<ChainState>()((set, get) => ({
  path: NO_PATH,
  setPathEnd: (end, author) => {
    const path = { ...get().path, [end]: author };
    const atlas = useAtlas.getState();
    const dataset = atlas.dataset;
    if (path.from === null || path.to === null || !dataset) {
      set({ path: { ...path, chain: null, status: 'idle' } });
      if (atlas.emphasis?.by === 'chain') atlas.emphasise(null);
      return;
    }
    const chain = shortestCoauthorChain(dataset.bundle, path.from, path.to);
    set({ path: { ...path, chain, status: chain ? 'found' : 'none' } });
    atlas.emphasise(chain ? chainEmphasis(chain) : null);
    // frame the whole chain, clear of the panels: its authors and, in the authors-and-papers view, the paper of
    // each step (two direct co-authors framed alone left their shared paper, and so the line, off screen: tester)
    if (chain && chain.authors.length > 1) {
      const refs: NodeRef[] = chain.authors.map((index) => ({ kind: 'author' as const, index }));
      for (const step of chain.steps) refs.push({ kind: 'paper', index: step.paper });
      atlas.moveCamera({ kind: 'nodes', refs });
    }
  },
  clearPath: () => {
    set({ path: NO_PATH });
    const atlas = useAtlas.getState();
    if (atlas.emphasis?.by === 'chain') atlas.emphasise(null);
  },
}));

// a chain is about one dataset (openDataset clears the emphasis itself)
useAtlas.subscribe((state, prev) => {
  if (state.dataset !== prev.dataset) useChain.setState({ path: NO_PATH });
});
