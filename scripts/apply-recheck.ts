/**
 * What the Who-is-who panel says after an Apply on the 30k map, in headless Chromium as a user has it (no test mode):
 * a served build with the `acl30k` entry (`npm run build:graph -- <acl_2016_2021_all> --out public/data/acl30k`, then
 * `npx vite build` and any static server) opened at `?ds=acl30k&review=names`; once every name's check has answered,
 * "Same person" on the review list's pair "Ond?ej Bojar" / "Ondřej Bojar" and Apply. From the Apply click, in ms:
 * the rebuilt map shown (its author count one fewer), the review list's pairs back, the "Map rebuilt…" line back, the
 * rebuilt map's name checks answered (`window.__atlas.timings.names` marked again), and each status the sidebar's and
 * the list's progress line said meanwhile (with when). The 1-minute load average is printed beside.
 *   PORT=5371 npx tsx scripts/apply-recheck.ts
 */
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS } from '../test/e2e/browser';
import type {} from '../src/app/debug';

const PORT = process.env.PORT ?? '5371';
const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
const page = await b.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console error', m.text());
});
await page.addInitScript(`(() => {
  window.__tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
})()`);
const load = () => loadavg()[0]!.toFixed(1);
const t0 = Date.now();
await page.goto(`http://localhost:${PORT}/?ds=acl30k&review=names`);
await page.waitForSelector('[data-state="ready"]', { timeout: 240_000 });
console.log('ready', Date.now() - t0, 'ms, load', load());
await page.waitForFunction(() => window.__atlas!.timings.names !== undefined, null, { timeout: 240_000 });
console.log('names checked', Date.now() - t0, 'ms, load', load());
const list = page.getByTestId('review-panel');
await list.getByTestId('review-filter').fill('bojar');
const pair = list.getByTestId('suggestion').filter({ hasText: 'Ond?ej Bojar' });
await pair.getByRole('button', { name: 'Same person' }).click();
await list.getByTestId('review-filter').fill('');
await page.waitForFunction(() => document.querySelectorAll('[data-testid="review-panel"] [data-testid="suggestion"]').length > 100, null, { timeout: 60_000 });
await page.waitForTimeout(1500);
const namesBefore = await page.evaluate<number>('window.__atlas.timings.names');
await page.evaluate(`(() => {
  const w = window;
  w.__seen = [];
  const said = () => [...document.querySelectorAll('[data-testid="names-progress"], [data-testid="names-refreshing"]')].map((p) => p.textContent).join(' | ');
  let last = null;
  w.__watch = setInterval(() => {
    const now = said() + ' || list ' + document.querySelectorAll('[data-testid="review-panel"] [data-testid="suggestion"]').length + ' || done ' + (document.querySelector('[data-testid="alias-actions"]')?.textContent.includes('Map rebuilt') ?? false);
    if (now !== last) { w.__seen.push([Math.round(performance.now()), now]); last = now; }
  }, 50);
})()`);
const authors0 = await page.evaluate<number>('window.__atlas.store.getState().dataset.bundle.stats.authors');
const applyAt = await page.evaluate<number>('performance.now()');
const l0 = load();
await list.getByRole('button', { name: 'Apply in the explorer' }).click();
await page.waitForFunction((n) => window.__atlas!.store.getState().dataset?.bundle.stats.authors === n, authors0 - 1, { timeout: 300_000 });
const shown = (await page.evaluate<number>('performance.now()')) - applyAt;
await page.waitForFunction((t) => window.__atlas!.timings.names! > t, namesBefore, { timeout: 300_000 });
const checked = (await page.evaluate<number>('window.__atlas.timings.names')) - applyAt;
await page.waitForTimeout(500);
const seen = (await page.evaluate('window.__seen')) as [number, string][];
console.log(JSON.stringify({ loadAtApply: l0, mapShownMs: Math.round(shown), namesCheckedMs: Math.round(checked), loadAfter: load() }));
// the rebuilt map's hand-over to the insights worker (insights-client.ts' performance marks), ms from the Apply click
const marks = (name: string) => page.evaluate<number[]>(`performance.getEntriesByName('${name}').map((e) => Math.round(e.startTime - ${applyAt}))`);
console.log('hand-over asked', JSON.stringify(await marks('insights: bundle asked')), 'done', JSON.stringify(await marks('insights: bundle sent')), 'longest task after Apply (ms)', await page.evaluate(`Math.round(Math.max(0, ...(window.__tasks ?? []).filter(([s]) => s >= ${applyAt}).map(([, d]) => d)))`));
for (const [t, s] of seen) console.log(`  +${t - Math.round(applyAt)} ms  ${s}`);
await b.close();
