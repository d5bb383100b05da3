/**
 * The browser bench's click sequence on one dataset (scripts/bench-browser.ts: five hovers, then per target
 * Escape, 400 ms, click, panel, its paint and the map's first frame after it, Escape, 300 ms, camera and level of
 * detail settled; camera animation on, as users get it), under a Chrome trace and a CPU profile, and each main-
 * thread task of the clicks in the order they ran: when (click or Escape # + ms after it), wall and thread CPU,
 * the CPU inside it by trace event (self thread time: JS, Layout, style, Paint, Commit, GC…) and, from the
 * profile, its functions (samples in the task, scaled to its CPU). Also the page's long tasks (the longtask API,
 * as the bench counts them) and their sum. For issue 12's "no task over 100 ms around a click on the 3k map".
 *   npx tsx scripts/click-trace.ts <id>=<dir with bundle.json> [--min-cpu MS] [--min-wall MS] [--no-profile] [--json FILE]
 * `--json FILE`: the tasks (time, click, wall, CPU, breakdown) written to FILE too, to compare runs.
 * `--ops`: also which canvases each task draws on (2D: clearRect, fillText…; WebGL: clear, drawArrays…, by the
 * canvas's class, e.g. `sigma-labels`), which animation-frame callbacks it ran (by the function that asked for
 * the frame), Sigma's renders, camera updates and store changes (selection, hover): what a frame changes. Its
 * wrappers add script time (a stack taken at each frame request): for what changes where, not for timing.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { waitForState } from '../test/e2e/browser';
import { benchInFreshPages } from './lib/bench-site';
import { clickForPanel, clickTargets, hoverFromCorner } from './lib/click-targets';
import { profileIndex, type CpuProfile, type ProfileNode, type TraceEvent as Ev } from './profile-browser';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'min-cpu': { type: 'string', default: '20' },
    'min-wall': { type: 'string', default: '50' },
    'no-profile': { type: 'boolean', default: false },
    ops: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
if (positionals.length !== 1 || !positionals[0]!.includes('=')) {
  process.stderr.write('usage: npx tsx scripts/click-trace.ts <id>=<dir with bundle.json> [--min-cpu MS] [--min-wall MS] [--no-profile] [--json FILE]\n');
  process.exit(2);
}
const [id, dir] = positionals[0]!.split('=') as [string, string];
const minCpu = Number(values['min-cpu']);
const minWall = Number(values['min-wall']);
const withProfile = !values['no-profile'];
const withOps = values.ops;

/**
 * Page script (before the app's own) recording, while `window.__opsOn`, each 2D / WebGL drawing call with its
 * canvas's class and each animation-frame callback with the function that requested it: `window.__ops` holds
 * [time (performance.now), key index], `window.__opKeys` the keys.
 */
const OPS_SCRIPT = `(() => {
  const times = (window.__ops = []); const keys = (window.__opKeys = []); const index = new Map();
  const rec = (key) => { if (!window.__opsOn) return; let i = index.get(key); if (i === undefined) { i = keys.length; keys.push(key); index.set(key, i); } times.push([performance.now(), i]); };
  window.__opRec = rec;
  const cls = (c) => (c && (c.className || c.id)) || 'offscreen';
  const wrap = (proto, kind, names) => { if (!proto) return; for (const m of names) { const f = proto[m]; if (typeof f !== 'function') continue;
    proto[m] = function (...a) { if (window.__opsOn) rec(kind + ' ' + cls(this.canvas) + ' ' + m); return f.apply(this, a); }; } };
  wrap(window.CanvasRenderingContext2D && CanvasRenderingContext2D.prototype, '2d', ['clearRect', 'fillRect', 'fillText', 'strokeText', 'drawImage', 'fill', 'stroke', 'putImageData', 'getImageData']);
  for (const P of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) wrap(P && P.prototype, 'gl', ['clear', 'drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'bufferData', 'readPixels']);
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => {
    let who = '?';
    if (window.__opsOn) { const line = (new Error().stack || '').split('\\n')[2] || ''; const m = /at (?:new )?([\\w$.<>]+) /.exec(line); who = m ? m[1] : line.trim().slice(3, 40); }
    return raf((ts) => { rec('raf ' + who); cb(ts); });
  };
})()`;

