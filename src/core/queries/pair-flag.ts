/**
 * A same-person pair (synonyms.ts) where one name is flagged as several people (homonyms.ts): which of that name's
 * people the pair's shared co-authors belong to. "Yang Liu (92 papers) ⇄ Yang Janet Liu (2 papers)" at 30k shares
 * 5 co-authors, all from the papers a split of "Yang Liu" gives to "Yang Liu (2)": accepting the pair unsplit
 * joins her to every Yang Liu, so the card says where they sit (a tester accepted it and got the wrong Yang Liu).
 */
import type { Bundle } from '../bundle/types';
import { authorPaperIndex, intersectSorted, row } from '../bundle/indices';
import { claimMoves, type HomonymEvidence, type PersonSplit } from './homonyms';

/**
 * Where the papers `author` wrote with the co-authors `shared` sit among the sets the name's split moves
 * (`claimMoves` of `split`, `evidence`: the split the card offers): `{ kind: 'moves', move: k, papers }` when all of
 * them are in the k-th set moved (0-based: its new person is `<name> (k + 2)` before renaming), `{ kind: 'stays',
 * papers }` when all are in papers that keep the name, `{ kind: 'mixed' }` when they are spread, null when there is
 * no shared co-author or nothing to split. `papers`: how many papers that part of the name has. `chosen`: the sets
 * the split moves as the user assigned them (the k-th to `<name> (k + 2)`; e.g. `assignedMoves`' papers), in place of
 * the claim's. Throws nothing.
 */
export function sharedCoauthorsPart(
  bundle: Bundle,
  split: PersonSplit,
  evidence: HomonymEvidence | null,
  shared: readonly number[],
  chosen?: readonly { papers: readonly number[] }[],
): { kind: 'moves'; move: number; papers: number } | { kind: 'stays'; papers: number } | { kind: 'mixed' } | null {
  const moves = chosen ?? claimMoves(split, evidence);
  if (shared.length === 0 || moves.length === 0) return null;
  const papersOf = authorPaperIndex(bundle);
  const own = row(papersOf, split.author);
  const moveOf = new Map<number, number>();
  moves.forEach((m, k) => m.papers.forEach((p) => moveOf.set(p, k)));
  const parts = new Set<number>();
  for (const c of shared) for (const p of intersectSorted(own, row(papersOf, c))) parts.add(moveOf.get(p) ?? -1);
  if (parts.size !== 1) return parts.size === 0 ? null : { kind: 'mixed' };
  const k = [...parts][0]!;
  if (k >= 0) return { kind: 'moves', move: k, papers: moves[k]!.papers.length };
  const moved = moves.reduce((n, m) => n + m.papers.length, 0);
  return { kind: 'stays', papers: own.length - moved };
}
