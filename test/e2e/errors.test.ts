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

  it('a feature chunk gone after a redeploy (its JS, or its CSS) says the page is out of date with Reload, never a blank page, and Reload brings it back', async () => {
    // a page older than the site: the chunk files its index.html names are gone (404) from the updated site
    const gone = ['**/assets/CommunityCard-*.js', '**/assets/TimePanel-*.css'];
    const asked: string[] = [];
    for (const glob of gone)
      await page.route(glob, (route) => {
        asked.push(new URL(route.request().url()).pathname.replace(/^.*\//, ''));
        return route.fulfill({ status: 404, body: 'gone' });
      });
    let loads = 0;
    const countLoad = () => loads++;
    page.on('load', countLoad);
    const words = 'This page is out of date: the site was updated since it opened.';
    try {
      await openAtlas(page, '?ds=wang-jialiang');
      // both files were asked for (the features load once the first frame is drawn) and both failed
      expect(asked.some((f) => /^CommunityCard-.*\.js$/.test(f))).toBe(true);
      expect(asked.some((f) => /^TimePanel-.*\.css$/.test(f))).toBe(true);
      // said at once, page-wide, with Reload
      const notice = page.getByTestId('site-updated');
      await notice.waitFor();
      expect((await notice.innerText()).replace(/\s+/g, ' ')).toContain(words);
      expect(await notice.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
      // the panel whose stylesheet is gone says so in its place (not "Try again": the site would answer 404 again)
      const time = page.locator('.sidebar').getByTestId('site-updated-note');
      await time.waitFor();
      expect((await time.innerText()).replace(/\s+/g, ' ')).toBe(`Time: ${words} Reload`);
      expect(await page.getByTestId('panel-failed').count()).toBe(0);
      // the rest works: the map, the communities list; the card whose code is gone says so when opened
      await page.locator('.community-name').first().click();
      const card = page.locator('.details-panel[data-testid="site-updated-note"]');
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('Out of date');
      expect(await card.getByRole('alert').innerText()).toBe(words);
      expect(await card.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
      await shootPage(page, '28-site-updated');
      // nothing reloads by itself (a stale index.html from a cache would reload forever)
      await page.waitForTimeout(1500);
      expect(loads).toBe(1);
      // the reader's Reload gets the updated site: the files are there again, the card opens, no notice
      for (const glob of gone) await page.unroute(glob);
      await notice.getByRole('button', { name: 'Reload' }).click();
      await waitForState(page, 'ready');
      expect(loads).toBe(2);
      await page.locator('.community-name').first().click();
      await page.getByTestId('community-card').waitFor();
      expect(await page.getByText(words).count()).toBe(0);
      expect(await page.getByTestId('site-updated').count()).toBe(0);
    } finally {
      page.off('load', countLoad);
      for (const glob of gone) await page.unroute(glob);
    }
  });

  it("a worker's script gone after a redeploy (the name checks' worker) says the page is out of date with Reload, and the names' check says why it could not run", async () => {
    // the insights worker (the name checks, an author card's "several people" check) is started by the page itself
    // once the map is drawn; a page open across a redeploy asks for a worker file the site no longer has
    const glob = '**/assets/insights-worker-*.js';
    let asked = 0;
    await page.route(glob, (route) => {
      asked++;
      return route.fulfill({ status: 404, body: 'gone' });
    });
    try {
      await openAtlas(page, '?ds=wang-jialiang');
      const notice = page.getByTestId('site-updated');
      await notice.waitFor({ timeout: 60_000 });
      expect(asked).toBeGreaterThan(0);
      expect((await notice.innerText()).replace(/\s+/g, ' ')).toContain('This page is out of date: the site was updated since it opened.');
      expect(await notice.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
      // the who-is-who panel says why the names could not be checked (not "the worker stopped")
      const status = page.locator('.sidebar').getByText(/^The names could not be checked/);
      await status.waitFor({ timeout: 60_000 });
      expect(await status.innerText()).toBe('The names could not be checked: its code could not be loaded (the site was updated since this page opened): reload the page');
      // the map and the cards work: Jialiang Wang's card opens
      await page.evaluate(`(() => { const s = window.__atlas.store.getState(); s.select({ kind: 'author', index: s.dataset.bundle.authors.name.indexOf('Jialiang Wang') }); })()`);
      expect(await page.locator('.details-panel').getByRole('heading', { level: 2 }).innerText()).toBe('Jialiang Wang');
      await shootPage(page, '28c-worker-gone');
    } finally {
      await page.unroute(glob);
    }
  });

  it('the notice can be closed and the parts that loaded keep working', async () => {
    await page.route('**/assets/PathPanel-*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
    try {
      await openAtlas(page, '?ds=wang-jialiang');
      const notice = page.getByTestId('site-updated');
      await notice.waitFor();
      await notice.getByRole('button', { name: /^Dismiss/ }).click();
      await notice.waitFor({ state: 'detached' });
      // the chain panel's place still says why it is missing
      expect(await page.locator('.sidebar').getByTestId('site-updated-note').innerText()).toContain('Co-author chain');
      await page.locator('.community-name').first().click();
      await page.getByTestId('community-card').waitFor();
    } finally {
      await page.unroute('**/assets/PathPanel-*.js');
    }
  });

  it('offline, a card whose code could not be fetched says the browser was offline (not that the site was updated), and Reload once connected brings it', async () => {
    const glob = '**/assets/CommunityCard-*.js';
    // the connection drops while the page fetches the card's code (asked for once the first frame is drawn): the
    // request is held until the page says it is offline (navigator.onLine false, as a browser says it), then fails as a
    // dropped connection does. (The browser's own offline mode also failed the other chunks fetched at that moment,
    // the list of communities among them, at random: a CI run)
    let dropped = () => {};
    const offline = new Promise<void>((resolve) => (dropped = resolve));
    let asked = () => {};
    const askedFor = new Promise<void>((resolve) => (asked = resolve));
    await page.route(glob, async (route) => {
      asked();
      await offline;
      await route.abort('internetdisconnected');
    });
    try {
      await page.goto(appUrl('?ds=wang-jialiang'));
      await askedFor;
      await page.evaluate(`Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false }); window.dispatchEvent(new Event('offline'))`);
      dropped();
      await waitForState(page, 'ready');
      expect(await page.evaluate<boolean>('navigator.onLine')).toBe(false);
      await page.locator('.community-name').first().click();
      const words = 'Part of this page could not be loaded: the browser was offline. Reload once connected.';
      const card = page.locator('.details-panel[data-testid="site-updated-note"]');
      await card.waitFor();
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('Could not be loaded');
      expect(await card.getByRole('alert').innerText()).toBe(words);
      const notice = page.getByTestId('site-updated');
      expect((await notice.innerText()).replace(/\s+/g, ' ')).toContain(words);
      expect(await page.getByText('This page is out of date').count()).toBe(0);
      await shootPage(page, '28b-offline');
      // connected again: Reload (a new page: online), and the card opens
      await page.unroute(glob);
      await notice.getByRole('button', { name: 'Reload' }).click();
      await waitForState(page, 'ready');
      await page.locator('.community-name').first().click();
      await page.getByTestId('community-card').waitFor();
      expect(await page.getByTestId('site-updated').count()).toBe(0);
    } finally {
      await page.unroute(glob);
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
