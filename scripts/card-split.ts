/**
 * How long an author card says "Checking whether this name is several people…" when it is opened at once on a
 * big map: the built explorer in headless Chromium (as users get it: camera animation on), the map opened, and
 * the moment it is ready (`data-state="ready"`) and the page has asked for every name's check, a click on the author
 * with the most papers drawn on screen; then
 * mouse release → the card's name check answered (`split a<index>` mark) and → the checking line gone, and when
 * the background name checks (every name, the review list's) finished (`names` mark). `--late`: a second author,
 * the next biggest, selected once the name checks are done (the split alone, nothing queued before it).
 *   npx tsx scripts/card-split.ts <id>=<dir with bundle.json> [--runs N] [--late]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { waitForState } from '../test/e2e/browser';
import { benchInFreshPages } from './lib/bench-site';
import { clickTargets } from './lib/click-targets';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, late: { type: 'boolean', default: false } } });
const [id, dir] = (positionals[0] ?? '').split('=') as [string, string];
if (!id || !dir) throw new Error('usage: npx tsx scripts/card-split.ts <id>=<dir with bundle.json> [--runs N] [--late]');

interface Row {
  author: string;
  /** Mouse release → `split a<index>` (ms). */
  splitMs: number;
  /** Mouse release → the whole bundle in the worker (ms; negative: before the click). */
  bundleSentMs: number | null;
  /** Mouse release → the checking line out of the card (ms; 0: never shown). */
  checkingGoneMs: number;
  /** Mouse release → the background name checks done (ms; negative: before the click; null: not by the split's answer + 60 s). */
  namesMs: number | null;
  /** `--late`: a click once the name checks are done, → its `split` mark (ms). */
  lateSplitMs?: number;
  load: number;
}

/**
 * One click at `spot` (or, `select`, the author selected through the store as a click does: no mouse event, no wait
 * for the page to be left alone), timed in the page from the mouse release (the selection).
 */
async function timedClick(page: Page, spot: { key: string; x: number; y: number }, select = false): Promise<{ splitMs: number; checkingGoneMs: number; at: number; bundleSentMs: number | null }> {
  await page.evaluate(`(() => {
    const t = (window.__card = { up: 0, gone: 0, seen: false });
    window.addEventListener('mouseup', (e) => { if (!t.up) t.up = e.timeStamp; }, { capture: true, once: true });
    const check = () => {
      const el = document.querySelector('[data-testid="homonym-checking"]');
      if (el) t.seen = true;
      else if (t.seen && !t.gone) t.gone = performance.now();
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
  })()`);
  const index = spot.key.slice(1);
  if (select) await page.evaluate(`window.__card.up = performance.now(); window.__atlas.store.getState().select({ kind: 'author', index: ${index} })`);
  else await page.mouse.click(spot.x, spot.y);
  await page.waitForFunction(`window.__atlas.timings['split a${index}'] !== undefined`, undefined, { timeout: 180_000 }).catch(async (err: Error) => {
    const state = await page.evaluate(`JSON.stringify([window.__atlas.store.getState().selection, Object.keys(window.__atlas.timings).filter((k) => k.startsWith('split') || k === 'names')])`);
    throw new Error(`${err.message} (selection, marks: ${state})`);
  });
  await page.waitForFunction(`!document.querySelector('[data-testid="homonym-checking"]')`, undefined, { timeout: 30_000 });
  return page.evaluate(`(() => { const t = window.__card; const sent = performance.getEntriesByName('insights: bundle sent').at(-1); return {
    splitMs: window.__atlas.timings['split a${index}'] - t.up, checkingGoneMs: t.seen ? t.gone - t.up : 0, at: t.up,
    bundleSentMs: sent ? sent.startTime - t.up : null }; })()`);
}

async function measure(page: Page, url: string): Promise<Row> {
  const load = loadavg()[0];
  await page.goto(`${url}?bundle=bench-data/${id}/bundle.json`);
  await waitForState(page, 'ready', 300_000);
  // the biggest author drawn (clickTargets waits for the level of detail and the frame after it)
  const spots = await clickTargets(page, 1);
  // the name checks asked (the page asks them when idle after the first frame: within 1.5 s of it)
  await page.waitForFunction('window.__atlas.timings.namesAsked !== undefined', undefined, { timeout: 60_000 });
  const first = await timedClick(page, spots[0]!);
  await page.waitForFunction('window.__atlas.timings.names !== undefined', undefined, { timeout: 120_000 }).catch(() => undefined);
  const names = (await page.evaluate('window.__atlas.timings.names ?? null')) as number | null;
  const row: Row = { author: spots[0]!.key, splitMs: Math.round(first.splitMs), bundleSentMs: first.bundleSentMs === null ? null : Math.round(first.bundleSentMs), checkingGoneMs: Math.round(first.checkingGoneMs), namesMs: names === null ? null : Math.round(names - first.at), load: Math.round(load * 10) / 10 };
  if (values.late) {
    await page.keyboard.press('Escape');
    await page.waitForFunction('window.__atlas.store.getState().selection === null');
    await page.waitForTimeout(1000);
    // the biggest one not clicked yet, selected through the store (a click there could land on the first, drawn over it)
    const next = (await clickTargets(page, 2)).find((s) => s.key !== spots[0]!.key)!;
    const second = await timedClick(page, next, true);
    row.lateSplitMs = Math.round(second.splitMs);
  }
  return row;
}

const runs = Array.from({ length: Number(values.runs) }, (_, i) => i);
const rows = await benchInFreshPages('card-split', runs, (i) => `${id} run ${i + 1}`, (page, url) => measure(page, url), { [`/bench-data/${id}/`]: dir }, { userMode: true });
console.table(rows);
