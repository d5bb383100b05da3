/**
 * A desktop window between the phone layout and a wide screen (821–1280 px), on the seed, light and dark (the
 * system theme switched under the open page):
 * - The top bar (a tester at 1024x700: the search field was 48 px wide, its typed text unseen, and "New map" ended
 *   at x = 1121, past the window): at 821, 900, 1024, 1120, 1180 and 1280 px the search keeps a usable width and
 *   every control lies inside the window, on one row; the counts go first, then Export, Import and New map keep
 *   only their icons (their names still read out); at 820 px and below the phone layout is as it was, the dataset's
 *   name read whole (on two lines) at 820 px.
 * - Rankings (a tester: an author chosen in the table ended up in a ~60 px strip between the table and the card):
 *   at 1280 px a row's author is drawn in the map between the narrowed table (rank, name, the sorted column; no
 *   sideways scrolling) and the card; closing the card brings the whole table back; at 1024 px, where even the
 *   narrowed table would leave too little map, choosing an author closes the table and the author is drawn in the
 *   middle of the map left of the card.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, settled, shootElement, shootPage, switchTheme } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1280, height: 700 }, colorScheme: 'light' }, { userMode: true }));
  await page.goto(appUrl());
  await waitForState(page, 'ready');
});

afterAll(async () => {
  await browser?.close();
});

async function resize(width: number, height = 700): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(`window.innerWidth === ${width} && window.innerHeight === ${height}`);
  await settled(page, 200);
}

interface Bar {
  search: number;
  height: number;
  /** Each control shown in the top bar: its accessible name (or text) and its left and right edges. */
  controls: { name: string; left: number; right: number; top: number }[];
  stats: boolean;
}

