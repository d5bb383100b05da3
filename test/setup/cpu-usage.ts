/**
 * Per-file CPU accounting, on only when ATLAS_TEST_CPU=1 (for measuring the suite on a shared machine, where
 * wall time says more about the neighbours than about the test): after a file's last hook, appends one line
 * `{ file, wallMs, cpuMs, childCpuMs, chromiumCpuMs, pageLoads }` to test-output/cpu.jsonl. `cpuMs` is this worker
 * process's user+system time since the file started; `childCpuMs` is that of the child processes it waited
 * for (spawned `tsx` runs), read from /proc/self/stat. `chromiumCpuMs` (e2e files) is the CPU of the one
 * shared Chromium's process tree (browser, GPU, renderers, utilities; ended children its processes reaped
 * included) over the file: the e2e global setup passes the browser's pid. Files running at the same time
 * share that figure, so per-file Chromium CPU needs one file at a time (`--no-file-parallelism`). `pageLoads`
 * (e2e files): documents loaded in the file's pages (goto, reload), counted by test/e2e/browser.ts.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { procTimes, treeCpuMs } from './proc-cpu';

const OUT = path.resolve(import.meta.dirname, '../../test-output/cpu.jsonl');
if (process.env.ATLAS_TEST_CPU === '1') {
  const start = Date.now();
  // unit files share worker processes (isolate: false), so a file's share is what was spent since it started
  const t0 = procTimes();
  const chromiumPid = inject('chromiumPid');
  const c0 = chromiumPid ? treeCpuMs(chromiumPid) : null;
  // page loads of this file's contexts (counted by test/e2e/browser.ts launchChromium)
  const g = globalThis as { __atlasPageLoads?: number };
  const loads0 = g.__atlasPageLoads ?? 0;
  afterAll(({}, suite) => {
    const t1 = procTimes();
    const c1 = chromiumPid ? treeCpuMs(chromiumPid) : null;
    const t = t1 && t0 ? { self: t1.self - t0.self, children: t1.children - t0.children } : null;
    const file = path.relative(path.resolve(import.meta.dirname, '../..'), (suite as { file?: { filepath: string } }).file?.filepath ?? '?');
    mkdirSync(path.dirname(OUT), { recursive: true });
    const line = { file, pid: process.pid, wallMs: Date.now() - start, cpuMs: t?.self ?? null, childCpuMs: t?.children ?? null, chromiumCpuMs: c0 !== null && c1 !== null ? c1 - c0 : null, ...(chromiumPid ? { pageLoads: (g.__atlasPageLoads ?? 0) - loads0 } : {}) };
    appendFileSync(OUT, `${JSON.stringify(line)}\n`);
  });
}
