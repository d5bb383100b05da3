/**
 * Who is who: the review decisions on "same person?" suggestions, the alias lines accepted (merges and
 * splits) and how many of them the current dataset was built with, and the rebuild in progress.
 * Decisions belong to one paper list: they survive its own rebuilds and are cleared for another dataset.
 */
import { create } from 'zustand';
import type { AliasDecision } from '../../../core/queries/synonyms';
import { useAtlas } from '../../store';

export type RebuildState =
  | { status: 'idle' }
  | { status: 'running'; label: string; fraction: number }
  | { status: 'error'; message: string };

export interface WhoIsWhoState {
  /** Review decisions on "same person?" suggestions, keyed by `pairKey(names)`; they survive a rebuild. */
  decisions: Record<string, 'accepted' | 'rejected'>;
  /** Alias lines accepted (merges and splits), in the order given; applied ones are in the current dataset. */
  aliasLines: AliasDecision[];
  /** How many of `aliasLines` the current dataset was built with. */
  appliedLines: number;
  rebuild: RebuildState;
  decide(key: string, decision: 'accepted' | 'rejected' | null, lines: AliasDecision[]): void;
  addAliasLines(lines: AliasDecision[]): void;
  setRebuild(rebuild: RebuildState): void;
  markApplied(count: number): void;
}

/** Key of a suggested pair that stays the same when the dataset is rebuilt (indices change, names do not). */
export const pairKey = (names: readonly [string, string]): string => `${names[0]}\u0000${names[1]}`;

const sameLine = (x: AliasDecision, y: AliasDecision) => x.variant === y.variant && x.canonical === y.canonical && (x.paper ?? null) === (y.paper ?? null);

export const useWhoIsWho = create<WhoIsWhoState>()((set, get) => ({
  decisions: {},
  aliasLines: [],
  appliedLines: 0,
  rebuild: { status: 'idle' },
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
}));

// another dataset: decisions about the old paper list go (a rebuild of the same list keeps them)
useAtlas.subscribe((state, prev) => {
  if (state.dataset === prev.dataset || useWhoIsWho.getState().rebuild.status === 'running') return;
  useWhoIsWho.setState({ decisions: {}, aliasLines: [], appliedLines: 0 });
});
