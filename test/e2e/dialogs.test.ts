/**
 * Dialogs, notices and menus behave as people expect (issue 11), on the seed as users get it (camera
 * animation on): the "Import failed" dialog closes on Escape (the failure came from a file dropped on the
 * page, with no click before it); the import notice leaves the legend, the year legend and the zoom
 * buttons uncovered; the dataset menu closes when keyboard focus moves out of it (Tab and Shift+Tab), and
 * the Export menu too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { appUrl, coveredBy, openAtlas, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { sixYearsQuery } from './years-fixture';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true }));
  await page.goto(appUrl());
  await waitForState(page, 'ready');
});

afterAll(async () => {
  await browser?.close();
});

/** Drop files on the page the way a browser does: dragenter, dragover, drop with a DataTransfer holding them. */
async function dropOnPage(files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate(`(() => {
    const files = ${JSON.stringify(files)};
    const make = () => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      return dt;
    };
    const target = document.querySelector('.stage');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: make(), bubbles: true, cancelable: true }));
    }
  })()`);
}

const isOpen = () => page.evaluate<boolean>(`document.querySelector('[data-testid="import-dialog"]').open`);

describe('dialogs, notices and menus', () => {
  it('"Import failed" closes on Escape', async () => {
    await dropOnPage([{ name: 'broken-list.txt', text: ['Wang, Jialiang', 'A paper title', 'Doe, John, Smith', 'An abstract.'].join('\n') }]);
    await page.getByTestId('import-error').waitFor();
    await expect(page.getByTestId('import-dialog').getByRole('heading', { name: 'Import failed' }).count()).resolves.toBe(1);
    await shootPage(page, 'dialogs-import-failed');
    await page.keyboard.press('Escape');
    await page.getByTestId('import-error').waitFor({ state: 'detached' });
    expect(await isOpen()).toBe(false);
    // and again, after the failure was reached through the dialog's own button
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-dialog').getByText('Drop paper lists here').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(`!document.querySelector('[data-testid="import-dialog"]').open`);
  });

  it('the import notice leaves the legend and the zoom buttons uncovered', async () => {
    const seed = ['Doe, Jane', 'A first paper on graphs', 'Doe, Jane, Roe, Richard', 'An abstract.', 'A second paper on graphs', 'Doe, Jane, Poe, Edgar', 'Another abstract.'].join('\n');
    await dropOnPage([{ name: 'tiny-list.txt', text: seed }]);
    await page.waitForFunction(`(window.__atlas.store.getState().dataset || {}).name === 'tiny-list' && document.documentElement.dataset.state === 'ready'`);
    const notice = page.getByTestId('import-notice');
    await notice.hover();
    await shootPage(page, 'dialogs-import-notice');
    const covered = await coveredBy(page, '[data-testid="import-notice"]', '.legend, .year-legend, .react-sigma-controls');
    expect(covered).toEqual([]);
    await page.mouse.move(5, 300);
  });

  it('the dataset menu and the Export menu close when keyboard focus leaves them', async () => {
    const switcher = page.getByTestId('dataset-switcher');
    const menu = page.getByTestId('dataset-menu');
    await switcher.click();
    await menu.waitFor();
    // Tab through the menu's entries and out of it
    for (let i = 0; i < 20 && (await menu.count()) > 0; i++) await page.keyboard.press('Tab');
    await menu.waitFor({ state: 'detached', timeout: 5_000 });
    expect(await page.evaluate<boolean>(`!document.querySelector('.switcher').contains(document.activeElement)`)).toBe(true);
    // a click on the menu's own heading keeps it open
    await switcher.click();
    await menu.waitFor();
    await menu.getByRole('heading', { name: 'Samples' }).click();
    expect(await menu.count()).toBe(1);
    // Shift+Tab from the button, backwards out of it (out of the page)
    await switcher.focus();
    await page.keyboard.press('Shift+Tab');
    await menu.waitFor({ state: 'detached', timeout: 5_000 });

    await page.getByRole('button', { name: /Export/ }).click();
    const exportMenu = page.getByRole('menu');
    await exportMenu.waitFor();
    await page.keyboard.press('/');
    await exportMenu.waitFor({ state: 'detached', timeout: 5_000 });
    expect(errors).toEqual([]);
  });

  it('the Export menu answers the keyboard as a menu button; Escape gives the focus back to what opened a menu or panel', async () => {
    // the seed again (a test above opened a dropped list)
    await openAtlas(page, '?ds=wang-jialiang');
    // what has the focus: an Export entry by its kind, else the control's name
    const focused = () =>
      page.evaluate<string>(`(() => { const a = document.activeElement; if (!a || a === document.body) return 'BODY'; return a.getAttribute('data-export') || (a.getAttribute('aria-label') || a.textContent || '').trim(); })()`);
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    const menu = page.getByRole('menu', { name: 'Export' });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await menu.waitFor();
    expect(await focused(), 'Enter opens the menu on its first entry').toBe('png');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('svg');
    await page.keyboard.press('End');
    expect(await focused()).toBe('gephi-tables');
    await page.keyboard.press('ArrowDown');
    expect(await focused(), 'ArrowDown past the last entry wraps to the first').toBe('png');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('gephi-tables');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('png');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused(), 'Escape: back on the Export button').toBe('Export');
    await page.keyboard.press('Space');
    await menu.waitFor();
    expect(await focused(), 'Space opens it on its first entry too').toBe('png');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused()).toBe('Export');

    // the dataset switcher: Escape from inside its menu, back on its button (it was left on the page's body)
    const switcher = page.getByTestId('dataset-switcher');
    await switcher.click();
    const datasets = page.getByTestId('dataset-menu');
    await datasets.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<boolean>(`document.querySelector('[data-testid="dataset-menu"]').contains(document.activeElement)`)).toBe(true);
    await page.keyboard.press('Escape');
    await datasets.waitFor({ state: 'detached' });
    expect(await page.evaluate<boolean>(`document.activeElement === document.querySelector('[data-testid="dataset-switcher"]')`)).toBe(true);

    // Rankings: Escape, and its ×, back on "Rankings of authors"
    for (const how of ['Escape', 'the close button']) {
      await page.getByTestId('open-rankings').click();
      await page.getByTestId('rankings').waitFor();
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await page.getByRole('button', { name: 'Close rankings' }).click();
      await page.getByTestId('rankings').waitFor({ state: 'detached' });
      expect(await focused(), how).toBe('Rankings of authors');
    }
    // a card opened from a button ("Review names"), closed with Escape: back on that button
    await page.getByRole('button', { name: 'Review names' }).click();
    await page.getByTestId('review-panel').waitFor();
    await page.getByTestId('review-panel').getByRole('heading', { level: 2 }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('review-panel').waitFor({ state: 'detached' });
    await page.waitForFunction(`document.activeElement && document.activeElement.textContent.trim() === 'Review names'`);
    expect(errors).toEqual([]);
  });

  it('forced colours: the search and chain fields show their focus, the year histogram and slider track are drawn, a pressed step button is marked', async () => {
    const { page: fc, errors: fcErrors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, forcedColors: 'active' }, { userMode: true });
    await openAtlas(fc, sixYearsQuery());
    const outline = (selector: string) => fc.locator(selector).evaluate((el) => { const c = getComputedStyle(el); return c.outlineStyle === 'none' ? 0 : parseFloat(c.outlineWidth); });
    await fc.locator('.search input').focus();
    expect(await outline('.search input'), 'the search field focused').toBeGreaterThanOrEqual(2);
    const from = fc.getByTestId('path-panel').getByLabel('From');
    await from.focus();
    expect(await from.evaluate((el) => { const c = getComputedStyle(el); return c.outlineStyle === 'none' ? 0 : parseFloat(c.outlineWidth); }), 'the chain’s From focused').toBeGreaterThanOrEqual(2);
    await from.blur();
    // the histogram and the track: ink other than the panel's background across them
    const inked = async (selector: string, rows: [number, number]) => {
      const png = PNG.sync.read(await fc.locator(selector).screenshot());
      const at = (x: number, y: number) => (y * png.width + x) * 4;
      const bg = [png.data[0]!, png.data[1]!, png.data[2]!];
      let n = 0;
      for (let y = rows[0]; y < Math.min(rows[1], png.height); y++)
        for (let x = 0; x < png.width; x++) {
          const i = at(x, y);
          if (Math.abs(png.data[i]! - bg[0]!) + Math.abs(png.data[i + 1]! - bg[1]!) + Math.abs(png.data[i + 2]! - bg[2]!) > 90) n++;
        }
      return n / png.width;
    };
    await fc.locator('.year-histogram').scrollIntoViewIfNeeded();
    await shootPage(fc, 'dialogs-forced-colours-time');
    const histogram = await fc.locator('.year-histogram').boundingBox();
    expect(await inked('.year-histogram', [Math.floor(histogram!.height) - 4, Math.floor(histogram!.height)]), 'the bars at the histogram’s foot').toBeGreaterThan(0.4);
    // the track (4 px at 9 px from the slider's top), away from the thumbs
    expect(await inked('.dual-range', [10, 12]), 'the slider’s track').toBeGreaterThan(0.7);
    // the author card's "2 steps" pressed: filled, unlike "1 step"
    await fc.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: 0 })`);
    const steps = fc.getByTestId('ego-section');
    await steps.getByRole('button', { name: /^2 steps/ }).click();
    await fc.getByTestId('ego-banner').waitFor();
    expect(await steps.getByRole('button', { name: /^2 steps/ }).getAttribute('aria-pressed')).toBe('true');
    const fill = (name: RegExp) => steps.getByRole('button', { name }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await fill(/^2 steps/)).not.toBe(await fill(/^1 step/));
    const banner = fc.getByTestId('ego-banner');
    const bannerFill = (name: string) => banner.getByRole('button', { name, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bannerFill('2')).not.toBe(await bannerFill('1'));
    await shootPage(fc, 'dialogs-forced-colours-steps');
    expect(fcErrors).toEqual([]);
    await fc.context().close();
  });
});
