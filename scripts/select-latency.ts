/**
 * A search result chosen on a big map, and a big map's load, timed and profiled in headless Chromium (software WebGL,
 * camera animation on, as users get it) against a served build of the explorer:
 *   npx tsx scripts/select-latency.ts [--url http://127.0.0.1:5312/] [--ds acl30k] [--query "Yang Liu"] [--load acl70k]
 *     [--runs N] [--top N] [--no-profile]
 * Select: Enter on the first result → the camera's first move, the card rendered (`timings.panel`), the camera
 * stopped, the co-authors' names drawn (the first drawing of the labels that names as many co-authors as the last,
 * settled drawing does). Load: navigation → the bundle's last byte (bundle worker), its text, parsed, checked
 * (`bundleLoaded`), the graph built, the first frame, ready. With the profiler on (CDP `Profiler`, 200 µs samples)
 * the main thread's top functions by self time are printed for each. Serve a production build first, e.g.
 *   NODE_ENV=production npx vite build --outDir /tmp/latency/dist --emptyOutDir --minify false
 *   python3 -m http.server 5312 --directory /tmp/latency/dist
 * Also `selectLatency` / `loadLatency` for scripts/bench-browser.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, openPage, waitForState } from '../test/e2e/browser';
import { summarise, type CpuProfile } from './profile-browser';

/** Times (ms) from the Enter on a search result; null where it did not come. */
export interface SelectTimes {
  query: string;
  author: string;
  coauthors: number;
  /** Enter → the first camera update (the flight begins). */
  cameraStartMs: number | null;
  /** Enter → the author card rendered. */
  cardMs: number | null;
  /** Enter → the camera's last update (the flight ended). */
  cameraEndMs: number | null;
  /** Enter → the first drawing of the labels naming any co-author. */
  firstCoauthorNameMs: number | null;
  /** Enter → the first drawing naming as many co-authors as the settled drawing does (`coauthorNames` of them). */
  coauthorNamesMs: number | null;
  coauthorNames: number;
  /** The main thread's longest tasks between Enter and the end (ms), longest first. */
  longTasks: number[];
  /**
   * The page's main-thread CPU time from Enter until settled (ms, Chromium's `ThreadTime` through CDP, with the profiler
   * off: `--no-profile`), and its script part (`ScriptDuration`): unlike the wall times these compare across loads.
   */
  mainThreadCpuMs: number;
  scriptCpuMs: number;
  load: [number, number];
}

const INSTRUMENT = `(() => {
  const t = (window.__sel = { enter: 0, camFirst: 0, camLast: 0, labels: [], longTasks: [] });
  window.addEventListener('keydown', (e) => { if (e.key === 'Enter') t.enter = performance.now(); }, true);
  const hook = () => {
    const sigma = window.__atlas.sigma;
    if (!sigma || sigma.__selHooked) return;
    sigma.__selHooked = true;
    sigma.getCamera().on('updated', () => { const t = window.__sel; if (!t.enter) return; const now = performance.now(); t.camFirst ||= now; t.camLast = now; });
  };
  hook();
  setInterval(hook, 50);
  let labels = window.__atlas.labels;
  Object.defineProperty(window.__atlas, 'labels', { configurable: true, enumerable: true, get: () => labels, set: (v) => {
    labels = v;
    if (t.enter) t.labels.push([performance.now(), v.filter((l) => l.kind === 'node').map((l) => l.key)]);
  } });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (t.enter && e.startTime >= t.enter) t.longTasks.push(e.duration); }).observe({ type: 'longtask' });
})()`;

/** The page's main-thread CPU time and script time so far (ms; CDP `Performance`, in the thread's own time). */
async function threadCpu(cdp: CDPSession): Promise<{ thread: number; script: number }> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return { thread: get('ThreadTime'), script: get('ScriptDuration') };
}

async function profiler(cdp: CDPSession | null): Promise<() => Promise<CpuProfile | null>> {
  if (!cdp) return async () => null;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async () => ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
}

function printTop(label: string, profile: CpuProfile | null, top: number, until = Infinity): void {
  if (!profile) return;
  const s = summarise(profile, top, until);
  console.log(`  ${label}: top self time (ms), main thread`);
  for (const [k, v] of s.self) console.log(`  ${String(v).padStart(7)}   ${k}`);
  console.log(`  ${label}: top total time (ms)`);
  for (const [k, v] of s.total.slice(0, Math.ceil(top * 1.5))) console.log(`  ${String(v).padStart(7)}   ${k}`);
}

