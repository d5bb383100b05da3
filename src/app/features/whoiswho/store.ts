/**
 * Who is who: the review decisions on "same person?" suggestions, the alias lines accepted (merges and
 * splits) and how many of them the current dataset was built with, and the rebuild in progress.
 * Decisions belong to one paper list: they survive its own rebuilds and are cleared for another dataset.
 */
import { create } from 'zustand';
import type { AliasDecision } from '../../../core/queries/synonyms';
import { useAtlas } from '../../store';
import { writeDecisionsToUrl } from './decisions-url';

export type RebuildState =
  | { status: 'idle' }
  | { status: 'running'; label: string; fraction: number }
  | { status: 'error'; message: string };

export interface WhoIsWhoState {
  /** Review decisions on "same person?" suggestions, keyed by `pairKey(names)`; they survive a rebuild. */
  decisions: Record<string, 'accepted' | 'rejected'>;
  /** Alias lines accepted (merges and splits), in the order given; applied ones are in the current dataset. */
  aliasLines: AliasDecision[];
  /** How many alias lines the current dataset was built with (`applied.length`). */
  appliedLines: number;
  /** The alias lines the current dataset was built with (an undone line stays here until the next apply). */
  applied: AliasDecision[];
  rebuild: RebuildState;
  decide(key: string, decision: 'accepted' | 'rejected' | null, lines: AliasDecision[]): void;
  addAliasLines(lines: AliasDecision[]): void;
  /** Take accepted lines back (undo a split); applying again rebuilds without them. */
  removeAliasLines(lines: AliasDecision[]): void;
  setRebuild(rebuild: RebuildState): void;
  /** The current dataset was (re)built with exactly `lines`: remembered in the URL (see decisions-url.ts). */
  markApplied(lines: AliasDecision[]): void;
}

/** Key of a suggested pair that stays the same when the dataset is rebuilt (indices change, names do not). */
export const pairKey = (names: readonly [string, string]): string => `${names[0]}\u0000${names[1]}`;

export const sameLine = (x: AliasDecision, y: AliasDecision) => x.variant === y.variant && x.canonical === y.canonical && (x.paper ?? null) === (y.paper ?? null);

export const useWhoIsWho = create<WhoIsWhoState>()((set, get) => ({
  decisions: {},
  aliasLines: [],
  appliedLines: 0,
  applied: [],
  rebuild: { status: 'idle' },
  decide: (key, decision, lines) => {
    const decisions = { ...get().decisions };
    let aliasLines = get().aliasLines.filter((l) => !lines.some((x) => sameLine(l, x)));
    if (decision === null) delete decisions[key];
    else decisions[key] = decision;
    if (decision === 'accepted') aliasLines = [...aliasLines, ...lines];
    set({ decisions, aliasLines });
  },
  addAliasLines: (lines) => {
    const fresh = lines.filter((l) => !get().aliasLines.some((x) => sameLine(l, x)));
    set({ aliasLines: [...get().aliasLines, ...fresh] });
  },
  removeAliasLines: (lines) => set({ aliasLines: get().aliasLines.filter((l) => !lines.some((x) => sameLine(l, x))) }),
  setRebuild: (rebuild) => set({ rebuild }),
  markApplied: (lines) => {
    set({ applied: [...lines], appliedLines: lines.length });
    writeDecisionsToUrl({ lines, decisions: get().decisions });
  },
}));

/** Accepted lines that the current dataset does not have yet, plus applied lines taken back since. */
export function pendingChanges(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied'>): number {
  const added = state.aliasLines.filter((l) => !state.applied.some((x) => sameLine(l, x))).length;
  const removed = state.applied.filter((l) => !state.aliasLines.some((x) => sameLine(l, x))).length;
  return added + removed;
}

// another dataset: decisions about the old paper list go (a rebuild of the same list keeps them)
useAtlas.subscribe((state, prev) => {
  if (state.dataset === prev.dataset || useWhoIsWho.getState().rebuild.status === 'running') return;
  useWhoIsWho.setState({ decisions: {}, aliasLines: [], appliedLines: 0, applied: [] });
  // the first dataset of the page keeps the URL's decisions (restored in restore.ts); another one drops them
  if (prev.dataset) writeDecisionsToUrl(null);
});
