/**
 * The page's side of the insights worker: one worker, called through comlink; the bundle is sent once
 * per dataset (under a token) and kept there. It is sent a column slice at a time, a few slices per short task (copied in
 * one message, the 30k map's bundle was one long task of 2.7 s in a CPU profile at load 24), and nothing else is
 * asked of the worker until every slice is there. Jobs are asked one at a time, the jobs a user waits for (an
 * author card's check, an export) in the order asked, before the background job (the name checks of every name,
 * which the page starts by itself): that one is run a slice of time at a time (`SLICE_MS`), and a job asked
 * meanwhile runs between two slices (on the 30k map an author card opened as the map was ready said "Checking
 * whether this name is several people…" for 8-14 s, behind every name's check). A worker that fails (its code
 * cannot load, it crashes) rejects what it was doing with the reason, and the next job starts a fresh one.
 */
import { transfer, wrap, type Remote } from 'comlink';
import type { Bundle } from '../../core/bundle/types';
import { bundleShell, columnSliceCount, columnSlices, sliceTransfer } from '../data/column-slices';
import { INSIGHTS_SLICE, INSIGHTS_TYPED_SLICE, NOT_LOADED, type InsightsJob, type InsightsResults } from './insights-protocol';
import type { StepResult } from '../../core/util/steps';
import type { InsightsApi } from './insights-worker';
import { watchWorker } from './watch-worker';
// the worker's script as its own file (Vite's `?worker&url`): its address is kept to ask the site about it when it fails
import insightsWorkerUrl from './insights-worker.ts?worker&url';

interface Running {
  worker: Worker;
  api: Remote<InsightsApi>;
  /** Token of the bundle last sent. */
  sent: number;
  /** Token of the bundle the worker keeps whole (the one before `sent` while `sent`'s slices are on their way; -1: none). */
  kept: number;
  /** Token of the bundle the worker keeps beside `kept` (`keepBeside`; -1: none). */
  beside: number;
  /** Rejects when the worker fails. */
  failed: Promise<never>;
  /** Rejects when the page stops the worker (a job the worker was running cancelled: `runInsight`'s `signal`). */
  stopped: Promise<never>;
  /** Stops the worker: terminated, forgotten, `stopped` rejected with `reason`. */
  stop: (reason: Error) => void;
  /** The background task begun in the worker and paused between two slices (dropped there with its bundle). */
  paused: Task | null;
}

let running: Running | null = null;
let nextToken = 1;
const tokens = new WeakMap<Bundle, number>();

