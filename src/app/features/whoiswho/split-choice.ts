/**
 * The split a name's card offers as the user assigned it (the chooser "Who gets which papers"), kept per split answer
 * (`useSplit`'s value: another author's split, or a rebuilt map's, starts from the claim's proposal), so that the card
 * and the same-person pair note on the same name (PairFlagNote.tsx: where the shared co-authors sit) say one split.
 */
import { create } from 'zustand';
import { splitParts, type SplitPart } from '../../../core/queries/homonyms';
import type { InsightsResults } from '../../workers/insights-protocol';

/**
 * The user's split: one person per part of `splitParts` (0 stays with the name, k ≥ 1 the k-th new person, -(i + 1)
 * the author on the map `targets[i]`: split-targets.ts), and the papers given a person one by one over their part's
 * (paper index → person), compacted together (split-targets.ts `compactChoice`).
 */
export interface SplitChoice {
  assignment: readonly number[];
  papers: ReadonlyMap<number, number>;
  /** Authors on the map (display names) the chooser gave papers to, or was asked to offer (picked by name). */
  targets: readonly string[];
}

const choices = new WeakMap<object, SplitChoice>();
const NO_PAPERS: ReadonlyMap<number, number> = new Map();
const NO_TARGETS: readonly string[] = [];

interface SplitChoiceState {
  /** Bumped at each choice, so that readers render again (the choices are kept by split answer, weakly). */
  version: number;
  /** The user's choice for the split answer `on` (compacted by the caller). */
  choose(on: object, choice: SplitChoice): void;
}

export const useSplitChoice = create<SplitChoiceState>()((set, get) => ({
  version: 0,
  choose: (on, choice) => {
    choices.set(on, choice);
    set({ version: get().version + 1 });
  },
}));

/**
 * The choice for `parts` (`splitParts` of the split answer `on`) the user made, or the claim's proposal (each part's
 * `proposed`, no paper one by one) when none was made or `on` is null. Subscribes the calling component to choices.
 * Throws nothing.
 */
export function useChoice(on: object | null, parts: readonly SplitPart[]): SplitChoice {
  useSplitChoice((s) => s.version);
  const chosen = on ? choices.get(on) : undefined;
  return chosen && chosen.assignment.length === parts.length ? chosen : { assignment: parts.map((p) => p.proposed), papers: NO_PAPERS, targets: NO_TARGETS };
}

/** Whether `choice` differs from the claim's proposal for `parts` (`SplitPart.proposed`, no paper one by one). Throws nothing. */
export function isOwnChoice(parts: readonly SplitPart[], choice: SplitChoice): boolean {
  return parts.some((p, i) => p.proposed !== choice.assignment[i]) || choice.papers.size > 0;
}

/**
 * The parts a name's card offers to split (core `splitParts`, its co-author circles apart), from the worker's split
 * answer (`useSplit`), or none for one person or no answer: the card and the pair note on the same name take the same
 * parts, so that a choice kept for one (`useChoice`) is the other's. Throws nothing.
 */
export function cardParts(ready: InsightsResults['split'] | null): SplitPart[] {
  return ready && ready.split.clusters >= 2 ? splitParts(ready.split, ready.evidence, ready.circles) : [];
}
