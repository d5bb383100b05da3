/**
 * Who is who right after an Apply on the seed, while the rebuilt map's own name checks run (held back here until the
 * test lets them go: hold-names.ts; on the seed they take a few ms): the name checks of the map before are shown for
 * the names the Apply did not touch, and only for them, with a line that says so and what it leaves out.
 * - The split of "Jialiang Wang" applied: the review list and the sidebar show the pair of two untouched names, not the
 *   name split (its claim is checked again), and the list's line says "left out for the names you changed: 1 name
 *   that may be several people". Before, the list showed the claim on the name split, the map before's, while its card
 *   said "Checking…", and its line said only that these were the map before's checks.
 * - An author card opened once the rebuilt map is in the worker, for an untouched name of 2+ papers whose check was
 *   never asked on the map before: the map before's answer, said once to be the map before's, not "Checking whether
 *   this name is several people…" (the worker had dropped the map before: insights-client.ts `keepBeside`).
 * Then the rebuilt map's own checks: the lines go. Desktop light, and the list on a phone in dark mode.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { HOLD_NAMES_SCRIPT, holdNames, namesHeld, releaseNames } from './hold-names';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The author number of `name` on the map shown (-1: none). */
const authorOf = (page: Page, name: string) => page.evaluate<number>(`window.__atlas.store.getState().dataset.bundle.authors.name.indexOf(${JSON.stringify(name)})`);

const select = (page: Page, selection: string) => page.evaluate(`window.__atlas.store.getState().select(${selection})`);

/**
 * The seed opened in `page` (with `HOLD_NAMES_SCRIPT`), its checks answered; the claim's split of Jialiang Wang
 * accepted in his card and applied, the rebuilt map's own checks held back once it is in the worker.
 */
async function splitApplied(page: Page): Promise<void> {
  await page.goto(appUrl());
  await waitForState(page, 'ready');
  await page.waitForFunction('window.__atlas.timings.names !== undefined', null, { timeout: 60_000 });
  await select(page, `{ kind: 'author', index: ${await authorOf(page, 'Jialiang Wang')} }`);
  const flag = page.locator('.details').getByTestId('homonym-flag');
  await flag.getByRole('button', { name: 'Split into 4 people' }).click();
  await flag.getByRole('button', { name: 'Undo split' }).waitFor();
  await holdNames(page);
  await page.locator('.details').getByTestId('card-decisions').getByRole('button', { name: 'Apply in the explorer' }).click();
  await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 112', null, { timeout: 60_000 });
  await namesHeld(page);
}

const LINE = /^These are the checks of the map before it was rebuilt, for the names your decisions left as they were; left out for the names you changed: 1 name that may be several people\. Checking the rebuilt map’s names: (about to start|getting the names ready, \d+%|\d+% done)\.$/;

describe('who is who right after an Apply, until the rebuilt map’s own checks', () => {
  it('shows the map before’s checks of the untouched names only, says what it leaves out, and a card’s carried answer at once', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    await page.context().addInitScript(HOLD_NAMES_SCRIPT);
    await splitApplied(page);

    // the review list, opened then: the pair of two untouched names; not the claim on the name split
    await select(page, `{ kind: 'review' }`);
    const list = page.getByTestId('review-panel');
    const line = list.getByTestId('names-refreshing');
    await line.waitFor();
    expect(await line.textContent()).toMatch(LINE);
    expect(await list.getByTestId('suggestion').count()).toBe(1);
    expect(await list.getByTestId('suggestion').textContent()).toContain('Ching-Yao Chung');
    expect(await list.getByTestId('several-heading').count(), 'no claim on the name split shown as the map before’s').toBe(0);
    expect(await list.getByTestId('homonym-list').count()).toBe(0);
    // the sidebar counts what the list shows
    const sidebar = page.getByTestId('who-panel');
    expect(await sidebar.getByTestId('suggestion-count').textContent()).toBe('1');
    expect(await sidebar.getByTestId('homonym-count').textContent()).toBe('0');
    expect(await sidebar.getByTestId('names-refreshing').textContent()).toMatch(LINE);
    await shootPage(page, 'apply-carried-list');

    // an untouched name of 2+ papers, its check never asked on the map before, its card opened now that the rebuilt
    // map is in the worker: the map before's answer, said once, not "Checking…"
    const name = await page.evaluate<string>(`(() => {
      const { name, paperCount } = window.__atlas.store.getState().dataset.bundle.authors;
      return name.find((n, a) => paperCount[a] >= 2 && !n.startsWith('Jialiang Wang')) ?? '';
    })()`);
    expect(name).not.toBe('');
    await select(page, `{ kind: 'author', index: ${await authorOf(page, name)} }`);
    const card = page.locator('.details');
    const carried = card.getByTestId('card-carried');
    await carried.waitFor({ timeout: 15_000 });
    expect(await card.getByTestId('homonym-none').textContent()).toBe('One person by this name, as far as co-authors show.');
    expect(await carried.count(), 'said once').toBe(1);
    // (the card says "No other spelling to suggest on this map." of the map before too, as every card the checks answered
    // does: SynonymSection.tsx; the one carried line covers both answers)
    expect(await card.getByTestId('synonym-none').textContent()).toBe('No other spelling to suggest on this map.');
    expect(await carried.textContent()).toBe('Whether this name is several people, and who may be the same person: as on the map before it was rebuilt; this name is being checked on the rebuilt map.');
    // (a moment past the checking line's CSS delay: it never shows)
    await page.waitForTimeout(1500);
    expect(await card.getByTestId('homonym-checking').count()).toBe(0);
    expect(await page.evaluate('window.__namesHeld.held.length'), 'the rebuilt map’s own checks still held').toBe(1);
    await shootPage(page, 'apply-carried-card');

    // the rebuilt map's own checks: the carried lines go
    await releaseNames(page);
    await expect.poll(() => card.getByTestId('card-carried').count(), { timeout: 30_000 }).toBe(0);
    expect(await card.getByTestId('homonym-none').count()).toBe(1);
    expect(await card.getByTestId('synonym-none').count()).toBe(1);
    await expect.poll(() => sidebar.getByTestId('names-refreshing').count(), { timeout: 30_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone in dark mode, the review list says the same over the pair it keeps', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark', hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    await page.context().addInitScript(HOLD_NAMES_SCRIPT);
    await splitApplied(page);
    await select(page, `{ kind: 'review' }`);
    const list = page.getByTestId('review-panel');
    await list.getByTestId('names-refreshing').waitFor();
    expect(await list.getByTestId('names-refreshing').textContent()).toMatch(LINE);
    expect(await list.getByTestId('suggestion').count()).toBe(1);
    expect(await list.getByTestId('several-heading').count()).toBe(0);
    await shootPage(page, 'apply-carried-list-phone-dark');
    await releaseNames(page);
    await expect.poll(() => list.getByTestId('names-refreshing').count(), { timeout: 30_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
