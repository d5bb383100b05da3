/**
 * A shared link reproduces the view (issue 11): on the seed, as users get it (camera animation on), every
 * filter and view setting set through the sidebar — minimum papers, paper nodes, co-author
 * view with a minimum link strength and "hide authors left without a link", a hidden community, size by
 * degree, the ego view (framed as its sender saw it: the whole group clear of the panel) (and, on a dated list, a year range and colour by year) — is in the URL, and that URL opened in a new page shows the same
 * authors, papers, links, sizes and colours. A filter change replaces the history entry; a selection
 * pushes one. A link of a community shown alone frames it as "Show only this one" did; a co-author chain in the
 * address survives a switch to another dataset and Back; Back and Forward give each entry the camera it was left
 * with.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, frames, fromStore, pageUrl, settled, shootPage, stepBack } from './atlas-page';
import { buildDataset } from '../../src/core/pipeline';
import { writeDataset } from '../../scripts/lib/write-dataset';
import { launchChromium, openPage, waitForState } from './browser';
import { SITE_DIR } from './global-setup';

let browser: Browser;
const DATED = '?bundle=fixtures/share-claveau/bundle.json';

beforeAll(async () => {
  // a dated list (2016–2021), served beside the app like the other fixtures
  const list = path.resolve(import.meta.dirname, '../fixtures/claveau-2016-2021.jsonl');
  writeDataset(path.join(SITE_DIR, 'fixtures/share-claveau'), buildDataset([{ name: 'claveau-2016-2021.jsonl', text: readFileSync(list, 'utf8') }], { name: 'Vincent Claveau 2016–2021' }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** What the canvas shows: visible nodes with size and colour, visible links, and the sidebar's counts. */
async function shown(page: Page): Promise<{ nodes: string[]; edges: number; counts: string; filters: string }> {
  await frames(page, 3);
  const nodes = await page.evaluate<string[]>(`(() => {
    const sigma = window.__atlas.sigma;
    return sigma.getGraph().filterNodes((n, a) => !a.hidden).map((n) => {
      const d = sigma.getNodeDisplayData(n);
      return n + ':' + d.size.toFixed(3) + ':' + d.color;
    }).sort();
  })()`);
  const edges = await page.evaluate<number>(`window.__atlas.sigma.getGraph().filterEdges((e, a) => !a.hidden).length`);
  const counts = (await page.getByTestId('visible-counts').textContent()) ?? '';
  const filters = await fromStore<string>(page, `JSON.stringify({ ...s.filters, hiddenCommunities: [...s.filters.hiddenCommunities].sort(), view: s.view, sizeBy: s.sizeBy, colorBy: s.colorBy })`);
  return { nodes, edges, counts, filters };
}

/**
 * Where the visible authors are drawn: their box on the page, and those outside the part of the canvas that
 * the details panel and the ego banner leave visible.
 */
