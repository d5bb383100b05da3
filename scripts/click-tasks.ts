/**
 * The main thread's tasks after clicks on a big map, by their thread CPU (load-proof, unlike their wall time on a
 * busy machine): the browser bench's click sequence (the most prolific authors on screen, Escape between; camera
 * animation on, as users get it) on one dataset, under a Chrome trace and (unless --no-profile) a CPU profile.
 * Prints the long tasks the page saw (PerformanceObserver 'longtask', wall), the label placements and renders,
 * the CPU of the click's own task, of the level-of-detail refill and of Escape's task, the longest task per
 * click (CPU/wall), and with the profile each task over 40 ms with its functions (total and self, ms).
 * For A/B runs (old/new alternating) of issue 12's "no task over 100 ms after a click".
 *   npx tsx scripts/click-tasks.ts <id>=<dir with bundle.json> [--clicks N] [--no-profile] [--list] [--hover]
 * `--hover`: each target hovered first, as the browser bench does before its clicks (the hover card's first drawing
 * and the first label widths then come before the clicks).
 * `--list`: every task of 25 ms CPU or more, with the callbacks that ran in it.
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

import { parseArgs } from 'node:util';
import { waitForState } from '../test/e2e/browser';
import { benchInFreshPages } from './lib/bench-site';
import { clickTargets, hoverFromCorner } from './lib/click-targets';
import { profileIndex, type CpuProfile, type ProfileNode, type TraceEvent as Ev } from './profile-browser';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { clicks: { type: 'string', default: '5' }, 'no-profile': { type: 'boolean', default: false }, list: { type: 'boolean', default: false }, hover: { type: 'boolean', default: false } },
});
const clicksN = Number(values.clicks);
const withProfile = !values['no-profile'];
if (positionals.length !== 1 || !positionals[0]!.includes('=')) {
  process.stderr.write('usage: npx tsx scripts/click-tasks.ts <id>=<dir with bundle.json> [--clicks N] [--no-profile] [--list] [--hover]\n');
  process.exit(2);
}
const [id, dir] = positionals[0]!.split('=') as [string, string];



async function run(page: Page, url: string) {
  const load0 = loadavg();
  await page.goto(`${url}?bundle=bench-data/${id}/bundle.json`);
  await waitForState(page, 'ready', 180_000);
  await page.waitForFunction('window.__atlas.timings.searchIndexMs !== undefined', undefined, { timeout: 120_000 });
  await page.evaluate(`(() => { const t = (window.__b = { mouseups: [], longTasks: [], keys: [] });
    window.addEventListener('mouseup', (e) => t.mouseups.push(e.timeStamp), true);
    window.addEventListener('keydown', (e) => t.keys.push(e.timeStamp), true);
    t.placed = []; let lp; Object.defineProperty(window.__atlas, 'labelsPlacedFor', { configurable: true, get: () => lp, set: (v) => { lp = v; t.placed.push([performance.now(), v.followed ? 1 : 0, v.drawnNodes]); } });
    t.renders = []; window.__atlas.sigma.on('beforeRender', () => { t.rs = performance.now(); }); window.__atlas.sigma.on('afterRender', () => { t.renders.push([t.rs, performance.now() - t.rs]); });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) t.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' }); })()`);
  const spots = await clickTargets(page, clicksN);
  if (values.hover) {
    // as the browser bench does before its clicks: each target hovered from a corner of the canvas
    await hoverFromCorner(page, spots);
  }
  const browser = page.context().browser()!;
  const cdp = await page.context().newCDPSession(page);
  if (withProfile) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 250 }); await cdp.send('Profiler.start'); }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel', 'devtools.timeline.async'] });
  for (const spot of spots) {
    await page.keyboard.press('Escape');
    await page.waitForFunction('window.__atlas.store.getState().selection === null');
    await page.waitForTimeout(400);
    const t0 = (await page.evaluate('window.__atlas.timings.panel || 0')) as number;
    await page.mouse.click(spot.x, spot.y);
    await page.waitForFunction(`(window.__atlas.timings.panel || 0) > ${t0}`, undefined, { timeout: 60_000 });
    await page.waitForTimeout(300);
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated() && window.__atlas.lodSettled !== false', undefined, { timeout: 60_000 });
    await page.waitForTimeout(700);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated() && window.__atlas.lodSettled !== false', undefined, { timeout: 60_000 });
    await page.waitForTimeout(500);
    Object.assign(spots, await clickTargets(page, spots.length));
  }
  const anchorMs = (await page.evaluate(`performance.mark('lt-anchor').startTime`)) as number;
  const buf = await browser.stopTracing();
  const profile = withProfile ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile : null;
  const b = (await page.evaluate('window.__b')) as { mouseups: number[]; longTasks: [number, number][]; keys: number[]; placed: number[][]; renders: number[][] };
  const events = (JSON.parse(buf.toString()) as { traceEvents: Ev[] }).traceEvents;
  const anchor = events.find((e) => e.name === 'lt-anchor')!;
  const t0 = anchor.ts - anchorMs * 1000;
  const main = `${anchor.pid}:${anchor.tid}`;
  const where = (ms: number) => {
    const marks = [...b.mouseups.map((m) => ['click', m] as const), ...b.keys.map((m) => ['esc', m] as const)].sort((p, q) => p[1] - q[1]);
    let last: readonly [string, number] = ['-', 0]; let ci = -1;
    for (const m of marks) if (m[1] <= ms) { last = m; if (m[0] === 'click') ci++; }
    return `${last[0]}#${Math.max(0, ci)}+${Math.round(ms - last[1])}`;
  };
  const pl = b.placed.filter((p: number[]) => p[0] >= b.mouseups[0] - 10);
  console.log(`placements (not followed) after first click: ${pl.filter((p: number[]) => !p[1]).length}, followed ${pl.filter((p: number[]) => p[1]).length}; renders ${b.renders.filter((r: number[]) => r[0] >= b.mouseups[0]).length}`);
  console.log('  click#0 timeline: ' + pl.filter((p: number[]) => p[0] < (b.keys[1] ?? Infinity)).map((p: number[]) => `${p[1] ? 'f' : 'P'}${Math.round(p[0] - b.mouseups[0])}/${p[2]}`).join(' '));
  console.log(`\n== ${id}: load ${load0.map((x) => x.toFixed(1)).join(' ')} -> ${loadavg()[0].toFixed(1)}`);
  const lt = b.longTasks.filter(([s]) => s >= (b.mouseups[0] ?? 0) - 500);
  console.log(`longtask API (after first click): n=${lt.length}, max ${Math.round(Math.max(0, ...lt.map((t) => t[1])))}, sum ${Math.round(lt.reduce((s, t) => s + t[1], 0))}; over 100: ${lt.filter((t) => t[1] > 100).length}`);
  console.log('  ' + lt.sort((p, q) => q[1] - p[1]).slice(0, 10).map(([s, d]) => `${Math.round(d)}@${where(s)}`).join(', '));
  // tasks from the trace
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((p, q) => p.ts - q.ts);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > 40_000 && (e.ts - t0) / 1000 >= (b.mouseups[0] ?? 0) - 500);
  // profile samples in absolute µs
  const { byId, parent, samples } = profile ? profileIndex(profile) : { byId: new Map<number, ProfileNode>(), parent: new Map<number, number>(), samples: [] };
  const nm = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}${n.callFrame.url ? ':' + (n.callFrame.lineNumber + 1) : ''}`;
  let cpuSum = 0;
  for (const task of tasks) {
    const start = (task.ts - t0) / 1000;
    cpuSum += (task.tdur ?? 0) / 1000;
    const inner = onMain.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && e !== task && (e.dur ?? 0) > 3000);
    const what = new Map<string, number>();
    for (const e of inner) {
      const d = e.args?.data;
      const name = e.name === 'FunctionCall' ? `FC ${d?.functionName || '?'}:${d?.lineNumber ?? ''}` : e.name;
      if (/^(RunTask|ThreadControllerImpl::RunTask|RunMicrotasks|V8\.Execute|v8\.run|v8\.callFunction|BlinkScheduler_PerformMicrotaskCheckpoint|FunctionCall)$/.test(e.name)) continue;
      what.set(name, Math.max(what.get(name) ?? 0, (e.dur ?? 0) / 1000));
    }
    const tops = [...what].sort((p, q) => q[1] - p[1]).slice(0, 5).map(([k, v]) => `${k} ${Math.round(v)}`).join('; ');
    console.log(`task ${where(start)}: wall ${Math.round((task.dur ?? 0) / 1000)}, cpu ${Math.round((task.tdur ?? 0) / 1000)}  [${tops}]`);
    if (profile) {
      const tot = new Map<string, number>(); const self = new Map<string, number>();
      for (const s of samples) {
        if (s.at < task.ts || s.at > task.ts + (task.dur ?? 0)) continue;
        const n = byId.get(s.id)!; if (/^\((idle|root|program)\)$/.test(n.callFrame.functionName)) continue;
        self.set(nm(n), (self.get(nm(n)) ?? 0) + s.d / 1000);
        const seen = new Set<string>();
        for (let c: number | undefined = s.id; c !== undefined; c = parent.get(c)) { const k = nm(byId.get(c)!); if (seen.has(k)) continue; seen.add(k); tot.set(k, (tot.get(k) ?? 0) + s.d / 1000); }
      }
      const top = (m: Map<string, number>, k: number) => [...m].filter(([x]) => !/^\((root|program|idle)\)/.test(x)).sort((p, q) => q[1] - p[1]).slice(0, k).map(([x, v]) => `${x} ${v.toFixed(0)}`).join(', ');
      console.log(`    total: ${top(tot, 16)}\n    self: ${top(self, 8)}`);
    }
  }
  {
    // every task (any length) after the first click, classified by what ran in it
    const all = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.ts - t0) / 1000 >= (b.mouseups[0] ?? 0) - 5);
    const cls = new Map<string, number[]>();
    for (const task of all) {
      const fcs = onMain.filter((e) => e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0) && (e.name === 'FunctionCall' || e.name === 'EventDispatch'));
      const names = fcs.map((e) => e.name === 'EventDispatch' ? 'ev:' + (e.args?.data?.type ?? '') : (e.args?.data?.functionName ?? '?'));
      const w = where((task.ts - t0) / 1000).split('+')[0];
      if ((task.tdur ?? 0) >= 25_000 && values.list) console.log(`  cpu ${Math.round((task.tdur ?? 0) / 1000)} wall ${Math.round((task.dur ?? 0) / 1000)} ${where((task.ts - t0) / 1000)}: ${[...new Set(names)].join(',')} ${[...new Set(onMain.filter((e) => e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0) && /Commit|Paint|Layout|GC|Parse|Compile/.test(e.name) && (e.dur ?? 0) > 3000).map((e) => e.name + ' ' + Math.round((e.tdur ?? e.dur ?? 0) / 1000)))].join(',')}`);
      let k = '';
      if (names.includes('ev:click') || names.includes('ev:mouseup')) k = 'clickTask';
      else if (names.includes('ev:keydown')) k = 'escTask';
      else if (names.includes('refill') || names.includes('apply')) k = 'refill';
      else continue;
      const key = `${w.startsWith('click') ? 'click' : 'esc'}:${k}`;
      (cls.get(key) ?? cls.set(key, []).get(key)!).push(Math.round((task.tdur ?? 0) / 1000));
    }
    console.log('CPU by kind: ' + [...cls].map(([k, v]) => `${k} [${v.join(' ')}]`).join('; '));
  }
  const perClick = new Map<string, number[]>();
  for (const task of tasks) { const w = where((task.ts - t0) / 1000).split('+')[0]; const a = perClick.get(w) ?? [0, 0]; a[0] = Math.max(a[0], (task.tdur ?? 0) / 1000); a[1] = Math.max(a[1], (task.dur ?? 0) / 1000); perClick.set(w, a); }
  console.log('max task CPU/wall per phase: ' + [...perClick].map(([k, v]) => `${k} ${Math.round(v[0])}/${Math.round(v[1])}`).join(', '));
  console.log(`tasks > 40 ms after first click: ${tasks.length}, their CPU sum ${Math.round(cpuSum)} ms, max wall ${Math.round(Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)))}, max cpu ${Math.round(Math.max(0, ...tasks.map((t) => (t.tdur ?? 0) / 1000)))}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // unminified (bench-output/site-unminified): the profile names the source's functions
  process.env.ATLAS_BENCH_MINIFY ??= '0';
  await benchInFreshPages('click-tasks', [id], (x) => x, (page, url) => run(page, url), { [`/bench-data/${id}/`]: path.resolve(dir) }, { userMode: true });
  process.exit();
}
