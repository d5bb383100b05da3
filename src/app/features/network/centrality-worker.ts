/// <reference lib="webworker" />
/**
 * The centrality worker: betweenness of every author (src/core/queries/betweenness.ts) off the main
 * thread, with progress. The page sends only the co-author links (typed arrays), not the bundle.
 * Messaging by comlink (centrality-client.ts).
 */
import { expose } from 'comlink';
import { authorBetweenness, type Betweenness } from '../../../core/queries/betweenness';

const api = {
  /** Betweenness on `authorCount` authors and the links `source[i]`–`target[i]`; `onProgress(share done)`. */
  betweenness(
    authorCount: number,
    source: Int32Array,
    target: Int32Array,
    maxSources: number,
    onProgress: (done: number) => void,
  ): Betweenness {
    return authorBetweenness({ authorCount, source, target }, { maxSources, onProgress });
  },
};

export type CentralityApi = typeof api;

expose(api);