function insightsWorker(): Running {
  if (running) return running;
  const worker = new Worker(insightsWorkerUrl, { type: 'module', name: 'atlas-insights' });
  const failed = watchWorker(worker, insightsWorkerUrl, 'the insights worker stopped', () => {
    if (running === current) running = null;
  });
  let reject!: (reason: Error) => void;
  const stopped = new Promise<never>((_, no) => (reject = no));
  stopped.catch(() => {});
  const stop = (reason: Error) => {
    worker.terminate();
    if (running === current) running = null;
    reject(reason);
  };
  const current: Running = { worker, api: wrap<InsightsApi>(worker), sent: -1, kept: -1, beside: -1, failed, stopped, stop, paused: null };
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
 * Work a turn may do on the page (ms) when nothing holds it back: slices of the bundle are posted for this long
 * back to back, then the page gets the thread (a frame, an input) before the next.
 */
export const SEND_BUDGET_MS = 8;

/**
 * The same when a job the user waits for (an author card's check) may not be held back any longer: the page is
 * then waiting for the bundle, and each turn also waits for a frame (on the 30k map, slices posted 8 ms at a time
 * after a click still took 11 s at load 15: a camera move's frames between them).
 */
export const URGENT_BUDGET_MS = 50;

/**
 * A turn for a job's next step (a slice of the bundle, the job itself), with how long (ms) it may keep the page's
 * thread: at once (`SEND_BUDGET_MS`) when some job asked (this one or one queued behind it) may not be held back any
 * longer; else once the user has left the page alone for QUIET_MS and the page is idle (requestIdleCallback; then
 * `SEND_BUDGET_MS` too: a task of 8 ms or so delays a frame by at most that much). A click on the map is answered by
 * frames for a second or more (panel, emphasis, camera move, level-of-detail refill); the insights worker's work (taking in the bundle slice by
 * slice, the name checks' second of CPU) competed with them on a 2-core machine.
 */
async function turn(): Promise<number> {
  for (;;) {
    let until = Infinity;
    for (const h of holds) until = Math.min(until, h.until);
    const left = until - performance.now();
    if (left <= 0) return [...tasks].some((t) => !t.background && t.hold.until <= performance.now()) ? URGENT_BUDGET_MS : SEND_BUDGET_MS;
    const quietIn = lastInput + QUIET_MS - performance.now();
    if (quietIn > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(quietIn, left)));
      continue;
    }
    const budget = await new Promise<number>((resolve) =>
      typeof requestIdleCallback === 'function'
        ? // the page idle: a whole budget, not what is left of the idle period (often 1-3 ms between the frames
          // drawn after a load or an Apply, so that the 30k map's slices went one per turn, each turn waiting
          // 25-90 ms for the next idle period: 2-3 s of a 3-4 s hand-over, scripts/handover-timing.ts)
          requestIdleCallback(() => resolve(SEND_BUDGET_MS), { timeout: Math.max(1, left) })
        : setTimeout(() => resolve(SEND_BUDGET_MS), 0),
    );
    if (performance.now() - lastInput >= QUIET_MS) {
      idleTurnInput = lastInput;
      return budget;
    }
  }
}

/** `lastInput` when `turn` last found the page quiet and idle (null: never): the turns since were not asked for. */
let idleTurnInput: number | null = null;

/**
 * Whether a step may follow at once: the page was found quiet and idle (`turn`) and the user has not touched it
 * since (no press, release, key or wheel), and no job asked is past its hold (`turn` then gives it its turn at once
 * anyway). Any input falls back to `turn`'s waiting for quiet.
 */
function untouchedSinceIdle(): boolean {
  const now = performance.now();
  return idleTurnInput !== null && lastInput === idleTurnInput && [...holds].every((h) => h.until > now);
}

/** The page's thread given back for a moment (a task of its own, not clamped as nested timeouts are). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * The bundle to the worker: its shell (the column groups empty), then each column in slices, posted for a turn's
 * budget at a time (`turn`) without waiting for the worker's answer to each: each slice had waited for the worker's
 * answer, which the page takes in between its frames, so an author card opened as the 30k map was ready waited
 * 4.7-6.5 s for its 321 slices (`scripts/card-split.ts`, load 9-10) and said "Checking…" meanwhile. The worker takes
 * them in the order posted; the answers are awaited at the end. `onShare`: told the share of the bundle's slices the
 * worker has taken in (0–1, `columnSliceCount`) as each is answered (on the 70k map the hand-over took 5–15 s after
 * the map was ready, and the sidebar's bar moved by itself meanwhile, saying nothing of how far it was).
 * `keepBefore`: the bundle the worker kept until now stays there beside this one (`keepBeside`).
 */
