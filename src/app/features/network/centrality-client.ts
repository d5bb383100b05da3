/**
 * The page's side of the centrality worker: betweenness for the open dataset, once per bundle, written
 * into the store (`betweenness`: computing with progress, done, or the error). A new dataset while a
 * computation runs ends that worker; its result is never written.
 */
import { expose, transfer, wrap } from 'comlink';
import type { Bundle } from '../../../core/bundle/types';
import { useAtlas } from '../../store';
import type { CentralityApi, CentralityProgress } from './centrality-worker';

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

/** Start computing betweenness for the store's dataset unless it is computed or computing. */
export function ensureBetweenness(): void {
  const { dataset, betweenness, setBetweenness } = useAtlas.getState();
  if (!dataset || betweenness.status === 'computing' || betweenness.status === 'done') return;
  const bundle = dataset.bundle;
  if (running && running.bundle !== bundle) running.worker.terminate();
  const worker = new Worker(new URL('./centrality-worker.ts', import.meta.url), { type: 'module', name: 'atlas-centrality' });
  const channel = new MessageChannel();
  running = { bundle, worker, progress: channel };
  const current = () => useAtlas.getState().dataset?.bundle === bundle;
  setBetweenness({ status: 'computing', progress: 0 });
  const finish = () => {
    worker.terminate();
    channel.port1.close();
    if (running?.worker === worker) running = null;
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish();
    if (current()) setBetweenness({ status: 'error', message: event.message || 'the centrality worker stopped' });
  });
  const api = wrap<CentralityApi>(worker);
  const source = Int32Array.from(bundle.coauthorLinks.source);
  const target = Int32Array.from(bundle.coauthorLinks.target);
  let last = 0;
  let settled = false;
  const progress: CentralityProgress = {
    progress(done: number) {
      // progress comes through its own message port: it may arrive after the result, and must not undo it;
      // a store update per whole percent at most
      if (settled || !current() || Math.floor(done * 100) === Math.floor(last * 100)) return;
      last = done;
      setBetweenness({ status: 'computing', progress: done });
    },
  };
  expose(progress, channel.port1);
  api
    .betweenness(bundle.authors.name.length, source, target, MAX_SOURCES, transfer(channel.port2, [channel.port2]))
    .then((result) => {
      settled = true;
      if (current()) setBetweenness({ status: 'done', values: result.values, method: result.method, sources: result.sources });
    })
    .catch((err: unknown) => {
      settled = true;
      if (current()) setBetweenness({ status: 'error', message: err instanceof Error ? err.message : String(err) });
    })
    .finally(finish);
}
