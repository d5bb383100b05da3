/**
 * A filtered view of the 30k map (acl_2016_2021_all) is readable, as users get it (camera animation on):
 * - 2021 papers at "Findings of the ACL: ACL-IJCNLP 2021" (1,754 authors over the whole map), opened from a link and
 *   set on the page: its authors' discs at least READABLE_PX in radius (median of those drawn on screen) and many of
 *   them named. Before, discs kept the overview's 1.5 px and one author was named (a tester).
 * - the same with one community alone (`only=2`, ~200 authors), desktop light and phone dark: named at the framing
 *   and more named after three clicks on "Zoom in". Before, no author was named, even zoomed in (a community alone kept
 *   its discs' overview size at every zoom: graph/shown-size.ts).
 * - the unfiltered map keeps Sigma's √ growth of discs with the zoom (the overview drawn as before).
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

/** "Findings of the Association for Computational Linguistics: ACL-IJCNLP 2021" in the served bundle. */
const FINDINGS_2021 = 247;
/** A disc this large (radius, CSS px) reads as one: twice the overview's one-paper authors (1.5 px). */
const READABLE_PX = 3;

const DESKTOP = { viewport: { width: 1440, height: 900 }, colorScheme: 'light' as const };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' as const };

/** What the canvas shows now: authors drawn on screen, their median drawn radius (px), and the authors named. */
async function seen(page: Page): Promise<{ drawn: number; medianPx: number; named: number; shown: number }> {
  const drawn = await page.evaluate(() => {
    const atlas = window.__atlas!;
    const sigma = atlas.sigma!;
    const { width, height } = sigma.getDimensions();
    const radii: number[] = [];
    sigma.getGraph().forEachNode((key) => {
      if (!key.startsWith('a')) return;
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) return;
      radii.push(atlas.drawnRadius(d.size));
    });
    radii.sort((a, b) => a - b);
    const shown = (atlas.store.getState() as { visibility: { authorCount: number } }).visibility.authorCount;
    return { drawn: radii.length, medianPx: radii[radii.length >> 1] ?? 0, shown };
  });
  const named = (await drawnLabels(page)).filter((l) => l.kind === 'node' && l.key.startsWith('a')).length;
  return { ...drawn, named };
}

async function open(options: typeof DESKTOP | typeof PHONE, filters: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, options, { userMode: true });
  await opened.page.goto(appUrl(`${query}${filters}`));
  await waitForState(opened.page, 'ready', 180_000);
  await settled(opened.page, 800);
  return opened;
}

const FILTERS = `&years=2021&venues=${FINDINGS_2021}`;

describe('a filtered view of the 30k map', () => {
  it('a year and a venue, opened from a link: readable discs, many authors named', async () => {
    const { page, errors } = await open(DESKTOP, FILTERS);
    const s = await seen(page);
    await shootPage(page, 'filtered-30k-venue-desktop-light');
    expect(s.shown).toBeGreaterThan(1000);
    expect(s.drawn).toBeGreaterThan(200);
    expect(s.medianPx).toBeGreaterThanOrEqual(READABLE_PX);
    expect(s.named).toBeGreaterThanOrEqual(20);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('the same filters set on the page draw the same discs', async () => {
    const { page, errors } = await open(DESKTOP, '');
    const whole = await page.evaluate(() => window.__atlas!.sigma!.getSetting('zoomToSizeRatioFunction') === Math.sqrt);
    expect(whole).toBe(true);
    await page.evaluate((venue) => {
      const store = window.__atlas!.store.getState() as { setYearRange(y: [number, number]): void; setVenues(v: number[]): void };
      store.setYearRange([2021, 2021]);
      store.setVenues([venue]);
    }, FINDINGS_2021);
    await settled(page, 800);
    const s = await seen(page);
    expect(s.medianPx).toBeGreaterThanOrEqual(READABLE_PX);
    expect(s.named).toBeGreaterThanOrEqual(20);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('a community alone from a link, on a desktop: the chip over the map says so and clears it (it had no word there)', async () => {
    const { page, errors } = await open(DESKTOP, '&only=4');
    const chip = page.getByTestId('filter-chip');
    const box = await chip.boundingBox();
    expect(box && box.width > 40 && box.height > 20, 'the chip drawn').toBe(true);
    expect(await chip.locator('.filter-chip-text').textContent()).toMatch(/ only$/);
    const total = await page.evaluate<number>('window.__atlas.store.getState().dataset.bundle.authors.name.length');
    expect(await page.evaluate<number>('[...window.__atlas.store.getState().visibility.author].filter((v) => v === 1).length')).toBeLessThan(total / 4);
    await chip.getByRole('button', { name: /Clear the filters/ }).click();
    await chip.waitFor({ state: 'detached' });
    expect(await page.evaluate<number>('[...window.__atlas.store.getState().visibility.author].filter((v) => v === 1).length')).toBe(total);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  for (const [name, options, least] of [
    ['desktop-light', DESKTOP, 20],
    ['phone-dark', PHONE, 6],
  ] as const) {
    it(`one community alone too (${name}): authors named at its framing, more zoomed in`, async () => {
      const { page, errors } = await open(options, `${FILTERS}&only=2`);
      const framed = await seen(page);
      await shootPage(page, `filtered-30k-only-${name}`);
      expect(framed.shown).toBeGreaterThan(100);
      expect(framed.shown).toBeLessThan(400);
      expect(framed.medianPx).toBeGreaterThanOrEqual(READABLE_PX);
      expect(framed.named).toBeGreaterThanOrEqual(least);
      for (let i = 0; i < 3; i++) {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await settled(page, 300);
      }
      await settled(page, 800);
      const zoomed = await seen(page);
      await shootPage(page, `filtered-30k-only-${name}-zoomed`);
      expect(zoomed.medianPx).toBeGreaterThan(framed.medianPx);
      // most authors still on screen named
      expect(zoomed.named).toBeGreaterThanOrEqual(Math.min(least, zoomed.drawn / 2));
      expect(errors).toEqual([]);
      await page.context().close();
    }, 300_000);
  }
});
