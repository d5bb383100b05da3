/**
 * The page's side of the venue series worker (series-worker.ts): a map's venue titles sent once, their series keys
 * and titles (core/queries/venue-series.ts `venueSeriesWork`) kept in the page when they come back
 * (`keepVenueSeriesWork`), so the venue list, the map chip and the exports find them there (the titles too: the
 * 70k map's list then takes 8.5 ms of CPU in the page, 40 ms with the series' titles worked out again there). A short list (`IN_PAGE_MAX` titles) is worked out in
 * the page at once: a worker's start would take longer. One worker, made at the first long list; where none can be
 * made or it has failed, the keys are worked out in the page, as before.
 */
import { wrap, type Remote } from 'comlink';
import { useEffect, useReducer } from 'react';
import { hasVenueSeriesKeys, keepVenueSeriesWork, venueSeriesKeys } from '../../core/queries/venue-series';
import type { SeriesApi } from './series-worker';
import { watchWorker } from './watch-worker';
// the worker's script as its own file (Vite's `?worker&url`): its address is kept to ask the site about it when it fails
import seriesWorkerUrl from './series-worker.ts?worker&url';

/**
 * Lists of this many titles or fewer are worked out in the page: 100 of the 30k map's titles took 41 ms of CPU at
 * the first call (20 titles 34 ms: mostly the regular expressions' first use), 768 took 135 ms (Node 20, Dec 2026).
 */
export const IN_PAGE_MAX = 100;

interface Running {
  api: Remote<SeriesApi>;
  /** Rejects when the worker fails (its code cannot load, it crashes). */
  failed: Promise<never>;
}

let running: Running | null = null;
let broken = false;

function seriesWorker(): Running | null {
  if (running || broken || typeof Worker === 'undefined') return running;
  try {
    const worker = new Worker(seriesWorkerUrl, { type: 'module', name: 'atlas-venue-series' });
    const failed = watchWorker(worker, seriesWorkerUrl, 'the venue series worker stopped', () => {
      broken = true;
      running = null;
    });
    running = { api: wrap<SeriesApi>(worker), failed };
  } catch {
    broken = true;
  }
  return running;
}

const asked = new WeakMap<readonly string[], Promise<void>>();

/**
 * Resolves once the series keys of `names` (a map's `bundle.venues`) are known in the page (`hasVenueSeriesKeys`):
 * at once when they are or the list is short (`IN_PAGE_MAX`, worked out here), else when the worker has answered (or,
 * where it cannot, once they are worked out here). Asked twice for one list, one answer. Never rejects.
 */
export function venueSeriesKeysReady(names: readonly string[]): Promise<void> {
  if (hasVenueSeriesKeys(names)) return Promise.resolve();
  let ready = asked.get(names);
  if (!ready) {
    ready = (async () => {
      const w = names.length > IN_PAGE_MAX ? seriesWorker() : null;
      if (w) {
        try {
          keepVenueSeriesWork(names, await Promise.race([w.api.series([...names]), w.failed]));
          return;
        } catch {
          // the worker failed (or answered wrong): the keys in the page
        }
      }
      venueSeriesKeys(names);
    })();
    asked.set(names, ready);
  }
  return ready;
}

/**
 * Whether the series keys of `names` (a map's `bundle.venues`) are known in the page: true at once for a short list
 * (worked out now, `IN_PAGE_MAX`) or one already known; else false, the worker asked (`venueSeriesKeysReady`), and the
 * component rendered again with true once they are. Throws nothing.
 */
export function useVenueSeriesKeys(names: readonly string[]): boolean {
  const known = names.length <= IN_PAGE_MAX || hasVenueSeriesKeys(names);
  const [, answered] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (known) return;
    let live = true;
    void venueSeriesKeysReady(names).then(() => live && answered());
    return () => {
      live = false;
    };
  }, [names, known]);
  return known;
}
