/**
 * The order in which the insights worker answers (src/app/workers/insights-client.ts), with a stand-in worker on
 * this thread (comlink over a MessageChannel) that keeps to the real one's calls and records them: an author
 * card's check asked while the name checks of every name wait or run is answered before they finish; jobs a user
 * waits for keep the order asked; nothing is asked of the worker while a bundle arrives in slices.
 */
import { expose } from 'comlink';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bundle } from '../../src/core/bundle/types';
import type { StepResult } from '../../src/core/util/steps';
import { CANCELLED, runInsight, SUPERSEDED, type InsightProgress } from '../../src/app/workers/insights-client';
import { NOT_LOADED, type InsightsJob } from '../../src/app/workers/insights-protocol';
import type { InsightsApi } from '../../src/app/workers/insights-worker';
import { buildFiles, SEED_PATH } from '../core/helpers';

/** What the stand-in worker was asked, in order ("loadBegin 1", "slice", "loadEnd 1", "run split", "begin names", "resume names"). */
let log: string[] = [];
/** Slices of time the name checks take in the stand-in worker. */
let namesSlices = 4;
/** Called when the stand-in worker has run a slice of the name checks (n: 1 for the first). */
let onNamesSlice: (n: number) => void = () => {};

/** The real worker's contract (insights-worker.ts), without the work: jobs answer with their kind (a split with its author). */
function standIn(): InsightsApi {
  let kept: number | null = null;
  let paused: { token: number; done: number } | null = null;
  const answer = (job: InsightsJob) => (job.kind === 'split' ? `split ${job.author}` : job.kind);
  const resume = (token: number): StepResult<unknown> => {
    if (!paused || paused.token !== token || kept !== token) throw new Error(NOT_LOADED);
    log.push('slice of names');
    const n = ++paused.done;
    onNamesSlice(n);
    if (n < namesSlices) return { done: false, progress: n / namesSlices };
    paused = null;
    return { done: true, value: 'names' };
  };
  return {
    load(token: number) {
      kept = token;
    },
    loadBegin(token: number) {
      log.push(`loadBegin ${token}`);
      paused = null;
    },
    loadSlice() {
      log.push('slice of bundle');
    },
    loadEnd(token: number) {
      log.push(`loadEnd ${token}`);
      kept = token;
    },
    run(token: number, job: InsightsJob) {
      if (kept !== token) throw new Error(NOT_LOADED);
      log.push(`run ${job.kind}`);
      // a GEXF that never ends (to be cancelled)
      if (job.kind === 'gexf') return new Promise(() => {});
      return answer(job);
    },
    begin(token: number, job: InsightsJob) {
      if (kept !== token) throw new Error(NOT_LOADED);
      log.push(`begin ${job.kind}`);
      paused = { token, done: 0 };
      return resume(token);
    },
    resume,
  } as unknown as InsightsApi;
}

/** Stand-in workers made, and terminated. */
let workersMade = 0;
let workersStopped = 0;

/** `new Worker(...)` in the client: one end of a channel whose other end is the stand-in. */
class StandInWorker {
  constructor() {
    workersMade++;
    const channel = new MessageChannel();
    expose(standIn(), channel.port2);
    return Object.assign(channel.port1, {
      terminate: () => {
        workersStopped++;
        channel.port1.close();
      },
    });
  }
}

const seed = buildFiles([SEED_PATH]).bundle;
/** A bundle the worker has not seen yet (the client knows bundles by object). */
const freshBundle = (): Bundle => ({ ...seed });
const NAMES = { holdMs: 15_000, background: true };

/** Resolves with `p`'s value, recording in `order` when it did. */
function noted<T>(order: string[], label: string, p: Promise<T>): Promise<T> {
  return p.then((v) => {
    order.push(label);
    return v;
  });
}

/** The calls other than the bundle's. */
const jobCalls = (calls: readonly string[]) => calls.filter((c) => !c.startsWith('load') && c !== 'slice of bundle');

/** The calls between each loadBegin and its loadEnd, other than slices of the bundle. */
function callsDuringLoads(calls: readonly string[]): string[] {
  const out: string[] = [];
  let loading = false;
  for (const c of calls) {
    if (c.startsWith('loadBegin')) loading = true;
    else if (c.startsWith('loadEnd')) loading = false;
    else if (loading && c !== 'slice of bundle') out.push(c);
  }
  return out;
}