const topBar = (p: Page) =>
  p.evaluate<Bar>(`(() => {
    const bar = document.querySelector('header.topbar');
    const controls = [...bar.querySelectorAll('button, input')]
      .filter((el) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') || el.textContent.trim(), left: r.left, right: r.right, top: r.top };
      });
    const stats = bar.querySelector('.stats-line');
    return {
      search: bar.querySelector('.search input').getBoundingClientRect().width,
      height: bar.getBoundingClientRect().height,
      controls,
      stats: !!stats && stats.getBoundingClientRect().width > 0,
    };
  })()`);

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  it('the top bar: a usable search and every control inside the window from 821 to 1280 px; the phone layout below', async () => {
    await resize(1280);
    await switchTheme(page, theme);
    for (const width of [821, 900, 1024, 1120, 1180, 1280]) {
      await resize(width);
      const bar = await topBar(page);
      await shootElement(page.locator('header.topbar'), `narrow-desktop-topbar-${width}-${theme}`);
      expect(bar.search, `search at ${width} px`).toBeGreaterThanOrEqual(200);
      expect(bar.height, `one row at ${width} px`).toBe(56);
      for (const c of bar.controls) {
        expect(c.left, `${c.name} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(c.right, `${c.name} at ${width} px`).toBeLessThanOrEqual(width);
      }
      // each button still has its name for a screen reader (icon-only below 1000 px)
      for (const name of ['Export', 'Import a paper list', 'New map from OpenAlex']) {
        expect(await page.locator('header.topbar').getByRole('button', { name, exact: true }).count(), `${name} at ${width} px`).toBe(1);
      }
    }
    // the counts are read in the search's placeholder and the filters' "Showing …"; they come back on a wide window
    await resize(1440);
    expect((await topBar(page)).stats).toBe(true);
    // the phone layout as it was: a menu button, the search across the width under the name at 390 px
    await resize(820);
    const tablet = await topBar(page);
    expect(tablet.controls.some((c) => c.name.startsWith('Open filters'))).toBe(true);
    for (const c of tablet.controls) expect(c.right).toBeLessThanOrEqual(820);
    // the dataset's name read whole under the app's name, on one row still (it read "Wang, Jialiang — p…")
    expect(tablet.height).toBe(56);
    expect(tablet.search, 'search at 820 px').toBeGreaterThanOrEqual(160);
    const name = await page.evaluate<{ text: string; cut: boolean; bottom: number }>(`(() => {
      const el = document.querySelector('.topbar .dataset-name');
      return { text: el.textContent, cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1, bottom: el.getBoundingClientRect().bottom };
    })()`);
    expect(name.text).toBe('Wang, Jialiang — papers and co-authors');
    expect(name.cut, 'the name whole at 820 px').toBe(false);
    expect(name.bottom, 'inside the top bar').toBeLessThanOrEqual(56);
    await shootElement(page.locator('header.topbar'), `narrow-desktop-topbar-820-${theme}`);
    await resize(390, 844);
    const phone = await topBar(page);
    expect(phone.height).toBe(98);
    expect(phone.search).toBeGreaterThan(300);
    await shootElement(page.locator('header.topbar'), `narrow-desktop-topbar-390-${theme}`);
    await resize(1280);
    expect(errors).toEqual([]);
  });

  it('Rankings: a row chosen at 1280 px shows its author between the narrowed table and the card; at 1024 px the table closes', async () => {
    await resize(1280);
    const closeCard = async () => {
      await page.getByTestId('author-panel').getByRole('button', { name: 'Close panel' }).first().click();
      await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    };
    const where = (key: string) =>
      page.evaluate<{ x: number; y: number }>(`(() => {
        const sigma = window.__atlas.sigma;
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(${JSON.stringify(key)}));
        const box = sigma.getContainer().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      })()`);
    await page.getByTestId('open-rankings').click();
    const table = page.getByTestId('rankings');
    await table.waitFor();
    const wide = (await table.boundingBox())!;
    const row = table.locator('tbody tr').nth(1);
    const author = Number(await row.getAttribute('data-author'));
    await row.locator('td.num').nth(1).click();
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 300);
    await page.mouse.move(1, 699);
    await shootPage(page, `narrow-desktop-rankings-1280-${theme}`);
    // the table narrowed: rank, name and papers (the sorted column), nothing scrolls sideways
    const narrow = (await table.boundingBox())!;
    expect(narrow.width).toBeLessThan(wide.width);
    expect(await table.locator('thead th').evaluateAll((ths) => ths.filter((th) => th.getBoundingClientRect().width > 0).length)).toBe(3);
    expect(await table.locator('.rankings-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    // its other columns' headings are gone: the sort is chosen in "Sorted by", the column shown follows it
    const sorted = table.getByLabel('Sorted by');
    await sorted.selectOption('coauthors');
    await expect(table.getByRole('columnheader', { name: /Co-auth/ }).getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await table.locator('thead th').evaluateAll((ths) => ths.filter((th) => th.getBoundingClientRect().width > 0).length)).toBe(3);
    await sorted.selectOption('papers');
    // the author in the map between the two, with room around it
    const card = (await page.locator('.details-panel').boundingBox())!;
    const strip = card.x - (narrow.x + narrow.width);
    expect(strip).toBeGreaterThanOrEqual(240);
    const at = await where(`a${author}`);
    expect(at.x, 'right of the table').toBeGreaterThan(narrow.x + narrow.width + 8);
    expect(at.x, 'left of the card').toBeLessThan(card.x - 8);
    // the card closed: the whole table again
    await closeCard();
    expect((await table.boundingBox())!.width).toBe(wide.width);

    // 1024 px: the table closes on a choice, the author drawn in the middle of the map left of the card
    await resize(1024);
    const next = table.locator('tbody tr').nth(2);
    const other = Number(await next.getAttribute('data-author'));
    await next.locator('td.num').nth(1).click();
    await page.getByTestId('author-panel').waitFor();
    await table.waitFor({ state: 'detached' });
    await settled(page, 300);
    await page.mouse.move(1, 699);
    await shootPage(page, `narrow-desktop-rankings-1024-${theme}`);
    const canvas = (await page.locator('.atlas-canvas').boundingBox())!;
    const card2 = (await page.locator('.details-panel').boundingBox())!;
    const at2 = await where(`a${other}`);
    expect(at2.x, 'on the map').toBeGreaterThan(canvas.x + 8);
    expect(at2.x, 'left of the card').toBeLessThan(card2.x - 8);
    await closeCard();
    await resize(1280);
    expect(errors).toEqual([]);
  });
});