/** Open `ds` on `page`, choose the first result for `query` with Enter, and time what follows (see `SelectTimes`). */
export async function selectLatency(page: Page, baseUrl: string, ds: string, query: string, opts: { profile?: boolean; top?: number; eager?: boolean } = {}): Promise<SelectTimes> {
  await page.goto(`${baseUrl}?ds=${ds}`);
  await waitForState(page, 'ready', 300_000);
  await page.waitForFunction('window.__atlas.timings.searchIndexMs !== undefined', undefined, { timeout: 300_000 });
  // eager: as a user who types as soon as the map answers (the page's idle work, e.g. the insights worker's hand-over, still going)
  if (!opts.eager) {
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated() && window.__atlas.lodSettled !== false', undefined, { timeout: 120_000 });
    await page.waitForTimeout(1500);
  }
  return pickFromSearch(page, ds, query, opts);
}

/**
 * On the map open on `page`, type `query` into the search and press Enter on the first result; times what follows
 * (see `SelectTimes`; `ds` names the profile file). Leaves the card open.
 */
export async function pickFromSearch(page: Page, ds: string, query: string, opts: { profile?: boolean; top?: number } = {}): Promise<SelectTimes> {
  await page.evaluate(INSTRUMENT);
  const search = page.getByLabel('Search authors and papers');
  await search.click();
  await search.fill('');
  await search.pressSequentially(query);
  await page.getByRole('option').first().waitFor();
  await page.waitForTimeout(500);
  const load0 = loadavg()[0];
  const cdp = await page.context().newCDPSession(page);
  const cpu0 = await threadCpu(cdp);
  const stop = await profiler(opts.profile ? cdp : null);
  await page.keyboard.press('Enter');
  await page.getByTestId('author-panel').waitFor({ timeout: 120_000 });
  // settled: the camera stopped, the level of detail refilled, and no drawing of the labels for 2 s (at most 40 s)
  await page.waitForFunction(
    `(() => { const t = window.__sel; const last = t.labels.length ? t.labels[t.labels.length - 1][0] : t.enter;
      return !window.__atlas.sigma.getCamera().isAnimated() && window.__atlas.lodSettled !== false && performance.now() - Math.max(last, t.camLast) > 2000; })()`,
    undefined,
    { timeout: 40_000, polling: 100 },
  ).catch(() => undefined);
  const pageNow = (await page.evaluate('performance.now()')) as number;
  const cpu1 = await threadCpu(cdp);
  const profile = await stop();
  const r = (await page.evaluate(`(() => {
    const t = window.__sel; const s = window.__atlas.store.getState(); const sel = s.selection;
    const co = new Set(s.dataset.coauthorsOf(sel.index).map((c) => 'a' + c.author));
    const counts = t.labels.map(([at, keys]) => [at, keys.filter((k) => co.has(k)).length]);
    const final = counts.length ? counts[counts.length - 1][1] : 0;
    const first = counts.find(([, n]) => n > 0);
    const full = final > 0 ? counts.find(([, n]) => n >= final) : undefined;
    const rel = (x) => (x ? Math.round(x - t.enter) : null);
    return { author: s.dataset.bundle.authors.name[sel.index], coauthors: co.size, enter: t.enter, cameraStartMs: rel(t.camFirst), cardMs: rel(window.__atlas.timings.panel > t.enter ? window.__atlas.timings.panel : 0),
      cameraEndMs: rel(t.camLast), firstCoauthorNameMs: first ? rel(first[0]) : null, coauthorNamesMs: full ? rel(full[0]) : null, coauthorNames: final,
      longTasks: t.longTasks.sort((a, b) => b - a).slice(0, 8).map(Math.round), drawings: counts.map(([at, n]) => [Math.round(at - t.enter), n]) };
  })()`)) as SelectTimes & { enter: number; drawings: [number, number][] };
  const out: SelectTimes = { query, author: r.author, coauthors: r.coauthors, cameraStartMs: r.cameraStartMs, cardMs: r.cardMs, cameraEndMs: r.cameraEndMs, firstCoauthorNameMs: r.firstCoauthorNameMs, coauthorNamesMs: r.coauthorNamesMs, coauthorNames: r.coauthorNames, longTasks: r.longTasks, mainThreadCpuMs: Math.round(cpu1.thread - cpu0.thread), scriptCpuMs: Math.round(cpu1.script - cpu0.script), load: [load0, loadavg()[0]] };
  if (profile && process.env.SELECT_PROFILE_DIR) {
    mkdirSync(process.env.SELECT_PROFILE_DIR, { recursive: true });
    writeFileSync(`${process.env.SELECT_PROFILE_DIR}/select-${ds}-${Date.now()}.cpuprofile`, JSON.stringify({ ...profile, pageNow, enter: r.enter }));
  }
  if (profile) {
    // the profile's clock: its end is `pageNow` on the page's
    const at = (pageMs: number) => profile.endTime - (pageNow - pageMs) * 1000;
    const top = opts.top ?? 15;
    if (r.cameraStartMs !== null) printTop(`Enter → camera starts (${r.cameraStartMs} ms)`, profile, top, at(r.enter + r.cameraStartMs));
    if (r.coauthorNamesMs !== null) printTop(`Enter → co-authors named (${r.coauthorNamesMs} ms)`, profile, top, at(r.enter + r.coauthorNamesMs));
    else printTop('Enter → settled', profile, top);
  }
  console.log(`  labels drawn (ms after Enter, co-authors named): ${r.drawings.map(([a, n]) => `${a}:${n}`).join(' ')}`);
  return out;
}

