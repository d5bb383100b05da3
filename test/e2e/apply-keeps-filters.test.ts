/**
 * An Apply of a who-is-who decision keeps the filters and settings shown: a tester set `min=2` and four venues on the
 * 3k map, merged a pair and pressed "Apply in the explorer": the rebuilt map showed all 7,512 authors, no chip, the
 * venue boxes unchecked, under "Map rebuilt with 1 merge" (and the 30k map's years and venues went the same way on a
 * phone). Seed map, user mode: a least paper count, a hidden community and the size measure set by a link, one merge
 * applied from the review list; the rebuilt map has them all (the hidden community found again by its authors) and
 * the address says them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, pageUrl } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The names of the authors in the hidden communities, sorted (the merged pair's names left out). */
const HIDDEN_NAMES = `(() => {
  const s = window.__atlas.store.getState();
  const a = s.dataset.bundle.authors;
  return a.name.filter((n, i) => s.filters.hiddenCommunities.has(a.community[i]) && !/^Ching-Yao Chu/.test(n)).sort();
})()`;

describe('Apply keeps the filters shown', () => {
  it('a least paper count, a hidden community and the size measure stay on the rebuilt map and in the address', async () => {
    const { page, errors } = await openPage(browser, {}, { userMode: true });
    await page.goto(appUrl('?ds=wang-jialiang&min=2&hide=3&size=strength&review=names'));
    await waitForState(page, 'ready');
    const hiddenBefore = await page.evaluate<string[]>(HIDDEN_NAMES);
    expect(hiddenBefore.length).toBeGreaterThan(0);
    const shownBefore = await fromStore<number>(page, 's.visibility.authorCount');
    const panel = page.getByTestId('review-panel');
    await panel.getByTestId('suggestions').waitFor();
    await panel.getByTestId('review-filter').fill('chung');
    await expect.poll(() => panel.getByTestId('suggestion').count()).toBe(1);
    await panel.getByTestId('suggestion').getByRole('button', { name: 'Same person' }).click();
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 108', null, { timeout: 60_000 });
    await waitForState(page, 'ready');
    expect(await fromStore<number>(page, 's.filters.minPapers')).toBe(2);
    expect(await fromStore<string>(page, 's.sizeBy')).toBe('strength');
    expect(await page.evaluate<string[]>(HIDDEN_NAMES)).toEqual(hiddenBefore);
    // the same authors shown (the merged pair's two spellings had one paper each: at least 2 papers, they are one
    // author shown where none was, or stay hidden)
    expect(Math.abs((await fromStore<number>(page, 's.visibility.authorCount')) - shownBefore)).toBeLessThanOrEqual(1);
    await expect.poll(async () => (await pageUrl(page)).searchParams.get('min')).toBe('2');
    const url = await pageUrl(page);
    expect(url.searchParams.get('size')).toBe('strength');
    expect(url.searchParams.get('hide')).not.toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
