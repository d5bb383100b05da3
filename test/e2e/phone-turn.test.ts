/**
 * A phone turned, in real Chromium (touch, DPR 3), and the filters chip:
 * - in landscape (844×390, 740×360; light and dark) every word and control of the top bar lies inside it and a tap
 *   at its middle reaches it: the app's name over the dataset switcher's 44 px target stood out of the 56 px bar,
 *   its top cut off (a tester); the switcher's target spans the bar's height;
 * - with a filter on (a year of a six-year map, framed by its link), a turn to landscape frames the part shown for
 *   the new screen as the "fit" button frames it there, and the turn back frames it as the link did (it kept the
 *   upright framing, drawn small across the wide screen: a tester); a camera the user zoomed keeps its middle;
 * - a tap on the filters chip's words opens the drawer at the panel of its first filter (they took the tap and did
 *   nothing: a tester);
 * - an ego view (its author's card open) turned to landscape is framed whole for the new screen, and turned back
 *   framed as it was (its rings were cut by the landscape canvas, and back upright the focal author was framed
 *   alone at a close zoom, most of the rings off screen).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, settled, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { sixYearsQuery } from './years-fixture';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const PORTRAIT = { width: 390, height: 844 };
const PHONE = { isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

/** Sigma's canvas's width, once it is `width` (the page laid out for a new viewport and the map drawn at it). */
const canvasWidth = (page: Page, width: number) => page.waitForFunction(`window.__atlas.sigma.getDimensions().width === ${width}`, null, { timeout: 30_000 });

/** The camera's state now. */
const cameraNow = (page: Page) => page.evaluate<{ x: number; y: number; ratio: number; angle: number }>('window.__atlas.sigma.getCamera().getState()');

/** A turn: the viewport set to `size`, then the canvas resized, and the settle time of a resize (250 ms) well past. */
async function turn(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await canvasWidth(page, size.width);
  await page.waitForTimeout(900);
  await settled(page);
}

/** Whether two camera states frame the same (1e-6 of the map, relative for the zoom). */
const same = (a: { x: number; y: number; ratio: number }, b: { x: number; y: number; ratio: number }) =>
  Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6 && Math.abs(a.ratio / b.ratio - 1) < 1e-6;