/** Navigation → ready on `ds` (ms after navigation start), split by the app's marks and the bundle worker's steps. */
export async function loadLatency(page: Page, baseUrl: string, ds: string, opts: { profile?: boolean; top?: number } = {}): Promise<Record<string, number | null>> {
  // a same-origin page first, so the navigation stays in this renderer (and its profiler)
  await page.goto(`${baseUrl}data/index.json`);
  const cdp = await page.context().newCDPSession(page);
  const load0 = loadavg()[0];
  const cpu0 = await threadCpu(cdp);
  const stop = await profiler(opts.profile ? cdp : null);
  await page.goto(`${baseUrl}?ds=${ds}`);
  await waitForState(page, 'ready', 300_000);
  const pageNow = (await page.evaluate('performance.now()')) as number;
  const cpu1 = await threadCpu(cdp);
  const profile = await stop();
  const m = (await page.evaluate(`(() => { const t = window.__atlas.timings; const w = window.__atlasBundleTimes || {};
    return { lastByte: w.lastByte ?? null, text: t.bundleText ?? w.text ?? null, received: w.received ?? null, parsed: t.bundleParsed ?? null, checked: t.bundleLoaded ?? null,
      firstFrame: t.firstFrame ?? null, graphBuilt: t.graphBuilt ?? null, ready: t.interactive ?? null, labels: t.labelsDrawn ?? null }; })()`)) as Record<string, number | null>;
  const out = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v === null ? null : Math.round(v)]));
  out.load1m = Math.round(load0 * 10) / 10;
  // the main thread's CPU time from navigation to ready (the same renderer before and after: see above), ms
  out.mainThreadCpuMs = Math.round(cpu1.thread - cpu0.thread);
  out.scriptCpuMs = Math.round(cpu1.script - cpu0.script);
  if (profile && process.env.SELECT_PROFILE_DIR) {
    mkdirSync(process.env.SELECT_PROFILE_DIR, { recursive: true });
    writeFileSync(`${process.env.SELECT_PROFILE_DIR}/load-${ds}-${Date.now()}.cpuprofile`, JSON.stringify({ ...profile, pageNow, enter: 0 }));
  }
  if (profile) {
    const at = (pageMs: number) => profile.endTime - (pageNow - pageMs) * 1000;
    const top = opts.top ?? 15;
    if (m.checked !== null) printTop(`navigation → bundle checked (${Math.round(m.checked)} ms)`, profile, top, at(m.checked));
    printTop(`navigation → ready (${Math.round(m.ready ?? pageNow)} ms)`, profile, top);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:5312/' },
      ds: { type: 'string', default: 'acl30k' },
      query: { type: 'string', default: 'Yang Liu' },
      load: { type: 'string' },
      runs: { type: 'string', default: '1' },
      top: { type: 'string', default: '15' },
      'no-profile': { type: 'boolean', default: false },
      'no-select': { type: 'boolean', default: false },
      eager: { type: 'boolean', default: false },
    },
  });
  const browser = await launchChromium();
  try {
    for (let i = 0; i < Number(values.runs); i++) {
      if (!values['no-select']) {
        const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
        console.log(`\n== select on ${values.ds}: "${values.query}" (run ${i + 1}, load ${loadavg()[0].toFixed(2)})`);
        console.log(JSON.stringify(await selectLatency(page, values.url!, values.ds!, values.query!, { profile: !values['no-profile'], top: Number(values.top), eager: values.eager })));
        await page.context().close();
      }
      if (values.load) {
        const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
        console.log(`\n== load ${values.load} (run ${i + 1}, load ${loadavg()[0].toFixed(2)})`);
        console.log(JSON.stringify(await loadLatency(page, values.url!, values.load, { profile: !values['no-profile'], top: Number(values.top) })));
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
  }
}