async function sendBundle(api: Remote<InsightsApi>, token: number, bundle: Bundle, onShare: (done: number) => void = () => {}, keepBefore = false): Promise<void> {
  // for scripts/handover-timing.ts: when the hand-over was asked (the worker started if it was not)
  performance.mark('insights: bundle asked');
  await api.loadBegin(token, bundleShell(bundle));
  const posted: Promise<void>[] = [];
  const sizes = [INSIGHTS_SLICE, { typed: true, typedSize: INSIGHTS_TYPED_SLICE, texts: true }] as const;
  const total = Math.max(1, columnSliceCount(bundle, ...sizes));
  let taken = 0;
  const slices = columnSlices(bundle, null, ...sizes);
  let next = slices.next();
  let first = true;
  while (!next.done) {
    // once the page was found idle, the next turns follow at once (after the page's own tasks: `yieldToPage`) as
    // long as the user has not touched it since (`untouchedSinceIdle`): each waiting for an idle period of its own,
    // the 30k map's 23 slices took 1.5-3 s at load 13 to hand over for 0.1 s of work (scripts/handover-timing.ts)
    // (a job that may not wait longer gets `turn`'s longer budget at once)
    const until = performance.now() + (!first && untouchedSinceIdle() ? SEND_BUDGET_MS : await turn());
    // the hand-over begins only now: until then the page waited for a turn, and said "about to start" (it said
    // "getting the names ready, 0%" meanwhile, 1.5 s after a 2-author import was built)
    if (first) onShare(0);
    first = false;
    do {
      const answer = api.loadSlice(token, transfer(next.value, sliceTransfer(next.value)));
      // (awaited below; a worker that stops rejects every answer, said once by `failed`)
      answer.then(
        () => onShare(Math.min(1, ++taken / total)),
        () => {},
      );
      posted.push(answer);
      next = slices.next();
    } while (!next.done && performance.now() < until);
    if (!next.done) await yieldToPage();
  }
  await Promise.all(posted);
  await api.loadEnd(token, keepBefore);
  // for scripts/card-split.ts: when the worker held the whole bundle (a performance mark: the page's timeline)
  performance.mark('insights: bundle sent');
}

/**
 * How long the background job runs in the worker at a time (ms, plus at most one piece of its work: a few ms,
 * core/util/steps.ts); a job asked meanwhile waits at most this long for the worker.
 */
export const SLICE_MS = 40;

/**
 * Where a background job stands, for the page to show while the user waits: its map being handed to the worker
 * (`sending`, `done` the share of the map's slices the worker has taken in, 0–1), or running, `done` its share done
 * (0–1, as the job's steps say: core/util/steps.ts).
 */
export type InsightProgress = { stage: 'sending'; done: number } | { stage: 'running'; done: number };

/** The error a background job is rejected with when another map's background job is asked (see `runInsight`). */
export const SUPERSEDED = 'another map’s name checks were asked';

/** The error a job is rejected with when its asker cancels it (`runInsight`'s `signal`). */
export const CANCELLED = 'cancelled';

/** A job asked and not done. */
interface Task {
  bundle: Bundle;
  job: InsightsJob;
  /** Run a slice at a time, after every job asked that is not (`runInsight`'s `background`). */
  background: boolean;
  /** Until when (performance.now() ms) its steps may be held back (`turn`). */
  hold: { until: number };
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  /** Told where the job stands (`InsightProgress`), if the asker wants to know. */
  onProgress?: (progress: InsightProgress) => void;
}

/** Jobs asked and not done, in the order asked. */
const tasks: Task[] = [];
/** Whether the loop that asks the worker for the tasks' steps is running (one at a time). */
let pumping = false;
/** The task whose step the worker is working on (its bundle being sent, or its job run), or null. */
let stepping: Task | null = null;

/** The task whose step comes next: the first not in the background, else the first. */
function nextTask(): Task | undefined {
  return tasks.find((t) => !t.background) ?? tasks[0];
}

/**
 * Run `job` on `bundle` in the worker: after the jobs asked before it, except that a `background` job (the name
 * checks the page starts by itself) runs after every other job asked before it is done, a slice of time at a time,
 * with the others run between its slices. Rejects with the worker's error message.
 * `holdMs`: how long the job's steps may be held back in all while the user is using the page (`turn`): the
 * name checks the page starts by itself wait for quiet moments; an author card's split waits for the click's
 * frames; an export (0) goes at once, and so does whatever is asked beside a job that may not wait.
 * A background job asked for one map drops the background jobs of other maps not done yet (rejected with
 * `SUPERSEDED`): the page shows one map, and a tester's 70k map waited 40 s for the name checks of the 30k map it
 * was opened from. `onProgress`: told where the job stands (a background job's share done, as its steps say).
 * `signal`: aborting it cancels the job (rejected with `CANCELLED`): a job not begun leaves the queue; a job the worker
 * is on stops the worker (terminated; the next job starts a fresh one and sends it the bundle again, and a paused
 * background job begins again): the 70k map's GEXF took 85–104 s at a high load with no way to stop it (a tester).
 */
