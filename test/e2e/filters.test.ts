/**
 * Filters and views: hiding a community takes its nodes off the canvas (pixels) and out of search;
 * the co-author view shows authors only; minimum papers per author; dark theme and narrow screens.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countColor, frames, fromStore, openAtlas, pageUrl, shootCanvas, shootPage, stepBack } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  ({ page } = await openPage(browser));
  await openAtlas(page);
});

afterAll(async () => {
  await browser?.close();
});

/** The colour the canvas uses for community `id`'s authors (read from the drawn graph). */
async function communityColor(id: number): Promise<string> {
  return page.evaluate(`(() => {
    const g = window.__atlas.sigma.getGraph();
    return g.getNodeAttribute(g.findNode((n, a) => a.kind === 'author' && a.community === ${id} && !a.focal), 'color');
  })()`);
}

async function searchResults(query: string): Promise<string[]> {
  const search = page.getByLabel('Search authors and papers');
  await search.fill(query);
  const list = page.getByRole('listbox', { name: 'Search results' });
  await list.waitFor();
  const options = await page.getByRole('option').allTextContents();
  // an empty result says so
  if (options.length === 0) expect(await list.textContent()).toContain('No visible author or paper matches');
  await search.fill('');
  return options;
}

describe('filters', () => {
  it('hiding a community removes its nodes from the canvas and from search results', async () => {
    // the community of Polyak, Adam (the large Movie Gen author group)
    const name = 'Adam Polyak';
    const community = await fromStore<number>(page, `b.authors.community[b.authors.name.indexOf(${JSON.stringify(name)})]`);
    const members = await fromStore<number>(page, `b.authors.community.filter((c) => c === ${community}).length`);
    expect(members).toBeGreaterThan(10);
    const color = await communityColor(community);

    const before = await shootCanvas(page, '10-before-hiding');
    expect(countColor(before, color)).toBeGreaterThan(200);
    expect((await searchResults('polyak')).some((t) => t.includes(name))).toBe(true);

    const row = page.getByTestId('communities-panel').locator(`li[data-community="${community}"]`);
    await row.getByRole('checkbox').uncheck();
    await frames(page);
    const after = await shootCanvas(page, '11-after-hiding');
    expect(countColor(after, color)).toBe(0);
    const hiddenOnCanvas = await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      return sigma.getGraph().filterNodes((n, a) => a.community === ${community} && a.kind === 'author')
        .every((n) => sigma.getNodeDisplayData(n).hidden);
    })()`);
    expect(hiddenOnCanvas).toBe(true);
    const results = await searchResults('polyak');
    expect(results.some((t) => t.includes(name))).toBe(false);

    await row.getByRole('checkbox').check();
    await frames(page);
    expect(countColor(await shootCanvas(page, '12-shown-again'), color)).toBeGreaterThan(200);
    expect((await searchResults('polyak')).some((t) => t.includes(name))).toBe(true);
  });

  it('minimum papers per author hides one-paper authors; hiding papers leaves authors only', async () => {
    const total = await fromStore<number>(page, 'b.authors.name.length');
    const atLeastTwo = await fromStore<number>(page, 'b.authors.paperCount.filter((n) => n >= 2).length');
    const slider = page.getByLabel(/Authors with at least/);
    // a one-paper author's card open: the filter hides them, and the card says so
    const single = await fromStore<string>(page, 'b.authors.name[b.authors.paperCount.findIndex((n) => n === 1)]');
    await page.getByLabel('Search authors and papers').fill(single);
    await page.getByRole('option', { name: new RegExp(single) }).first().click();
    const card = page.getByTestId('author-panel');
    await card.waitFor();
    expect(await card.getByTestId('author-hidden').count()).toBe(0);
    await slider.fill('2');
    await expect(page.getByTestId('visible-counts').textContent()).resolves.toContain(`Showing ${atLeastTwo} of ${total} authors`);
    // the top bar counts the authors shown under this filter too (it said every author: a tester, `&min=10` on 30k)
    await expect(page.getByTestId('stats-line').textContent()).resolves.toBe(`${atLeastTwo} of ${total} authors shown`);
    await expect(card.getByTestId('author-hidden').textContent()).resolves.toBe('Hidden on the map by the filters: 1 paper, under the minimum of 2.');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    const visible = await page.evaluate(`window.__atlas.sigma.getGraph().filterNodes((n, a) => a.kind === 'author' && !a.hidden).length`);
    expect(visible).toBe(atLeastTwo);
    await shootCanvas(page, '13-min-two-papers');
    await slider.fill('1');
    await expect(page.getByTestId('stats-line').textContent()).resolves.toMatch(new RegExp(`^${total} authors · `));

    const legendPaper = page.locator('.legend .square');
    expect(await legendPaper.count()).toBe(1);
    await page.getByLabel('Show paper nodes').uncheck();
    const papersShown = await page.evaluate(`window.__atlas.sigma.getGraph().filterNodes((n, a) => a.kind === 'paper' && !a.hidden).length`);
    expect(papersShown).toBe(0);
    expect(await searchResults('adversarial influence')).toEqual([]);
    // the legend lists only what is drawn: no paper square once paper nodes are off
    expect(await legendPaper.count()).toBe(0);
    await page.getByLabel('Show paper nodes').check();
    expect(await legendPaper.count()).toBe(1);
  });

  it('the co-author view shows authors only, with weighted links, and lives in the URL', async () => {
    await page.getByRole('radio', { name: 'Co-authors' }).click();
    await page.waitForFunction(`window.__atlas.sigma.getGraph().order === 109`);
    expect((await pageUrl(page)).searchParams.get('view')).toBe('coauthors');
    const edges = await page.evaluate('window.__atlas.sigma.getGraph().size');
    expect(edges).toBe(await fromStore<number>(page, 'b.coauthorLinks.source.length'));
    // no paper nodes here: the box says so, unticked and greyed (it read as ticked), and is ticked again back in the papers view
    const papersBox = page.getByLabel('Show paper nodes');
    expect([await papersBox.isChecked(), await papersBox.isDisabled()]).toEqual([false, true]);
    await expect(page.locator('label.check').filter({ has: papersBox }).textContent()).resolves.toBe('Show paper nodes (not in the co-author view)');
    await frames(page);
    await shootCanvas(page, '14-coauthor-view');
    await stepBack(page);
    await page.waitForFunction(`window.__atlas.sigma.getGraph().order === 118`);
    expect([await papersBox.isChecked(), await papersBox.isDisabled()]).toEqual([true, false]);
  });
});

describe('Back after filter changes', () => {
  it('restores the entry stepped to whole: its view with its own filters, never one entry\'s view beside another\'s filters', async () => {
    // a fresh tab: the entries are this test's alone
    const { page: tab } = await openPage(browser);
    await openAtlas(tab);
    // a filter (least papers 2) replaces the first entry; the co-author view is a step; hiding a community replaces that step
    await tab.getByRole('slider').first().focus();
    await tab.keyboard.press('ArrowRight');
    await tab.waitForFunction(`new URL(location.href).searchParams.get('min') === '2'`);
    await tab.getByRole('radio', { name: 'Co-authors' }).click();
    await tab.waitForFunction(`new URL(location.href).searchParams.get('view') === 'coauthors'`);
    const row = tab.getByTestId('communities-panel').locator('li[data-community="0"]');
    await row.getByRole('checkbox').uncheck();
    await tab.waitForFunction(`new URL(location.href).searchParams.get('hide') === '0'`);
    await stepBack(tab);
    // the first entry as it was left: least papers 2, the authors & papers view, no community hidden (a tester
    // got ?years=2018-2021&hide=0 in the Authors & papers view, a combination never shown)
    await tab.waitForFunction(`new URL(location.href).searchParams.get('view') === null`);
    const url = await pageUrl(tab);
    expect([url.searchParams.get('min'), url.searchParams.get('hide')]).toEqual(['2', null]);
    expect(await row.getByRole('checkbox').isChecked()).toBe(true);
    expect(await tab.getByRole('radio', { name: 'Authors & papers' }).isChecked()).toBe(true);
    // Forward gives the co-author view its community hidden back
    await tab.goForward();
    await tab.waitForFunction(`new URL(location.href).searchParams.get('hide') === '0'`);
    expect(await tab.getByRole('radio', { name: 'Co-authors' }).isChecked()).toBe(true);
    expect(await row.getByRole('checkbox').isChecked()).toBe(false);
    await tab.close();
  });
});

describe('fits people', () => {
  it('dark theme follows the system setting', async () => {
    const { page: dark } = await openPage(browser, { colorScheme: 'dark' });
    await openAtlas(dark, '?author=0');
    const bg = await dark.evaluate(`getComputedStyle(document.querySelector('.stage')).backgroundColor`);
    expect(bg).toBe('rgb(21, 23, 28)');
    await shootPage(dark, '15-dark-author');
    await dark.context().close();
  });

  it('on a narrow screen the sidebar is a drawer and the details a bottom sheet', async () => {
    const { page: phone } = await openPage(browser, { viewport: { width: 390, height: 780 }, hasTouch: true, isMobile: true });
    await openAtlas(phone);
    expect(await phone.locator('#sidebar').isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'Open filters and communities' }).click();
    await phone.getByTestId('communities-panel').waitFor({ state: 'visible' });
    await shootPage(phone, '16-narrow-drawer');
    await phone.keyboard.press('Escape');
    await phone.locator('#sidebar').waitFor({ state: 'hidden' });
    const search = phone.getByLabel('Search authors and papers');
    await search.fill('dwork');
    await phone.getByRole('option', { name: /Cynthia Dwork/ }).click();
    const sheet = phone.getByTestId('author-panel');
    await sheet.waitFor();
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBeGreaterThan(380);
    expect(box.y).toBeGreaterThan(780 / 3);
    await shootPage(phone, '17-narrow-sheet');
    await phone.context().close();
  });

  it('Tab reaches the search box and the panels, with a visible focus ring', async () => {
    await page.goto(page.url().replace(/[?&](author|paper)=\d+/, ''));
    await page.locator('html[data-state="ready"]').waitFor({ state: 'attached' });
    await page.keyboard.press('Tab');
    // the first stop is a control with a name (its text or a label), not the page itself
    const first = await page.evaluate(`(() => { const a = document.activeElement; return a === document.body ? '' : (a.getAttribute('aria-label') || a.textContent || '').trim(); })()`);
    expect(first).not.toBe('');
    let reachedSearch = false;
    for (let i = 0; i < 10 && !reachedSearch; i++) {
      reachedSearch = await page.evaluate(`document.activeElement.getAttribute('role') === 'combobox'`);
      if (!reachedSearch) await page.keyboard.press('Tab');
    }
    expect(reachedSearch).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(`getComputedStyle(document.activeElement).outlineStyle`);
    expect(outline).not.toBe('none');
    await shootPage(page, '18-keyboard-focus');
  });

  it('the first Tab stop is "Skip to the map", shown when reached, and Enter puts the focus on the map', async () => {
    await page.goto(page.url().replace(/[?&](author|paper)=\d+/, ''));
    await page.locator('html[data-state="ready"]').waitFor({ state: 'attached' });
    const skip = page.getByRole('button', { name: 'Skip to the map' });
    // out of sight until reached
    expect((await skip.boundingBox())!.y + (await skip.boundingBox())!.height).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(`document.activeElement.textContent.trim()`)).toBe('Skip to the map');
    await expect.poll(async () => (await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(`document.activeElement.classList.contains('keyboard-canvas')`)).toBe(true);
  });
});

describe('the top bar at 1440x900', () => {
  it('the Export menu shows every entry without scrolling when the window has room below it (it was capped at 520 px)', async () => {
    const { page: wide, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await openAtlas(wide, '?author=0');
    await wide.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = wide.getByTestId('export-menu');
    await menu.waitFor();
    const box = await menu.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight, bottom: el.getBoundingClientRect().bottom }));
    expect(box.scroll).toBeGreaterThan(520);
    expect(box.client).toBe(box.scroll);
    expect(box.bottom).toBeLessThanOrEqual(900);
    await shootPage(wide, '14-export-menu-1440');
    // a short window: it takes the room below its top and scrolls within it
    await wide.setViewportSize({ width: 1440, height: 560 });
    await expect.poll(() => menu.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(560);
    expect(await menu.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(errors).toEqual([]);
    await wide.context().close();
  });
});
