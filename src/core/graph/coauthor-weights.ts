import type { Counting } from '../bundle/types';

export interface CoauthorLinks {
  source: number[];
  target: number[];
  weight: number[];
  shared: number[];
  /** Papers over the author cap (kept in the author–paper graph, no co-author weight). */
  cappedPapers: number;
  /** Their indices, in paper order. */
  capped: number[];
}

/**
 * Most co-author pair instances (one per pair of authors per paper) one build may hold: about 20 bytes each
 * while counting, so at most ~0.2 GB. A paper list over it stops with a clear error (`TooManyPairsError`).
 */
export const MAX_PAIR_INSTANCES = 10_000_000;

/** The paper list would make more co-author pairs than MAX_PAIR_INSTANCES; `largest` is the paper with most authors. */
export class TooManyPairsError extends Error {
  constructor(
    readonly pairs: number,
    readonly largest: number,
    readonly largestAuthors: number,
  ) {
    super(`${pairs.toLocaleString('en')} co-author pairs (more than ${MAX_PAIR_INSTANCES.toLocaleString('en')})`);
    this.name = 'TooManyPairsError';
  }
}

/**
 * Weighted co-author projection of the author–paper graph.
 * `paperAuthors`: author indices per paper (each index < authorCount). Fractional counting (Newman 2001): each
 * shared paper with n authors adds 1/(n-1) to each of its pairs; full: adds 1. Papers with more than `maxAuthors`
 * authors (hyperauthorship) add nothing and are listed in `capped` (null: no cap).
 * Counting is done on typed arrays (pair keys sorted, then summed), so it has no Map size limit and its memory
 * is ~20 bytes per pair instance; throws TooManyPairsError above MAX_PAIR_INSTANCES.
 * Links come out sorted by (source, target), source < target.
 */
export function coauthorLinks(paperAuthors: number[][], authorCount: number, counting: Counting, maxAuthors: number | null): CoauthorLinks {
  const capped: number[] = [];
  let total = 0;
  let largest = -1;
  for (let p = 0; p < paperAuthors.length; p++) {
    const n = paperAuthors[p]!.length;
    if (largest === -1 || n > paperAuthors[largest]!.length) largest = p;
    if (n < 2) continue;
    if (maxAuthors != null && n > maxAuthors) {
      capped.push(p);
      continue;
    }
    total += (n * (n - 1)) / 2;
  }
  if (total > MAX_PAIR_INSTANCES) throw new TooManyPairsError(total, largest, paperAuthors[largest]!.length);

  const cappedSet = new Set(capped);
  const forEachPair = (visit: (key: number, w: number) => void) => {
    for (let p = 0; p < paperAuthors.length; p++) {
      const authors = paperAuthors[p]!;
      const n = authors.length;
      if (n < 2 || cappedSet.has(p)) continue;
      const w = counting === 'fractional' ? 1 / (n - 1) : 1;
      for (let i = 0; i < n; i++) {
        const a = authors[i]!;
        for (let j = i + 1; j < n; j++) {
          const b = authors[j]!;
          visit(a < b ? a * authorCount + b : b * authorCount + a, w);
        }
      }
    }
  };
  // Pass 1: every pair key, sorted; distinct keys.
  const keys = new Float64Array(total);
  let k = 0;
  forEachPair((key) => {
    keys[k++] = key;
  });
  keys.sort();
  let distinct = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) keys[distinct++] = keys[i]!;
  const uniq = keys.subarray(0, distinct);
  // Pass 2: weights and shared-paper counts per distinct key (binary search; summed in paper order, as before).
  const weight = new Float64Array(distinct);
  const shared = new Uint32Array(distinct);
  forEachPair((key, w) => {
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (uniq[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    weight[lo] += w;
    shared[lo]! += 1;
  });
  const out: CoauthorLinks = { source: new Array(distinct), target: new Array(distinct), weight: new Array(distinct), shared: new Array(distinct), cappedPapers: capped.length, capped };
  for (let i = 0; i < distinct; i++) {
    const key = uniq[i]!;
    out.source[i] = Math.floor(key / authorCount);
    out.target[i] = key - out.source[i]! * authorCount;
    out.weight[i] = weight[i]!;
    out.shared[i] = shared[i]!;
  }
  return out;
}
