/**
 * The ego view entered from a phone's card, and the card's and the review list's heads (390×844, touch, 3× pixels,
 * dark, on the seed map), as tester K found them on the 30k map:
 * - "1 step" tapped with the sheet at the whole screen left it there, the filtered map unseen: the sheet goes down to
 *   its peek, the network framed above it;
 * - the banner's count wrapped onto a second line starting with its "·": the dot is drawn only between the name and
 *   the count, clipped when the count starts a line;
 * - the card's body scrolled under its header with nothing between them: a separator once it is scrolled;
 * - the review list's long intro put the first pair below the fold: its how-to is folded under a summary.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, settled } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;
const opened: Page[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(async () => {
  for (const page of opened.splice(0)) await page.context().close();
});
afterAll(async () => {
  await browser?.close();
});

async function phone(query = ''): Promise<Page> {
  const o = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark', hasTouch: true, isMobile: true, deviceScaleFactor: 3 }, { userMode: true });
  opened.push(o.page);
  await o.page.goto(appUrl(query));
  await waitForState(o.page, 'ready');
  await settled(o.page, 300);
  return o.page;
}

describe('a phone: the ego view from the card, the sheet and the review heads', () => {
  it('lowers the sheet to its peek for "1 step", the banner count wraps without a leading dot, the scrolled header has a separator', async () => {
    const page = await phone();
    await page.locator('.search input').fill('Jialiang Wang');
    await page.locator('.search-hit[data-kind="author"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 500);
    // half → the whole screen
    await page.locator('.sheet-handle').tap();
    await expect.poll(() => page.evaluate('document.documentElement.dataset.sheet')).toBe('full');
    await settled(page, 400);

    // scrolled: the header has a separator (none at the top)
    const separator = `getComputedStyle(document.querySelector('.details-panel .panel-header')).borderBottomColor`;
    const atTop = await page.evaluate<string>(separator);
    await page.evaluate(`document.querySelector('.details-panel .panel-body').scrollTop = 300`);
    await expect.poll(() => page.evaluate<string>(separator)).not.toBe(atTop);
    expect(await page.evaluate<string>(separator)).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    await page.evaluate(`document.querySelector('.details-panel .panel-body').scrollTop = 0`);
    await expect.poll(() => page.evaluate<string>(separator)).toBe(atTop);

    await page.getByRole('button', { name: '1 step', exact: true }).tap();
    await page.getByTestId('ego-banner').waitFor();
    await expect.poll(() => page.evaluate('document.documentElement.dataset.sheet')).toBe('peek');
    const sheetTop = await page.evaluate<number>(`document.querySelector('.details').getBoundingClientRect().top`);
    expect(sheetTop, 'the sheet leaves most of the map').toBeGreaterThan(844 * 0.6);
    // the network framed above the sheet: the ego author's disc in the map it leaves
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()', null, { timeout: 30_000 });
    await settled(page, 500);
    const at = await page.evaluate<{ x: number; y: number }>(
      `(() => { const s = window.__atlas.sigma; const i = window.__atlas.store.getState().filters.ego.author; return s.graphToViewport(s.getNodeDisplayData('a' + i)); })()`,
    );
    const canvasTop = await page.evaluate<number>(`window.__atlas.sigma.getContainer().getBoundingClientRect().top`);
    expect(at.y + canvasTop, 'the ego author above the sheet').toBeLessThan(sheetTop);

    // the count's "·" is drawn by the stylesheet; where the count starts a line it lies left of the box, clipped
    const banner = await page.evaluate<{ dot: string; text: string; wrapped: boolean; left: number; box: number }>(`(() => {
      const count = document.querySelector('.ego-banner .ego-count');
      const name = document.querySelector('.ego-banner .ego-name');
      const what = document.querySelector('.ego-banner .ego-what');
      return { dot: getComputedStyle(count, '::before').content, text: count.textContent, wrapped: count.getBoundingClientRect().top > name.getBoundingClientRect().top + 4,
        left: count.getBoundingClientRect().left, box: what.getBoundingClientRect().left };
    })()`);
    expect(banner.text).toMatch(/^\d[\d,]* others$/);
    expect(banner.dot).toBe('"·"');
    if (banner.wrapped) expect(banner.left, 'the dot of a count on a line of its own is clipped').toBeLessThan(banner.box);
  });

  it('folds the review list\'s how-to, the first pair in view as it opens', async () => {
    const page = await phone('?review=names');
    await page.getByTestId('review-panel').waitFor();
    await page.getByTestId('suggestion').first().waitFor({ timeout: 60_000 });
    await settled(page, 500);
    const how = page.getByTestId('review-how');
    expect(await page.evaluate<boolean>(`document.querySelector('[data-testid="review-how"]').open`)).toBe(false);
    expect(await how.textContent()).toContain('Accept the ones that are one person');
    const pair = await page.getByTestId('suggestion').first().locator('.sp-pair').boundingBox();
    expect(pair!.y + pair!.height, 'the first pair\'s names above the fold').toBeLessThanOrEqual(844);
  });
});
