/**
 * How long the author card, Rankings and the co-author chain wait for the name checks after an Apply on the 30k map,
 * in headless Chromium as a user has it (no test mode): a served build with the `acl30k` entry opened at
 * `?ds=acl30k&review=names&chain=2706.988` (Graham Neubig to Iryna Gurevych), Rankings open; once every name's check
 * has answered, "Same person" on the pair "Ond?ej Bojar" / "Ondřej Bojar" and Apply. From the rebuilt map shown, in
 * ms: each state the chain's doubt marks, Rankings' ⚑ marks and (`CARD=1`, opened as soon as the rebuilt map is shown)
 * Graham Neubig's card's two who-is-who lines went through, with when, until the rebuilt map's own checks are done.
 * `NAME=…` opens another author's card; `SHOT=path` keeps a picture of the page once the card (or Rankings) shows what
 * it carried over, else 8 s after the map is shown.
 *   PORT=5304 CARD=1 npx tsx scripts/apply-carried-wait.ts
 */
import { chromium } from 'playwright-core';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS } from '../test/e2e/browser';
import type {} from '../src/app/debug';

const PORT = process.env.PORT ?? '5304';
const CARD = process.env.CARD === '1';
const NAME = process.env.NAME ?? 'Graham Neubig';
const SHOT = process.env.SHOT;
const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
const page = await b.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console error', m.text());
});
const load = () => loadavg()[0]!.toFixed(1);
const t0 = Date.now();
await page.goto(`http://localhost:${PORT}/?ds=acl30k&review=names&chain=2706.988`);
await page.waitForSelector('[data-state="ready"]', { timeout: 240_000 });
await page.waitForFunction(() => window.__atlas!.timings.names !== undefined, null, { timeout: 240_000 });
console.log('names checked', Date.now() - t0, 'ms, load', load());
if (!CARD) await page.getByTestId('open-rankings').click();
const list = page.getByTestId('review-panel');
await list.getByTestId('review-filter').fill('bojar');
await list.getByTestId('suggestion').filter({ hasText: 'Ond?ej Bojar' }).getByRole('button', { name: 'Same person' }).click();
await list.getByTestId('review-filter').fill('');
await page.waitForTimeout(1500);
const namesBefore = await page.evaluate<number>('window.__atlas.timings.names');
const authors0 = await page.evaluate<number>('window.__atlas.store.getState().dataset.bundle.stats.authors');
const said = (q: string) => `[...document.querySelectorAll('${q}')].length`;
await page.evaluate(`(() => {
  const w = window;
  w.__seen = [];
  let last = null;
  w.__watch = setInterval(() => {
    const n = (q) => document.querySelectorAll(q).length;
    const now = 'chain checking ' + n('[data-testid="chain-checking"]') + ' doubt ' + n('[data-testid="chain-doubt"]') + ' carried ' + n('[data-testid="chain"] [data-carried]')
      + ' | rank ⚑ ' + n('[data-testid="rank-several"]') + ' carried ' + n('[data-testid="rank-several"][data-carried]')
      + ' | card homonym ' + ['homonym-checking', 'homonym-none', 'homonym-flag', 'split-chooser', 'listed-twice-note'].map((t) => t + ' ' + n('.details [data-testid="' + t + '"]')).join(' ')
      + ' synonym ' + ['synonym-checking', 'synonym-none', 'synonym-note'].map((t) => t + ' ' + n('.details [data-testid="' + t + '"]')).join(' ')
      + ' carried ' + n('.details [data-testid="card-carried"]')
      + ' | names ' + (w.__atlas.timings.names > ${namesBefore} ? 'done' : 'pending');
    if (now !== last) { w.__seen.push([Math.round(performance.now()), now]); last = now; }
  }, 50);
})()`);
void said;
const applyAt = await page.evaluate<number>('performance.now()');
const l0 = load();
await list.getByRole('button', { name: 'Apply in the explorer' }).click();
await page.waitForFunction((n) => window.__atlas!.store.getState().dataset?.bundle.stats.authors === n, authors0 - 1, { timeout: 300_000 });
const shownAt = await page.evaluate<number>('performance.now()');
if (CARD) {
  await page.evaluate(`(() => {
    const s = window.__atlas.store.getState();
    s.select({ kind: 'author', index: s.dataset.bundle.authors.name.indexOf(${JSON.stringify(NAME)}) });
  })()`);
}
if (SHOT) {
  await page.waitForSelector(CARD ? '.details [data-testid="card-carried"]' : '[data-testid="rank-several"][data-carried]', { timeout: 8000 }).catch(() => {});
  await page.screenshot({ path: SHOT });
}
await page.waitForFunction((t) => window.__atlas!.timings.names! > t, namesBefore, { timeout: 300_000 });
await page.waitForTimeout(1500);
const seen = (await page.evaluate('window.__seen')) as [number, string][];
console.log(JSON.stringify({ loadAtApply: l0, mapShownMs: Math.round(shownAt - applyAt), loadAfter: load() }));
for (const [t, s] of seen) console.log(`  +${t - Math.round(shownAt)} ms from map shown  ${s}`);
await b.close();
