/**
 * The 30k map's hand-over to the insights worker at first load, in headless Chromium (no test mode): a served build
 * with the `acl30k` entry opened at `?ds=acl30k`. Prints, in ms from navigation: the map ready, the name checks asked,
 * the hand-over to the insights worker asked (`insights: bundle asked`) and done (`insights: bundle sent`), the name
 * checks answered; and the longest main-thread task (PerformanceObserver `longtask`) from ready to answered and over
 * the whole load. The 1-minute load average is printed beside.
 *   PORT=5379 npx tsx scripts/handover-timing.ts [runs]
 */
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS } from '../test/e2e/browser';

const PORT = process.env.PORT ?? '5379';
const runs = Number(process.argv[2] ?? 1);
const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
for (let r = 0; r < runs; r++) {
  const page = await b.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(`(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  })()`);
  const l0 = loadavg()[0]!.toFixed(1);
  await page.goto(`http://localhost:${PORT}/?ds=acl30k`);
  await page.waitForSelector('[data-state="ready"]', { timeout: 240_000 });
  const ready = await page.evaluate<number>('performance.now()');
  await page.waitForFunction(() => (window as unknown as { __atlas: { timings: Record<string, number> } }).__atlas.timings.names !== undefined, null, { timeout: 240_000 });
  const out = (await page.evaluate(`(() => {
    const t = window.__atlas.timings;
    const sent = performance.getEntriesByName('insights: bundle sent').at(-1)?.startTime;
    const handAsked = performance.getEntriesByName('insights: bundle asked').at(-1)?.startTime;
    const after = window.__tasks.filter(([s]) => s >= ${ready});
    return { asked: t.namesAsked, handAsked, sent, handoverMs: sent - handAsked, checksMs: t.names - sent, readyToChecked: t.names - ${ready},
      longestAfterReady: Math.max(0, ...after.map(([, d]) => d)), longTasksAfterReady: after.length,
      longestOverall: Math.max(0, ...window.__tasks.map(([, d]) => d)) };
  })()`)) as Record<string, unknown>;
  const round = (v: unknown) => (typeof v === 'number' ? Math.round(v) : v);
  console.log(JSON.stringify({ run: r, loadBefore: l0, loadAfter: loadavg()[0]!.toFixed(1), ready: Math.round(ready), ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, round(v)])) }));
  await page.close();
}
await b.close();