async function framing(page: Page): Promise<{ box: { x0: number; y0: number; x1: number; y1: number }; outside: string[] }> {
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const g = window.__atlas.graph;
    const canvas = sigma.getContainer().getBoundingClientRect();
    const panel = document.querySelector('.details-panel');
    const banner = document.querySelector('.ego-banner');
    const right = panel ? panel.getBoundingClientRect().left : canvas.right;
    const top = banner ? banner.getBoundingClientRect().bottom : canvas.top;
    const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    const outside = [];
    g.forEachNode((n, a) => {
      if (a.hidden || n[0] !== 'a') return;
      const v = sigma.graphToViewport(a);
      const x = canvas.left + v.x, y = canvas.top + v.y;
      box.x0 = Math.min(box.x0, x); box.x1 = Math.max(box.x1, x);
      box.y0 = Math.min(box.y0, y); box.y1 = Math.max(box.y1, y);
      if (x < canvas.left || x > right || y < top || y > canvas.bottom) outside.push(n);
    });
    return { box, outside };
  })()`);
}

/** The map's camera (Sigma's framed coordinates: x, y across the map's box, ratio 1 the whole map). */
const camera = (page: Page) => page.evaluate<{ x: number; y: number; ratio: number; angle: number }>('window.__atlas.sigma.getCamera().getState()');

async function openFresh(url: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
  await opened.page.goto(url);
  await waitForState(opened.page, 'ready');
  return opened;
}

describe('a shared link', () => {
  it('reproduces every filter and view setting', async () => {
    const { page, errors } = await openFresh(appUrl());
    const history = () => page.evaluate<number>('history.length');

    // minimum papers: in the URL at once, without a new history entry
    const entries = await history();
    await page.getByLabel(/Authors with at least/).fill('2');
    await page.waitForFunction(`new URLSearchParams(location.search).get('min') === '2'`);
    expect(await history()).toBe(entries);
    const minTwo = await shown(page);
    const { page: second, errors: secondErrors } = await openFresh(page.url());
    expect(await shown(second)).toEqual(minTwo);
    await second.context().close();

    // the other settings
    await page.getByLabel('Show paper nodes').uncheck();
    await page.getByRole('radio', { name: 'Co-authors' }).click();
    const slider = page.getByLabel(/Links of strength at least/);
    await slider.fill('1');
    await page.getByLabel('Hide authors left without a link').check();
    await page.getByRole('radiogroup', { name: 'Size authors by' }).getByRole('radio', { name: 'Degree' }).click();
    const community = await fromStore<number>(page, 'b.communities.length - 1');
    await page.getByTestId('communities-panel').locator(`li[data-community="${community}"]`).getByRole('checkbox').uncheck();
    const all = await shown(page);
    const params = (await pageUrl(page)).searchParams;
    for (const k of ['min', 'papers', 'view', 'link', 'unlinked', 'size']) expect(params.has(k), k).toBe(true);
    expect(params.get('hide') ?? params.get('only')).toBeTruthy();
    await shootPage(page, 'share-view-sender');

    const { page: third, errors: thirdErrors } = await openFresh(page.url());
    expect(await shown(third)).toEqual(all);
    await shootPage(third, 'share-view-receiver');
    await third.context().close();

    // the ego view of a selected author: the selection pushes an entry, the ego view one more
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await page.getByTestId('ego-section').getByRole('button', { name: '2 steps' }).click();
    await page.getByTestId('ego-banner').waitFor();
    const ego = await shown(page);
    expect((await pageUrl(page)).searchParams.get('ego')).toMatch(/^\d+\.2$/);
    const banner = await page.getByTestId('ego-banner').textContent();
    await settled(page, 300);
    const egoFraming = await framing(page);
    await shootPage(page, 'share-view-ego-sender');
    const { page: fourth, errors: fourthErrors } = await openFresh(page.url());
    expect(await shown(fourth)).toEqual(ego);
    await expect(fourth.getByTestId('ego-banner').textContent()).resolves.toBe(banner);
    // framed as the sender saw it: the whole ego group, in the same place on the screen
    await settled(fourth, 300);
    await shootPage(fourth, 'share-view-ego-receiver');
    const received = await framing(fourth);
    expect(received.outside).toEqual([]);
    for (const k of ['x0', 'y0', 'x1', 'y1'] as const) expect(Math.abs(received.box[k] - egoFraming.box[k]), k).toBeLessThan(6);
    await fourth.context().close();

    // Back leaves the ego view first (a step of its own), her card still open; Back again steps to before the
    // selection: the URL then says the settings shown, not older ones
    await stepBack(page);
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    expect(await page.getByTestId('author-panel').count()).toBe(1);
    expect((await pageUrl(page)).searchParams.has('ego')).toBe(false);
    await stepBack(page);
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    const now = await shown(page);
    const { page: fifth, errors: fifthErrors } = await openFresh(page.url());
    expect(await shown(fifth)).toEqual(now);
    await fifth.context().close();

    expect([...errors, ...secondErrors, ...thirdErrors, ...fourthErrors, ...fifthErrors]).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('of a community shown alone ("Show only this one") frames it as the button did, not the whole map', async () => {
    const { page, errors } = await openFresh(appUrl());
    await settled(page, 300);
    const whole = await camera(page);
    const community = await fromStore<number>(page, 'b.communities.reduce((best, c, i, all) => (c.size > all[best].size ? i : best), 0)');
    await page.getByTestId('communities-panel').locator(`li[data-community="${community}"]`).getByRole('button', { name: /^Show only community/ }).click();
    await page.waitForFunction(`new URLSearchParams(location.search).get('only') === '${community}'`);
    await settled(page, 500);
    const sender = await camera(page);
    expect(sender.ratio).toBeLessThan(whole.ratio);
    await shootPage(page, 'share-view-only-sender');
    const { page: receiver, errors: receiverErrors } = await openFresh(page.url());
    await settled(receiver, 500);
    await shootPage(receiver, 'share-view-only-receiver');
    // the same view: the community where the sender had it on the screen, at the same zoom
    const received = await camera(receiver);
    expect(Math.abs(received.ratio / sender.ratio - 1), `ratio ${received.ratio} for ${sender.ratio}`).toBeLessThan(0.01);
    expect(Math.abs(received.x - sender.x)).toBeLessThan(0.005);
    expect(Math.abs(received.y - sender.y)).toBeLessThan(0.005);
    expect([...errors, ...receiverErrors]).toEqual([]);
    await receiver.context().close();
    await page.context().close();
  }, 240_000);

  it('keeps its co-author chain (chain=) across a switch to another dataset and Back', async () => {
    // a chain between two co-authors of Vincent Claveau on different papers (connected through him)
    const { page, errors } = await openFresh(appUrl(DATED));
    const ends = await fromStore<[number, number]>(
      page,
      `(() => { const me = b.authors.name.indexOf('Vincent Claveau'); const others = b.papers.authors.map((as) => as.find((a) => a !== me)).filter((a) => a !== undefined);
        const from = others[0]; const to = others.find((a) => a !== from && !b.papers.authors.some((as) => as.includes(from) && as.includes(a))); return [from, to]; })()`,
    );
    await page.goto(appUrl(`${DATED}&chain=${ends[0]}.${ends[1]}`));
    await waitForState(page, 'ready');
    const chain = page.getByTestId('chain');
    await chain.waitFor();
    const authors = await chain.getAttribute('data-authors');
    expect(authors!.split(',').length).toBeGreaterThanOrEqual(3);
    const withChain = (await pageUrl(page)).search;
    expect(new URLSearchParams(withChain).get('chain')).toBe(`${ends[0]}.${ends[1]}`);

    await page.getByTestId('dataset-switcher').click();
    await page.getByTestId('dataset-menu').locator('.switcher-open', { hasText: 'Wang, Jialiang' }).click();
    await page.waitForFunction(`window.__atlas.store.getState().dataset?.name === 'Wang, Jialiang — papers and co-authors' && document.documentElement.dataset.state === 'ready'`);
    expect((await pageUrl(page)).searchParams.has('chain')).toBe(false);

    await stepBack(page);
    await page.waitForFunction(`window.__atlas.store.getState().dataset?.name === 'Vincent Claveau 2016–2021' && document.documentElement.dataset.state === 'ready'`);
    // the chain traced again on its own map, and still in the address
    await chain.waitFor();
    await expect(chain.getAttribute('data-authors')).resolves.toBe(authors);
    const back = (await pageUrl(page)).searchParams;
    expect([back.get('chain'), back.get('bundle')]).toEqual([`${ends[0]}.${ends[1]}`, new URLSearchParams(withChain).get('bundle')]);
    expect(await fromStore<string | null>(page, 's.emphasis && s.emphasis.by')).toBe('chain');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('Back and Forward give each entry the camera it was left with (card A, ×, card B, then Back to before A)', async () => {
    const { page, errors } = await openFresh(appUrl());
    await settled(page, 300);
    // the user's own camera before any card: zoomed in and panned with the keys
    const canvas = page.locator('.keyboard-canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + 6, box.y + 6);
    await page.keyboard.press('Escape');
    await page.keyboard.press('+');
    await settled(page);
    await page.keyboard.press('Shift+ArrowLeft');
    await settled(page);
    const before = await camera(page);
    const names = await fromStore<string[]>(page, `['Cynthia Dwork', b.authors.name.find((n) => n !== 'Cynthia Dwork' && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(n))]`);
    const open = async (name: string) => {
      await page.getByLabel('Search authors and papers').fill(name);
      await page.getByRole('option', { name: new RegExp(`^${name}`) }).first().click();
      await page.getByTestId('author-panel').waitFor();
      await settled(page, 500);
    };
    await open(names[0]!);
    const atA = await camera(page);
    expect(atA).not.toEqual(before);
    await page.getByTestId('author-panel').getByRole('button', { name: 'Close panel' }).click();
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    await settled(page, 300);
    // the card closed by the user leaves the map where it is
    const closed = await camera(page);
    expect(closed).toEqual(atA);
    await open(names[1]!);
    expect(await camera(page)).not.toEqual(closed);

    // Back to the map after A's card was closed: the camera B was opened from
    await stepBack(page);
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    await settled(page, 500);
    expect(await camera(page)).toEqual(closed);
    // Back to A's card, then Back to the map before it: the camera the user had then, not the one B was opened from
    await stepBack(page);
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 500);
    await stepBack(page);
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    await settled(page, 500);
    await shootPage(page, 'share-view-back-before-a');
    expect(await camera(page)).toEqual(before);
    // and Forward twice: A's card, then the map as it was left after closing it
    await page.goForward();
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 500);
    await page.goForward();
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    await settled(page, 500);
    expect(await camera(page)).toEqual(closed);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('reproduces a year range and colour by year (a dated list)', async () => {
    const { page, errors } = await openFresh(appUrl(DATED));
    const from = page.getByTestId('time-panel').getByLabel('From year');
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('radio', { name: 'Mean year' }).click();
    await page.getByTestId('year-legend').waitFor();
    await page.waitForFunction(`new URLSearchParams(location.search).get('colour') === 'year' && new URLSearchParams(location.search).has('years')`);
    const sender = await shown(page);
    const { page: receiver, errors: receiverErrors } = await openFresh(page.url());
    expect(await shown(receiver)).toEqual(sender);
    await receiver.getByTestId('year-legend').waitFor();
    await shootPage(receiver, 'share-view-years-receiver');
    expect([...errors, ...receiverErrors]).toEqual([]);
    await receiver.context().close();
    await page.context().close();
  }, 240_000);
});