beforeAll(() => {
  vi.stubGlobal('Worker', StandInWorker);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
beforeEach(() => {
  log = [];
  namesSlices = 4;
  onNamesSlice = () => {};
});

describe('insights worker order', () => {
  it('an author card opened while the name checks wait for their turn is answered first', async () => {
    const bundle = freshBundle();
    const order: string[] = [];
    const names = noted(order, 'names', runInsight(bundle, { kind: 'names' }, NAMES));
    const split = noted(order, 'split', runInsight(bundle, { kind: 'split', author: 3 }, { holdMs: 1500 }));
    expect(await split).toBe('split 3');
    expect(await names).toBe('names');
    expect(order).toEqual(['split', 'names']);
    // the whole bundle first, then the card's check, then the name checks
    expect(log[0]).toMatch(/^loadBegin/);
    expect(jobCalls(log)).toEqual(['run split', 'begin names', 'slice of names', 'slice of names', 'slice of names', 'slice of names']);
    expect(callsDuringLoads(log)).toEqual([]);
  });

  it('an author card opened while the name checks run is answered between two of their slices, before they finish', async () => {
    const bundle = freshBundle();
    const order: string[] = [];
    let split: Promise<unknown> | null = null;
    onNamesSlice = (n) => {
      if (n === 1) split = noted(order, 'split', runInsight(bundle, { kind: 'split', author: 7 }, { holdMs: 1500 }));
    };
    const names = noted(order, 'names', runInsight(bundle, { kind: 'names' }, NAMES));
    expect(await names).toBe('names');
    expect(await split).toBe('split 7');
    expect(order).toEqual(['split', 'names']);
    expect(jobCalls(log)).toEqual(['begin names', 'slice of names', 'run split', 'slice of names', 'slice of names', 'slice of names']);
  });

  it('jobs a user waits for keep the order asked, all before the rest of the name checks', async () => {
    const bundle = freshBundle();
    const order: string[] = [];
    const asked: Promise<unknown>[] = [];
    onNamesSlice = (n) => {
      if (n !== 2) return;
      asked.push(noted(order, 'authors-csv', runInsight(bundle, { kind: 'authors-csv' })));
      asked.push(noted(order, 'split', runInsight(bundle, { kind: 'split', author: 1 }, { holdMs: 1500 })));
      asked.push(noted(order, 'pairs-csv', runInsight(bundle, { kind: 'pairs-csv' })));
    };
    asked.push(noted(order, 'names', runInsight(bundle, { kind: 'names' }, NAMES)));
    await asked[0];
    await Promise.all(asked);
    expect(order).toEqual(['authors-csv', 'split', 'pairs-csv', 'names']);
  });

  it("another map's bundle arrives whole before its card's check, and the name checks it displaced begin again", async () => {
    const first = freshBundle();
    const second = freshBundle();
    const order: string[] = [];
    let split: Promise<unknown> | null = null;
    onNamesSlice = (n) => {
      if (n === 2 && !split) split = noted(order, 'split', runInsight(second, { kind: 'split', author: 2 }, { holdMs: 1500 }));
    };
    const names = noted(order, 'names', runInsight(first, { kind: 'names' }, NAMES));
    expect(await names).toBe('names');
    expect(await split).toBe('split 2');
    expect(order).toEqual(['split', 'names']);
    expect(callsDuringLoads(log)).toEqual([]);
    // three loads: the first map's, the second's (for the card), the first's again (the worker keeps one bundle)
    const loads = log.filter((c) => c.startsWith('loadBegin'));
    expect(loads).toHaveLength(3);
    expect(loads[0]).toBe(loads[2]);
    expect(log.filter((c) => c === 'begin names')).toHaveLength(2);
  });
});

describe('an export cancelled', () => {
  it('while the worker writes it: rejected at once, the worker stopped, the next job answered by a fresh worker', async () => {
    const bundle = freshBundle();
    const stop = new AbortController();
    const made = workersMade;
    const stopped = workersStopped;
    const gexf = runInsight(bundle, { kind: 'gexf' } as InsightsJob, { signal: stop.signal });
    // the worker is on it once it was asked to run it
    await vi.waitFor(() => expect(log).toContain('run gexf'));
    stop.abort();
    await expect(gexf).rejects.toThrow(CANCELLED);
    expect(workersStopped).toBe(stopped + 1);
    expect(await runInsight(bundle, { kind: 'authors-csv' } as InsightsJob)).toBe('authors-csv');
    expect(workersMade).toBe(made + 1);
    // the fresh worker was sent the map again before the table
    expect(log.filter((c) => c.startsWith('loadBegin')).length).toBeGreaterThanOrEqual(1);
    expect(log.at(-1)).toBe('run authors-csv');
  });

  it('while waiting for its turn: taken out of the queue, never run, the worker kept', async () => {
    const bundle = freshBundle();
    const stop = new AbortController();
    const stopped = workersStopped;
    const names = runInsight(bundle, { kind: 'names' }, NAMES);
    let table: Promise<unknown> | null = null;
    onNamesSlice = (n) => {
      if (n !== 1) return;
      table = runInsight(bundle, { kind: 'pairs-csv' } as InsightsJob, { signal: stop.signal });
      table.catch(() => {});
      stop.abort();
    };
    expect(await names).toBe('names');
    await expect(table).rejects.toThrow(CANCELLED);
    expect(log).not.toContain('run pairs-csv');
    expect(workersStopped).toBe(stopped);
  });
});

describe('the name checks while the user waits', () => {
  // on the 70k map the hand-over took 5-15 s after the map was ready, and the sidebar's bar said nothing of how far
  it('say where they stand: how much of the map the worker has taken in, then the share done after each slice', async () => {
    const told: InsightProgress[] = [];
    expect(await runInsight(freshBundle(), { kind: 'names' }, { ...NAMES, onProgress: (p) => told.push(p) })).toBe('names');
    const sending = told.filter((p) => p.stage === 'sending').map((p) => p.done);
    // from nothing to the whole map, never going back, in several steps (one per slice answered)
    expect(sending[0]).toBe(0);
    expect(sending.at(-1)).toBe(1);
    expect(sending.every((d, i) => i === 0 || d >= sending[i - 1]!)).toBe(true);
    expect(new Set(sending).size).toBeGreaterThan(3);
    // then the checks
    expect(told.slice(sending.length)).toEqual([
      { stage: 'running', done: 0.25 },
      { stage: 'running', done: 0.5 },
      { stage: 'running', done: 0.75 },
    ]);
  });

  it('say how much of the map is taken in when an author card asked first sends it (they said only that they were about to start)', async () => {
    const bundle = freshBundle();
    const told: InsightProgress[] = [];
    const split = runInsight(bundle, { kind: 'split', author: 3 }, { holdMs: 1500 });
    const names = runInsight(bundle, { kind: 'names' }, { ...NAMES, onProgress: (p) => told.push(p) });
    expect(await split).toBe('split 3');
    expect(await names).toBe('names');
    const sending = told.filter((p) => p.stage === 'sending').map((p) => p.done);
    expect(sending.length).toBeGreaterThan(3);
    expect(sending.at(-1)).toBe(1);
    expect(told.at(-1)).toEqual({ stage: 'running', done: 0.75 });
  });

  it('say nothing of a hand-over while it waits for a quiet moment: they are about to start until the first slice goes (a 2-author import said "getting the names ready, 0%" for 1.5 s)', async () => {
    // the page's idle moments, given one at a time by the test
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: (d: { didTimeout: boolean; timeRemaining: () => number }) => void) => idle.push(() => run({ didTimeout: false, timeRemaining: () => 8 })));
    try {
      const told: InsightProgress[] = [];
      let done = false;
      const names = runInsight(freshBundle(), { kind: 'names' }, { ...NAMES, onProgress: (p) => told.push(p) }).finally(() => (done = true));
      await vi.waitFor(() => expect(idle.length).toBe(1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const slicesWaiting = log.filter((c) => c === 'slice of bundle');
      const toldWaiting = [...told];
      // (the turns given, so the checks end whatever this test finds)
      while (!done) {
        idle.shift()?.();
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      // waiting for its turn: nothing handed over, nothing said (the sidebar says "about to start")
      expect(slicesWaiting).toEqual([]);
      expect(toldWaiting).toEqual([]);
      expect(await names).toBe('names');
      expect(told[0]).toEqual({ stage: 'sending', done: 0 });
      expect(told.at(-1)).toEqual({ stage: 'running', done: 0.75 });
    } finally {
      vi.unstubAllGlobals();
      vi.stubGlobal('Worker', StandInWorker);
    }
  });

  it('once the page was idle and the user left it alone, finish without waiting for another idle moment (each 40 ms step had waited for one: 0.7-1.6 s on the 30k map)', async () => {
    // the page's idle moments, given by the test: one only
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: (d: { didTimeout: boolean; timeRemaining: () => number }) => void) => idle.push(() => run({ didTimeout: false, timeRemaining: () => 8 })));
    try {
      namesSlices = 5;
      let done = false;
      const names = runInsight(freshBundle(), { kind: 'names' }, NAMES).finally(() => (done = true));
      await vi.waitFor(() => expect(idle.length).toBe(1));
      idle.shift()!();
      // no input on the page since: the hand-over and every step of the checks follow
      await vi.waitFor(() => expect(done).toBe(true), { timeout: 2000 });
      expect(await names).toBe('names');
      expect(log.filter((c) => c === 'slice of names')).toHaveLength(5);
      expect(idle).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
      vi.stubGlobal('Worker', StandInWorker);
    }
  });

  it("another map's name checks drop those of the map before (a 70k map opened from the 30k one waited 40 s behind its checks)", async () => {
    const first = freshBundle();
    const second = freshBundle();
    namesSlices = 6;
    let later: Promise<unknown> | null = null;
    onNamesSlice = (n) => {
      if (n === 2 && !later) later = runInsight(second, { kind: 'names' }, NAMES);
    };
    await expect(runInsight(first, { kind: 'names' }, NAMES)).rejects.toThrow(SUPERSEDED);
    expect(await later).toBe('names');
    // the first map's checks stopped after the slice under way: 2 of its 6 slices, then the second's 6
    expect(log.filter((c) => c === 'slice of names')).toHaveLength(2 + 6);
    expect(log.filter((c) => c === 'begin names')).toHaveLength(2);
  });
});
