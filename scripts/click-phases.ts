/**
 * Where the time between a click's mouse release and its panel goes, per click (in-page marks, wall ms):
 * input delay (release → its mouseup handler), the mousedown task, Sigma's click handling until the store's
 * `select` returns, the history entry, React's render → the panel's effect (`timings.panel`), and the main
 * thread's CPU in the click's task (trace). The browser bench's click sequence (camera animation on).
 *   npx tsx scripts/click-phases.ts <id>=<dir with bundle.json> [--clicks N]
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { waitForState } from '../test/e2e/browser';
import { benchInFreshPages } from './lib/bench-site';
import { clickTargets } from './lib/click-targets';
import type { CpuProfile, ProfileNode, TraceEvent as Ev } from './profile-browser';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { clicks: { type: 'string', default: '6' } } });
const [id, dir] = positionals[0]!.split('=') as [string, string];


async function run(page: Page, url: string) {
  const load0 = loadavg()[0];
  await page.goto(`${url}?bundle=bench-data/${id}/bundle.json`);
  await waitForState(page, 'ready', 180_000);
  await page.waitForFunction('window.__atlas.timings.searchIndexMs !== undefined', undefined, { timeout: 120_000 });
  await page.evaluate(`(() => {
    const t = (window.__p = { rows: [], cur: null, longTasks: [] });
    const now = () => performance.now();
    window.addEventListener('mousedown', (e) => { t.cur = { downTs: e.timeStamp, downAt: now() }; }, true);
    window.addEventListener('mousedown', () => { if (t.cur) t.cur.downEnd = now(); }, false);
    window.addEventListener('mouseup', (e) => { if (!t.cur) return; t.cur.upTs = e.timeStamp; t.cur.upAt = now(); t.rows.push(t.cur); }, true);
    t.panels = []; const tm = window.__atlas.timings; let pv = tm.panel; Object.defineProperty(tm, 'panel', { configurable: true, enumerable: true, get: () => pv, set: (v) => { pv = v; t.panels.push(v); } });
    const push = history.pushState.bind(history); const repl = history.replaceState.bind(history);
    history.pushState = (...a) => { const s = now(); push(...a); if (t.cur) t.cur.push = (t.cur.push || 0) + now() - s; };
    history.replaceState = (...a) => { const s = now(); repl(...a); if (t.cur) t.cur.push = (t.cur.push || 0) + now() - s; };
    const store = window.__atlas.store; const sel = store.getState().select;
    store.setState({ select: (...a) => { const s = now(); sel(...a); if (t.cur) { t.cur.selStart = s; t.cur.selEnd = now(); } } });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) t.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  })()`);
  const spots = await clickTargets(page, Number(values.clicks));
  const rows: Record<string, number>[] = [];
  const browser = page.context().browser()!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel', 'disabled-by-default-devtools.timeline.stack'] });
  for (let i = 0; i < spots.length; i++) {
    await page.keyboard.press('Escape');
    await page.waitForFunction('window.__atlas.store.getState().selection === null');
    const t0 = (await page.evaluate('window.__atlas.timings.panel || 0')) as number;
    await page.waitForTimeout(400);
    await page.mouse.click(spots[i]!.x, spots[i]!.y);
    await page.waitForFunction(`(window.__atlas.timings.panel || 0) > ${t0}`, undefined, { timeout: 60_000 });
    const r = (await page.evaluate(`(() => { const c = window.__p.rows.at(-1); const p = window.__atlas.timings.panel; return {
      panel: p - c.upTs, inputDelay: c.upAt - c.upTs, downWait: c.downAt - c.downTs, down: c.downEnd - c.downAt,
      toSelect: c.selStart - c.upAt, select: c.selEnd - c.selStart, history: c.push || 0, render: p - c.selEnd,
      before: window.__p.longTasks.filter(([s, d]) => s < c.upTs && s + d > c.upTs - 400).map(([s, d]) => Math.round(d) + '@' + Math.round(s - c.upTs)).join(' ') }; })()`)) as Record<string, number>;
    rows.push(r);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated() && window.__atlas.lodSettled !== false', undefined, { timeout: 60_000 });
    Object.assign(spots, await clickTargets(page, spots.length));
  }
  const anchorMs = (await page.evaluate(`performance.mark('lt-anchor').startTime`)) as number;
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Ev[] }).traceEvents;
  const anchor = events.find((e) => e.name === 'lt-anchor')!;
  const t0 = anchor.ts - anchorMs * 1000;
  const onMain = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X').sort((p, q) => p.ts - q.ts);
  const ups = (await page.evaluate('window.__p.rows.map((r) => [r.upTs, r.downTs])')) as [number, number][];
  const panels = (await page.evaluate('window.__p.panels')) as number[];
  const profile = ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
  const byId = new Map<number, ProfileNode>(); const parent = new Map<number, number>();
  for (const n of profile.nodes) { byId.set(n.id, n); for (const c of n.children ?? []) parent.set(c, n.id); }
  let at = profile.startTime;
  const samples = profile.samples.map((sid, i) => { at += profile.timeDeltas[i]!; return { at, id: sid, d: profile.timeDeltas[i + 1] ?? 0 }; });
  const nm = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}${n.callFrame.url ? ':' + n.callFrame.url.split('/').pop()!.slice(0, 12) + ':' + (n.callFrame.lineNumber + 1) : ''}`;
  const tot = new Map<string, number>(); const self = new Map<string, number>();
  (await page.evaluate('window.__p.rows.map((r) => r.downTs)') as number[]).forEach((down, i) => {
    const from = t0 + (down - 2) * 1000, to = t0 + (panels[i] ?? down) * 1000;
    for (const s of samples) {
      if (s.at < from || s.at > to) continue;
      const n = byId.get(s.id)!; if (/^\((idle|root|program)\)$/.test(n.callFrame.functionName)) continue;
      self.set(nm(n), (self.get(nm(n)) ?? 0) + s.d / 1000);
      const seen = new Set<string>();
      for (let c: number | undefined = s.id; c !== undefined; c = parent.get(c)) { const k = nm(byId.get(c)!); if (seen.has(k)) continue; seen.add(k); tot.set(k, (tot.get(k) ?? 0) + s.d / 1000); }
    }
  });
  const top = (m: Map<string, number>, k: number) => [...m].filter(([x]) => !/^\((root|program|idle)\)/.test(x)).sort((p, q) => q[1] - p[1]).slice(0, k).map(([x, v]) => `${x} ${v.toFixed(1)}`).join(', ');
  {
    const all = new Map<string, number>();
    for (const s of samples) { const n = byId.get(s.id)!; if (n.callFrame.url) continue; all.set(nm(n), (all.get(nm(n)) ?? 0) + s.d / 1000); }
    console.log(`natives over the whole run (self ms): ${[...all].filter(([x]) => !/^\((idle|root|program)\)/.test(x)).sort((p, q) => q[1] - p[1]).slice(0, 14).map(([x, v]) => `${x} ${v.toFixed(0)}`).join(', ')}`);
  }
  console.log(`profile, mousedown → panel, summed over clicks:\n  total: ${top(tot, 40)}\n  self: ${top(self, 25)}`);
  ups.forEach(([up, down], i) => {
    const from = t0 + (down - 2) * 1000, to = t0 + (panels[i] ?? up + 1000) * 1000;
    const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + (e.dur ?? 0) >= from && e.ts <= to);
    const desc = tasks.map((task) => {
      const inner = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && (e.tdur ?? 0) > 1000);
      const what = inner.filter((e) => !/RunTask|V8\.Execute|v8\.run|v8\.callFunction|FunctionCall|RunMicrotasks|BlinkScheduler/.test(e.name)).map((e) => `${e.name}${e.args?.data?.type ? ':' + e.args.data.type : ''} ${((e.tdur ?? 0) / 1000).toFixed(1)}`);
      return `[@${Math.round((task.ts - t0) / 1000 - up)} cpu ${((task.tdur ?? 0) / 1000).toFixed(1)} wall ${((task.dur ?? 0) / 1000).toFixed(1)}: ${what.join(', ')}]`;
    });
    for (const t of tasks) for (const e of onMain.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0))) {
      const st = (e.args as { beginData?: { stackTrace?: { functionName: string; lineNumber: number; url: string }[] } })?.beginData?.stackTrace ?? (e.args?.data as { stackTrace?: { functionName: string; lineNumber: number; url: string }[] } | undefined)?.stackTrace;
      if (i < 3) console.log(`  ${e.name} ${((e.tdur ?? 0) / 1000).toFixed(1)} ${JSON.stringify((e.args as Record<string, unknown> | undefined)?.beginData ?? '').slice(0, 200)} ${JSON.stringify((e as { args?: { endData?: unknown } }).args?.endData ?? '').slice(0, 200)}: ${(st ?? []).slice(0, 12).map((f) => `${f.functionName}:${f.url.split("/").pop()}:${f.lineNumber}`).join(' < ')}`);
    }
    console.log(`click ${i}: cpu ${tasks.reduce((s, t) => s + (t.tdur ?? 0), 0) / 1000 | 0} in ${tasks.length} tasks ${desc.join(' ')}`);
  });
  const f = (x: unknown) => (typeof x === 'number' ? x.toFixed(1) : String(x));
  console.log(`== ${id}: load ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
  for (const r of rows) console.log(Object.entries(r).map(([k, v]) => `${k} ${f(v)}`).join(', '));
  const med = (k: string) => { const v = rows.map((r) => r[k]!).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
  console.log('median: ' + ['panel', 'inputDelay', 'down', 'toSelect', 'select', 'history', 'render'].map((k) => `${k} ${f(med(k))}`).join(', '));
}

process.env.ATLAS_BENCH_MINIFY ??= '1';
await benchInFreshPages('click-phases', [id], (x) => x, (page, url) => run(page, url), { [`/bench-data/${id}/`]: path.resolve(dir) }, { userMode: true });
process.exit();
