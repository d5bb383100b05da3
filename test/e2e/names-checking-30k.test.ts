/**
 * "Who is who" on the 30k map (acl_2016_2021_all) while its name checks run and after, as a researcher uses it:
 * - Tim Baldwin's card opened straight from a link, before the checks of every name have answered (8–13 s after the
 *   map is ready), says it is looking for other spellings of his name, then shows the suggestion, Timothy Baldwin,
 *   in the box's place (a tester saw no suggestion and no sign of a check; only the homonym line said "Checking…").
 * - The sidebar says what is checked, of how many authors (the map's own count), and how far, with a share that grows.
 * - The review list can be narrowed by name from the keyboard ("baldwin" leaves the one pair, with its count),
 *   Escape empties the box before it closes the card, and on a phone the box is a finger's height and in view.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

/** The served 30k bundle's author names and author count (the query's file in the e2e site). */
function servedAuthors(): { names: string[]; count: number } {
  const file = path.resolve(import.meta.dirname, '../../test-output/e2e-site', new URLSearchParams(query).get('bundle')!);
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { authors: { name: string[] }; stats: { authors: number } };
  return { names: bundle.authors.name, count: bundle.stats.authors };
}

/** Whether the page's name checks of every name have answered (debug.ts's mark, set by use-worker-insight.ts). */
const checksDone = (page: Page) => page.evaluate<boolean>('window.__atlas.timings.names !== undefined');

describe('who is who on the 30k map while the name checks run', () => {
  it("Tim Baldwin's card opened from a link says it is looking for other spellings, then suggests Timothy Baldwin in the same place", async () => {
    const { names } = servedAuthors();
    const tim = names.indexOf('Tim Baldwin');
    expect(tim, 'Tim Baldwin on the 30k map').toBeGreaterThanOrEqual(0);
    expect(names).toContain('Timothy Baldwin');
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
    await page.goto(appUrl(`${query}&author=${tim}`));
    const card = page.getByTestId('author-panel');
    const looking = card.getByTestId('synonym-checking');
    await looking.waitFor({ timeout: 120_000 });
    expect(await checksDone(page), 'the checks had not answered when the card said it was looking').toBe(false);
    // with where the checks stand, in one line (a tester read "Looking for other spellings of this person’s name…" under
    // "Also written …" as if that spelling were not known)
    await expect.poll(() => looking.textContent()).toMatch(/^Looking for (other|more) spellings of this name…( \d+%)?$/);
    const box = (await looking.boundingBox())!;
    await shootPage(page, 'names-checking-tim-baldwin-looking');
    // then the answer, in the box's place
    const note = card.getByTestId('synonym-note');
    await note.waitFor({ timeout: 180_000 });
    expect(await looking.count()).toBe(0);
    const head = note.locator('summary').first();
    expect(await head.textContent()).toMatch(/^May be the same person as Timothy Baldwin \(\d+ papers; about 7\d in 100\)$/);
    const answer = (await head.boundingBox())!;
    // the suggestion takes the box's place: its top where the box's was, give or take the homonym line above it
    // going away (18 px), and no taller than two lines of the box
    expect(Math.abs(answer.x - box.x)).toBeLessThan(16);
    expect(answer.height).toBeLessThanOrEqual(box.height + 2);
    await shootPage(page, 'names-checking-tim-baldwin-answer');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('the sidebar says how many authors are checked and how far the checks are, a share that grows, then the counts', async () => {
    const { count } = servedAuthors();
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }, { userMode: true });
    await page.goto(appUrl(query));
    const panel = page.getByTestId('who-panel');
    const status = panel.getByTestId('names-checking');
    await status.waitFor({ timeout: 120_000 });
    expect(await status.textContent()).toContain(`Checking the names of the ${count.toLocaleString('en-US')} authors on this map`);
    // the share done, read until the counts come: at least two different shares, never going back
    const shares: number[] = [];
    for (;;) {
      const said = await page.evaluate<string | null>(
        `(() => { const p = document.querySelector('[data-testid="who-panel"] [data-testid="names-progress"]'); return p ? p.dataset.stage + ' ' + p.textContent : null; })()`,
      );
      if (said === null) break;
      const m = /^running (\d+)% done$/.exec(said);
      if (m && Number(m[1]) !== shares.at(-1)) shares.push(Number(m[1]));
      if (shares.length === 2) await shootPage(page, 'names-checking-sidebar-dark');
      await page.waitForTimeout(100);
    }
    expect(shares.length, `shares seen: ${shares.join(', ')}`).toBeGreaterThanOrEqual(2);
    expect(shares.every((s, i) => i === 0 || s > shares[i - 1]!)).toBe(true);
    await panel.getByTestId('suggestion-count').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});

describe('the review list filtered by name (30k)', () => {
  it('from the keyboard: "baldwin" leaves the one pair with its count, Escape empties the box, then closes the list', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    await page.goto(appUrl(`${query}&review=names`));
    await waitForState(page, 'ready', 120_000);
    const list = page.getByTestId('review-panel');
    const filter = list.getByRole('searchbox', { name: 'Find a name in the list' });
    await filter.waitFor({ timeout: 180_000 });
    const all = await list.getByTestId('suggestion').count();
    expect(all).toBeGreaterThan(100);
    // the next stop after the list's close button, for a keyboard user
    await list.getByRole('button', { name: 'Close panel' }).focus();
    await page.keyboard.press('Tab');
    expect(await filter.evaluate((el) => el === document.activeElement), 'the filter reached by Tab').toBe(true);
    await page.keyboard.type('BALDWIN');
    const count = list.getByTestId('review-filter-count');
    await expect.poll(() => count.textContent()).toMatch(new RegExp(`^1 of ${all.toLocaleString('en-US')} pairs`));
    await expect.poll(() => list.getByTestId('suggestion').count()).toBe(1);
    expect(await list.getByTestId('suggestion').getAttribute('data-names')).toBe('Timothy Baldwin / Tim Baldwin');
    await shootPage(page, 'review-filter-baldwin');
    await filter.fill('zzqx');
    await expect.poll(() => count.textContent()).toMatch(/^No pair or name matches “zzqx”/);
    expect(await list.getByTestId('suggestion').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await filter.inputValue()).toBe('');
    await expect.poll(() => list.getByTestId('suggestion').count(), { timeout: 30_000 }).toBe(all);
    expect(await list.count(), 'the first Escape empties the box, the list stays').toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('on a phone (390x844): the box is in view, a finger high, and narrows the list', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark', isMobile: true, hasTouch: true });
    await page.goto(appUrl(`${query}&review=names`));
    await waitForState(page, 'ready', 120_000);
    const list = page.getByTestId('review-panel');
    const filter = list.getByRole('searchbox', { name: 'Find a name in the list' });
    await filter.waitFor({ timeout: 180_000 });
    await filter.scrollIntoViewIfNeeded();
    const box = (await filter.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await filter.tap();
    await page.keyboard.type('baldwin');
    await expect.poll(() => list.getByTestId('suggestion').count()).toBe(1);
    await shootPage(page, 'review-filter-phone-dark');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
