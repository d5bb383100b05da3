/**
 * Per-file CPU accounting, on only when ATLAS_TEST_CPU=1 (for measuring the suite on a shared machine, where
 * wall time says more about the neighbours than about the test): after a file's last hook, appends one line
 * `{ file, pid, startedAt, wallMs, cpuMs, childCpuMs, chromiumCpuMs, pageLoads }` (`startedAt`: epoch ms, for a timeline of the run) to test-output/cpu.jsonl. `cpuMs` is this worker
 * process's user+system time since the file started; `childCpuMs` is that of the child processes it waited
 * for (spawned `tsx` runs), read from /proc/self/stat. `chromiumCpuMs` (e2e files) is the CPU of the one
 * shared Chromium's process tree (browser, GPU, renderers, utilities; ended children its processes reaped
 * included) over the file: the e2e global setup passes the browser's pid. Files running at the same time
 * share that figure, so per-file Chromium CPU needs one file at a time (`--no-file-parallelism`). `pageLoads`
 * (e2e files): documents loaded in the file's pages (goto, reload), counted by test/e2e/browser.ts.
 * Each test also gets a line `{ file, test, startedAt, wallMs, cpuMs, childCpuMs, chromiumCpuMs }` (its own body and
 * each-hooks; a file's beforeAll, where most page loads are, is only in the file's line), to find the steps
 * that cost Chromium most.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, inject } from 'vitest';
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
  let testStart: { at: number; t: { self: number; children: number } | null; c: number | null } | null = null;
  beforeEach(() => {
    testStart = { at: Date.now(), t: procTimes(), c: chromiumPid ? treeCpuMs(chromiumPid) : null };
  });
  afterEach(({ task }) => {
    if (!testStart) return;
    const t1 = procTimes();
    const c1 = chromiumPid ? treeCpuMs(chromiumPid) : null;
    const { at, t: s, c } = testStart;
    const file = path.relative(path.resolve(import.meta.dirname, '../..'), task.file?.filepath ?? '?');
    const line = { file, test: task.name, startedAt: at, wallMs: Date.now() - at, cpuMs: t1 && s ? t1.self - s.self : null, childCpuMs: t1 && s ? t1.children - s.children : null, chromiumCpuMs: c !== null && c1 !== null ? c1 - c : null };
    mkdirSync(path.dirname(OUT), { recursive: true });
    appendFileSync(OUT, `${JSON.stringify(line)}\n`);
    testStart = null;
  });
  afterAll(({}, suite) => {
    const t1 = procTimes();
    const c1 = chromiumPid ? treeCpuMs(chromiumPid) : null;
    const t = t1 && t0 ? { self: t1.self - t0.self, children: t1.children - t0.children } : null;
    const file = path.relative(path.resolve(import.meta.dirname, '../..'), (suite as { file?: { filepath: string } }).file?.filepath ?? '?');
    mkdirSync(path.dirname(OUT), { recursive: true });
    const line = { file, pid: process.pid, startedAt: start, wallMs: Date.now() - start, cpuMs: t?.self ?? null, childCpuMs: t?.children ?? null, chromiumCpuMs: c0 !== null && c1 !== null ? c1 - c0 : null, ...(chromiumPid ? { pageLoads: (g.__atlasPageLoads ?? 0) - loads0 } : {}) };
    appendFileSync(OUT, `${JSON.stringify(line)}\n`);
  });
}
