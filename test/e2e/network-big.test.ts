/**
 * Rankings and betweenness on the 30k map (acl_2016_2021_all), as users get it (camera animation on), issue
 * 11 item 9: the table's top row by papers is the author with most papers in the bundle, a click selects
 * them and opens their card; betweenness is computed in the worker (sampled here: the README says how) while
 * the page stays usable, then the table sorts by it and author sizes follow it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, settled, shootPage } from './atlas-page';
import { BIG_BUNDLE_TIMEOUT, servedBundle } from './big-bundles';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const query = servedBundle('acl_2016_2021_all');
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true }));
  await page.goto(appUrl(query));
  await waitForState(page, 'ready', 180_000);
}, BIG_BUNDLE_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

const firstRowName = (p: Page) => p.getByTestId('rankings').locator('tbody tr').first().locator('td.name').textContent();

describe('rankings on the 30k map', () => {
  it('top row by papers is the most prolific author; a click selects them and opens the card', async () => {
    await page.getByTestId('open-rankings').click();
    const table = page.getByTestId('rankings');
    await table.waitFor();
    const most = await fromStore<string>(page, `b.authors.name[b.authors.paperCount.reduce((best, n, i, a) => (n > a[best] ? i : best), 0)]`);
    await expect(firstRowName(page)).resolves.toBe(most);
    // paged: the whole map is ranked, 50 rows at a time
    const authors = await fromStore<number>(page, 'b.authors.name.length');
    await expect(page.getByTestId('rankings-range').textContent()).resolves.toBe(`1–50 of ${authors.toLocaleString('en')}`);
    expect(await table.locator('tbody tr').count()).toBe(50);

    await table.locator('tbody tr').first().click();
    await expect(page.getByTestId('author-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toBe(most);
    expect(new URL(page.url()).searchParams.get('author')).toBe(String(await fromStore<number>(page, `b.authors.name.indexOf(${JSON.stringify(most)})`)));
  });

  it('betweenness is computed in a worker (sampled, said so) while the page answers; then it sorts and sizes', async () => {
    const status = page.getByTestId('rankings').getByTestId('betweenness-status');
    // the page answers while the worker computes: the search box takes text and finds
    const computing = await fromStore<string>(page, 's.betweenness.status');
    if (computing === 'computing') {
      await page.getByLabel('Search authors and papers').fill('Graham Neubig');
      await page.getByRole('option', { name: /Graham Neubig/ }).first().waitFor({ timeout: 10_000 });
      await page.getByLabel('Search authors and papers').fill('');
    }
    await page.waitForFunction(`window.__atlas.store.getState().betweenness.status === 'done'`, null, { timeout: 300_000 });
    await expect(status.getAttribute('data-method')).resolves.toBe('sampled');
    await expect(status.textContent()).resolves.toMatch(/estimated from shortest paths out of 1,000 sampled authors of [\d,]+/);

    await page.getByTestId('rankings').getByRole('button', { name: 'Betweenness' }).click();
    const top = await fromStore<string>(page, `(() => { const v = s.betweenness.values; let i = 0; v.forEach((x, k) => { if (x > v[i]) i = k; }); return b.authors.name[i]; })()`);
    await expect(firstRowName(page)).resolves.toBe(top);
    await page.waitForTimeout(500);
    await shootPage(page, 'network-big-rankings-betweenness');

    await page.getByRole('radiogroup', { name: 'Size authors by' }).getByRole('radio', { name: 'Betweenness' }).click();
    // the whole map (the row clicked above framed one author): the level of detail draws the largest discs first
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 600);
    await shootPage(page, 'network-big-size-betweenness');
    const largest = await page.evaluate(`(() => {
      const s = window.__atlas.store.getState();
      const g = window.__atlas.sigma.getGraph();
      return g.getNodeAttribute('a' + s.betweenness.values.indexOf(Math.max(...s.betweenness.values)), 'size');
    })()`);
    const maxSize = await page.evaluate(`(() => { let m = 0; window.__atlas.sigma.getGraph().forEachNode((n, a) => { if (a.kind === 'author' && !a.focal) m = Math.max(m, a.size); }); return m; })()`);
    expect(largest).toBe(maxSize);
    expect(errors).toEqual([]);
  });
});
