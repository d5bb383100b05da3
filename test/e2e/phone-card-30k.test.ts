/**
 * A prolific author's card on a phone (390×844, touch, 3× pixels) on the 30k map (acl_2016_2021_all), as users get
 * it (camera animation on):
 * - Pushpak Bhattacharyya in the co-author view (191 co-authors: 173 laid out in his own cluster, 18 in others, 2.3
 *   times as far as the 173rd and more): all 173 are framed in the strip the sheet leaves above it, as a desktop
 *   frames them beside its card. Before, the nearest 85% (163) were framed and 26 co-authors were out of view (under
 *   the sheet or beyond the edge), ten of them of his own cluster; the desktop keeps its 173. The markers of those
 *   out of sight count the co-authors whose discs' centres lie beyond the map the sheet (or card) leaves: on a phone
 *   the caption said 22 where 18 lay beyond it (4 framed at the map's top edge, under the caption, were counted).
 * - Iryna Gurevych in the papers view: her three strongest co-authors (by link strength: Nils Reimers, Andreas
 *   Rücklé, Ivan Habernal) are all named. Before, Ivan Habernal, between her disc and the canvas's left edge, had no
 *   side of his disc free and went unnamed; his name now starts at a corner of his disc's rim.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, drawnLabels, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const DESKTOP = { viewport: { width: 1440, height: 900 } };

type Camera = { x: number; y: number; ratio: number };
const camera = (page: Page) => page.evaluate<Camera>('window.__atlas.sigma.getCamera().getState()');

/** Opens the 30k map (`extra`: more of the query) as users get it (camera animation on), on `theme`. */
async function open(options: typeof PHONE | typeof DESKTOP, theme: 'light' | 'dark', extra = ''): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, { ...options, colorScheme: theme }, { userMode: true });
  await opened.page.goto(appUrl(query + extra));
  await waitForState(opened.page, 'ready', 180_000);
  await settled(opened.page, 500);
  return opened;
}

/** Chooses `name` from the search (typed, Enter) and waits until the camera's move to the card has ended. */
async function choose(page: Page, name: string): Promise<void> {
  const from = await camera(page);
  await page.getByLabel('Search authors and papers').fill(name);
  await page.locator('.search-hit[data-kind="author"]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('author-panel').getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await page.waitForFunction(
    `(() => { const c = window.__atlas.sigma.getCamera().getState(); const f = ${JSON.stringify(from)};
      return !window.__atlas.sigma.getCamera().isAnimated() && (Math.abs(c.ratio / f.ratio - 1) > 1e-6 || Math.hypot(c.x - f.x, c.y - f.y) > 1e-6 * f.ratio); })()`,
    null,
    { timeout: 60_000 },
  );
  await settled(page, 500);
}

/** The selected author's shown neighbours (co-authors in the co-author view) as drawn now: in view, under the card, beyond the canvas. */
const neighboursSeen = (page: Page) =>
  page.evaluate<{ all: number; inView: number; underCard: number; offCanvas: number }>(`(() => {
    const sigma = window.__atlas.sigma, graph = window.__atlas.graph;
    const key = 'a' + window.__atlas.store.getState().selection.index;
    const box = sigma.getContainer().getBoundingClientRect();
    const card = document.querySelector('.details-panel').getBoundingClientRect();
    const seen = [];
    graph.forEachNeighbor(key, (n, a) => {
      if (a.hidden) return;
      const v = sigma.graphToViewport(a);
      seen.push({ x: box.left + v.x, y: box.top + v.y });
    });
    const under = (p) => p.x >= card.left && p.x <= card.right && p.y >= card.top && p.y <= card.bottom;
    const off = (p) => p.x < box.left || p.x > box.right || p.y < box.top || p.y > box.bottom;
    return { all: seen.length, inView: seen.filter((p) => !under(p) && !off(p)).length, underCard: seen.filter(under).length, offCanvas: seen.filter(off).length };
  })()`);

/**
 * What the map says is out of sight (the markers' counts, and on a phone the caption's number: features/offscreen)
 * and what the user can check: the selected author's shown co-authors whose discs' centres lie outside the part of
 * the canvas the card or sheet leaves (beyond the canvas's edge or under the card).
 */
