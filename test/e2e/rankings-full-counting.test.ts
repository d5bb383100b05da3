/**
 * The Rankings' order kept from one map to the next (features/network/store.ts) when it names a column the next map
 * has not: sorted by "Total link strength (full counting)" on a fractional map (the seed), then a map built with full
 * counting opened (where that column is the map's own "Total link strength"). It was sorted by something with no
 * heading marked and "Sorted by" naming another column; now the "Total link strength" heading is marked sorted, the
 * choice names it, and a line says why (rankings-columns.ts `shownSort`). Back on a fractional map the order asked
 * is there again. Screenshots (ATLAS_SCREENSHOTS=1): desktop light, phone dark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas, shootPage } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  ({ page } = await openPage(browser, { viewport: { width: 1440, height: 900 } }));
  await openAtlas(page);
  await page.waitForSelector('html[data-import-worker="ready"]', { state: 'attached' });
});

afterAll(async () => {
  await browser?.close();
});

/** Three papers: Ames writes with 2, 1 and 3 co-authors (full-counting total link strength 6), Cole with 2. */
const PAPERS = [
  '@article{a1, title={One}, author={Ames, Ann and Bell, Bo and Cole, Cy}, year=2020}',
  '@article{a2, title={Two}, author={Ames, Ann and Bell, Bo}, year=2021}',
  '@article{a3, title={Three}, author={Ames, Ann and Dunn, Di and Eze, Ed and Fox, Flo}, year=2022}',
].join('\n');

describe('Rankings sorted by a column the next map has not', () => {
  it('sorted by the full-counting total on a fractional map, then a full-counting map opened: its Total link strength is marked sorted, and a line says why', async () => {
    const table = page.getByTestId('rankings');
    await page.getByTestId('open-rankings').click();
    await table.waitFor();
    expect(await fromStore<string>(page, 'b.options.counting')).toBe('fractional');
    // smallest first: a second click on the heading
    const fullButton = table.getByRole('button', { name: 'Total link strength (full counting)', exact: true });
    await fullButton.click();
    await fullButton.click();
    expect(await table.getByRole('columnheader', { name: /Total link strength \(full counting\)/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(await table.getByTestId('rankings-sort-replaced').count()).toBe(0);
    await page.keyboard.press('Escape');
    await table.waitFor({ state: 'hidden' });

    // a map of three papers built with full counting
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-paste').fill(PAPERS);
    await page.getByLabel('Dataset name').fill('full counting');
    await page.locator('.import-options > summary').click();
    await page.getByLabel('Counting').selectOption('full');
    await page.getByTestId('import-build').click();
    await page.waitForFunction(`window.__atlas.store.getState().dataset?.name === 'full counting' || window.__atlasImport.store.getState().status === 'failed'`, undefined, { timeout: 90_000 });
    expect(await page.evaluate(`window.__atlasImport.store.getState().problem`)).toBeNull();
    expect(await fromStore<string>(page, 'b.options.counting')).toBe('full');

    await page.getByTestId('open-rankings').click();
    await table.waitFor();
    const headers = table.getByRole('columnheader');
    const sorted = await headers.evaluateAll((ths) => ths.filter((th) => th.getAttribute('aria-sort') !== 'none' && th.getAttribute('aria-sort') !== null).map((th) => [th.querySelector('button')?.getAttribute('aria-label'), th.getAttribute('aria-sort')]));
    expect(sorted, 'the heading marked sorted').toEqual([['Total link strength', 'ascending']]);
    expect(await table.locator('.rankings-sort select').inputValue(), 'the Sorted by choice').toBe('strength');
    expect(await table.getByTestId('rankings-sort-replaced').innerText()).toBe(
      'Sorted by Total link strength: with full counting (this map’s) it is the “Total link strength (full counting)” you chose on another map.',
    );
    // smallest first, as asked: Cole (2); Ames (6) last
    const names = await table.locator('tbody td.name .name-text').allInnerTexts();
    expect(names[0]).toBe('Cy Cole');
    expect(names.at(-1)).toBe('Ann Ames');
    expect(await table.locator('tbody tr').first().locator('td.col-strength').innerText()).toBe('2');
    await shootPage(page, 'rankings-full-counting-replaced-desktop-light');

    // on a phone, in the dark
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    expect(await table.getByTestId('rankings-sort-replaced').isVisible()).toBe(true);
    await shootPage(page, 'rankings-full-counting-replaced-phone-dark');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });

    // a click on a heading is a new order: the line goes
    await table.getByRole('button', { name: 'Papers', exact: true }).click();
    expect(await table.getByTestId('rankings-sort-replaced').count()).toBe(0);
  });

  it('the author card says how its total link strength is counted (a tester read a fractional 83 as wrong)', async () => {
    // the full-counting map the check above built: Ann Ames's papers give 2 + 1 + 3 co-authors
    expect(await fromStore<string>(page, 'b.options.counting')).toBe('full');
    await page.keyboard.press('Escape');
    await page.getByTestId('rankings').waitFor({ state: 'hidden' });
    const search = page.getByLabel(/Search/);
    await search.click();
    await search.pressSequentially('Ann Ames');
    await page.getByRole('option', { name: /Ann Ames/ }).first().click();
    const card = page.getByTestId('author-panel');
    await card.waitFor();
    expect(await card.getByTestId('author-strength-counting').innerText()).toBe('full counting');
    expect(await card.locator('.stats > div').nth(2).locator('dd').innerText()).toMatch(/^6\s*full counting$/);
  });
});
