/**
 * The reader's theme and the search's placeholder, in real Chromium on the seed list:
 * - the sidebar's Appearance section chooses System, Light or Dark: the page and the map take the theme at once
 *   (the map recoloured in place), the choice outlasts a reload and is on the page before its first paint
 *   (`html[data-theme]` at DOMContentLoaded, the page's background dark already), Light holds on a dark system and
 *   System follows the system's switch live; on a desktop and on a phone (through the drawer);
 * - the search's placeholder counts what search looks through under the filters (the authors and papers they
 *   leave), not the whole map's.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, openAtlas, settled, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The page's theme as the reader sees it: `html[data-theme]`, the page's background, the map's colours' theme. */
const themeNow = (page: Page) =>
  page.evaluate<{ attr: string | undefined; background: string; map: string | null }>(`({
    attr: document.documentElement.dataset.theme,
    background: getComputedStyle(document.body).backgroundColor,
    map: window.__atlas.graph ? window.__atlas.graph.getAttribute('theme') : null,
  })`);

const DARK_BG = 'rgb(21, 23, 28)';
const LIGHT_BG = 'rgb(251, 251, 250)';

/** Choose `label` in the Appearance section (through the drawer on a phone), and wait for the map drawn in `theme`. */
async function choose(page: Page, label: 'System' | 'Light' | 'Dark', theme: 'light' | 'dark', phone: boolean): Promise<void> {
  if (phone) await page.locator('.drawer-toggle').click();
  const panel = page.getByTestId('theme-panel');
  await panel.scrollIntoViewIfNeeded();
  await panel.getByRole('radio', { name: label }).click();
  if (phone) await page.keyboard.press('Escape');
  await page.waitForFunction(`window.__atlas.graph && window.__atlas.graph.getAttribute('theme') === ${JSON.stringify(theme)}`, null, { timeout: 60_000 });
  await settled(page, 300);
}

describe.each([
  ['desktop', { width: 1280, height: 800 }, false],
  ['phone', { width: 390, height: 844 }, true],
] as const)('the theme choice on a %s', (name, viewport, phone) => {
  it('Dark on a light system: page and map dark at once, kept over a reload from the first paint; Light holds on a dark system; System follows it live', async () => {
    const { page, errors } = await openPage(browser, { viewport, colorScheme: 'light', ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    await openAtlas(page);
    await settled(page, 300);
    expect(await themeNow(page)).toEqual({ attr: 'light', background: LIGHT_BG, map: 'light' });
    if (phone) await page.locator('.drawer-toggle').click();
    expect(await page.getByTestId('theme-panel').getByRole('radio', { name: 'System' }).getAttribute('aria-checked')).toBe('true');
    if (phone) await page.keyboard.press('Escape');

    await choose(page, 'Dark', 'dark', phone);
    expect(await themeNow(page)).toEqual({ attr: 'dark', background: DARK_BG, map: 'dark' });
    await shootPage(page, `theme-${name}-dark`);

    // a reload: dark before the app's module runs (no light flash), and the choice still checked
    await page.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
      window.__themeAtStart = { attr: document.documentElement.dataset.theme, background: getComputedStyle(document.body).backgroundColor };
    })`);
    await page.reload();
    await waitForState(page, 'ready');
    expect(await page.evaluate('window.__themeAtStart')).toEqual({ attr: 'dark', background: DARK_BG });
    await settled(page, 300);
    expect(await themeNow(page)).toEqual({ attr: 'dark', background: DARK_BG, map: 'dark' });
    if (phone) await page.locator('.drawer-toggle').click();
    expect(await page.getByTestId('theme-panel').getByRole('radio', { name: 'Dark' }).getAttribute('aria-checked')).toBe('true');
    if (phone) await page.keyboard.press('Escape');

    // Light on a dark system stays light
    await page.emulateMedia({ colorScheme: 'dark' });
    await choose(page, 'Light', 'light', phone);
    expect(await themeNow(page)).toEqual({ attr: 'light', background: LIGHT_BG, map: 'light' });
    await shootPage(page, `theme-${name}-light-on-dark-system`);

    // System: the system's dark now, and its switch to light followed live
    await choose(page, 'System', 'dark', phone);
    expect(await themeNow(page)).toEqual({ attr: 'dark', background: DARK_BG, map: 'dark' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(`window.__atlas.graph && window.__atlas.graph.getAttribute('theme') === 'light'`, null, { timeout: 60_000 });
    expect(await themeNow(page)).toEqual({ attr: 'light', background: LIGHT_BG, map: 'light' });
    // (System is the default again: nothing kept)
    expect(await page.evaluate(`localStorage.getItem('coauthor-atlas-theme')`)).toBe(null);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the search placeholder', () => {
  it('counts the authors and papers search looks through under the filters', async () => {
    const { page, errors } = await openPage(browser);
    await openAtlas(page);
    const all = await fromStore<{ authors: number; papers: number }>(page, '({ authors: b.stats.authors, papers: b.stats.papers })');
    const search = page.locator('.search input');
    expect(await search.getAttribute('placeholder')).toBe(`Search ${all.authors} authors and ${all.papers} papers`);
    // at least 2 papers each: the authors left, and their papers
    await page.goto(appUrl('?min=2'));
    await waitForState(page, 'ready');
    const shown = await fromStore<{ authors: number; papers: number }>(page, '({ authors: s.visibility.authorCount, papers: s.visibility.paperCount })');
    expect(shown.authors).toBeLessThan(all.authors);
    await expect.poll(() => search.getAttribute('placeholder')).toBe(`Search ${shown.authors} authors and ${shown.papers} papers shown`);
    // an author the filter hides is not found, as the count says
    const hidden = await fromStore<string>(page, 'b.authors.name[s.visibility.author.indexOf(0)]');
    await search.fill(hidden);
    await expect.poll(() => page.locator('[role="listbox"]').innerText()).not.toBe('');
    const found = await page.getByRole('option').allInnerTexts();
    expect(found.filter((text) => text.split('\n')[0]?.trim() === hidden)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
