/**
 * What a reader sees of a traced chain, a small imported map and a community shown alone:
 * - the co-author chain Graham Neubig → Kathleen McKeown on the 30k map: each author a disc of their own (Mona Diab
 *   and Kathleen McKeown lie 10 px apart at the chain's framing: one disc carried both names), its link drawn to
 *   the discs' centres, the chain framed as close as it fits (its discs were 4 px, the chain in two thirds of the
 *   canvas's height); on the desktop, with the chain panel in the sidebar, no chain chip over the map;
 * - a shared chain link opened on a phone (390×844, touch), Logan Lebanoff → Fei Liu → Trevor Cohn on the 30k map:
 *   a chip over the map says "⚑ Chain: Logan Lebanoff → … → Trevor Cohn · 2 steps" (the chain panel and its ⚑ note
 *   on Fei Liu, a name that may be several people, were in the closed drawer: the map showed a line and nothing
 *   said what it was), its two buttons 44 px targets; every author of the chain is named on the map (Fei Liu, the
 *   middle one, lost his name to Logan Lebanoff's); a tap on the chip opens the drawer at the chain panel, its ⚑
 *   summary in view; its "clear" clears the chain;
 *   until Fei Liu's name is checked the chip says "checking names…" (it showed the chain as certain until its ⚑
 *   came); with a filter on too, the filters chip and the chain chip stand one under the other, alike, their
 *   buttons 44 px targets (the filters chip's "clear" was 28 px);
 * - Graham Neubig's card on a phone (30k map): no name drawn plainly lies under an edge marker (off-screen papers;
 *   "…Stewart", "Junjie Hu" and "Paul Michel" did);
 * - a 6-paper RIS file: the whole map framed, filling at least half the canvas, its authors' discs at least 5 px
 *   in radius (4 px dots were spread over an empty canvas);
 * - "Show only this one" on the 30k map's largest community: it fills the free canvas, and at least 40% of its
 *   authors' discs overlap no other (18% before: one blob).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/pipeline';
import { writeDataset } from '../../scripts/lib/write-dataset';
import { appUrl, settled, shootPage } from './atlas-page';
import { BIG_BUNDLE_TIMEOUT, servedBundle } from './big-bundles';
import { launchChromium, openPage, waitForState } from './browser';
import { SITE_DIR } from './global-setup';

const ROOT = path.resolve(import.meta.dirname, '../..');
let browser: Browser;
let bigQuery: string;

beforeAll(async () => {
  bigQuery = servedBundle('acl_2016_2021_all');
  const text = readFileSync(path.join(ROOT, 'test/fixtures/sample.ris'), 'utf8');
  writeDataset(path.join(SITE_DIR, 'fixtures/small-ris'), buildDataset([{ name: 'sample.ris', text }], { name: 'sample' }));
  browser = await launchChromium();
}, BIG_BUNDLE_TIMEOUT);
afterAll(async () => {
  await browser?.close();
});

/** Drawn authors (not hidden) in viewport px: centre and the radius Sigma draws (after the reducers). */
const drawnAuthors = (page: Page, keys: string[] | null = null) =>
  page.evaluate<{ key: string; x: number; y: number; r: number }[]>(`(() => {
    const s = window.__atlas.sigma; const out = []; const keys = ${JSON.stringify(keys)};
    const each = (k) => { const d = s.getNodeDisplayData(k); if (!d || d.hidden || !String(k).startsWith('a')) return; const p = s.framedGraphToViewport(d); out.push({ key: k, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size) }); };
    if (keys) keys.forEach(each); else s.getGraph().forEachNode((k) => each(k));
    return out; })()`);

