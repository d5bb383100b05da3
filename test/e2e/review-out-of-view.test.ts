/**
 * The who-is-who review list's pair out of view, on the seed, in real Chromium as users get it (camera animation on),
 * on a desktop (light) and a phone (dark): the list opens at its first pair over a map the user had zoomed into
 * elsewhere. The map is not dimmed about a pair it does not show (it went all grey: both authors out of view); a
 * marker at the edge of the part the list leaves points at the pair and names both; a click (a tap) on it frames the
 * two, which are then drawn plainly in that part, the rest of the map dimmed about them, the marker gone
 * (features/whoiswho/pair-on-map.ts `pairEmphasis`, features/offscreen/OffscreenMarks.tsx).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, reviewListFirstPair, settled, shootPage, tapSeen, zoomFarFrom } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The drawn nodes dimmed, of those drawn; the pair's two where they are (page px) and whether dimmed; the part the list leaves. */
interface Seen {
  dimmed: number;
  drawn: number;
  pair: { x: number; y: number; dim: boolean }[];
  part: { left: number; top: number; right: number; bottom: number };
}

const seen = (page: Page, pair: readonly [number, number]) =>
  page.evaluate<Seen>(`(() => {
    const sigma = window.__atlas.sigma, graph = window.__atlas.graph;
    const canvas = sigma.getContainer().getBoundingClientRect();
    const panel = document.querySelector('.details-panel').getBoundingClientRect();
    const sheet = panel.width >= canvas.width * 0.9;
    const caption = document.querySelector('.offscreen-caption');
    const part = { left: canvas.left, top: caption ? caption.getBoundingClientRect().bottom : canvas.top, right: sheet ? canvas.right : panel.left, bottom: sheet ? panel.top : canvas.bottom };
    let dimmed = 0, drawn = 0;
    const dim = (k) => { const a = graph.getNodeAttributes(k), d = sigma.getNodeDisplayData(k); return !!d && d.color === a.dimColor && a.color !== a.dimColor; };
    sigma.getGraph().forEachNode((k) => { if (!graph.hasNode(k) || graph.getNodeAttribute(k, 'hidden')) return; drawn++; if (dim(k)) dimmed++; });
    const pair = ${JSON.stringify(pair)}.map((i) => {
      const a = graph.getNodeAttributes('a' + i);
      const p = sigma.graphToViewport({ x: a.x, y: a.y });
      return { x: canvas.left + p.x, y: canvas.top + p.y, dim: dim('a' + i) };
    });
    return { dimmed, drawn, pair, part };
  })()`);

const inside = (p: { x: number; y: number }, part: Seen['part']) => p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom;

describe.each([
  ['desktop', { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' }],
] as const)('the review list\'s pair out of view, on a %s', (name, options) => {
  let page: Page;
  let errors: string[];
  let pair: [number, number];
  let names: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, options, { userMode: true }));
    await page.goto(appUrl('?ds=wang-jialiang'));
    await waitForState(page, 'ready');
    await settled(page, 300);
    // the list's first pair, read from the list itself (opened, then closed again)
    ({ pair, names } = await reviewListFirstPair(page));
    // the user zooms into the part of the map farthest from the pair
    await zoomFarFrom(page, `a${pair[0]}`, 0.15);
    await settled(page, 300);
    // and opens the list again
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'review' })`);
    await page.getByTestId('review-panel').getByTestId('suggestion').first().waitFor();
    await settled(page, 600);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('the pair out of view: the map is not dimmed, a marker names the pair and points at it', async () => {
    expect(await fromStore(page, 's.emphasis && s.emphasis.nodes.map((n) => n.index)')).toEqual(pair);
    const now = await seen(page, pair);
    expect(now.pair.some((p) => inside(p, now.part)), 'a pair author in view: the test needs both out of it').toBe(false);
    expect(now.drawn).toBeGreaterThan(0);
    expect(now.dimmed, `${now.dimmed} of ${now.drawn} drawn nodes dimmed, nothing emphasised in view`).toBe(0);
    const marks = page.locator('.offscreen-mark');
    await marks.first().waitFor();
    const labels = await marks.evaluateAll((ms) => ms.map((m) => m.getAttribute('aria-label') ?? ''));
    // both named, on one marker or one each
    for (const n of names) expect(labels.some((l) => l.includes(n)), `${n} in ${JSON.stringify(labels)}`).toBe(true);
    for (const l of labels) expect(l).toMatch(/, out of sight: show both on the map$/);
    for (const m of await marks.evaluateAll((ms) => ms.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(m.left).toBeGreaterThanOrEqual(now.part.left - 1);
      expect(m.right).toBeLessThanOrEqual(now.part.right + 1);
      expect(m.bottom).toBeLessThanOrEqual(now.part.bottom + 1);
    }
    if (name === 'phone') await expect(page.getByTestId('offscreen-caption').textContent()).resolves.toMatch(/out of sight: tap to show/);
    await shootPage(page, `review-out-of-view-${name}-1-marked`);
  });

  it('a click (a tap) on the marker frames the pair in the part the list leaves, the rest dimmed about it', async () => {
    const mark = page.locator('.offscreen-mark').first();
    if (name === 'phone') {
      const box = (await mark.boundingBox())!;
      await tapSeen(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    } else await mark.click();
    await settled(page, 600);
    await page.locator('.offscreen-mark').first().waitFor({ state: 'detached' });
    const now = await seen(page, pair);
    for (const p of now.pair) {
      expect(inside(p, now.part), `${JSON.stringify(p)} in ${JSON.stringify(now.part)}`).toBe(true);
      expect(p.dim).toBe(false);
    }
    expect(now.dimmed).toBeGreaterThan(0);
    // the list stays open at its pair
    expect(await fromStore(page, 's.selection.kind')).toBe('review');
    await shootPage(page, `review-out-of-view-${name}-2-framed`);
    expect(errors).toEqual([]);
  });
});
