/**
 * Where a build's time went, per thread, from Linux's scheduler statistics (`/proc/<pid>/task/<tid>/schedstat`:
 * nanoseconds on a CPU, nanoseconds runnable but waiting for one, time slices). Wall time on a shared machine
 * mixes three things: work (CPU), the load (waiting for a core while runnable: the run-queue wait) and waiting
 * for something else (blocked: the other thread, the disk). Only the first is the build's own; the split tells
 * an outlier's cause. Linux only: elsewhere every function here gives null.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One thread's scheduler figures so far, ms. */
export interface SchedSample {
  /** On a CPU. */
  cpuMs: number;
  /** Runnable but waiting for a CPU (other processes had the cores). */
  runQueueMs: number;
}

function parseSchedstat(text: string): SchedSample {
  const [cpu, wait] = text.split(' ');
  return { cpuMs: Number(cpu) / 1e6, runQueueMs: Number(wait) / 1e6 };
}

/** The calling thread's figures so far; null where /proc/thread-self/schedstat is not there. */
export function threadSched(): SchedSample | null {
  try {
    return parseSchedstat(readFileSync('/proc/thread-self/schedstat', 'utf8'));
  } catch {
    return null;
  }
}

/** Every thread of this process: its OS id and figures so far (ms); null off Linux. */
export function processThreads(): { tid: number; cpuMs: number; runQueueMs: number }[] | null {
  try {
    const out: { tid: number; cpuMs: number; runQueueMs: number }[] = [];
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        out.push({ tid: Number(tid), ...parseSchedstat(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8')) });
      } catch {
        // the thread ended meanwhile
      }
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * The process's threads in three groups, ms rounded: the main thread (its id is the process id), the build's
 * second thread (the busiest of the others: a worker thread does far more than V8's and libuv's helpers) and the
 * rest (garbage collection, compilation, file I/O helpers). Null off Linux.
 */
export function threadGroups(): Record<'main' | 'buildThread' | 'helpers', { cpuMs: number; runQueueMs: number }> | null {
  const all = processThreads();
  if (!all) return null;
  const round = (s: { cpuMs: number; runQueueMs: number }) => ({ cpuMs: Math.round(s.cpuMs), runQueueMs: Math.round(s.runQueueMs) });
  const main = all.find((t) => t.tid === process.pid) ?? { cpuMs: 0, runQueueMs: 0 };
  const others = all.filter((t) => t.tid !== process.pid).sort((a, b) => b.cpuMs - a.cpuMs);
  const build = others[0] ?? { cpuMs: 0, runQueueMs: 0 };
  const helpers = others.slice(1).reduce((s, t) => ({ cpuMs: s.cpuMs + t.cpuMs, runQueueMs: s.runQueueMs + t.runQueueMs }), { cpuMs: 0, runQueueMs: 0 });
  return { main: round(main), buildThread: round(build), helpers: round(helpers) };
}

/** One thread of some process: its ids, its name (`comm`, at most 15 characters) and its figures so far (ms). */
export interface ProcessThread extends SchedSample {
  pid: number;
  tid: number;
  name: string;
}

/**
 * Every thread of every process descended from `rootPid` (not itself): e.g. the Chromium that Playwright
 * started, for where an in-browser build's CPU went. Empty off Linux.
 */
export function descendantThreads(rootPid: number = process.pid): ProcessThread[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return [];
  }
  const parentOf = new Map<number, number>();
  for (const p of pids) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      parentOf.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const below = (pid: number) => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p)) if (p === rootPid) return true;
    return false;
  };
  const out: ProcessThread[] = [];
  for (const pid of parentOf.keys()) {
    if (!below(pid)) continue;
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        out.push({ pid, tid: Number(tid), name, ...parseSchedstat(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8')) });
      } catch {
        // ended meanwhile
      }
    }
  }
  return out;
}

/**
 * CPU and run-queue wait (ms) of a browser's threads between two `descendantThreads` samples, grouped: the
 * renderer's two busiest dedicated workers (an import's build worker, then its helper: no other worker comes
 * near them during a build), its other workers, its main thread, its pool threads (V8's concurrent garbage
 * collection and compilation, Blink's background tasks), and the other processes (GPU, browser, network).
 * The renderer is the process holding the busiest dedicated worker.
 */
export function browserThreadSplit(before: ProcessThread[], after: ProcessThread[]): Record<'buildWorker' | 'helper' | 'otherWorkers' | 'rendererMain' | 'rendererPool' | 'otherProcesses', SchedSample> {
  const was = new Map(before.map((t) => [`${t.pid}/${t.tid}`, t]));
  const delta = after.map((t) => {
    const b = was.get(`${t.pid}/${t.tid}`);
    return { ...t, cpuMs: t.cpuMs - (b?.cpuMs ?? 0), runQueueMs: t.runQueueMs - (b?.runQueueMs ?? 0) };
  });
  const workers = delta.filter((t) => t.name.startsWith('DedicatedWorker')).sort((a, b) => b.cpuMs - a.cpuMs);
  const renderer = workers[0]?.pid ?? -1;
  const sum = (ts: typeof delta): SchedSample => ({ cpuMs: Math.round(ts.reduce((s, t) => s + t.cpuMs, 0)), runQueueMs: Math.round(ts.reduce((s, t) => s + t.runQueueMs, 0)) });
  const inRenderer = delta.filter((t) => t.pid === renderer);
  return {
    buildWorker: sum(workers.slice(0, 1)),
    helper: sum(workers.slice(1, 2).filter((t) => t.pid === renderer)),
    otherWorkers: sum(workers.slice(2).filter((t) => t.pid === renderer)),
    rendererMain: sum(inRenderer.filter((t) => t.tid === renderer)),
    rendererPool: sum(inRenderer.filter((t) => t.tid !== renderer && !t.name.startsWith('DedicatedWorker'))),
    otherProcesses: sum(delta.filter((t) => t.pid !== renderer)),
  };
}