/** One main-thread task of the click sequence. */
interface TaskRow {
  at: string;
  wallMs: number;
  cpuMs: number;
  /** self thread CPU by trace event name (JS by its function: `js <name>`), ms, largest first */
  events: [string, number][];
  /** profile functions in the task (total, scaled to the task's CPU), ms */
  functions: [string, number][];
  self: [string, number][];
  /** `--ops`: the drawing calls, frame callbacks and app events in the task */
  ops: string;
}

async function run(page: Page, url: string) {
  const load0 = loadavg().map((x) => Math.round(x * 10) / 10);
  if (withOps) await page.addInitScript(OPS_SCRIPT);
  await page.goto(`${url}?bundle=bench-data/${id}/bundle.json`);
  await waitForState(page, 'ready', 180_000);
  await page.waitForFunction('window.__atlas.timings.searchIndexMs !== undefined', undefined, { timeout: 120_000 });
  await page.evaluate(`(() => { const t = (window.__c = { mouseups: [], keys: [], longTasks: [], painted: [], panelAt: 0 });
    window.addEventListener('mouseup', (e) => t.mouseups.push(e.timeStamp), true);
    window.addEventListener('keydown', (e) => t.keys.push(e.timeStamp), true);
    new PerformanceObserver((l) => { for (const e of l.getEntries()) t.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
    const afterPaint = (set) => requestAnimationFrame(() => setTimeout(() => set(performance.now()), 0));
    t.panelPainted = 0; t.mapPainted = 0; t.awaitMap = false;
    const timings = window.__atlas.timings; let panel = timings.panel;
    Object.defineProperty(timings, 'panel', { configurable: true, enumerable: true, get: () => panel, set: (v) => { panel = v; afterPaint((now) => { t.panelPainted = now; }); } });
    window.addEventListener('mouseup', () => { t.awaitMap = true; }, true);
    window.__atlas.sigma.on('afterRender', () => { if (t.awaitMap) { t.awaitMap = false; afterPaint((now) => { t.mapPainted = now; }); } });
    if (window.__opRec) { const rec = window.__opRec; const sigma = window.__atlas.sigma;
      sigma.on('beforeRender', () => rec('ev render'));
      sigma.getCamera().on('updated', () => rec('ev camera'));
      window.__atlas.store.subscribe((s, p) => { if (s.selection !== p.selection) rec('ev selection'); if (s.hovered !== p.hovered) rec('ev hovered ' + (s.hovered ? 'on' : 'off')); });
      new MutationObserver(() => rec('ev dom')).observe(document.body, { childList: true, subtree: true, characterData: true }); }
  })()`);
  const spots = await clickTargets(page, 5);
  // as the bench does before its clicks: each target hovered from a corner of the canvas
  await hoverFromCorner(page, spots);
  const browser = page.context().browser()!;
  const cdp = await page.context().newCDPSession(page);
  if (withProfile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'v8', 'blink.user_timing', 'toplevel', 'cc', 'gpu', 'blink', 'skia', 'disabled-by-default-skia', 'blink.canvas', ...(process.env.CLICK_TRACE_CATS ? process.env.CLICK_TRACE_CATS.split(',') : [])] });
  await page.evaluate('window.__c.longTasks.length = 0; window.__c.mouseups.length = 0; window.__c.keys.length = 0; window.__opsOn = true');
  const painted: number[] = [];
  for (const spot of spots) {
    await clickForPanel(page, spot);
    const up = 'window.__c.mouseups[window.__c.mouseups.length - 1]';
    await page.waitForFunction(`window.__c.panelPainted > ${up} && window.__c.mapPainted > ${up}`, undefined, { timeout: 60_000 });
    painted.push((await page.evaluate(`window.__c.panelPainted - ${up}`)) as number);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated() && window.__atlas.lodSettled !== false', undefined, { timeout: 60_000 });
    Object.assign(spots, await clickTargets(page, spots.length));
  }
  const anchorMs = (await page.evaluate(`performance.mark('ct-anchor').startTime`)) as number;
  const buf = await browser.stopTracing();
  const profile = withProfile ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile : null;
  const c = (await page.evaluate('window.__c')) as { mouseups: number[]; keys: number[]; longTasks: [number, number][] };
  const ops = withOps ? ((await page.evaluate('({ times: window.__ops, keys: window.__opKeys })')) as { times: [number, number][]; keys: string[] }) : null;
  const events = (JSON.parse(buf.toString()) as { traceEvents: Ev[] }).traceEvents;
  if (process.env.CLICK_TRACE_FILE) writeFileSync(process.env.CLICK_TRACE_FILE, buf);
  const anchor = events.find((e) => e.name === 'ct-anchor')!;
  const t0 = anchor.ts - anchorMs * 1000;
  const main = `${anchor.pid}:${anchor.tid}`;
  const marks = [...c.mouseups.map((m) => ['click', m] as const), ...c.keys.map((m) => ['esc', m] as const)].sort((p, q) => p[1] - q[1]);
  const where = (ms: number) => {
    let last: readonly [string, number] = ['-', 0];
    let ci = -1;
    for (const m of marks) if (m[1] <= ms) { last = m; if (m[0] === 'click') ci++; }
    return `${last[0]}#${Math.max(0, ci)}+${Math.round(ms - last[1])}`;
  };
  const first = c.mouseups[0] ?? 0;
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts !== undefined).sort((p, q) => p.ts - q.ts || (q.dur ?? 0) - (p.dur ?? 0));
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.ts - t0) / 1000 >= first - 50);
  const { byId, parent, samples } = profile ? profileIndex(profile) : { byId: new Map<number, ProfileNode>(), parent: new Map<number, number>(), samples: [] };
  const nm = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}${n.callFrame.url ? ':' + (n.callFrame.lineNumber + 1) : ''}`;
  const rows: TaskRow[] = [];
  // events nest: a task's inner events, each with its self thread time (its own minus its direct children's)
  let k = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const wallMs = (task.dur ?? 0) / 1000;
    const cpuMs = (task.tdur ?? 0) / 1000;
    if (cpuMs < minCpu && wallMs < minWall) continue;
    while (k < onMain.length && onMain[k]!.ts < task.ts) k++;
    const inner: Ev[] = [];
    for (let j = k; j < onMain.length && onMain[j]!.ts < end; j++) if (onMain[j] !== task && onMain[j]!.ts + (onMain[j]!.dur ?? 0) <= end) inner.push(onMain[j]!);
    // self time: walk with a stack
    const self = new Map<string, number>();
    const stack: { e: Ev; label: string; child: number }[] = [];
    const pop = () => {
      const top = stack.pop()!;
      const s = ((top.e.tdur ?? 0) - top.child) / 1000;
      self.set(top.label, (self.get(top.label) ?? 0) + s);
      if (stack.length) stack[stack.length - 1]!.child += top.e.tdur ?? 0;
    };
    for (const e of inner) {
      while (stack.length && stack[stack.length - 1]!.e.ts + (stack[stack.length - 1]!.e.dur ?? 0) <= e.ts) pop();
      const d = e.args?.data as { functionName?: string; type?: string } | undefined;
      const label = e.name === 'FunctionCall' ? `js ${d?.functionName || '?'}` : e.name === 'EventDispatch' ? `event ${d?.type ?? ''}` : e.name;
      // JS inside a JS frame (V8.Execute etc.) counts for the enclosing JS label
      const inherit = stack.length && /^(js |event |TimerFire|FireAnimationFrame|FunctionCall)/.test(stack[stack.length - 1]!.label) && /^(V8\.|v8\.|RunMicrotasks|BlinkScheduler)/.test(e.name);
      stack.push({ e, label: inherit ? stack[stack.length - 1]!.label : label, child: 0 });
    }
    while (stack.length) pop();
    const taskSelf = cpuMs - [...self.values()].reduce((a, b) => a + b, 0);
    if (taskSelf > 0.5) self.set('(task)', taskSelf);
    const evs = [...self].filter(([, v]) => v >= 1).sort((p, q) => q[1] - p[1]).slice(0, 8).map(([n, v]) => [n, Math.round(v)] as [string, number]);
    let fns: [string, number][] = [];
    let selfFns: [string, number][] = [];
    if (profile) {
      const tot = new Map<string, number>();
      const sf = new Map<string, number>();
      let sum = 0;
      for (const s of samples) {
        if (s.at < task.ts || s.at > end) continue;
        const n = byId.get(s.id)!;
        if (/^\((idle|root|program)\)$/.test(n.callFrame.functionName)) continue;
        sum += s.d;
        sf.set(nm(n), (sf.get(nm(n)) ?? 0) + s.d);
        const seen = new Set<string>();
        for (let cur: number | undefined = s.id; cur !== undefined; cur = parent.get(cur)) {
          const key = nm(byId.get(cur)!);
          if (seen.has(key)) continue;
          seen.add(key);
          tot.set(key, (tot.get(key) ?? 0) + s.d);
        }
      }
      // samples come at wall intervals: scaled so the task's JS sums to its JS CPU
      const jsCpu = [...self].filter(([n]) => /^(js |event |TimerFire|FireAnimationFrame|\(task\))/.test(n)).reduce((a, [, v]) => a + v, 0);
      const scale = sum > 0 ? jsCpu / (sum / 1000) : 0;
      const top = (m: Map<string, number>, n: number) => [...m].filter(([x]) => !/^\((root|program|idle)\)/.test(x)).sort((p, q) => q[1] - p[1]).slice(0, n).map(([x, v]) => [x, Math.round((v / 1000) * scale)] as [string, number]);
      fns = top(tot, 14);
      selfFns = top(sf, 8);
    }
    // forced layouts and style recalcs (the JS that asked for them)
    const forced: string[] = [];
    for (const e of inner) {
      if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') continue;
      const st = ((e.args as { beginData?: { stackTrace?: { functionName: string; lineNumber: number }[] } } | undefined)?.beginData?.stackTrace ?? (e.args as { data?: { stackTrace?: { functionName: string; lineNumber: number }[] } } | undefined)?.data?.stackTrace);
      if (st?.length && (e.tdur ?? 0) >= 1000) forced.push(`${e.name} ${Math.round((e.tdur ?? 0) / 1000)} <- ${st.slice(0, 4).map((f) => `${f.functionName || '?'}:${f.lineNumber}`).join(' < ')}`);
    }
    if (forced.length) evs.push([`forced: ${forced.join(' | ')}`, 0]);
    let opsText = '';
    if (ops) {
      // the calls in the task, in order of first call, counted by key
      const [a, b] = [(task.ts - t0) / 1000, (end - t0) / 1000];
      const count = new Map<string, number>();
      for (const [t, i] of ops.times) if (t >= a && t <= b) count.set(ops.keys[i]!, (count.get(ops.keys[i]!) ?? 0) + 1);
      opsText = [...count].map(([key, n]) => (n > 1 ? `${key}×${n}` : key)).join(', ');
    }
    rows.push({ ops: opsText, at: where((task.ts - t0) / 1000), wallMs: Math.round(wallMs), cpuMs: Math.round(cpuMs), events: evs, functions: fns, self: selfFns });
  }
  console.log(`\n== ${id}: load ${load0.join(' ')} -> ${loadavg()[0]!.toFixed(1)}; painted (ms after release) ${painted.map(Math.round).join(', ')}`);
  const lt = c.longTasks.filter(([s]) => s >= first - 50);
  console.log(`longtask API: n=${lt.length}, max ${Math.round(Math.max(0, ...lt.map((t) => t[1])))}, over 100: ${lt.filter((t) => t[1] > 100).length}; longest: ${[...lt].sort((p, q) => q[1] - p[1]).slice(0, 8).map(([s, d]) => `${Math.round(d)}@${where(s)}`).join(', ')}`);
  for (const r of rows) {
    console.log(`${r.at.padEnd(12)} wall ${String(r.wallMs).padStart(4)} cpu ${String(r.cpuMs).padStart(4)}  ${r.events.map(([n, v]) => `${n} ${v}`).join('; ')}`);
    if (r.ops) console.log(`    ops: ${r.ops}`);
    if (r.functions.length) console.log(`    fn: ${r.functions.map(([n, v]) => `${n} ${v}`).join(', ')}\n    self: ${r.self.map(([n, v]) => `${n} ${v}`).join(', ')}`);
  }
  const cpus = rows.map((r) => r.cpuMs).sort((a, b) => b - a);
  console.log(`tasks listed: ${rows.length}; CPU of the longest five: ${cpus.slice(0, 5).join(', ')}; sum of tasks' CPU after the first click ${Math.round(tasks.reduce((s, t) => s + (t.tdur ?? 0) / 1000, 0))}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ id, load: [load0, loadavg()[0]], painted, longTasks: lt.map(([s, d]) => [where(s), Math.round(d)]), rows }, null, 1)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // unminified (bench-output/site-unminified): the profile names the source's functions
  process.env.ATLAS_BENCH_MINIFY ??= '0';
  await benchInFreshPages('click-trace', [id], (x) => x, (page, url) => run(page, url), { [`/bench-data/${id}/`]: path.resolve(dir) }, { userMode: true });
  process.exit();
}