const outOfSight = (page: Page) =>
  page.evaluate<{ beyond: number; marked: number; caption: string | null }>(`(() => {
    const sigma = window.__atlas.sigma, graph = window.__atlas.graph;
    const key = 'a' + window.__atlas.store.getState().selection.index;
    const box = sigma.getContainer().getBoundingClientRect();
    const card = document.querySelector('.details-panel').getBoundingClientRect();
    const sheet = card.width >= box.width * 0.9;
    const seen = { left: box.left, top: box.top, right: sheet ? box.right : Math.min(box.right, card.left), bottom: sheet ? Math.min(box.bottom, card.top) : box.bottom };
    let beyond = 0;
    graph.forEachNeighbor(key, (n, a) => {
      if (a.hidden) return;
      const v = sigma.graphToViewport(a);
      const x = box.left + v.x, y = box.top + v.y;
      if (x < seen.left || x > seen.right || y < seen.top || y > seen.bottom) beyond++;
    });
    const marked = [...document.querySelectorAll('.offscreen-mark')].reduce((sum, m) => sum + Number(m.dataset.count), 0);
    const caption = document.querySelector('[data-testid="offscreen-caption"]');
    return { beyond, marked, caption: caption ? caption.textContent : null };
  })()`);

describe.each([
  ['phone', PHONE, 'dark'],
  ['desktop', DESKTOP, 'light'],
] as const)("Pushpak Bhattacharyya's co-author network framed with his card (30k, %s)", (size, options, theme) => {
  it('all 173 co-authors of his own cluster in view, the 18 of other clusters left out', async () => {
    const { page, errors } = await open(options, theme, '&view=coauthors');
    await choose(page, 'Pushpak Bhattacharyya');
    const seen = await neighboursSeen(page);
    await shootPage(page, `phone-card-30k-pushpak-${size}-${theme}`);
    expect(seen.all).toBe(191);
    // before, on a phone: 165 in view, 1 under the sheet, 25 beyond the edge; a desktop: 173, 0, 18
    expect(seen.inView, JSON.stringify(seen)).toBeGreaterThanOrEqual(173);
    // the markers count the co-authors the framing leaves out, as the user can count them: before, on a phone,
    // "22 co-authors out of sight" where 18 lay beyond the map (4 framed at its top edge, under the caption)
    const said = await outOfSight(page);
    expect(said.beyond).toBeGreaterThan(0);
    expect(said.marked, JSON.stringify(said)).toBe(said.beyond);
    if (size === 'phone') expect(said.caption).toBe(`${said.beyond} co-authors out of sight: tap a number to show all`);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});

describe.each(['light', 'dark'] as const)("Iryna Gurevych's card on a phone (30k, %s)", (theme) => {
  it('names her three strongest co-authors (by link strength)', async () => {
    const { page, errors } = await open(PHONE, theme);
    await choose(page, 'Iryna Gurevych');
    const top = await page.evaluate<{ key: string; name: string }[]>(`(() => {
      const s = window.__atlas.store.getState();
      const author = s.selection.index;
      const b = s.dataset.bundle;
      const { source, target, weight } = b.coauthorLinks;
      const links = [];
      for (let i = 0; i < source.length; i++) {
        if (source[i] === author) links.push([target[i], weight[i]]);
        else if (target[i] === author) links.push([source[i], weight[i]]);
      }
      links.sort((a, c) => c[1] - a[1] || a[0] - c[0]);
      return links.slice(0, 3).map(([a]) => ({ key: 'a' + a, name: b.authors.name[a] }));
    })()`);
    expect(top.map((c) => c.name)).toEqual(['Nils Reimers', 'Andreas Rücklé', 'Ivan Habernal']);
    const labels = await drawnLabels(page);
    await shootPage(page, `phone-card-30k-gurevych-${theme}`);
    const named = top.filter((c) => labels.some((l) => l.kind === 'node' && l.key === c.key && !l.dim));
    // before: Nils Reimers and Andreas Rücklé (Ivan Habernal unnamed)
    expect(named.map((c) => c.name)).toEqual(top.map((c) => c.name));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
