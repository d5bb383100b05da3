/**
 * Who is who: the review decisions on "same person?" suggestions, the alias lines accepted (merges and
 * splits) and how many of them the current dataset was built with, and the rebuild in progress.
 * Decisions belong to one paper list: they survive its own rebuilds and are cleared for another dataset.
 */
import { create } from 'zustand';
import type { AliasDecision } from '../../../core/queries/synonyms';
import { useAtlas } from '../../store';
import { writeDecisionsToUrl, type SavedDecisions } from './decisions-url';
import { openedMap } from './maps';

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
  markApplied: (lines) => set({ applied: [...lines], appliedLines: lines.length }),
}));

/** What the URL keeps of `state` (see decisions-url.ts): applied lines, lines still to apply, verdicts. */
export function savedDecisions(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied' | 'decisions'>): SavedDecisions {
  return {
    lines: state.applied,
    pending: state.aliasLines.filter((l) => !state.applied.some((x) => sameLine(l, x))),
    dropped: state.applied.filter((l) => !state.aliasLines.some((x) => sameLine(l, x))),
    decisions: state.decisions,
  };
}

let urlHeld = 0;
/**
 * Keep the URL as it is while `run` goes on (restoring decisions from it at start-up: until the
 * rebuild is done the state holds less than the link); written from the state afterwards.
 */
export async function holdingUrl<T>(run: () => Promise<T>): Promise<T> {
  urlHeld++;
  try {
    return await run();
  } finally {
    urlHeld--;
    if (urlHeld === 0) writeDecisionsToUrl(savedDecisions(useWhoIsWho.getState()));
  }
}

/** Runs `run` (synchronous) without writing its changes of the decisions into the URL (the caller writes it). */
export function withoutUrlWrites<T>(run: () => T): T {
  urlHeld++;
  try {
    return run();
  } finally {
    urlHeld--;
  }
}

let rebuilt = 0;
/**
 * Runs `run` (synchronous), in which the dataset opened is this paper list rebuilt, or as opened: its decisions
 * stay (another dataset clears them) and the kept maps too (maps.ts).
 */
export function openingRebuilt<T>(run: () => T): T {
  rebuilt++;
  try {
    return run();
  } finally {
    rebuilt--;
  }
}

// every verdict, accepted line, undo and apply goes into the link at once, so a reload keeps it
useWhoIsWho.subscribe((state, prev) => {
  if (urlHeld > 0 || (state.aliasLines === prev.aliasLines && state.applied === prev.applied && state.decisions === prev.decisions)) return;
  writeDecisionsToUrl(savedDecisions(state));
});

/** The name a split line's new person is named after: `Jialiang Wang (2)` → `Jialiang Wang`. */
export const splitBase = (canonical: string): string => canonical.replace(/ \(\d+\)$/, '');

export interface AcceptedSplit {
  /** The name that was split (the person who keeps it). */
  name: string;
  /** The new people's names, e.g. `Jialiang Wang (2)`, in the order first accepted. */
  into: string[];
  /** Its paper-level alias lines (see core/queries/homonyms.ts `splitDecisions`). */
  lines: AliasDecision[];
  /** applied: in the current dataset; pending: accepted, not applied yet; undone: applied, then taken back (not applied yet). */
  status: 'applied' | 'pending' | 'undone';
}

/**
 * The splits among the accepted alias lines and those the current dataset was built with: paper-level
 * lines grouped by the name they split.
 */
export function acceptedSplits(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied'>): AcceptedSplit[] {
  const byName = new Map<string, AcceptedSplit & { accepted: boolean; built: boolean }>();
  const add = (l: AliasDecision, accepted: boolean) => {
    if (!l.paper) return;
    const name = splitBase(l.canonical);
    let split = byName.get(name);
    if (!split) byName.set(name, (split = { name, into: [], lines: [], status: 'applied', accepted: false, built: true }));
    if (!split.into.includes(l.canonical)) split.into.push(l.canonical);
    if (accepted) {
      split.accepted = true;
      split.lines.push(l);
      if (!state.applied.some((x) => sameLine(l, x))) split.built = false;
    } else if (!state.aliasLines.some((x) => sameLine(l, x))) split.lines.push(l);
  };
  for (const l of state.aliasLines) add(l, true);
  for (const l of state.applied) add(l, false);
  return [...byName.values()].map(({ accepted, built, ...sp }) => ({ ...sp, status: !accepted ? 'undone' : built ? 'applied' : 'pending' }));
}

/**
 * The suggestions that do not undo a split: two people a split accepted here made of one name (e.g.
 * `Jialiang Wang` and `Jialiang Wang (2)`) were decided to be different people, so they are not
 * offered as "same person" again; nor while the split's Undo waits to be applied (the map still shows them
 * apart, and the Undo already joins them: a tester saw "Jialiang Wang ⇄ Jialiang Wang (2)" offered then, with
 * "(2)" read as part of a name).
 */
