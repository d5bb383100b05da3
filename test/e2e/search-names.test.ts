/**
 * Search as researchers expect it (issue 11, item 8), as users get it (camera animation on), on the 30k map
 * (acl_2016_2021_all) and the seed: the best name fits come first and, among equal fits, the most prolific
 * ("Wang J" opened with Zijie J. Wang and ranked Jin Wang, 32 papers, 7th); accents are forgiven both ways
 * ("Muller" and "Müller" list the same people, spelt either way); a query nothing matches says so; the
 * search's placeholder is never cut at desktop sizes (it once read "…29,541 paper"), and the results are wider
 * than the search box, paper titles wrapping instead of ending in "…"; light and dark (one load of the 30k map:
 * the dark run switches the system theme under the open page, as the app follows it live).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, openAtlas, settled, shootPage, switchTheme } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let big: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  big = q;
});

const search = (page: Page) => page.getByLabel('Search authors and papers');

/** Type `q` into the search (as a user does) and read the options: name and paper count of each. */
async function results(page: Page, q: string): Promise<{ name: string; papers: number | null }[]> {
  await search(page).fill('');
  await search(page).click();
  await search(page).pressSequentially(q);
  await page.waitForFunction(`window.__atlas.store.getState().query === ${JSON.stringify(q)}`);
  const list = page.getByRole('listbox', { name: 'Search results' });
  await list.waitFor();
  const options = await list.getByRole('option').evaluateAll((els) => els.map((el) => [el.querySelector('.hit-label')?.textContent ?? '', el.querySelector('.hit-detail')?.textContent ?? '']));
  return options.map(([name, detail]) => {
    const m = /^Author · (\d+) papers?$/.exec(detail);
    return { name, papers: m ? Number(m[1]) : null };
  });
}

/**
 * The search's placeholder and whether it fits: written into the field as its value for a moment, where the
 * field also shows its clear button (whose room an empty search field keeps too), its text must not
 * scroll (`scrollWidth` over `clientWidth`).
 */
async function placeholder(page: Page): Promise<{ text: string; overflow: number }> {
  return page.evaluate(`(() => {
    const input = document.querySelector('.search input');
    const text = input.placeholder;
    const before = input.value;
    input.value = text;
    const overflow = input.scrollWidth - input.clientWidth;
    input.value = before;
    return { text, overflow };
  })()`);
}

// one load of the 30k map for both themes: the dark run switches the system theme under the open page
describe('search on the 30k map', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true }));
    await page.goto(appUrl(big));
    await waitForState(page, 'ready', 120_000);
    await settled(page, 300);
  }, 180_000);
  afterAll(async () => {
    await page?.context().close();
  });

  it.each(['light', 'dark'] as const)('%s theme: best name fit first, then the most prolific; accents forgiven; the placeholder whole', async (theme) => {
    // as a user left it: the search cleared and closed
    await search(page).fill('');
    await page.keyboard.press('Escape');
    await switchTheme(page, theme);

    // the placeholder reads whole at 1440x900 and 1280x800
    for (const [width, height] of [[1440, 900], [1280, 800]]) {
      await page.setViewportSize({ width, height });
      await page.waitForFunction(`document.querySelector('.search input').clientWidth > 0`);
      await settled(page, 200);
      const p = await placeholder(page);
      expect(p.text.startsWith('Search')).toBe(true);
      expect(p.overflow, `"${p.text}" at ${width}x${height}`).toBeLessThanOrEqual(0);
      await page.locator('.topbar').screenshot({ path: `test-output/e2e/search-names-topbar-${width}-${theme}.png` });
    }
    // at 1280x800 (the narrowest search box of a desktop) the results are wider than the box, and a paper's
    // title reads whole (it wraps instead of ending in "…")
    await results(page, 'attention');
    const list = await page.evaluate<{ input: number; list: number; cut: string[]; papers: number }>(`(() => {
      const input = document.querySelector('.search input').getBoundingClientRect();
      const list = document.querySelector('.search-results').getBoundingClientRect();
      const labels = [...document.querySelectorAll('.search-hit[data-kind="paper"] .hit-label')];
      const cut = labels.filter((el) => el.textContent.length <= 150 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)).map((el) => el.textContent);
      return { input: input.width, list: list.width, cut, papers: labels.length };
    })()`);
    expect(list.papers).toBeGreaterThan(5);
    expect(list.list).toBeGreaterThanOrEqual(Math.min(540, list.input * 2));
    expect(list.cut).toEqual([]);
    await shootPage(page, `search-names-titles-1280-${theme}`);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });

    // a surname and an initial, in each order: Jin Wang (32 papers) first, then the other J. Wangs by papers
    for (const q of ['Wang J', 'J Wang', 'wang, j.']) {
      const list = await results(page, q);
      expect(list[0], q).toEqual({ name: 'Jin Wang', papers: 32 });
      const wangs = list.slice(0, 6);
      for (const w of wangs) expect(w.name, q).toMatch(/^J\S* Wang$/);
      const papers = wangs.map((w) => w.papers ?? 0);
      expect(papers, q).toEqual([...papers].sort((a, b) => b - a));
    }
    await shootPage(page, `search-names-wang-j-${theme}`);

    // a whole name: that person first, above longer names it begins
    expect((await results(page, 'Jin Wang'))[0]).toEqual({ name: 'Jin Wang', papers: 32 });
    expect((await results(page, 'Noah Smith'))[0]).toEqual({ name: 'Noah A. Smith', papers: 92 });
    // initials written together, as PubMed and Web of Science write names
    expect((await results(page, 'Smith NA'))[0]).toEqual({ name: 'Noah A. Smith', papers: 92 });
    expect((await results(page, 'Manning CD'))[0]).toEqual({ name: 'Christopher D. Manning', papers: 46 });

    // accents forgiven both ways: the same people, however they spell it
    const plain = await results(page, 'Muller');
    const umlaut = await results(page, 'Müller');
    expect(umlaut).toEqual(plain);
    const names = plain.map((r) => r.name);
    expect(names).toContain('Philippe Muller');
    expect(names).toContain('Mathias Müller');
    expect(plain[0]).toEqual({ name: 'Philippe Muller', papers: 19 });
    await shootPage(page, `search-names-muller-${theme}`);
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('search on the seed', () => {
  it('a name nothing matches says so', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
    await openAtlas(page);
    await search(page).click();
    await search(page).pressSequentially('Müller');
    const list = page.getByRole('listbox', { name: 'Search results' });
    await list.waitFor();
    await expect(list.textContent()).resolves.toBe('No author or paper matches “Müller”.');
    expect(await list.getByRole('option').count()).toBe(0);
    await shootPage(page, 'search-names-no-match');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
