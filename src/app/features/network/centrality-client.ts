/**
 * The page's side of the centrality worker: betweenness for the open dataset, once per bundle and year range (a
 * range's: on its co-author network, the time slice the map draws), written into the store (`betweenness`:
 * computing with progress, done, or the error); a new range, once betweenness is asked for, computes it again. A new
 * dataset or range while a computation runs ends that worker; its result is never written.
 */
import { expose, transfer, wrap } from 'comlink';
import type { Bundle } from '../../../core/bundle/types';
import { paperSlice } from '../../../core/queries/time-slice';
import { useAtlas } from '../../store';
import type { CentralityApi, CentralityProgress } from './centrality-worker';
import { watchWorker } from '../../workers/watch-worker';
// the worker's script as its own file (Vite's `?worker&url`): its address is kept to ask the site about it when it fails
import centralityWorkerUrl from './centrality-worker.ts?worker&url';

/**
 * Sources searched from: exact betweenness up to this many authors, estimated from this many sampled
 * sources above (acl_2020_main: 1,000 of 7.5k authors; the 30k map: 1,000 of 37k). See README "Rankings".
 */
export const MAX_SOURCES = 1000;

/**
 * The computation under way, with its progress channel: held here until it ends, because a port that only its
 * own listener refers to can be garbage-collected, and progress then stops arriving (comlink's `proxy()` makes
 * such a port: seen with the build's events after a GC, build-client.ts).
 */
let running: { bundle: Bundle; worker: Worker; progress: MessageChannel } | null = null;

const sameYears = (a: readonly [number, number] | null, b: readonly [number, number] | null): boolean => a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
const sameVenues = (a: readonly number[] | null | undefined, b: readonly number[] | null | undefined): boolean => (a ?? null) === (b ?? null) || (!!a && !!b && a.join(',') === b.join(','));

/**
 * The co-author network betweenness is computed on for `years` and `venues`: all authors and links (both null), or
 * a year range's and/or venues' (their slice, core/queries/time-slice.ts: the authors with a paper there, renumbered
 * 0..k-1, and the links with a shared paper there), with each node's author index (`author`, null when they are the
 * authors themselves). Throws as `paperSlice` for a bad range or venue.
 */
export function betweennessNetwork(bundle: Bundle, years: readonly [number, number] | null, venues: readonly number[] | null = null): { authorCount: number; source: Int32Array; target: Int32Array; author: Int32Array | null } {
  const L = bundle.coauthorLinks;
  if (!years && !venues) return { authorCount: bundle.authors.name.length, source: Int32Array.from(L.source), target: Int32Array.from(L.target), author: null };
  const slice = paperSlice(bundle, { years, venues });
  const node = new Int32Array(bundle.authors.name.length).fill(-1);
  const author = new Int32Array(slice.authorCount);
  let k = 0;
  for (let a = 0; a < node.length; a++) if (slice.papers[a]! > 0) author[(node[a] = k++)] = a;
  const source = new Int32Array(slice.linkCount);
  const target = new Int32Array(slice.linkCount);
  let m = 0;
  for (let e = 0; e < L.source.length; e++) {
    if (slice.shared[e] === 0) continue;
    source[m] = node[L.source[e]!]!;
    target[m++] = node[L.target[e]!]!;
  }
  return { authorCount: k, source, target, author };
}

/**
 * Start computing betweenness for the store's dataset in the store's year range (the range's network, as the map
 * draws it) unless it is computed or computing for them; a computation for another range is ended.
 */
export function ensureBetweenness(): void {
  const { dataset, betweenness, setBetweenness, filters } = useAtlas.getState();
  const { years, venues } = filters;
  if (!dataset || ((betweenness.status === 'computing' || betweenness.status === 'done') && sameYears(betweenness.years, years) && sameVenues(betweenness.venues, venues))) return;
  const bundle = dataset.bundle;
  if (running) {
    running.worker.terminate();
    running.progress.port1.close();
    running = null;
  }
  const worker = new Worker(centralityWorkerUrl, { type: 'module', name: 'atlas-centrality' });
  const channel = new MessageChannel();
  running = { bundle, worker, progress: channel };
  // the result is written only while the dataset and year range are still the ones it is for
  const current = () => {
    const now = useAtlas.getState();
    return now.dataset?.bundle === bundle && sameYears(now.filters.years, years) && sameVenues(now.filters.venues, venues);
  };
  setBetweenness({ status: 'computing', progress: 0, years, venues });
  const finish = () => {
    worker.terminate();
    channel.port1.close();
    if (running?.worker === worker) running = null;
  };
  // a failure (a crash, or its script gone after a redeploy: the page then says it is out of date) is the
  // workers' one watch (workers/watch-worker.ts), its reason shown in place of the figures
  void watchWorker(worker, centralityWorkerUrl, 'the centrality worker stopped', finish).catch((err: Error) => {
    if (current()) setBetweenness({ status: 'error', message: err.message, years, venues });
  });
  const api = wrap<CentralityApi>(worker);
  const network = betweennessNetwork(bundle, years, venues);
  let last = 0;
  let settled = false;
  const progress: CentralityProgress = {
    progress(done: number) {
      // progress comes through its own message port: it may arrive after the result, and must not undo it;
      // a store update per whole percent at most
      if (settled || !current() || Math.floor(done * 100) === Math.floor(last * 100)) return;
      last = done;
      setBetweenness({ status: 'computing', progress: done, years, venues });
    },
  };
  expose(progress, channel.port1);
  api
    .betweenness(network.authorCount, network.source, network.target, MAX_SOURCES, transfer(channel.port2, [channel.port2]))
    .then((result) => {
      settled = true;
      if (!current()) return;
      // a range's values back onto the authors' indices (0 for the authors without a paper in it)
      let values = result.values;
      if (network.author) {
        values = new Float64Array(bundle.authors.name.length);
        network.author.forEach((a, i) => (values[a] = result.values[i]!));
      }
      setBetweenness({ status: 'done', values, method: result.method, sources: result.sources, authors: network.authorCount, years, venues });
    })
    .catch((err: unknown) => {
      settled = true;
      if (current()) setBetweenness({ status: 'error', message: err instanceof Error ? err.message : String(err), years, venues });
    })
    .finally(finish);
}

// a new year range or venues: betweenness, once asked for (Rankings, sizes), is computed again on their network
useAtlas.subscribe((state, prev) => {
  if ((state.filters.years === prev.filters.years && state.filters.venues === prev.filters.venues) || state.dataset !== prev.dataset || state.betweenness.status === 'idle') return;
  if (sameYears(state.filters.years, prev.filters.years) && sameVenues(state.filters.venues, prev.filters.venues)) return;
  ensureBetweenness();
});
