/**
 * Who-is-who decision clicks and early typing on the 30k map, in headless Chromium (the figures of README's
 * "Decisions and early typing on the 30k map"): a served build (`/tmp/lead/site.sh` or `npm run build` + preview with the
 * `acl30k` entry) opened at `?ds=acl30k`, then
 *  - 13 keys ("Graham Neubig") typed 120 ms apart right after `data-state="ready"`: each keydown → the frame
 *    painted after its input event (ms);
 *  - Fei Liu's "Split into 2 people" and "Undo split", Samuel R. Bowman's card pair (Same person, Undo, Different
 *    people, Undo), and the same four on the review list's first pair: click event → the clicked button marked busy
 *    (`aria-busy`), → the answer in the DOM, → the next paint; the long tasks meanwhile.
 * The 1-minute load average is printed beside each figure (2 shared cores: compare runs made back to back).
 * PROFILE=1 also takes a CDP CPU profile of each step (top functions printed, profiles saved to /tmp/busy/).
 *   PORT=5302 npx tsx scripts/decision-clicks.ts
 */
import { chromium, type Locator, type CDPSession } from 'playwright-core';
import { loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../test/e2e/browser';
mkdirSync('/tmp/busy', { recursive: true });
const PORT = process.env.PORT ?? '5302';
const PROFILE = process.env.PROFILE === '1';
const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
const page = await b.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
await page.addInitScript(`(() => {
  window.__m = { clickAt: 0, keys: [], longTasks: [] };
  window.addEventListener('click', (e) => { window.__m.clickAt = e.timeStamp; }, true);
  window.addEventListener('keydown', (e) => { window.__m.keys.push({ key: e.key, down: e.timeStamp, painted: 0, value: '' }); }, true);
  window.addEventListener('input', (e) => {
    const k = window.__m.keys[window.__m.keys.length - 1];
    if (!k) return;
    requestAnimationFrame(() => setTimeout(() => { k.painted = performance.now(); k.value = e.target.value; }, 0));
  }, true);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__m.longTasks.push([e.startTime, e.duration]); }).observe({ entryTypes: ['longtask'] });
})()`);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const results: Record<string, unknown>[] = [];
let cdp: CDPSession;

/** Click `target`; time until `answer` (a JS expression) is true in the DOM, then the next paint. */
async function timed(label: string, target: Locator, answer: string) {
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await page.evaluate(`(() => {
    window.__m.longTasks.length = 0; window.__m.answer = 0; window.__m.painted = 0; window.__m.busy = 0;
    const check = () => { if (!window.__m.busy && document.querySelector('[aria-busy=true]')) window.__m.busy = performance.now(); if (!window.__m.answer && (${answer})) { window.__m.answer = performance.now(); requestAnimationFrame(() => setTimeout(() => { window.__m.painted = performance.now(); }, 0)); obs.disconnect(); } };
    const obs = new MutationObserver(check); obs.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  })()`);
  if (PROFILE) await cdp.send('Profiler.start');
  const l0 = load();
  await target.click();
  await page.waitForFunction(() => (window as any).__m.painted > 0, undefined, { timeout: 120000 });
  const r = (await page.evaluate(`({ busy: window.__m.busy ? window.__m.busy - window.__m.clickAt : -1, answer: window.__m.answer - window.__m.clickAt, painted: window.__m.painted - window.__m.clickAt, longTasks: window.__m.longTasks.filter(([s]) => s >= window.__m.clickAt - 5).map(([s, d]) => Math.round(d)) })`)) as { busy: number; answer: number; painted: number; longTasks: number[] };
  let top: string[] = [];
  if (PROFILE) {
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as any;
    top = summarise(profile, label);
  }
  const row = { label, busyMarkMs: Math.round(r.busy), answerMs: Math.round(r.answer), paintedMs: Math.round(r.painted), longTasks: r.longTasks.join('+'), load: l0 };
  console.log(JSON.stringify(row));
  for (const t of top) console.log('   ', t);
  results.push(row);
}

function summarise(profile: any, label: string): string[] {
  writeFileSync(`/tmp/busy/${label.replace(/\W+/g, '_')}.cpuprofile`, JSON.stringify(profile));
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<number, number>();
  const dt = profile.timeDeltas as number[];
  profile.samples.forEach((s: number, i: number) => self.set(s, (self.get(s) ?? 0) + (dt[i] ?? 0)));
  // inclusive time per function name
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>(); const selfBy = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id); const f = n.callFrame; const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    selfBy.set(k, (selfBy.get(k) ?? 0) + us);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const cf = byId.get(x).callFrame; const kk = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
      if (seen.has(kk)) continue; seen.add(kk); incl.set(kk, (incl.get(kk) ?? 0) + us);
    }
  }
  const fmt = (m: Map<string, number>, n: number) => [...m].filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`);
  return ['self:', ...fmt(selfBy, 12), 'inclusive:', ...fmt(incl, 25)];
}

const t0 = Date.now();
await page.goto(`http://localhost:${PORT}/?ds=acl30k`);
await page.waitForSelector('[data-state="ready"]', { timeout: 240000 });
console.log('ready', Date.now() - t0, 'load', load());
cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
// typing right after the ready signal
const search = page.getByLabel('Search authors and papers');
await search.click();
if (PROFILE) await cdp.send('Profiler.start');
const l0 = load();
const typed0 = Date.now();
await page.keyboard.type('Graham Neubig', { delay: 120 });
await page.waitForFunction(() => (window as any).__m.keys.length >= 13 && (window as any).__m.keys.every((k: any) => k.painted > 0), undefined, { timeout: 120000 });
const typedWall = Date.now() - typed0;
const keys = (await page.evaluate('window.__m.keys.map((k) => Math.round(k.painted - k.down))')) as number[];
const row = { label: 'typing 13 keys after ready', keyToPaintMs: keys.join(','), maxMs: Math.max(...keys), wallMs: typedWall, load: l0 };
console.log(JSON.stringify(row)); results.push(row);
if (PROFILE) { const { profile } = (await cdp.send('Profiler.stop')) as any; for (const t of summarise(profile, 'typing')) console.log('   ', t); }
await page.getByRole('option', { name: /^Graham Neubig/ }).first().waitFor({ timeout: 60000 });