export function runInsight<J extends InsightsJob>(
  bundle: Bundle,
  job: J,
  { holdMs = 0, background = false, onProgress, signal }: { holdMs?: number; background?: boolean; onProgress?: (progress: InsightProgress) => void; signal?: AbortSignal } = {},
): Promise<InsightsResults[J['kind']]> {
  if (background) {
    for (const t of tasks.filter((t) => t.background && t.bundle !== bundle)) {
      settle(t);
      t.reject(new Error(SUPERSEDED));
    }
  }
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error(CANCELLED));
    const hold = { until: performance.now() + holdMs };
    holds.add(hold);
    const task: Task = { bundle, job, background, hold, resolve: resolve as (value: unknown) => void, reject, onProgress };
    tasks.push(task);
    signal?.addEventListener('abort', () => cancel(task), { once: true });
    void pump();
  });
}

/** By a bundle, the bundle the worker keeps beside it once it is sent (`keepBeside`). */
const besideOf = new WeakMap<Bundle, Bundle>();

/**
 * When `to` is sent to the worker, the bundle it keeps then (`from`, the map shown before the Apply that rebuilt `to`)
 * stays there beside it, for `runOnKept`, until `forgetKeptBeside(to)` or another bundle is sent: an author card opened
 * after the rebuilt map had reached the worker said "Checking whether this name is several people…" for a name the
 * Apply did not touch, the map before's answer out of reach. At most two maps at a time, as while a map is handed over.
 */
export function keepBeside(to: Bundle, from: Bundle): void {
  besideOf.set(to, from);
}

/** The worker forgets the bundle it keeps beside `to` (`keepBeside`), if it does. Throws nothing. */
export function forgetKeptBeside(to: Bundle): void {
  const from = besideOf.get(to);
  besideOf.delete(to);
  const w = running;
  const token = from && tokens.get(from);
  if (!w || token === undefined || w.beside !== token) return;
  w.beside = -1;
  w.api.forget(token).catch(() => {});
}

/** The error `runOnKept` rejects with when the worker does not keep the bundle asked (it is never sent for it). */
export const NOT_KEPT = 'the worker does not keep this map';

/**
 * Run `job` on `bundle` at once, outside the queue of `runInsight`, if the worker keeps that bundle whole now (the
 * map shown before an Apply stays there while the rebuilt map is handed over, and after, beside it, until the rebuilt
 * map's own name checks answer: `keepBeside`), also while another map is being handed over or a background job runs
 * (its answer comes between their messages);
 * else rejects with `NOT_KEPT`, and the bundle is not sent. For what the page shows of the map before an Apply while
 * the rebuilt map's own answer is on its way (use-worker-insight.ts `useSplit`). Rejects with the worker's error.
 */
export function runOnKept<J extends InsightsJob>(bundle: Bundle, job: J): Promise<InsightsResults[J['kind']]> {
  const token = tokens.get(bundle);
  const w = running;
  if (!w || token === undefined || (w.kept !== token && w.beside !== token)) return Promise.reject(new Error(NOT_KEPT));
  return Promise.race([w.api.run(token, job) as Promise<InsightsResults[J['kind']]>, w.failed, w.stopped]);
}

/** `task` cancelled: out of the queue, rejected with `CANCELLED`, and the worker stopped if it was on it. */
function cancel(task: Task): void {
  if (!tasks.includes(task)) return;
  settle(task);
  task.reject(new Error(CANCELLED));
  if (stepping === task) running?.stop(new Error(CANCELLED));
}

