/// <reference lib="webworker" />
/**
 * The centrality worker: betweenness of every author (src/core/queries/betweenness.ts) off the main
 * thread, with progress. The page sends only the co-author links (typed arrays), not the bundle.
 * Messaging by comlink (centrality-client.ts).
 */
import { expose, wrap } from 'comlink';
import { authorBetweenness, type Betweenness } from '../../../core/queries/betweenness';

const api = {
  /**
   * Betweenness on `authorCount` authors and the links `source[i]`–`target[i]`; the share done (0–1) is sent
   * to `progress`, a port on which the page exposes `CentralityProgress` (its own channel, which the page holds
   * until the result: see centrality-client.ts).
   */
  betweenness(authorCount: number, source: Int32Array, target: Int32Array, maxSources: number, progress: MessagePort): Betweenness {
    const remote = wrap<CentralityProgress>(progress);
    // the page terminates this worker once the result is in; the port ends with it
    return authorBetweenness({ authorCount, source, target }, { maxSources, onProgress: (done) => void remote.progress(done) });
  },
};

export type CentralityApi = typeof api;

/** What the page exposes on the progress port. */
export interface CentralityProgress {
  progress(done: number): void;
}

expose(api);
