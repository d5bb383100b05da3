/**
 * The page's side of the insights worker: one worker, called through comlink; the bundle is sent once
 * per dataset (under a token) and kept there. It is sent a column slice at a time, each awaited (copied in
 * one message, the 30k map's bundle was one long task of 2.7 s in a CPU profile at load 24), so jobs run one
 * after another. A worker that fails (its code cannot load, it crashes) rejects what is pending with the
 * reason, and the next job starts a fresh one.
 */
import { wrap, type Remote } from 'comlink';
import type { Bundle } from '../../core/bundle/types';
import { bundleShell, columnSlices } from '../data/column-slices';
import { INSIGHTS_SLICE, NOT_LOADED, type InsightsJob, type InsightsResults } from './insights-protocol';
import type { InsightsApi } from './insights-worker';

interface Running {
  worker: Worker;
  api: Remote<InsightsApi>;
  /** Token of the bundle last sent. */
  sent: number;
  /** Rejects when the worker fails. */
  failed: Promise<never>;
}

let running: Running | null = null;
let nextToken = 1;
const tokens = new WeakMap<Bundle, number>();

function insightsWorker(): Running {
  if (running) return running;
  const worker = new Worker(new URL('./insights-worker.ts', import.meta.url), { type: 'module', name: 'atlas-insights' });
  let fail!: (err: Error) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  const current: Running = { worker, api: wrap<InsightsApi>(worker), sent: -1, failed };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(event.message || 'the insights worker stopped'));
    worker.terminate();
    if (running === current) running = null;
  });
  return (running = current);
}

/** The bundle to the worker: its shell (the column groups empty), then each column in slices, each awaited. */
async function sendBundle(api: Remote<InsightsApi>, token: number, bundle: Bundle): Promise<void> {
  await api.loadBegin(token, bundleShell(bundle));
  for (const slice of columnSlices(bundle, null, INSIGHTS_SLICE)) await api.loadSlice(token, slice);
  await api.loadEnd(token);
}

/** Jobs one after another: a bundle sent in slices must not interleave with another's (or with a job on it). */
let queue: Promise<unknown> = Promise.resolve();

/** Run `job` on `bundle` in the worker (after the jobs asked before it). Rejects with the worker's error message. */
export function runInsight<J extends InsightsJob>(bundle: Bundle, job: J): Promise<InsightsResults[J['kind']]> {
  const task = queue.then(() => runNow(bundle, job));
  queue = task.catch(() => undefined);
  return task;
}

async function runNow<J extends InsightsJob>(bundle: Bundle, job: J): Promise<InsightsResults[J['kind']]> {
  if (!tokens.has(bundle)) tokens.set(bundle, nextToken++);
  const token = tokens.get(bundle)!;
  const w = insightsWorker();
  const send = async () => {
    w.sent = token;
    await Promise.race([sendBundle(w.api, token, bundle), w.failed]);
  };
  if (w.sent !== token) await send();
  try {
    return (await Promise.race([w.api.run(token, job), w.failed])) as InsightsResults[J['kind']];
  } catch (err) {
    // the worker does not hold this bundle (a send cut short): send it again, once
    if (!(err instanceof Error) || err.message !== NOT_LOADED) throw err;
    await send();
    return (await Promise.race([w.api.run(token, job), w.failed])) as InsightsResults[J['kind']];
  }
}
