/**
 * Dialogs, notices and menus behave as people expect (issue 11), on the seed as users get it (camera
 * animation on): the "Import failed" dialog closes on Escape (the failure came from a file dropped on the
 * page, with no click before it); the import notice leaves the legend, the year legend and the zoom
 * buttons uncovered; the dataset menu closes when keyboard focus moves out of it (Tab and Shift+Tab), and
 * the Export menu too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, coveredBy, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

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
});