/** Ask the worker for the tasks' steps, one at a time, until none is left. */
async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    for (let task = nextTask(); task; task = nextTask()) {
      try {
        stepping = task;
        const step = await stepOf(task).finally(() => (stepping = null));
        // dropped meanwhile (another map's background job asked: `runInsight`), its promise settled then
        if (!tasks.includes(task)) continue;
        if (step.done) {
          settle(task);
          task.resolve(step.value);
        } else if (step.progress !== undefined) task.onProgress?.({ stage: 'running', done: step.progress });
      } catch (err) {
        if (!tasks.includes(task)) continue;
        settle(task);
        task.reject(err);
      }
    }
  } finally {
    pumping = false;
  }
}

/** `task` done (or failed): out of the list, its hold with it, and no longer paused in the worker. */
function settle(task: Task): void {
  const at = tasks.indexOf(task);
  if (at >= 0) tasks.splice(at, 1);
  holds.delete(task.hold);
  if (running?.paused === task) running.paused = null;
}

/**
 * The task's next step in the worker: its bundle sent first when the worker does not hold it (every slice, nothing
 * else meanwhile), then the whole job, or one slice of a background job (none, `{ done: false }`, when another
 * job was asked while this one waited for its turn).
 */
async function stepOf(task: Task): Promise<StepResult<unknown>> {
  if (!tokens.has(task.bundle)) tokens.set(task.bundle, nextToken++);
  const token = tokens.get(task.bundle)!;
  const w = insightsWorker();
  const send = async () => {
    // told to every job asked on this map (the name checks wait while an author card's check sends it: the sidebar
    // said "about to start" for the whole hand-over)
    const tell = (progress: InsightProgress) => {
      for (const t of tasks) if (t.bundle === task.bundle) t.onProgress?.(progress);
    };
    w.sent = token;
    // the worker drops a paused job with the bundle it kept, and the one kept beside it (insights-worker.ts `loadBegin`)
    w.paused = null;
    w.beside = -1;
    // the bundle kept now stays beside this one when asked (`keepBeside`)
    const from = besideOf.get(task.bundle);
    const keepBefore = from !== undefined && tokens.get(from) === w.kept && w.kept >= 0;
    await Promise.race([sendBundle(w.api, token, task.bundle, (done) => tell({ stage: 'sending', done }), keepBefore), w.failed, w.stopped]);
    w.beside = keepBefore ? w.kept : -1;
    w.kept = token;
  };
  if (w.sent !== token) await send();
  // once the page was found idle, the next steps follow at once (after the page's own tasks: `yieldToPage`) while the
  // user leaves it alone: each of the name checks' 40 ms steps (`SLICE_MS`) had waited for an idle period of its own,
  // 0.7-1.6 s of waiting in the 4.4-6.1 s from hand-over to checks done on the 30k map at load 7
  // (scripts/handover-timing.ts); the steps run in the worker, the page only takes in their answers
  if (untouchedSinceIdle()) await yieldToPage();
  else await turn();
  // a job asked while this one waited: it goes first
  if (nextTask() !== task) return { done: false };
  const ask = (): Promise<StepResult<unknown>> => {
    if (!task.background) return w.api.run(token, task.job).then((value) => ({ done: true, value }));
    if (w.paused === task) return w.api.resume(token, SLICE_MS);
    w.paused = task;
    return w.api.begin(token, task.job, SLICE_MS);
  };
  try {
    return await Promise.race([ask(), w.failed, w.stopped]);
  } catch (err) {
    // the worker does not hold this bundle (a send cut short, or another dataset's sent since a slice of this
    // job): send it again, once, and begin the job again
    if (!(err instanceof Error) || err.message !== NOT_LOADED) throw err;
    await send();
    return await Promise.race([ask(), w.failed, w.stopped]);
  }
}
