/**
 * The page's side of the insights worker: one worker, called through comlink; the bundle is sent once
 * per dataset (under a token) and kept there. A worker that fails (its code cannot load, it crashes)
 * rejects what is pending with the reason, and the next job starts a fresh one.
 */
import { wrap, type Remote } from 'comlink';
import type { Bundle } from '../../core/bundle/types';
import { NOT_LOADED, type InsightsJob, type InsightsResults } from './insights-protocol';
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

/** Run `job` on `bundle` in the worker. Rejects with the worker's error message. */
export async function runInsight<J extends InsightsJob>(bundle: Bundle, job: J): Promise<InsightsResults[J['kind']]> {
  if (!tokens.has(bundle)) tokens.set(bundle, nextToken++);
  const token = tokens.get(bundle)!;
  const w = insightsWorker();
  const send = async () => {
    w.sent = token;
    await Promise.race([w.api.load(token, bundle), w.failed]);
  };
  if (w.sent !== token) await send();
  try {
    return (await Promise.race([w.api.run(token, job), w.failed])) as InsightsResults[J['kind']];
  } catch (err) {
    // another dataset's bundle was sent meanwhile: send this one again, once
    if (!(err instanceof Error) || err.message !== NOT_LOADED) throw err;
    await send();
    return (await Promise.race([w.api.run(token, job), w.failed])) as InsightsResults[J['kind']];
  }
}
