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
