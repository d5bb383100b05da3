/**
 * First frame, A/B: fresh pages (own context, cold cache) alternating between two or more built sites of the
 * explorer on the same bundle, in one headless Chromium (software WebGL, camera animation on), so two versions
 * compare under the same machine load (this machine's 2 cores are shared: compare pairs, never runs apart).
 * Per page: the app's first-frame marks (ms after navigation: page start, bundle text, parsed, loaded, preview
 * steps, first frame), the bundle worker's steps (public/bundle-reader.js) and the CPU time the browser's
 * processes used from navigation to the first frame (ms, from /proc: renderer = page + workers, gpu = the GPU
 * process, which runs SwiftShader; a page's own figure includes what other Chromium work ran meanwhile). The
 * marks are read once the map is interactive (`interactive`); `previewFromFile` is the first frame drawn from the
 * bundle's preview file (`preview.json`), `previewKept` the bundle found to match it.
 *   npx vite build --outDir /tmp/site-a   (in each checkout; sites older than 1 Dec 2026 lack some marks)
 *   npx tsx scripts/first-frame-ab.ts --pairs 5 --bundle <dir with bundle.json> /tmp/site-a /tmp/site-b
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, openPage } from '../test/e2e/browser';
import { serveStatic } from '../test/e2e/static-server';

/** CPU ms (user + system) of this process's descendants, by kind: renderer, gpu, browser (the rest). Linux only. */
function chromiumCpu(): Record<string, number> {
  const children = new Map<number, number[]>();
  const info = new Map<number, { ms: number; kind: string }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const kind = cmd.includes('--type=gpu-process') ? 'gpu' : cmd.includes('--type=renderer') ? 'renderer' : 'browser';
      // utime + stime, in clock ticks (100 per second on Linux)
      info.set(Number(d), { ms: (Number(fields[11]) + Number(fields[12])) * 10, kind });
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(d)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const out: Record<string, number> = { renderer: 0, gpu: 0, browser: 0 };
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      const i = info.get(child)!;
      out[i.kind] = (out[i.kind] ?? 0) + i.ms;
      walk(child);
    }
  };
  walk(process.pid);
  return out;
}

const MARKS = ['bundleText', 'bundleParsed', 'bundleLoaded', 'bundleCheckMs', 'previewStart', 'previewChosen', 'previewFromFile', 'firstFrame', 'previewKept', 'interactive'];

const { values, positionals: sites } = parseArgs({ allowPositionals: true, options: { pairs: { type: 'string', default: '3' }, bundle: { type: 'string' } } });
if (!values.bundle || sites.length < 1) {
  process.stderr.write('usage: npx tsx scripts/first-frame-ab.ts --pairs N --bundle DIR SITE_DIR [SITE_DIR ...]\n');
  process.exit(2);
}
const servers = await Promise.all(sites.map((s) => serveStatic(path.resolve(s), { '/ab-data/': path.resolve(values.bundle!) })));
const browser = await launchChromium();
const rows: { site: number; firstFrame: number; renderer: number; gpu: number }[] = [];
try {
  for (let pair = 0; pair < Number(values.pairs); pair++) {
    for (let site = 0; site < sites.length; site++) {
      const { page, errors } = await openPage(browser, {}, { userMode: true });
      const load = loadavg()[0];
      const cpu0 = chromiumCpu();
      await page.goto(`${servers[site]!.url}?bundle=ab-data/bundle.json`);
      await page.waitForFunction('window.__atlas && window.__atlas.timings && window.__atlas.timings.firstFrame !== undefined', undefined, { timeout: 180_000 });
      const cpu1 = chromiumCpu();
      // then the full graph (the map answering hover and click), so a first frame is never bought with a later one
      await page.waitForFunction('window.__atlas.timings.interactive !== undefined', undefined, { timeout: 180_000 });
      const marks = (await page.evaluate(`(() => {
        const t = window.__atlas.timings; const nav = performance.getEntriesByType('navigation')[0];
        const out = { pageStart: nav ? nav.domContentLoadedEventEnd : NaN };
        for (const k of ${JSON.stringify(MARKS)}) out[k] = t[k];
        return { out, worker: window.__atlasBundleTimes || null };
      })()`)) as { out: Record<string, number | undefined>; worker: Record<string, number> | null };
      const row = { site, firstFrame: Math.round(marks.out.firstFrame ?? NaN), renderer: cpu1.renderer! - cpu0.renderer!, gpu: cpu1.gpu! - cpu0.gpu! };
      rows.push(row);
      const ms = (o: Record<string, number | undefined>) => Object.entries(o).map(([k, v]) => `${k} ${v === undefined ? '-' : Math.round(v)}`).join(', ');
      console.log(`pair ${pair} site ${site} (load ${load.toFixed(1)}): ${ms(marks.out)}; CPU renderer ${row.renderer}, gpu ${row.gpu}${marks.worker ? `; worker: ${ms(marks.worker)}` : ''}${errors.length ? `; ERRORS ${errors.join(' | ')}` : ''}`);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
for (let site = 0; site < sites.length; site++) {
  const mine = rows.filter((r) => r.site === site);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  console.log(`site ${site} ${sites[site]}: first frame ${mine.map((r) => r.firstFrame).join(' ')} (median ${median(mine.map((r) => r.firstFrame))}); CPU to first frame, renderer median ${median(mine.map((r) => r.renderer))}, gpu ${median(mine.map((r) => r.gpu))} ms`);
}