describe.each(['light', 'dark'] as const)('the top bar of a phone turned to landscape (%s)', (theme) => {
  it('every word and control of the top bar lies inside it and takes a tap at its middle, at 844×390 and 740×360', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 844, height: 390 }, colorScheme: theme, ...PHONE });
    try {
      await page.goto(appUrl());
      await waitForState(page, 'ready');
      for (const size of [
        { width: 844, height: 390 },
        { width: 740, height: 360 },
      ]) {
        await page.setViewportSize(size);
        await canvasWidth(page, size.width);
        await settled(page, 100);
        await shootPage(page, `phone-turn-top-bar-${size.width}-${theme}`);
        const bar = await page.evaluate<{ bar: number[]; out: string[]; missed: string[]; switcher: string[] }>(`(() => {
          const bar = document.querySelector('.topbar').getBoundingClientRect();
          const name = (el) => (el.getAttribute('aria-label') || el.textContent || el.placeholder || el.className).trim().slice(0, 30);
          const shown = [...document.querySelectorAll('.topbar button, .topbar input, .topbar .brand-name, .topbar .dataset-name')].filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 2 && r.height > 2 && getComputedStyle(el).visibility !== 'hidden';
          });
          const out = shown.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.top < bar.top - 0.5 || r.bottom > bar.bottom + 0.5 || r.left < -0.5 || r.right > innerWidth + 0.5;
          }).map((el) => name(el) + ' ' + [...Object.values(el.getBoundingClientRect().toJSON())].map(Math.round).join(','));
          const missed = shown.filter((el) => el.matches('button, input')).filter((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !hit || !(hit === el || el.contains(hit));
          }).map(name);
          // the dataset switcher's target: a tap near the bar's top and near its bottom, over the app's name and under
          // the map's name, opens it
          const switcher = document.querySelector('[data-testid="dataset-switcher"]');
          const s = switcher.getBoundingClientRect();
          const heights = [bar.top + 3, bar.bottom - 3, document.querySelector('.topbar .brand-name').getBoundingClientRect().top + 8];
          const away = heights.filter((y) => {
            const hit = document.elementFromPoint(s.left + Math.min(20, s.width / 2), y);
            return !hit || !(hit === switcher || switcher.contains(hit));
          }).map((y) => 'y=' + Math.round(y));
          return { bar: [bar.top, bar.bottom], out, missed, switcher: away };
        })()`);
        expect(bar.out, `outside the top bar ${bar.bar.join('–')} at ${size.width}×${size.height}`).toEqual([]);
        expect(bar.missed, `a tap at the middle misses, at ${size.width}×${size.height}`).toEqual([]);
        expect(bar.switcher, `the dataset switcher's target at ${size.width}×${size.height}`).toEqual([]);
      }
      // the switcher opens from a tap on the app's name, its menu below the bar
      const brand = (await page.locator('.topbar .brand-name').boundingBox())!;
      await page.touchscreen.tap(brand.x + 10, brand.y + brand.height / 2);
      const menu = page.getByTestId('dataset-menu');
      await menu.waitFor();
      const barBottom = await page.evaluate<number>(`document.querySelector('.topbar').getBoundingClientRect().bottom`);
      expect((await menu.boundingBox())!.y).toBeGreaterThanOrEqual(barBottom - 1);
      await shootPage(page, `phone-turn-switcher-menu-${theme}`);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('a phone with a filter on', () => {
  it('turned, the part the filters leave is framed for the new screen, and again on the way back; a camera the user zoomed keeps its middle', async () => {
    const { page, errors } = await openPage(browser, { viewport: PORTRAIT, ...PHONE });
    try {
      await page.goto(appUrl(`${sixYearsQuery()}&years=2017`));
      await waitForState(page, 'ready');
      await settled(page, 300);
      await shootPage(page, 'phone-turn-1-portrait');
      const upright = await cameraNow(page);
      expect(await page.getByTestId('filter-chip').locator('.filter-chip-text').textContent()).toBe('2017 only');

      // turned: framed as the fit button frames the shown part on this screen
      await turn(page, { width: 844, height: 390 });
      await shootPage(page, 'phone-turn-2-landscape');
      const turned = await cameraNow(page);
      expect(same(turned, upright), 'the upright framing is not kept').toBe(false);
      await page.locator('.react-sigma-control button').nth(2).click();
      await settled(page, 100);
      const fit = await cameraNow(page);
      expect(same(turned, fit), `turned ${JSON.stringify(turned)}, fit ${JSON.stringify(fit)}`).toBe(true);

      // and back: as the link framed it
      await turn(page, PORTRAIT);
      await shootPage(page, 'phone-turn-3-portrait');
      const back = await cameraNow(page);
      expect(same(back, upright), `back ${JSON.stringify(back)}, upright ${JSON.stringify(upright)}`).toBe(true);

      // zoomed in by the user: a turn keeps the point at the canvas's middle there
      await page.locator('.react-sigma-control button').nth(0).click();
      await settled(page, 100);
      const middle = () => page.evaluate<{ x: number; y: number }>(`(() => {
        const sigma = window.__atlas.sigma;
        const { width, height } = sigma.getDimensions();
        return sigma.viewportToGraph({ x: width / 2, y: height / 2 });
      })()`);
      const zoomed = await cameraNow(page);
      const before = await middle();
      await turn(page, { width: 844, height: 390 });
      await shootPage(page, 'phone-turn-4-zoomed-landscape');
      const after = await middle();
      expect((await cameraNow(page)).ratio).toBeCloseTo(zoomed.ratio, 9);
      expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(1e-6 * Math.max(1, Math.abs(before.x), Math.abs(before.y)));
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a tap on the filters chip\'s words opens the drawer at the panel of its filter; its "clear" clears', async () => {
    const { page, errors } = await openPage(browser, { viewport: PORTRAIT, ...PHONE });
    try {
      await page.goto(appUrl(`${sixYearsQuery()}&years=2017`));
      await waitForState(page, 'ready');
      await settled(page, 300);
      // the chip's words: a tap opens the drawer at the Time panel, where the year range is set
      await page.getByTestId('filter-chip').locator('.filter-chip-text').tap();
      await page.waitForFunction('window.__atlas.store.getState().drawerOpen', null, { timeout: 5_000 });
      const panel = page.getByTestId('time-panel');
      await panel.waitFor();
      await settled(page, 300);
      await shootPage(page, 'phone-turn-5-chip-opened');
      const seen = await page.evaluate<{ panel: number; top: number; bottom: number }>(`(() => {
        const drawer = document.getElementById('sidebar').getBoundingClientRect();
        const head = document.querySelector('.drawer-head')?.getBoundingClientRect().bottom ?? drawer.top;
        return { panel: document.querySelector('[data-testid="time-panel"]').getBoundingClientRect().top, top: head, bottom: drawer.bottom };
      })()`);
      expect(seen.panel, 'the Time panel at the drawer\'s top').toBeGreaterThanOrEqual(seen.top - 2);
      expect(seen.panel).toBeLessThan(seen.top + 40);
      await page.keyboard.press('Escape');
      await page.waitForFunction('!window.__atlas.store.getState().drawerOpen', null, { timeout: 5_000 });
      // its "clear" clears, as before
      await page.getByTestId('filter-chip').getByRole('button', { name: /^Clear the filters/ }).tap();
      await page.getByTestId('filter-chip').waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('a phone in an ego view', () => {
  /** The share of the ego network's drawn nodes whose discs' centres lie in the canvas part the card leaves. */
  const inView = (page: Page) =>
    page.evaluate<{ shown: number; inside: number }>(`(() => {
      const sigma = window.__atlas.sigma;
      const { width, height } = sigma.getDimensions();
      const canvas = sigma.getContainer().getBoundingClientRect();
      const card = document.querySelector('[data-testid="author-panel"]')?.getBoundingClientRect();
      // the card: a side card beside the map in landscape, a sheet over its bottom upright
      const right = card && card.left > canvas.left + width / 2 ? card.left - canvas.left : width;
      const bottom = card && card.top > canvas.top + height / 3 ? card.top - canvas.top : height;
      let shown = 0, inside = 0;
      sigma.getGraph().forEachNode((key, a) => {
        if (a.hidden) return;
        const d = sigma.getNodeDisplayData(key);
        if (!d) return;
        shown++;
        const p = sigma.framedGraphToViewport(d);
        if (p.x >= 0 && p.x <= right && p.y >= 0 && p.y <= bottom) inside++;
      });
      return { shown, inside };
    })()`);

  it('turned, the network is framed whole for the new screen; turned back, framed as before', async () => {
    const { page, errors } = await openPage(browser, { viewport: PORTRAIT, ...PHONE });
    try {
      // the seed's Jialiang Wang: 108 co-authors one step away
      await page.goto(appUrl('?author=4&ego=4.1'));
      await waitForState(page, 'ready');
      await page.getByTestId('author-panel').waitFor();
      await settled(page, 300);
      const upright = await cameraNow(page);
      const first = await inView(page);
      expect(first.shown).toBeGreaterThan(100);
      expect(first.inside, 'upright, as the link framed it').toBe(first.shown);

      await turn(page, { width: 844, height: 390 });
      await shootPage(page, 'phone-turn-6-ego-landscape');
      const turned = await inView(page);
      expect(turned.inside, `in landscape, ${turned.inside} of ${turned.shown} in the part of the map the card leaves`).toBe(turned.shown);

      await turn(page, PORTRAIT);
      await shootPage(page, 'phone-turn-7-ego-portrait');
      const back = await cameraNow(page);
      expect(same(back, upright), `back ${JSON.stringify(back)}, upright ${JSON.stringify(upright)}`).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