export function notSplitApart<T extends { names: readonly [string, string] }>(suggestions: readonly T[], splits: readonly AcceptedSplit[]): T[] {
  const live = splits;
  if (live.length === 0) return [...suggestions];
  const sameSplit = (a: string, b: string) => live.some((sp) => [sp.name, ...sp.into].includes(a) && [sp.name, ...sp.into].includes(b));
  return suggestions.filter((s) => !sameSplit(s.names[0], s.names[1]));
}

/** The user's name decisions, counted as they were made (a merge of two names, a split of one), not as alias lines. */
export interface DecisionCounts {
  /** Merges accepted (the verdicts "same person"), and those of them not applied yet. */
  merges: number;
  pendingMerges: number;
  /** Splits accepted (one per name split, whatever the people it makes), and those not applied yet. */
  splits: number;
  pendingSplits: number;
  /** Applied merges and splits taken back, not applied yet (the map still has them). */
  undoneMerges: number;
  undoneSplits: number;
}

/**
 * The decisions behind the accepted alias lines: each accepted "same person" verdict is one merge (its lines
 * are those into the kept name), each name with paper-level lines one split (`acceptedSplits`); a merge or split
 * is pending while one of its lines is not in the map, undone when the map has lines no decision holds any more.
 * `state` as the store holds it; throws nothing.
 */
export function decisionCounts(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied' | 'decisions'>): DecisionCounts {
  const has = (lines: readonly AliasDecision[], l: AliasDecision) => lines.some((x) => sameLine(l, x));
  const merges = Object.keys(state.decisions).filter((k) => state.decisions[k] === 'accepted');
  const linesOf = (keep: string) => state.aliasLines.filter((l) => !l.paper && l.canonical === keep);
  const pendingMerges = merges.filter((k) => linesOf(k.split('\u0000')[0]!).some((l) => !has(state.applied, l))).length;
  // merges applied and taken back: their lines are in the map and in no accepted decision, one per kept name
  const undoneMerges = new Set(state.applied.filter((l) => !l.paper && !has(state.aliasLines, l)).map((l) => l.canonical)).size;
  const splits = acceptedSplits(state);
  return {
    merges: merges.length,
    pendingMerges,
    splits: splits.filter((sp) => sp.status !== 'undone').length,
    pendingSplits: splits.filter((sp) => sp.status === 'pending').length,
    undoneMerges,
    undoneSplits: splits.filter((sp) => sp.status === 'undone').length,
  };
}

const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "1 merge and 2 splits", "2 merges", "1 split" (parts at 0 are left out). */
function mergesAndSplits(merges: number, splits: number): string {
  const parts = [merges > 0 ? counted(merges, 'merge') : '', splits > 0 ? counted(splits, 'split') : ''].filter(Boolean);
  return parts.join(' and ');
}

/**
 * What the accepted decisions are and whether the map has them, in words (the review list and the author card):
 * `1 merge and 1 split accepted, not applied yet.`, `2 merges accepted, all applied.`,
 * `2 merges accepted; 1 merge not applied yet.`, `No merge or split accepted; 1 split undone, not applied yet.`
 */
export function decisionStatus(c: DecisionCounts): string {
  const accepted = c.merges + c.splits;
  const pending = c.pendingMerges + c.pendingSplits;
  const undone = c.undoneMerges + c.undoneSplits;
  if (accepted === 0 && undone === 0) return 'No merge or split accepted yet.';
  let head = accepted > 0 ? `${mergesAndSplits(c.merges, c.splits)} accepted` : 'No merge or split accepted';
  if (pending === 0 && undone === 0) return `${head}, all applied.`;
  const rest: string[] = [];
  if (pending > 0 && pending === accepted) head += ', not applied yet';
  else if (pending > 0) rest.push(`${mergesAndSplits(c.pendingMerges, c.pendingSplits)} not applied yet`);
  if (undone > 0) rest.push(`${mergesAndSplits(c.undoneMerges, c.undoneSplits)} undone, not applied yet`);
  return rest.length === 0 ? `${head}.` : `${head}; ${rest.join('; ')}.`;
}

/** Accepted lines that the current dataset does not have yet, plus applied lines taken back since. */
export function pendingChanges(state: Pick<WhoIsWhoState, 'aliasLines' | 'applied'>): number {
  const added = state.aliasLines.filter((l) => !state.applied.some((x) => sameLine(l, x))).length;
  const removed = state.applied.filter((l) => !state.aliasLines.some((x) => sameLine(l, x))).length;
  return added + removed;
}

// another dataset: decisions about the old paper list go (a rebuild of the same list keeps them)
useAtlas.subscribe((state, prev) => {
  if (state.dataset === prev.dataset || rebuilt > 0 || useWhoIsWho.getState().rebuild.status === 'running') return;
  if (state.dataset) openedMap(state.dataset);
  // the first dataset of the page keeps the URL's decisions (restored in restore.ts); another one drops them
  if (!prev.dataset) urlHeld++;
  useWhoIsWho.setState({ decisions: {}, aliasLines: [], appliedLines: 0, applied: [] });
  if (!prev.dataset) urlHeld--;
});
// the dataset open when this module loads (after the first frame) is the paper list as opened
if (useAtlas.getState().dataset) openedMap(useAtlas.getState().dataset!);
