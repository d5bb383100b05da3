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
import { watchWorker } from './watch-worker';

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
  const failed = watchWorker(worker, 'the insights worker stopped', () => {
    if (running === current) running = null;
  });
  const current: Running = { worker, api: wrap<InsightsApi>(worker), sent: -1, failed };
  return (running = current);
}

/** Held-back work waits until the user has left the page alone this long (no press, release, key or wheel). */
export const QUIET_MS = 600;

let lastInput = -Infinity;
if (typeof window !== 'undefined') {
  const seen = () => void (lastInput = performance.now());
  for (const type of ['pointerdown', 'pointerup', 'keydown', 'wheel'] as const) window.addEventListener(type, seen, { capture: true, passive: true });
}

/** Each job asked and not yet done: until when (performance.now() ms) its steps may be held back. */
const holds = new Set<{ until: number }>();

/**
 * A turn for a job's next step (a slice of the bundle, the job itself): at once when some job asked (this one
 * or one queued behind it) may not be held back any longer; else once the user has left the page alone for
 * QUIET_MS and the page is idle (requestIdleCallback). A click on the map is answered by frames for a second or
 * more (panel, emphasis, camera move, level-of-detail refill); the insights worker's work (taking in the bundle
 * slice by slice, the name checks' second of CPU) competed with them on a 2-core machine.
 */
async function turn(): Promise<void> {
  for (;;) {
    let until = Infinity;
    for (const h of holds) until = Math.min(until, h.until);
    const left = until - performance.now();
    if (left <= 0) return;
    const quietIn = lastInput + QUIET_MS - performance.now();
    if (quietIn > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(quietIn, left)));
      continue;
    }
    await new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: Math.max(1, left) }) : setTimeout(resolve, 0)));
    if (performance.now() - lastInput >= QUIET_MS) return;
  }
}

/** The bundle to the worker: its shell (the column groups empty), then each column in slices, each awaited. */
async function sendBundle(api: Remote<InsightsApi>, token: number, bundle: Bundle): Promise<void> {
  await api.loadBegin(token, bundleShell(bundle));
  for (const slice of columnSlices(bundle, null, INSIGHTS_SLICE)) {
    await turn();
    await api.loadSlice(token, slice);
  }
  await api.loadEnd(token);
}

/** Jobs one after another: a bundle sent in slices must not interleave with another's (or with a job on it). */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Run `job` on `bundle` in the worker (after the jobs asked before it). Rejects with the worker's error message.
 * `holdMs`: how long the job's steps may be held back in all while the user is using the page (`turn`): the
 * name checks the page starts by itself wait for quiet moments; an author card's split waits for the click's
 * frames; an export (0) goes at once, and so does whatever is queued in front of a job that may not wait.
 */
export function runInsight<J extends InsightsJob>(bundle: Bundle, job: J, { holdMs = 0 }: { holdMs?: number } = {}): Promise<InsightsResults[J['kind']]> {
  const hold = { until: performance.now() + holdMs };
  holds.add(hold);
  const task = queue.then(() => runNow(bundle, job));
  queue = task.catch(() => undefined);
  void task.finally(() => holds.delete(hold)).catch(() => undefined);
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
  await turn();
  try {
    return (await Promise.race([w.api.run(token, job), w.failed])) as InsightsResults[J['kind']];
  } catch (err) {
    // the worker does not hold this bundle (a send cut short): send it again, once
    if (!(err instanceof Error) || err.message !== NOT_LOADED) throw err;
    await send();
    return (await Promise.race([w.api.run(token, job), w.failed])) as InsightsResults[J['kind']];
  }
}
