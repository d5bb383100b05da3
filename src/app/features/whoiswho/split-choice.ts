/**
 * The split a name's card offers as the user assigned it (the chooser "Who gets which papers"), kept per split answer
 * (`useSplit`'s value: another author's split, or a rebuilt map's, starts from the claim's proposal), so that the card
 * and the same-person pair note on the same name (PairFlagNote.tsx: where the shared co-authors sit) say one split.
 */
import { create } from 'zustand';
import type { SplitPart } from '../../../core/queries/homonyms';

/** One person per part of `splitParts` (0 stays with the name, k ≥ 1 the k-th new person), compacted. */
export type SplitAssignment = readonly number[];

const choices = new WeakMap<object, SplitAssignment>();

interface SplitChoiceState {
  /** Bumped at each choice, so that readers render again (the choices are kept by split answer, weakly). */
  version: number;
  /** The user's assignment for the split answer `on` (compacted by the caller). */
  choose(on: object, assignment: SplitAssignment): void;
}

export const useSplitChoice = create<SplitChoiceState>()((set, get) => ({
  version: 0,
  choose: (on, assignment) => {
    choices.set(on, assignment);
    set({ version: get().version + 1 });
  },
}));

/**
 * The assignment of `parts` (`splitParts` of the split answer `on`) the user chose, or the claim's proposal (each part's
 * `proposed`) when none was chosen or `on` is null. Subscribes the calling component to choices. Throws nothing.
 */
export function useAssignment(on: object | null, parts: readonly SplitPart[]): SplitAssignment {
  useSplitChoice((s) => s.version);
  const chosen = on ? choices.get(on) : undefined;
  return chosen && chosen.length === parts.length ? chosen : parts.map((p) => p.proposed);
}

/** Whether `assignment` differs from the claim's proposal for `parts` (`SplitPart.proposed`). Throws nothing. */
export function isOwnChoice(parts: readonly SplitPart[], assignment: SplitAssignment): boolean {
  return parts.some((p, i) => p.proposed !== assignment[i]);
}
