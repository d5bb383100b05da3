/**
 * Per-file CPU accounting, on only when ATLAS_TEST_CPU=1 (for measuring the suite on a shared machine, where
 * wall time says more about the neighbours than about the test): after a file's last hook, appends one line
 * `{ file, wallMs, cpuMs, childCpuMs }` to test-output/cpu.jsonl. `cpuMs` is this worker process's user+system
 * time (vitest runs each file in a fresh process); `childCpuMs` is that of the child processes it waited for
 * (Chromium and its renderer/GPU processes, spawned `tsx` runs), read from /proc/self/stat.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll } from 'vitest';

const OUT = path.resolve(import.meta.dirname, '../../test-output/cpu.jsonl');

/** utime, stime, cutime, cstime of this process in ms (Linux /proc; null elsewhere). */
function procTimes(): { self: number; children: number } | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields after "pid (comm) ": state is index 0, so utime is 11, stime 12, cutime 13, cstime 14 (clock ticks)
    const tick = 10; // USER_HZ is 100 on Linux
    return { self: (Number(f[11]) + Number(f[12])) * tick, children: (Number(f[13]) + Number(f[14])) * tick };
  } catch {
    return null;
  }
}

if (process.env.ATLAS_TEST_CPU === '1') {
  const start = Date.now();
  // unit files share worker processes (isolate: false), so a file's share is what was spent since it started
  const t0 = procTimes();
  afterAll(({}, suite) => {
    const t1 = procTimes();
    const t = t1 && t0 ? { self: t1.self - t0.self, children: t1.children - t0.children } : null;
    const file = path.relative(path.resolve(import.meta.dirname, '../..'), (suite as { file?: { filepath: string } }).file?.filepath ?? '?');
    mkdirSync(path.dirname(OUT), { recursive: true });
    appendFileSync(OUT, `${JSON.stringify({ file, pid: process.pid, wallMs: Date.now() - start, cpuMs: t?.self ?? null, childCpuMs: t?.children ?? null })}\n`);
  });
}