describe('a traced chain on the 30k map', () => {
  it('Graham Neubig → Kathleen McKeown: each step is a disc of its own, no two of the chain overlapping', async () => {
    // (camera moves animated, as users have them)
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 720 } }, { userMode: true });
    await page.goto(appUrl(bigQuery));
    await waitForState(page, 'ready');
    const ids = await page.evaluate<number[]>(`(() => { const n = window.__atlas.store.getState().dataset.bundle.authors.name; return ['Graham Neubig', 'Kathleen McKeown'].map((x) => n.indexOf(x)); })()`);
    await page.goto(appUrl(`${bigQuery}&chain=${ids[0]}.${ids[1]}`));
    await waitForState(page, 'ready');
    await page.waitForFunction(`window.__atlas.store.getState().emphasis?.by === 'chain'`, null, { timeout: 60_000 });
    await settled(page, 300);
    const keys = await page.evaluate<string[]>(`window.__atlas.store.getState().emphasis.nodes.map((n) => 'a' + n.index)`);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    const discs = await drawnAuthors(page, keys);
    await shootPage(page, 'chain-neubig-mckeown');
    // (the chain panel is in the sidebar, in view: no chip over the map)
    expect(await page.getByTestId('chain-chip').isVisible()).toBe(false);
    expect(discs.map((d) => d.key)).toEqual(keys);
    for (let i = 0; i < discs.length; i++)
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i]!, discs[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.key} and ${b.key} drawn apart`).toBeGreaterThan(a.r + b.r);
      }
    for (const d of discs) expect(d.r, `${d.key} is a visible disc`).toBeGreaterThanOrEqual(3);
    // framed as close as it fits (Mona Diab and Kathleen McKeown, 10 px apart at the framing of before, were drawn
    // as 4 px discs to keep them apart): each author at a readable size (8 px, or its own when smaller), else the
    // chain spans the canvas (no panel over it here) on one axis, in the margin the framing keeps
    const canvas = await page.evaluate<{ width: number; height: number }>('window.__atlas.sigma.getDimensions()');
    const span = Math.max(
      (Math.max(...discs.map((d) => d.x)) - Math.min(...discs.map((d) => d.x))) / canvas.width,
      (Math.max(...discs.map((d) => d.y)) - Math.min(...discs.map((d) => d.y))) / canvas.height,
    );
    const own = await page.evaluate<number[]>(`${JSON.stringify(keys)}.map((k) => window.__atlas.drawnRadius(window.__atlas.graph.getNodeAttribute(k, 'size'), window.__atlas.sigma.getCamera().ratio))`);
    const readable = discs.every((d, i) => d.r >= Math.min(own[i]!, 8) - 0.01);
    expect(readable || span >= 0.75, `chain spans ${span.toFixed(2)} of the canvas, discs ${discs.map((d) => d.r.toFixed(1)).join(', ')} px`).toBe(true);
    for (const d of discs) {
      expect(d.x, `${d.key} in the canvas`).toBeGreaterThanOrEqual(0);
      expect(d.x).toBeLessThanOrEqual(canvas.width);
      expect(d.y, `${d.key} in the canvas`).toBeGreaterThanOrEqual(0);
      expect(d.y).toBeLessThanOrEqual(canvas.height);
    }
    await page.context().close();
  });
});

describe('a shared chain link opened on a phone', () => {
  it('Logan Lebanoff → Fei Liu → Trevor Cohn: a chip says what the chain is and its ⚑, every author of it is named on the map, a tap opens the chain panel, "clear" clears it', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, { userMode: true });
    await page.goto(appUrl(bigQuery));
    await waitForState(page, 'ready');
    const ids = await page.evaluate<number[]>(
      `(() => { const n = window.__atlas.store.getState().dataset.bundle.authors.name; return ['Logan Lebanoff', 'Trevor Cohn'].map((x) => n.indexOf(x)); })()`,
    );
    // what the chip says from the link's load on (its `data-doubt` and words, each change)
    await page.addInitScript(`window.__chipSaid = []; new MutationObserver(() => {
      const c = document.querySelector('[data-testid="chain-chip"]');
      if (!c) return;
      const said = c.dataset.doubt + ': ' + c.querySelector('.chain-chip-open').textContent.replace(/\\s+/g, ' ');
      if (window.__chipSaid[window.__chipSaid.length - 1] !== said) window.__chipSaid.push(said);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });`);
    await page.goto(appUrl(`${bigQuery}&chain=${ids[0]}.${ids[1]}`));
    await waitForState(page, 'ready');
    await page.waitForFunction(`window.__atlas.store.getState().emphasis?.by === 'chain'`, null, { timeout: 60_000 });
    const chip = page.getByTestId('chain-chip');
    await chip.waitFor();
    // the ⚑ comes once Fei Liu's name is checked (the insights worker; seconds on a loaded machine)
    await page.locator('[data-testid="chain-chip"][data-doubt="yes"]').waitFor({ timeout: 90_000 });
    // …and until then the chip said the names were still being checked, never showing the chain as certain (it did
    // for ~1.3 s, a tester; 11 s on a loaded machine)
    const said = await page.evaluate<string[]>('window.__chipSaid');
    expect(said[0]).toMatch(/^checking: Chain: Logan Lebanoff → … → Trevor Cohn · 2 steps · checking names…/);
    expect(said.filter((w) => w.startsWith('no:')), said.join(' | ')).toEqual([]);
    expect(said[said.length - 1]).toMatch(/^yes: ⚑ Chain:/);
    expect(await chip.getByTestId('chain-chip-checking').count()).toBe(0);
    await settled(page, 300);
    const words = (await chip.locator('.chain-chip-open').evaluate((b) => [...b.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('')))
      .replace(/\s+/g, ' ')
      .trim();
    expect(words).toBe('⚑ Chain: Logan Lebanoff → … → Trevor Cohn · 2 steps');
    // (what the ⚑ stands for, in the button's name)
    expect(await chip.getByRole('button', { name: /Passes through a name that may be at least 2 people \(Fei Liu\)/ }).count()).toBe(1);
    // 44 px targets for a finger, the chip over the map under the top bar
    for (const button of await chip.getByRole('button').all()) expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // every author of the chain named on the map, the middle one too
    const chain = await page.evaluate<string[]>(`window.__atlas.store.getState().emphasis.nodes.map((n) => 'a' + n.index)`);
    expect(chain).toHaveLength(3);
    const named = () => page.evaluate<string[]>(`(() => { const keys = ${JSON.stringify(chain)}; return keys.map((k) => (window.__atlas.labels || []).find((l) => l.kind === 'node' && l.key === k)?.text ?? null); })()`);
    await expect.poll(named, { timeout: 10_000 }).toEqual(['Logan Lebanoff', 'Fei Liu', 'Trevor Cohn']);
    // …and not under the chip
    const chipBox = (await chip.boundingBox())!;
    const canvasTop = await page.evaluate<number>(`window.__atlas.sigma.getContainer().getBoundingClientRect().top`);
    const labelTops = await page.evaluate<number[]>(`(window.__atlas.labels || []).filter((l) => ${JSON.stringify(chain)}.includes(l.key)).map((l) => l.box.y0)`);
    for (const top of labelTops) expect(canvasTop + top).toBeGreaterThanOrEqual(chipBox.y + chipBox.height);
    await shootPage(page, 'phone-chain-chip');

    // a filter on too (authors of 2 papers or more): the filters chip and the chain chip, one under the other,
    // alike, each button a 44 px target (the filters chip's "clear" was 28 px)
    await page.evaluate('window.__atlas.store.getState().setMinPapers(2)');
    const filterChip = page.getByTestId('filter-chip');
    await filterChip.waitFor();
    await settled(page, 300);
    const [top, under] = [(await filterChip.boundingBox())!, (await chip.boundingBox())!];
    expect(top.y + top.height, 'the chain chip under the filters chip, not over it').toBeLessThanOrEqual(under.y);
    expect(top.x).toBe(under.x);
    expect(top.y).toBeGreaterThanOrEqual(canvasTop);
    for (const button of [...(await filterChip.getByRole('button').all()), ...(await chip.getByRole('button').all())])
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const look = (el: Element) => { const c = getComputedStyle(el); return [c.borderRadius, c.backgroundColor, c.fontSize, c.boxShadow].join(' / '); };
    expect(await filterChip.evaluate(look)).toBe(await chip.evaluate(look));
    await shootPage(page, 'phone-chain-and-filter-chips');
    await page.evaluate('window.__atlas.store.getState().setMinPapers(1)');
    await filterChip.waitFor({ state: 'detached' });
    await settled(page, 300);

    // a tap on its words opens the drawer at the chain panel, the ⚑ summary in view
    await chip.locator('.chain-chip-open').tap();
    await page.waitForFunction('window.__atlas.store.getState().drawerOpen');
    const summary = page.getByTestId('chain-doubt-summary');
    await expect.poll(() => summary.textContent()).toBe('⚑ Passes through a name that may be at least 2 people (Fei Liu)');
    await expect
      .poll(() => summary.evaluate((el) => { const r = el.getBoundingClientRect(); const d = el.closest('.sidebar')!.getBoundingClientRect(); return r.top >= d.top && r.bottom <= Math.min(d.bottom, innerHeight); }))
      .toBe(true);
    // (the drawer scrolled, not the page: the top bar still in view)
    expect(await page.evaluate('document.scrollingElement.scrollTop')).toBe(0);
    await shootPage(page, 'phone-chain-chip-panel');

    // closed again: the chip's "clear" clears the chain, and the chip goes
    await page.locator('.drawer-close').tap();
    await page.waitForFunction('!window.__atlas.store.getState().drawerOpen');
    await chip.getByRole('button', { name: 'Clear the co-author chain from Logan Lebanoff to Trevor Cohn' }).tap();
    await page.waitForFunction(`window.__atlas.store.getState().emphasis?.by !== 'chain'`);
    await chip.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.has('chain')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("a selected author's edge markers on a phone", () => {
  it("Graham Neubig on the 30k map: no name drawn plainly lies under a marker (\"…Stewart\", \"Junjie Hu\", \"Paul Michel\" did)", async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(appUrl(bigQuery));
    await waitForState(page, 'ready');
    const id = await page.evaluate<number>(`window.__atlas.store.getState().dataset.bundle.authors.name.indexOf('Graham Neubig')`);
    expect(id).toBeGreaterThanOrEqual(0);
    await page.goto(appUrl(`${bigQuery}&author=${id}`));
    await waitForState(page, 'ready');
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 600);
    await page.locator('.offscreen-mark').first().waitFor();
    await settled(page);
    const seen = await page.evaluate<{ marks: number; under: string[]; named: number }>(`(() => {
      const c = window.__atlas.sigma.getContainer().getBoundingClientRect();
      const marks = [...document.querySelectorAll('.offscreen-mark')].map((e) => e.getBoundingClientRect());
      const plain = (window.__atlas.labels || []).filter((l) => l.kind === 'node' && !l.dim);
      const under = [];
      for (const l of plain) for (const m of marks) {
        const b = { left: c.left + l.box.x0, top: c.top + l.box.y0, right: c.left + l.box.x1, bottom: c.top + l.box.y1 };
        if (b.left < m.right && m.left < b.right && b.top < m.bottom && m.top < b.bottom) under.push(l.text + ' under the marker "' + document.elementFromPoint(m.left + m.width / 2, m.top + m.height / 2)?.textContent + '"');
      }
      return { marks: marks.length, under, named: plain.length };
    })()`);
    await shootPage(page, 'phone-neubig-edge-markers');
    expect(seen.marks).toBeGreaterThan(0);
    expect(seen.named, 'his co-authors are named').toBeGreaterThan(3);
    expect(seen.under).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a small imported map', () => {
  it('is framed to fill at least half the canvas, its discs at least 5 px in radius', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(appUrl('?bundle=fixtures/small-ris/bundle.json'));
    await waitForState(page, 'ready');
    await settled(page, 300);
    const discs = await drawnAuthors(page);
    const canvas = await page.evaluate<{ width: number; height: number }>('window.__atlas.sigma.getDimensions()');
    await shootPage(page, 'small-ris');
    expect(discs.length).toBeGreaterThan(1);
    const x0 = Math.min(...discs.map((d) => d.x - d.r));
    const x1 = Math.max(...discs.map((d) => d.x + d.r));
    const y0 = Math.min(...discs.map((d) => d.y - d.r));
    const y1 = Math.max(...discs.map((d) => d.y + d.r));
    expect(Math.max((x1 - x0) / canvas.width, (y1 - y0) / canvas.height)).toBeGreaterThanOrEqual(0.5);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(canvas.width);
    expect(y1).toBeLessThanOrEqual(canvas.height);
    expect(Math.min(...discs.map((d) => d.r))).toBeGreaterThanOrEqual(5);
    await page.context().close();
  });
});

describe('a community shown alone on the 30k map', () => {
  it('fills the free canvas and at least 40% of its authors overlap no other disc (18% before)', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(appUrl(bigQuery));
    await waitForState(page, 'ready');
    await page.evaluate('window.__atlas.store.getState().onlyCommunity(0)');
    await page.waitForFunction('window.__atlas.store.getState().filters.hiddenCommunities.size > 0');
    await settled(page, 300);
    await shootPage(page, 'only-community-0');
    const discs = await page.evaluate<{ x: number; y: number; r: number }[]>(`(() => {
      const s = window.__atlas.sigma; const g = window.__atlas.graph; const out = [];
      g.forEachNode((k, a) => { if (a.hidden || a.kind !== 'author') return; const p = s.graphToViewport(a); out.push({ x: p.x, y: p.y, r: window.__atlas.drawnRadius(a.size) }); });
      return out; })()`);
    const canvas = await page.evaluate<{ width: number; height: number }>('window.__atlas.sigma.getDimensions()');
    const ys = discs.map((d) => d.y);
    expect((Math.max(...ys) - Math.min(...ys)) / canvas.height).toBeGreaterThanOrEqual(0.7);
    let alone = 0;
    for (const a of discs) if (!discs.some((b) => b !== a && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r)) alone++;
    expect(alone / discs.length).toBeGreaterThanOrEqual(0.4);
    await page.context().close();
  });
});
