/**
 * CPU profiles of the explorer's main thread in headless Chromium (software WebGL), through Playwright's
 * CDP session (`Profiler`), for the paths issue 12 times: the first frame, a click (panel, camera move,
 * level-of-detail refill) and a zoom's refill. Prints the top functions by self time and by total time,
 * and saves each profile as `.cpuprofile` (open it in Chrome DevTools' Performance panel) in
 * bench-output/profiles/.
 *   npx tsx scripts/profile-browser.ts <id>=<dir with bundle.json> ... [--user] [--top N]
 *   npx tsx scripts/profile-browser.ts <id>=<dir> ... --trace   (a Chrome trace of navigation → ready instead:
 *     the main thread's tasks as a timeline, with the app's marks)
 *   npx tsx scripts/profile-browser.ts --import FILE [--user]   (the in-browser import of FILE: Build click →
 *     the imported map drawn; the main thread's long tasks listed too; with --trace a Chrome trace of it instead)
 * With ATLAS_TRACE_COMPILE=1 a trace also records V8's compile jobs (Maglev, TurboFan: on the renderer's pool threads);
 * with ATLAS_TRACE_SAMPLES=1 V8's CPU samples of every thread too (`ProfileChunk` events: which functions ran inside each task, as
 * DevTools shows them);
 * with ATLAS_JS_FLAGS (test/e2e/browser.ts), e.g. `--trace-deopt`, and DEBUG=pw:browser, V8's own log of the page's
 * isolates goes to stderr (which function deopted, and why).
 * `--user`: camera animation on (the mode users get); default the app's test mode. The app is built
 * unminified for it (bench-output/site-unminified), so the profiles name the source's functions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { waitForState } from '../test/e2e/browser';
import { benchInFreshPages } from './lib/bench-site';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench-output', 'profiles');

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * A V8 CPU profile (`Profiler.stop`'s) read for walking: its nodes by id, each node's parent, and its samples with
 * their absolute time `at` (µs, the profile's clock) and the time they stand for `d` (µs, the next sample's delta).
 */
