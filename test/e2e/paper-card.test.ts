/**
 * The paper card (issue 11, item 5), on the seed's "Movie Gen" (88 authors): the abstract comes first, then
 * the first authors and "and N more", which shows them all; the focal author is always among those shown.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas, shootPage } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }));
  await openAtlas(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('paper card', () => {
  it('abstract first, the first authors with the focal one, and "and N more" to see all', async () => {
    const index = await fromStore<number>(page, `b.papers.title.findIndex((t) => t.startsWith('Movie Gen'))`);
    const total = await fromStore<number>(page, `new Set(b.papers.authors[${index}]).size`);
    expect(total).toBeGreaterThan(80);
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'paper', index: ${index} })`);
    const panel = page.getByTestId('paper-panel');
    await panel.waitFor();
    // its heading, the paper's title, in italic as the map, the hover card and the paper lists write titles (it was
    // upright); an author card's heading, a name, never is
    const headingStyle = (card: string) => page.evaluate(`getComputedStyle(document.querySelector('[data-testid="${card}"] .panel-title')).fontStyle`);
    expect(await headingStyle('paper-panel')).toBe('italic');
    // the abstract is above the author list
    const abstractTop = (await panel.getByTestId('abstract').boundingBox())!.y;
    const authorsTop = (await panel.getByTestId('paper-authors').boundingBox())!.y;
    expect(abstractTop).toBeLessThan(authorsTop);
    const shown = await panel.getByTestId('paper-authors').locator('li').allTextContents();
    expect(shown.length).toBeLessThanOrEqual(11);
    expect(shown).toContain('Jialiang Wang');
    const more = panel.getByTestId('more-authors');
    await expect(more.textContent()).resolves.toBe(`and ${total - shown.length} more`);
    await shootPage(page, 'paper-card-movie-gen');
    await more.click();
    expect(await panel.getByTestId('paper-authors').locator('li').count()).toBe(total);
    expect(await more.count()).toBe(0);
    await panel.getByTestId('paper-authors').getByText('Jialiang Wang', { exact: true }).first().click();
    await page.getByTestId('author-panel').waitFor();
    expect(await headingStyle('author-panel')).toBe('normal');
    expect(errors).toEqual([]);
  });

  it('a title of 100,000 characters scrolls in its own box: the card, its close button and the top bar stay on screen (a tester)', async () => {
    const index = await fromStore<number>(page, `b.papers.title.findIndex((t) => !t.startsWith('Movie Gen'))`);
    await page.evaluate(`(() => { const s = window.__atlas.store.getState(); s.select(null); s.dataset.bundle.papers.title[${index}] = 'Deep ' + 'very '.repeat(20000) + 'long title'; s.select({ kind: 'paper', index: ${index} }); })()`);
    const panel = page.getByTestId('paper-panel');
    await panel.waitFor();
    const card = (await panel.boundingBox())!;
    expect(card.y + card.height).toBeLessThanOrEqual(900);
    const close = (await panel.getByRole('button', { name: 'Close panel' }).boundingBox())!;
    expect(close.y).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate('document.scrollingElement.scrollTop')).toBe(0);
    expect((await page.locator('header').first().boundingBox())!.y).toBe(0);
    // the abstract starts in the card's view below the title; the authors under it (this paper's abstract alone is
    // ~785 px tall at this width, shown whole in a paper card) are reached by scrolling the card's body, not the page
    const abstract = (await panel.getByTestId('abstract').boundingBox())!;
    expect(abstract.y).toBeLessThan(900);
    const body = panel.locator('.panel-body');
    expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
    await panel.getByTestId('paper-authors').scrollIntoViewIfNeeded();
    const authors = (await panel.getByTestId('paper-authors').boundingBox())!;
    expect(authors.y).toBeLessThan(900);
    expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate('document.scrollingElement.scrollTop')).toBe(0);
    expect((await page.locator('header').first().boundingBox())!.y).toBe(0);
    await panel.getByRole('button', { name: 'Close panel' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
