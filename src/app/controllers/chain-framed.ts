/**
 * A traced co-author chain kept in view when one of its authors is selected: the camera frames the chain (its authors
 * and the papers of its steps), not the author alone, and the edge markers point at the chain's nodes left out of
 * sight. A tester on a tablet and a phone (3k map, Iryna Gurevych → … → Dan Roth): a tap on one of the chain's
 * authors framed that author alone, the rest of the chain went out of sight with nothing saying where, and the chain
 * chip then opened the drawer without framing the chain again. Pure: reads the store's emphasis as given.
 */
import type { NodeRef } from '../graph/node-keys';
import type { CameraTarget, EmphasisRequest } from '../store/types';

/**
 * The traced co-author chain of `emphasis` (the store's, by 'chain': features/chain/chain-emphasis.ts) that has
 * author `author` among its authors, as its authors in order and its steps; null when there is no chain, when it is
 * two ends no chain links (no steps), or when `author` is not on it. O(chain).
 */
function chainWith(emphasis: EmphasisRequest | null, author: number): EmphasisRequest | null {
  if (emphasis?.by !== 'chain' || emphasis.steps.length === 0) return null;
  return emphasis.nodes.some((n) => n.kind === 'author' && n.index === author) ? emphasis : null;
}

/**
 * The nodes of the chain of `emphasis` (features/chain/chain-emphasis.ts): its authors in order, then the paper of
 * each step (drawn in the authors-and-papers view; a camera keeps those its graph has). As the chain's own framing
 * (features/chain/store.ts) frames them. Pure.
 */
function chainNodes(chain: EmphasisRequest): NodeRef[] {
  const refs: NodeRef[] = chain.nodes.map((n) => ({ ...n }));
  for (const step of chain.steps) if (step.via) refs.push({ ...step.via });
  return refs;
}

/**
 * Author `author`'s neighbourhood on the chain of `emphasis`: the author, the authors just before and after it on the
 * chain, and the papers of those two steps (one of each for an end of the chain); [] when `author` is on no traced
 * chain (`chainWith`). Pure; O(chain).
 */
export function chainNeighbourhood(emphasis: EmphasisRequest | null, author: number): NodeRef[] {
  const chain = chainWith(emphasis, author);
  if (!chain) return [];
  const refs: NodeRef[] = [{ kind: 'author', index: author }];
  for (const step of chain.steps) {
    const ends = [step.from, step.to];
    if (!ends.some((e) => e.kind === 'author' && e.index === author)) continue;
    for (const e of ends) if (!(e.kind === 'author' && e.index === author)) refs.push({ ...e });
    if (step.via) refs.push({ ...step.via });
  }
  return refs;
}

/**
 * The nodes the edge markers point at, beside a selected node's own neighbours, when `selected` is an author of the
 * chain `emphasis` traces: the chain's authors and the papers of its steps (the selected author left out); [] for
 * any other selection (features/offscreen/OffscreenMarks.tsx, and the camera's room for their caption:
 * CameraController.tsx `leavesOutOfSight`). Pure; O(chain).
 */
export function chainMarked(emphasis: EmphasisRequest | null, selected: NodeRef | null): NodeRef[] {
  if (selected?.kind !== 'author') return [];
  const chain = chainWith(emphasis, selected.index);
  return chain ? chainNodes(chain).filter((r) => !(r.kind === 'author' && r.index === selected.index)) : [];
}

/**
 * The move that frames `target` (a move asked of the store) with the co-author chain `emphasis` traces kept in view:
 * a node's move for an author of the chain (the author's card opened, a step Back to it, a phone turned) frames the
 * chain (`{ kind: 'nodes', apart }`, as the chain's own framing, the author inside it), and, in `near`, the author's
 * neighbourhood on it (`chainNeighbourhood`) for when the chain's authors cannot be drawn apart at a readable size in
 * the part of the canvas the panels leave; any other move (an author off the chain, a paper, no chain) is `target`
 * itself. Pure; O(chain).
 */
export function keptWithChain(target: CameraTarget, emphasis: EmphasisRequest | null): CameraTarget {
  if (target.kind !== 'node' || target.ref.kind !== 'author') return target;
  const chain = chainWith(emphasis, target.ref.index);
  if (!chain) return target;
  return { kind: 'nodes', refs: chainNodes(chain), apart: true, near: chainNeighbourhood(chain, target.ref.index) };
}
