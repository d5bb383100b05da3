/** Bad bundles and bad links give a clear message on screen (what file, what is wrong), never a blank page. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, openAtlas, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page } = await openPage(browser));
  page.on('request', (req) => requested.push(req.url()));
});

afterAll(async () => {
  await browser?.close();
});

async function errorFor(query: string, shot: string): Promise<string> {
  await page.goto(appUrl(query));
  await waitForState(page, 'error');
  const alert = page.getByRole('alert');
  await shootPage(page, shot);
  return (await alert.innerText()).replace(/\s+/g, ' ');
}

describe('error screens', () => {
  it('a bundle cut short says the file is damaged and names it', async () => {
    const text = await errorFor('?bundle=fixtures/truncated/bundle.json', '20-error-truncated');
    expect(text).toContain('The dataset file is damaged');
    expect(text).toContain('fixtures/truncated/bundle.json');
    expect(text).toContain('not valid JSON');
  });

  it('a bundle missing a column says which one', async () => {
    const text = await errorFor('?bundle=fixtures/missing-column/bundle.json', '21-error-schema');
    expect(text).toContain('The dataset file is not valid');
    expect(text).toContain('papers.authors is missing');
  });

  it('a bundle from a newer version asks for a newer viewer', async () => {
    const text = await errorFor('?bundle=fixtures/newer/bundle.json', '22-error-newer');
    expect(text).toContain('This dataset needs a newer viewer');
    expect(text).toContain('bundle format 99');
  });

  it('a missing bundle says it is missing and how to build it', async () => {
    const text = await errorFor('?bundle=fixtures/nothing-here/bundle.json', '23-error-missing');
    expect(text).toContain('The dataset file is missing');
    expect(text).toContain('fixtures/nothing-here/bundle.json');
    expect(text).toContain('npm run build:graph');
  });

  it('an unknown dataset id lists the ones there are', async () => {
    const text = await errorFor('?ds=no-such-dataset', '24-error-unknown-dataset');
    expect(text).toContain('There is no dataset "no-such-dataset"');
    expect(text).toContain('wang-jialiang');
  });

  it('a link to a bundle on another host is refused without fetching it', async () => {
    requested.length = 0;
    const text = await errorFor('?bundle=https://example.invalid/evil/bundle.json', '25-error-foreign');
    expect(text).toContain('only bundles on this site can be opened');
    // headed as what it is, not "The dataset file is missing" (a tester)
    expect(text).toContain('This dataset is on another site');
    expect(text).not.toContain('missing');
    expect(requested.some((u) => new URL(u).hostname === 'example.invalid')).toBe(false);
  });

  it('a link to an author this map does not have opens the map and says so, until dismissed', async () => {
    await openAtlas(page, '?bundle=fixtures/markup-title/bundle.json&author=4999');
    const authors = await page.evaluate<number>('window.__atlas.store.getState().dataset.bundle.authors.name.length');
    const note = page.getByTestId('link-note');
    expect(await note.locator('p').innerText()).toBe(
      `This link asks for author=4999 (it has ${authors} author${authors === 1 ? '' : 's'}, numbered from 0), which this map does not have: it may have been made on another version of the data.`,
    );
    expect(await page.locator('.details-panel').count()).toBe(0);
    await shootPage(page, '26-link-note');
    await note.getByRole('button', { name: 'Dismiss this note' }).click();
    await note.waitFor({ state: 'detached' });
  });

  it('a link to a co-author chain between authors this map does not have says so and leaves the address (it was silent)', async () => {
    await openAtlas(page, '?bundle=fixtures/markup-title/bundle.json&chain=1.99999');
    const authors = await page.evaluate<number>('window.__atlas.store.getState().dataset.bundle.authors.name.length');
    const note = page.getByTestId('link-note');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.locator('p').innerText()).toBe(
      `This link asks for the co-author chain chain=1.99999 (it has ${authors} author${authors === 1 ? '' : 's'}, numbered from 0), which this map does not have: it may have been made on another version of the data.`,
    );
    await page.waitForFunction('!new URL(location.href).searchParams.has("chain")');
    await note.getByRole('button', { name: 'Dismiss this note' }).click();
    await note.waitFor({ state: 'detached' });
  });

  it('a link whose who-is-who decisions are damaged opens the map and says none were applied (a tester: dropped without a word)', async () => {
    await openAtlas(page, '?names=garbage!!');
    const note = page.getByTestId('link-note');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.locator('p').innerText()).toBe('This link’s who-is-who decisions could not be read (the link may have been cut short): no merge or split from it is applied.');
    await note.getByRole('button', { name: 'Dismiss this note' }).click();
    await note.waitFor({ state: 'detached' });
  });

  it('an abstracts chunk that cannot be fetched says which file, in the card, and the rest of the card works', async () => {
    // the chunk is fetched by the abstracts worker: the route applies to its requests as to the page's
    await page.route('**/data/wang-jialiang/abstracts/*.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    try {
      await openAtlas(page, '?ds=wang-jialiang');
      const paper = await page.evaluate<number>('window.__atlas.store.getState().dataset.bundle.papers.hasAbstract.indexOf(1)');
      expect(paper).toBeGreaterThanOrEqual(0);
      await page.evaluate(`window.__atlas.store.getState().select({ kind: 'paper', index: ${paper} })`);
      const card = page.locator('.details-panel');
      await expect(card.getByText(/^Abstract unavailable: /).innerText()).resolves.toMatch(/^Abstract unavailable: wang-jialiang\/abstracts\/0\.json: not found/);
      await expect(card.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
        await page.evaluate<string>(`window.__atlas.store.getState().dataset.bundle.papers.title[${paper}]`),
      );
      await shootPage(page, '27-abstract-unavailable');
    } finally {
      await page.unroute('**/data/wang-jialiang/abstracts/*.json');
    }
  });

  it('markup in a title is shown as text and never runs', async () => {
    await openAtlas(page, '?bundle=fixtures/markup-title/bundle.json&paper=0');
    const heading = page.getByTestId('paper-panel').getByRole('heading', { level: 2 });
    expect(await heading.textContent()).toMatch(/^<img src=x onerror="window.__injected=1"><b>.+<\/b>$/);
    expect(await page.locator('.details img, .details b').count()).toBe(0);
    expect(await page.evaluate('window.__injected')).toBeUndefined();
    await shootPage(page, '27-markup-as-text');
  });
});