export function profileIndex(profile: CpuProfile): { byId: Map<number, ProfileNode>; parent: Map<number, number>; samples: { at: number; id: number; d: number }[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let at = profile.startTime;
  const samples = profile.samples.map((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    return { at, id, d: profile.timeDeltas[i + 1] ?? 0 };
  });
  return { byId, parent, samples };
}

/** Self and total time (ms) per function (name + file:line), total counted once per stack (recursion). */
export function summarise(profile: CpuProfile, top = 15, until = Infinity): { self: [string, number][]; total: [string, number][]; ms: number } {
  const { byId, parent, samples } = profileIndex(profile);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${file}`.trim();
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const sampleMs = new Map<number, number>();
  for (const { at, id, d } of samples) if (at <= until) sampleMs.set(id, (sampleMs.get(id) ?? 0) + d / 1000);
  for (const [id, ms] of sampleMs) {
    const n = byId.get(id)!;
    self.set(name(n), (self.get(name(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  const sorted = (m: Map<string, number>) =>
    [...m].filter(([k]) => !/^\((root|program|idle)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Math.round(v)] as [string, number]);
  return { self: sorted(self), total: sorted(total), ms: (profile.endTime - profile.startTime) / 1000 };
}

/**
 * Profile `run`; with `cutAt` (a page timing name), only the samples up to that mark count in the summary
 * (the page's own waits, e.g. a poll starved by the graph build's slices, can end `run` later than the mark).
 */
async function profiled<T>(cdp: CDPSession, label: string, top: number, run: () => Promise<T>, cut?: { page: Page; mark: string }): Promise<T> {
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const load0 = loadavg()[0];
  const t0 = Date.now();
  const result = await run();
  const wall = Date.now() - t0;
  const pageNow = cut ? ((await cut.page.evaluate(`[performance.now(), window.__atlas.timings[${JSON.stringify(cut.mark)}]]`)) as [number, number]) : null;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${label}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const until = pageNow ? profile.endTime - (pageNow[0] - pageNow[1]) * 1000 : Infinity;
  if (pageNow) console.log(`\n(${label}: summary up to the page's ${cut!.mark} mark, ${Math.round(pageNow[1])} ms after navigation)`);
  const s = summarise(profile, top, until);
  console.log(`\n== ${label}: ${wall} ms wall, load average ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)} (${path.relative(ROOT, file)})`);
  console.log('  self ms   function');
  for (const [k, v] of s.self) console.log(`  ${String(v).padStart(7)}   ${k}`);
  console.log('  total ms  function');
  for (const [k, v] of s.total) console.log(`  ${String(v).padStart(7)}   ${k}`);
  return result;
}

const settled = async (page: Page) => {
  await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated() && window.__atlas.lodSettled !== false', undefined, { timeout: 120_000 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))');
};

/** The most prolific author drawn on screen, in page coordinates. */
async function topAuthorSpot(page: Page): Promise<{ x: number; y: number } | null> {
  return (await page.evaluate(`(() => {
    const sigma = window.__atlas.sigma; const g = sigma.getGraph(); const box = sigma.getContainer().getBoundingClientRect();
    const b = window.__atlas.store.getState().dataset.bundle;
    const order = b.authors.paperCount.map((c, i) => [c, i]).sort((p, q) => q[0] - p[0]).map((p) => p[1]);
    for (const i of order) {
      if (!g.hasNode('a' + i)) continue;
      const p = sigma.graphToViewport(g.getNodeAttributes('a' + i));
      if (p.x > 20 && p.y > 20 && p.x < box.width * 0.6 && p.y < box.height - 20) return { x: box.left + p.x, y: box.top + p.y };
    }
    return null;
  })()`)) as { x: number; y: number } | null;
}

async function profileDataset(page: Page, baseUrl: string, id: string, top: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  // same-origin page first, so the navigation below stays in this renderer (and this profiler)
  await page.goto(`${baseUrl}bench-data/${id}/report.json`).catch(() => undefined);
  // navigation → first frame (a big map's overview, drawn from the bundle), then → interactive ("ready")
  await profiled(cdp, `${id}-first-frame`, top, async () => {
    await page.goto(`${baseUrl}?bundle=bench-data/${id}/bundle.json`);
    await page.waitForFunction('window.__atlas && window.__atlas.timings.firstFrame !== undefined', undefined, { timeout: 300_000, polling: 20 });
  }, { page, mark: 'firstFrame' });
  await profiled(cdp, `${id}-interactive`, top, () => waitForState(page, 'ready', 300_000));
  await page.waitForFunction('window.__atlas.timings.searchIndexMs !== undefined', undefined, { timeout: 300_000 });
  await settled(page);
  const spot = await topAuthorSpot(page);
  if (spot) {
    await profiled(cdp, `${id}-click`, top, async () => {
      await page.mouse.click(spot.x, spot.y);
      await page.getByTestId('author-panel').waitFor({ timeout: 120_000 });
      await settled(page);
    });
    await page.keyboard.press('Escape');
    await settled(page);
  }
  await profiled(cdp, `${id}-zoom-refill`, top, async () => {
    await page.evaluate(`window.__atlas.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 0.3, angle: 0 })`);
    await page.waitForTimeout(50);
    await settled(page);
  });
}

/** A Chrome trace event, as far as these scripts read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread CPU time of the event (µs): what the task cost the thread itself, whatever the machine's load. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string; lineNumber?: number; type?: string } };
}

/**
 * Chrome performance trace of `run`, saved as JSON (open it in DevTools' Performance panel); prints the renderer
 * main thread's tasks over 8 ms in order (start and length in ms after navigation, what ran in them: script URL or
 * function, parse, GC, paint, commit) and the app's `window.__atlas.timings` marks, so a path reads as a timeline.
 */
async function traced(page: Page, label: string, run: () => Promise<void>, { navigates = false } = {}): Promise<void> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel', 'v8', 'disabled-by-default-v8.gc', ...(process.env.ATLAS_TRACE_COMPILE ? ['disabled-by-default-v8.compile'] : []), ...(process.env.ATLAS_TRACE_SAMPLES ? ['disabled-by-default-v8.cpu_profiler'] : [])],
  });
  const load0 = loadavg()[0];
  // ms after navigation where the timeline starts: 0 when `run` navigates (a new page, a new clock)
  const from = navigates ? 0 : ((await page.evaluate('performance.now()').catch(() => 0)) as number);
  await run();
  // a user-timing mark ties the trace's clock to the page's (ms after navigation)
  const anchorMs = (await page.evaluate(`performance.mark('atlas-trace-anchor').startTime`)) as number;
  const buf = await browser.stopTracing();
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${label}.trace.json`);
  writeFileSync(file, buf);
  const marks = (await page.evaluate(`(() => { const n = performance.getEntriesByType('navigation')[0]; return { ...window.__atlas.timings, domContentLoaded: n.domContentLoadedEventEnd, resources: performance.getEntriesByType('resource').map((r) => [r.name.split('/').slice(-2).join('/'), Math.round(r.startTime), Math.round(r.responseStart), Math.round(r.responseEnd), r.transferSize]) }; })()`)) as Record<string, unknown>;
  const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const anchor = events.find((e) => e.name === 'atlas-trace-anchor');
  // the renderer main thread that ran the app: the one that recorded the anchor mark
  const main = anchor ? `${anchor.pid}:${anchor.tid}` : '';
  const t0 = anchor ? anchor.ts - anchorMs * 1000 : 0;
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= t0 + from * 1000).sort((a, b) => a.ts - b.ts);
  console.log(`\n== ${label}: trace, load average ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)} (${path.relative(ROOT, file)})`);
  console.log('  marks (ms after navigation):', JSON.stringify(marks, (_k, v) => (typeof v === 'number' ? Math.round(v) : v)));
  console.log('  main-thread tasks over 8 ms: start  length  CPU (the thread’s own time; length − CPU: waiting, e.g. a commit for the GPU process)  what');
  let idle = 0;
  let end = 0;
  // top-level tasks (Chromium names them RunTask and, inside, ThreadControllerImpl::RunTask: one of each)
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  for (const task of tasks.filter((e, i) => !(i > 0 && tasks[i - 1].ts <= e.ts && tasks[i - 1].ts + (tasks[i - 1].dur ?? 0) >= e.ts + (e.dur ?? 0)))) {
    const start = (task.ts - t0) / 1000;
    if (end && start > end) idle += start - end;
    end = Math.max(end, start + (task.dur ?? 0) / 1000);
    if ((task.dur ?? 0) < 8000) continue;
    const inner = onMain.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && e !== task && (e.dur ?? 0) > 1000);
    const what = new Map<string, number>();
    for (const e of inner) {
      const d = e.args?.data;
      const name =
        e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' ? `${e.name} ${(d?.url ?? '').split('/').pop()}`
        : e.name === 'FunctionCall' ? `FunctionCall ${d?.functionName || '?'}:${(d as { lineNumber?: number } | undefined)?.lineNumber ?? ''}`
        : e.name;
      if (!/^(RunTask|ThreadControllerImpl::RunTask|RunMicrotasks|V8\.Execute|v8\.run|v8\.callFunction|BlinkScheduler_PerformMicrotaskCheckpoint)$/.test(e.name)) what.set(name, Math.max(what.get(name) ?? 0, (e.dur ?? 0) / 1000));
    }
    const top = [...what].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${Math.round(v)}`).join('; ');
    console.log(`  ${start.toFixed(0).padStart(6)}  ${((task.dur ?? 0) / 1000).toFixed(0).padStart(5)}  ${((task.tdur ?? 0) / 1000).toFixed(0).padStart(4)}  ${top}`);
  }
  console.log(`  main thread idle between tasks: ${Math.round(idle)} ms of ${Math.round(end - from)} ms`);
  // the page's workers (the bundle worker, the build worker…): their busy time and first/last task
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const workers = new Map<string, { busy: number; first: number; last: number }>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !/Worker thread/.test(threadNames.get(k) ?? '') || !k.startsWith(`${anchor?.pid}:`)) continue;
    const at = (e.ts - t0) / 1000;
    if (at < from) continue;
    const w = workers.get(k) ?? { busy: 0, first: at, last: at };
    w.busy += (e.dur ?? 0) / 1000;
    w.last = Math.max(w.last, at + (e.dur ?? 0) / 1000);
    workers.set(k, w);
  }
  for (const [k, w] of workers) console.log(`  ${threadNames.get(k)} ${k.split(':')[1]}: busy ${Math.round(w.busy)} ms between ${Math.round(w.first)} and ${Math.round(w.last)} ms`);
}

