/**
 * What the insight tools show: the detail card (review list, community, a pair of co-authors), the
 * co-author chain being traced, the review decisions and alias lines applied, the rebuild in progress
 * and the colour mode. Kept apart from the explorer's store; it follows it (a new dataset resets the
 * chain and the card, a node selection closes the card).
 */
import { create } from 'zustand';
import type { AliasDecision } from '../../core/queries/synonyms';
import { shortestCoauthorChain, type CoauthorChain } from '../../core/queries/chains';
import { useAtlas } from '../store';

export type InsightDetail = { kind: 'review' } | { kind: 'community'; id: number } | { kind: 'pair'; a: number; b: number };

export type ColorBy = 'community' | 'year';

export type RebuildState =
  | { status: 'idle' }
  | { status: 'running'; label: string; fraction: number }
  | { status: 'error'; message: string };

export interface PathState {
  from: number | null;
  to: number | null;
  /** The chain found for from → to; null when none is searched yet or they are not connected. */
  chain: CoauthorChain | null;
  /** 'none': from and to are not connected. */
  status: 'idle' | 'found' | 'none';
}

export interface InsightsState {
  detail: InsightDetail | null;
  path: PathState;
  /** Review decisions on "same person?" suggestions, keyed by `pairKey(names)`; they survive a rebuild. */
  decisions: Record<string, 'accepted' | 'rejected'>;
  /** Alias lines accepted (merges and splits), in the order given; applied ones are in the current dataset. */
  aliasLines: AliasDecision[];
  /** How many of `aliasLines` the current dataset was built with. */
  appliedLines: number;
  rebuild: RebuildState;
  colorBy: ColorBy;
  openDetail(detail: InsightDetail): void;
  closeDetail(): void;
  setPathEnd(end: 'from' | 'to', author: number | null): void;
  clearPath(): void;
  decide(key: string, decision: 'accepted' | 'rejected' | null, lines: AliasDecision[]): void;
  addAliasLines(lines: AliasDecision[]): void;
  setRebuild(rebuild: RebuildState): void;
  markApplied(count: number): void;
  setColorBy(colorBy: ColorBy): void;
}

const NO_PATH: PathState = { from: null, to: null, chain: null, status: 'idle' };

/** Key of a suggested pair that stays the same when the dataset is rebuilt (indices change, names do not). */
export const pairKey = (names: readonly [string, string]): string => `${names[0]}\u0000${names[1]}`;

const sameLine = (x: AliasDecision, y: AliasDecision) => x.variant === y.variant && x.canonical === y.canonical && (x.paper ?? null) === (y.paper ?? null);

export const useInsights = create<InsightsState>()((set, get) => ({
  detail: null,
  path: NO_PATH,
  decisions: {},
  aliasLines: [],
  appliedLines: 0,
  rebuild: { status: 'idle' },
  colorBy: 'community',
  openDetail: (detail) => {
    // one card at a time: the author or paper card gives way (and comes back with Back)
    const atlas = useAtlas.getState();
    if (atlas.selection) atlas.select(null, { moveCamera: false });
    // on narrow screens the card is a bottom sheet: the drawer it was opened from gives way
    if (atlas.drawerOpen) atlas.setDrawerOpen(false);
    set({ detail });
  },
  closeDetail: () => set({ detail: null }),
  setPathEnd: (end, author) => {
    const path = { ...get().path, [end]: author };
    const dataset = useAtlas.getState().dataset;
    if (path.from === null || path.to === null || !dataset) return set({ path: { ...path, chain: null, status: 'idle' } });
    const chain = shortestCoauthorChain(dataset.bundle, path.from, path.to);
    set({ path: { ...path, chain, status: chain ? 'found' : 'none' } });
    // frame the whole chain, clear of the panels
    if (chain && chain.authors.length > 1) {
      useAtlas.getState().moveCamera({ kind: 'nodes', refs: chain.authors.map((index) => ({ kind: 'author' as const, index })) });
    }
  },
  clearPath: () => set({ path: NO_PATH }),
  decide: (key, decision, lines) => {
    const decisions = { ...get().decisions };
    let aliasLines = get().aliasLines.filter((l) => !lines.some((x) => sameLine(l, x)));
    if (decision === null) delete decisions[key];
    else decisions[key] = decision;
    if (decision === 'accepted') aliasLines = [...aliasLines, ...lines];
    set({ decisions, aliasLines, appliedLines: Math.min(get().appliedLines, aliasLines.length) });
  },
  addAliasLines: (lines) => {
    const fresh = lines.filter((l) => !get().aliasLines.some((x) => sameLine(l, x)));
    set({ aliasLines: [...get().aliasLines, ...fresh] });
  },
  setRebuild: (rebuild) => set({ rebuild }),
  markApplied: (count) => set({ appliedLines: count }),
  setColorBy: (colorBy) => set({ colorBy }),
}));

// Follow the explorer: a node selection closes the card; another dataset resets what was about the old one.
useAtlas.subscribe((state, prev) => {
  const insights = useInsights.getState();
  if (state.selection && state.selection !== prev.selection && insights.detail) insights.closeDetail();
  if (state.dataset !== prev.dataset) {
    const rebuilt = insights.rebuild.status === 'running';
    useInsights.setState({
      detail: rebuilt ? insights.detail : null,
      path: NO_PATH,
      // alias decisions belong to one paper list: keep them across its own rebuilds only
      ...(rebuilt ? {} : { decisions: {}, aliasLines: [], appliedLines: 0 }),
    });
  }
});
