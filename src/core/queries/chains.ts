/**
 * How two people connect: the shortest chain of co-authors between them, with the paper behind each step.
 * Works on a `Bundle` alone, so it runs in the build and in the viewer.
 */
import type { Bundle } from '../bundle/types';
import { checkAuthor, coauthorAdjacency, sharedPapers } from '../bundle/indices';
import { papersInSlice, type PaperSlice } from './time-slice';
export { sharedPapers } from '../bundle/indices';

/** One step of a co-author chain: `from` and `to` wrote `paper` together. */
export interface ChainStep {
  from: number;
  to: number;
  /** The paper shown for this step: of their shared papers, the one with fewest authors (then newest, then lowest index). */
  paper: number;
  /** How many papers the two share in all (with a time slice: in its year range). */
  sharedCount: number;
}

export interface CoauthorChain {
  /** Authors from `a` to `b` inclusive; `[a]` when a === b. */
  authors: number[];
  /** `authors.length - 1` steps. */
  steps: ChainStep[];
}

/**
 * The shortest chain of co-authors from `a` to `b` (breadth-first search over `coauthorLinks`,
 * every link counts 1), or null when they are not connected. Ties between equally short chains
 * are broken deterministically (lower author indices are explored first).
 * With `slice` (a year range's or venues' network, core/queries/time-slice.ts `paperSlice`), only the links with a
 * shared paper in it are steps, and each step's paper and `sharedCount` are from its papers: the chain the map
 * draws under that slice. Throws RangeError (via `checkAuthor`) when `a` or `b` is not an author index of `bundle`.
 */
export function shortestCoauthorChain(bundle: Bundle, a: number, b: number, slice: PaperSlice | null = null): CoauthorChain | null {
  checkAuthor(bundle, a);
  checkAuthor(bundle, b);
  if (a === b) return { authors: [a], steps: [] };
  const { offsets, items, link } = coauthorAdjacency(bundle);
  const n = bundle.authors.name.length;
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  parent[a] = a;
  queue[0] = a;
  let head = 0;
  let tail = 1;
  search: while (head < tail) {
    const u = queue[head++];
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const v = items[k];
      if (parent[v] !== -1 || (slice && slice.shared[link[k]] === 0)) continue;
      parent[v] = u;
      if (v === b) break search;
      queue[tail++] = v;
    }
  }
  if (parent[b] === -1) return null;
  const authors: number[] = [b];
  for (let v = b; v !== a; v = parent[v]) authors.push(parent[v]);
  authors.reverse();
  const steps: ChainStep[] = [];
  for (let i = 0; i + 1 < authors.length; i++) {
    const from = authors[i];
    const to = authors[i + 1];
    const all = sharedPapers(bundle, from, to);
    const shared = papersInSlice(slice, all);
    steps.push({ from, to, paper: mostDirectPaper(bundle, shared), sharedCount: shared.length });
  }
  return { authors, steps };
}

/**
 * How many authors `a` is connected to by some chain of co-authors, `a` included: the size of `a`'s connected
 * component of the co-author network (breadth-first search over `coauthorLinks`; with `slice`, a year range's
 * or venues' network, over its links with a shared paper in it only). 1 for an author with no co-author. Throws
 * RangeError (via `checkAuthor`) when `a` is not an author index of `bundle`.
 */
export function connectedAuthorCount(bundle: Bundle, a: number, slice: PaperSlice | null = null): number {
  checkAuthor(bundle, a);
  const { offsets, items, link } = coauthorAdjacency(bundle);
  const seen = new Uint8Array(bundle.authors.name.length);
  const queue = new Int32Array(bundle.authors.name.length);
  seen[a] = 1;
  queue[0] = a;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const u = queue[head++];
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const v = items[k];
      if (seen[v] || (slice && slice.shared[link[k]] === 0)) continue;
      seen[v] = 1;
      queue[tail++] = v;
    }
  }
  return tail;
}

/** Of papers two people share, the one with fewest authors; ties: newest, then lowest index. -1 if none. */
function mostDirectPaper(bundle: Bundle, papers: number[]): number {
  let best = -1;
  for (const p of papers) {
    if (best === -1) {
      best = p;
      continue;
    }
    const np = bundle.papers.authors[p].length;
    const nb = bundle.papers.authors[best].length;
    // `papers` is already newest first, so only a strictly smaller byline replaces the current pick.
    if (np < nb) best = p;
  }
  return best;
}