async function openAuthor(name: string) {
  await search.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first().click();
  await page.getByTestId('author-panel').waitFor();
  await page.waitForTimeout(1500);
}

// a split (claimed homonym)
await openAuthor('Fei Liu');
const flag = page.getByTestId('author-panel').getByTestId('homonym-flag');
await flag.waitFor({ timeout: 120000 });
await timed('Fei Liu: Split into 2 people', flag.getByRole('button', { name: /^Split into/ }), `[...document.querySelectorAll('[data-testid=author-panel] button')].some((b) => b.textContent === 'Undo split')`);
const apply = page.getByTestId('author-panel').getByRole('button', { name: 'Apply in the explorer' });
if (await apply.count()) console.log('Apply present:', await apply.isEnabled());
await timed('Fei Liu: Undo split', page.getByTestId('author-panel').getByRole('button', { name: 'Undo split' }).first(), `[...document.querySelectorAll('[data-testid=author-panel] button')].some((b) => /^Split into/.test(b.textContent))`);

// a suggested pair in the card
for (const name of ['Samuel R. Bowman']) {
  await openAuthor(name);
  const note = page.getByTestId('author-panel').getByTestId('synonym-note');
  await note.waitFor({ timeout: 120000 });
  await note.locator('summary').first().click();
  const card = note.getByTestId('suggestion').first();
  const verdict = `!!document.querySelector('[data-testid=author-panel] [data-testid=suggestion] .sp-verdict')`;
  const buttonsBack = `!document.querySelector('[data-testid=author-panel] [data-testid=suggestion] .sp-verdict')`;
  await timed(`${name}: Same person`, card.getByRole('button', { name: 'Same person' }), verdict);
  await timed(`${name}: Undo`, card.getByRole('button', { name: 'Undo' }), buttonsBack);
  await timed(`${name}: Different people`, card.getByRole('button', { name: 'Different people' }), verdict);
  await timed(`${name}: Undo (2)`, card.getByRole('button', { name: 'Undo' }), buttonsBack);
}
// review list
await page.keyboard.press('Escape');
await page.getByRole('button', { name: 'Review names' }).click();
const panel = page.getByTestId('review-panel');
await panel.getByTestId('suggestions').waitFor({ timeout: 120000 });
const first = panel.getByTestId('suggestion').first();
const rv = `!!document.querySelector('[data-testid=review-panel] [data-testid=suggestion] .sp-verdict')`;
const rb = `!document.querySelector('[data-testid=review-panel] [data-testid=suggestion] .sp-verdict')`;
await timed('review list: Same person', first.getByRole('button', { name: 'Same person' }), rv);
await timed('review list: Undo', first.getByRole('button', { name: 'Undo' }), rb);
await timed('review list: Different people', first.getByRole('button', { name: 'Different people' }), rv);
await timed('review list: Undo (2)', first.getByRole('button', { name: 'Undo' }), rb);
await page.screenshot({ path: '/tmp/busy/review.png' });
writeFileSync(`/tmp/busy/results-${process.env.TAG ?? 'run'}.json`, JSON.stringify(results, null, 2));
await b.close();