/** `--trace`: traces of navigation → ready, and of a click on the most prolific author → panel, camera settled. */
async function traceDataset(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}bench-data/${id}/report.json`).catch(() => undefined);
  await traced(page, `${id}-first-frame`, async () => {
    await page.goto(`${baseUrl}?bundle=bench-data/${id}/bundle.json`);
    await waitForState(page, 'ready', 300_000);
  }, { navigates: true });
  await page.waitForFunction('window.__atlas.timings.searchIndexMs !== undefined', undefined, { timeout: 300_000 });
  await settled(page);
  const spot = await topAuthorSpot(page);
  if (!spot) return;
  await page.evaluate(`(() => { const t = (window.__bench = { mouseup: 0 }); window.addEventListener('mouseup', (e) => { t.mouseup = e.timeStamp; }, true); })()`);
  await traced(page, `${id}-click`, async () => {
    await page.mouse.click(spot.x, spot.y);
    await page.getByTestId('author-panel').waitFor({ timeout: 120_000 });
    await settled(page);
    console.log(`  (click at ${Math.round((await page.evaluate('window.__bench.mouseup')) as number)} ms)`);
  });
}

/**
 * CPU profiles of the page's dedicated workers (the build worker and any it starts), through the CDP Target
 * domain: the page's session attaches to each worker and speaks to it through `Target.sendMessageToTarget`.
 */
async function workerProfiler(cdp: CDPSession): Promise<{ start(): Promise<void>; stop(label: string, top: number): Promise<void> }> {
  const sessions = new Map<string, string>();
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  let profiling = false;
  const send = (sessionId: string, method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method, params }) } as never);
    });
  const begin = async (sessionId: string) => {
    await send(sessionId, 'Profiler.enable');
    await send(sessionId, 'Profiler.setSamplingInterval', { interval: 1000 });
    await send(sessionId, 'Profiler.start');
  };
  cdp.on('Target.receivedMessageFromTarget' as never, (e: { message: string }) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result ?? msg.error);
  });
  cdp.on('Target.attachedToTarget' as never, (e: { sessionId: string; targetInfo: { type: string; url: string; title: string } }) => {
    if (e.targetInfo.type !== 'worker') return;
    sessions.set(e.sessionId, e.targetInfo.title || e.targetInfo.url);
    if (profiling) void begin(e.sessionId);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return {
    async start() {
      profiling = true;
      await Promise.all([...sessions.keys()].map(begin));
    },
    async stop(label, top) {
      profiling = false;
      for (const [sessionId, title] of sessions) {
        const got = (await Promise.race([send(sessionId, 'Profiler.stop'), new Promise((r) => setTimeout(() => r(null), 5000))])) as { profile?: CpuProfile } | null;
        if (!got?.profile) continue;
        const worker = title.replace(/^.*\//, '').replace(/\W+/g, '-').slice(0, 40);
        const file = path.join(OUT, `${label}-worker-${worker}.cpuprofile`);
        writeFileSync(file, JSON.stringify(got.profile));
        const s = summarise(got.profile, top);
        console.log(`\n== worker ${title}: profile ${Math.round(s.ms)} ms (${path.relative(ROOT, file)})`);
        console.log('  self ms   function');
        for (const [k, v] of s.self) console.log(`  ${String(v).padStart(7)}   ${k}`);
        console.log('  total ms  function');
        for (const [k, v] of s.total) console.log(`  ${String(v).padStart(7)}   ${k}`);
      }
    },
  };
}

/** The Build click on `file` (chosen in the import dialog) → the imported map drawn. */
const IMPORT_DRAWN = `(() => {
  const s = window.__atlas.store.getState();
  const i = window.__atlasImport.store.getState();
  return i.status === 'failed' || (s.dataset && i.imported[0] && s.dataset.id === i.imported[0].id && document.documentElement.dataset.state === 'ready');
})()`;

/** `--import FILE --trace`: a Chrome trace of the main thread from the Build click until the imported map is drawn. */
async function traceImport(page: Page, baseUrl: string, file: string): Promise<void> {
  await page.goto(baseUrl);
  await waitForState(page, 'ready', 120_000).catch(() => waitForState(page, 'error', 1000));
  await page.waitForSelector('html[data-import-worker="ready"]', { state: 'attached', timeout: 60_000 });
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file-input').setInputFiles(file);
  await traced(page, `import-${path.basename(file).replace(/\W+/g, '-')}`, async () => {
    await page.getByTestId('import-build').click();
    await page.waitForFunction(IMPORT_DRAWN, undefined, { timeout: 900_000, polling: 500 });
  });
}

async function profileImport(page: Page, baseUrl: string, file: string, top: number): Promise<void> {
  await page.goto(baseUrl);
  await waitForState(page, 'ready', 120_000).catch(() => waitForState(page, 'error', 1000));
  await page.waitForSelector('html[data-import-worker="ready"]', { state: 'attached', timeout: 60_000 });
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file-input').setInputFiles(file);
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ at: Math.round(e.startTime), ms: Math.round(e.duration) }); }).observe({ type: 'longtask' });
  })()`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  const name = path.basename(file).replace(/\W+/g, '-');
  const workers = await workerProfiler(cdp);
  await workers.start();
  await profiled(cdp, `import-${name}`, top, async () => {
    await page.getByTestId('import-build').click();
    await page.waitForFunction(IMPORT_DRAWN, undefined, { timeout: 900_000, polling: 500 });
  });
  await workers.stop(`import-${name}`, top);
  const tasks = (await page.evaluate('window.__longTasks')) as { at: number; ms: number }[];
  console.log(`  long tasks (ms at, ms long), longest first: ${JSON.stringify(tasks.sort((a, b) => b.ms - a.ms).slice(0, 12))}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.ATLAS_BENCH_MINIFY = '0';
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { user: { type: 'boolean', default: false }, top: { type: 'string', default: '15' }, import: { type: 'string' }, trace: { type: 'boolean', default: false } },
  });
  if (values.import) {
    const file = path.resolve(values.import);
    await benchInFreshPages('profile-browser', [file], (f) => f, (page, url, f) => (values.trace ? traceImport(page, url, f) : profileImport(page, url, f, Number(values.top))), {}, { userMode: values.user });
    process.exit();
  }
  const datasets = positionals.map((arg) => {
    const [id, dir] = arg.split('=');
    return { id, dir: path.resolve(dir) };
  });
  if (datasets.length === 0) {
    process.stderr.write('usage: npx tsx scripts/profile-browser.ts <id>=<dir with bundle.json> ... [--user] [--top N]\n');
    process.exit(2);
  }
  const mounts = Object.fromEntries(datasets.map((d) => [`/bench-data/${d.id}/`, d.dir]));
  await benchInFreshPages(
    'profile-browser',
    datasets,
    (d) => d.id,
    (page, url, d) => (values.trace ? traceDataset(page, url, d.id) : profileDataset(page, url, d.id, Number(values.top))),
    mounts,
    { userMode: values.user },
  );
}
