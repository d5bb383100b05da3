/**
 * Betweenness centrality of authors on the co-author graph (unweighted: a step is one co-authorship,
 * whatever its strength), exact or estimated from sampled sources.
 *
 * Exact: `graphology-metrics`' `betweennessCentrality` (Brandes 2001, "A faster algorithm for betweenness
 * centrality": one breadth-first search from every author), normalised. Exact costs one search per author:
 * about n·m steps, minutes on the 30k map.
 * Sampled: Brandes & Pich (2007), "Centrality estimation in large networks": the same searches (graphology's
 * indexed Brandes routine, `graphology-shortest-path`, which graphology-metrics runs) from `maxSources`
 * sources drawn uniformly at random (seeded, so the estimate is reproducible), accumulated as
 * graphology-metrics does and scaled by n/sources (the unit test checks that all sources give its values);
 * an unbiased estimate whose error falls with the number of sources. The prolific hubs that head a ranking
 * are ranked well from a few hundred sources; the order among small values is noise.
 */
import type Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import { mulberry32 } from '../util/random';
import { coauthorGraph } from '../graph/build-graph';

/** The co-author graph: authors 0..authorCount-1, link i between `source[i]` and `target[i]` (bundle.coauthorLinks). */
export interface CoauthorGraphInput {
  authorCount: number;
  source: ArrayLike<number>;
  target: ArrayLike<number>;
}

export interface BetweennessOptions {
  /** Search from at most this many sources; more authors than this: sampled. Default 600. */
  maxSources?: number;
  /** Seed of the source sample. Default 1. */
  seed?: number;
  /** Called now and then with the share done (0..1). */
  onProgress?: (done: number) => void;
}

export interface Betweenness {
  /** Per author (bundle index): normalised betweenness, as graphology-metrics' `normalized: true`. */
  values: Float64Array;
  method: 'exact' | 'sampled';
  /** Sources searched from (all authors when exact). */
  sources: number;
}

/**
 * Betweenness of every author on the co-author links (a bundle's `{ authorCount: authors.name.length,
 * ...coauthorLinks }`, each link a step of length 1). Exact when there are at most `maxSources` authors,
 * else estimated from `maxSources` sampled sources. Returns values indexed like the bundle's authors.
 * Throws nothing on an empty graph.
 */
export function authorBetweenness(input: CoauthorGraphInput, options: BetweennessOptions = {}): Betweenness {
  const n = input.authorCount;
  const maxSources = Math.max(1, options.maxSources ?? 600);
  const graph = coauthorGraph(input.authorCount, input);
  const values = new Float64Array(n);
  if (n === 0) return { values, method: 'exact', sources: 0 };
  if (n > maxSources) return fromSources(graph, n, maxSources, options);
  const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  for (let i = 0; i < n; i++) values[i] = exact[String(i)];
  options.onProgress?.(1);
  return { values, method: 'exact', sources: n };
}

/**
 * Brandes–Pich: searches from `count` distinct sources drawn by a seeded partial Fisher–Yates shuffle (all
 * authors when count = n, which gives the exact values), sums scaled by n/count.
 */
function fromSources(graph: Graph, n: number, count: number, options: BetweennessOptions): Betweenness {
  const brandes = createUnweightedIndexedBrandes(graph);
  // node index of the routine -> author index (graph order is insertion order, but do not rely on it)
  const author = new Int32Array(n);
  let k = 0;
  graph.forEachNode((node) => (author[k++] = Number(node)));
  const total = Math.min(count, n);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const rnd = mulberry32(options.seed ?? 1);
  for (let i = 0; i < total; i++) {
    const j = i + Math.floor(rnd() * (n - i));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  const sources = order.slice(0, total);

  const delta = new Float64Array(n);
  const sums = new Float64Array(n);
  const step = Math.max(1, Math.floor(total / 50));
  for (let s = 0; s < total; s++) {
    const source = sources[s];
    const [S, P, sigma] = brandes(source);
    // the stack's backing array (mnemonist's FixedStack; its typings omit it)
    const items = (S as unknown as { items: ArrayLike<number> }).items;
    for (let j = 0; j < S.size; j++) delta[items[j]] = 0;
    while (S.size !== 0) {
      const w = S.pop()!;
      const coefficient = (1 + delta[w]) / sigma[w];
      const preds = P[w];
      for (let j = 0; j < preds.length; j++) delta[preds[j]] += sigma[preds[j]] * coefficient;
      if (w !== source) sums[w] += delta[w];
    }
    if (options.onProgress && s % step === 0) options.onProgress(s / total);
  }
  // graphology-metrics' normalisation (normalized: true), times n/sources for a sample
  const scale = (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) * (n / total);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[author[i]] = sums[i] * scale;
  options.onProgress?.(1);
  return { values, method: total === n ? 'exact' : 'sampled', sources: total };
}

/** The sampled estimator with every author as a source: the exact values (checks the estimator's sums). */
export function betweennessFromAllSources(input: CoauthorGraphInput): Float64Array {
  return fromSources(coauthorGraph(input.authorCount, input), input.authorCount, input.authorCount, {}).values;
}
