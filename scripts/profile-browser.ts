/**
 * CPU profiles of the explorer's main thread in headless Chromium (software WebGL), through Playwright's
 * CDP session (`Profiler`), for the paths issue 12 times: the first frame, a click (panel, camera move,
 * level-of-detail refill) and a zoom's refill. Prints the top functions by self time and by total time,
 * and saves each profile as `.cpuprofile` (open it in Chrome DevTools' Performance panel) in
 * bench-output/profiles/.
 *   npx tsx scripts/profile-browser.ts <id>=<dir with bundle.json> ... [--user] [--top N]
 *   npx tsx scripts/profile-browser.ts --import FILE [--user]   (the in-browser import of FILE: Build click →
 *     the imported map drawn; the main thread's long tasks listed too)
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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self and total time (ms) per function (name + file:line), total counted once per stack (recursion). */
export function summarise(profile: CpuProfile, top = 15): { self: [string, number][]; total: [string, number][]; ms: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
    return `${f.functionName || '(anonymous)'} ${file}`.trim();
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const sampleMs = new Map<number, number>();
  profile.samples.forEach((id, i) => sampleMs.set(id, (sampleMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
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

async function profiled<T>(cdp: CDPSession, label: string, top: number, run: () => Promise<T>): Promise<T> {
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const load0 = loadavg()[0];
  const t0 = Date.now();
  const result = await run();
  const wall = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${label}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const s = summarise(profile, top);
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

async function profileDataset(page: Page, baseUrl: string, id: string, top: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  // same-origin page first, so the navigation below stays in this renderer (and this profiler)
  await page.goto(`${baseUrl}bench-data/${id}/report.json`).catch(() => undefined);
  await profiled(cdp, `${id}-first-frame`, top, async () => {
    await page.goto(`${baseUrl}?bundle=bench-data/${id}/bundle.json`);
    await waitForState(page, 'ready', 300_000);
  });
  await page.waitForFunction('window.__atlas.timings.searchIndexMs !== undefined', undefined, { timeout: 300_000 });
  await settled(page);
  // the most prolific author drawn on screen
  const spot = (await page.evaluate(`(() => {
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
  await profiled(cdp, `import-${name}`, top, async () => {
    await page.getByTestId('import-build').click();
    await page.waitForFunction(
      `(() => {
        const s = window.__atlas.store.getState();
        const i = window.__atlasImport.store.getState();
        return i.status === 'failed' || (s.dataset && i.imported[0] && s.dataset.id === i.imported[0].id && document.documentElement.dataset.state === 'ready');
      })()`,
      undefined,
      { timeout: 900_000, polling: 500 },
    );
  });
  const tasks = (await page.evaluate('window.__longTasks')) as { at: number; ms: number }[];
  console.log(`  long tasks (ms at, ms long), longest first: ${JSON.stringify(tasks.sort((a, b) => b.ms - a.ms).slice(0, 12))}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.env.ATLAS_BENCH_MINIFY = '0';
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { user: { type: 'boolean', default: false }, top: { type: 'string', default: '15' }, import: { type: 'string' } },
  });
  if (values.import) {
    const file = path.resolve(values.import);
    await benchInFreshPages('profile-browser', [file], (f) => f, (page, url, f) => profileImport(page, url, f, Number(values.top)), {}, { userMode: values.user });
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
  await benchInFreshPages('profile-browser', datasets, (d) => d.id, (page, url, d) => profileDataset(page, url, d.id, Number(values.top)), mounts, { userMode: values.user });
}
