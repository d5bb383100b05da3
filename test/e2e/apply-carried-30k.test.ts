/**
 * The author card, Rankings and the co-author chain right after an Apply on the 30k map (acl_2016_2021_all), as a
 * user has it (no test mode), served with its paper list as apply-recheck-30k.test.ts serves it; the chain traced from
 * Graham Neubig to Iryna Gurevych and Rankings open. Once every name's check has answered, "Same person" on "Ond?ej
 * Bojar" / "Ondřej Bojar" and Apply. As soon as the rebuilt map is shown, and while its own checks run:
 * - Rankings keeps its ⚑ marks (the map before's claims), each said to be the map before's;
 * - the chain shows no "Checking whether … is several people…" (its names were not touched by the merge);
 * - Yang Liu's card, opened once the rebuilt map is in the worker (its own checks held back there: hold-names.ts),
 *   says he may be several people and may be the same person as another, as the map before's checks said, marked as
 *   such in one line under both, without "Checking whether this name is several people…" for more than a moment;
 * then the rebuilt map's own answers take their place (the marks and the card's line go). Before, the card said
 * "Checking…" once the rebuilt map was in the worker (the map before dropped there), and "As on the map before…" twice
 * when both its lines were carried; Rankings showed no
 * ⚑ until the rebuilt map's checks were done (57 s at load 20–30), the chain said "Checking whether…" for 18–24 s and
 * the card "Checking whether this name is several people…" for 14 s, "Looking for other spellings" for 22 s.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, shootPage } from './atlas-page';
import { BIG_BUNDLES, useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { HOLD_NAMES_SCRIPT, holdNames, namesHeld, releaseNames } from './hold-names';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The store's author number of `name` on the map shown (-1: none), in the page. */
const authorOf = (name: string) => `window.__atlas.store.getState().dataset.bundle.authors.name.indexOf(${JSON.stringify(name)})`;

describe('an author card, Rankings and the chain right after an Apply on the 30k map', () => {
  it('show the map before’s checks for the names the Apply did not touch, said so, until the rebuilt map’s own', async () => {
    const bundlePath = new URLSearchParams(query).get('bundle')!;
    const served = JSON.parse(readFileSync(path.join(ROOT, 'test-output/e2e-site', bundlePath), 'utf8')) as { stats: { authors: number; papers: number } };
    const { fixture, name } = BIG_BUNDLES.acl_2016_2021_all;
    const source = `data/acl_2016_2021_all/sources/${fixture.replace(/\.gz$/, '')}`;
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
    await page.context().addInitScript(HOLD_NAMES_SCRIPT);
    const index = JSON.parse(readFileSync(path.join(ROOT, 'test-output/e2e-site/data/index.json'), 'utf8')) as unknown[];
    const entry = { id: 'acl30k', name, bundle: bundlePath, papers: served.stats.papers, authors: served.stats.authors, inputs: [source] };
    await page.route('**/data/index.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify([...index, entry]) }));
    const text = gunzipSync(readFileSync(path.join(ROOT, 'test/fixtures', fixture)));
    await page.route(`**/${source}`, (route) => route.fulfill({ contentType: 'text/plain', body: text }));

    await page.goto(appUrl('?ds=acl30k&review=names'));
    await waitForState(page, 'ready', 120_000);
    // the chain from Graham Neubig to Iryna Gurevych, as the URL carries it
    const [neubig, gurevych] = [await page.evaluate<number>(authorOf('Graham Neubig')), await page.evaluate<number>(authorOf('Iryna Gurevych'))];
    expect(neubig).toBeGreaterThanOrEqual(0);
    expect(gurevych).toBeGreaterThanOrEqual(0);
    await page.goto(appUrl(`?ds=acl30k&review=names&chain=${neubig}.${gurevych}`));
    await waitForState(page, 'ready', 120_000);
    await page.waitForFunction(() => window.__atlas?.timings.names !== undefined, null, { timeout: 240_000 });
    const chain = page.getByTestId('chain');
    await chain.waitFor({ timeout: 30_000 });
    await expect.poll(() => chain.getByTestId('chain-checking').count(), { timeout: 60_000 }).toBe(0);
    const doubtsBefore = await chain.getByTestId('chain-doubt').count();
    await page.getByTestId('open-rankings').click();
    const rankings = page.getByTestId('rank-several');
    await expect.poll(() => rankings.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const marksBefore = await rankings.count();

    const list = page.getByTestId('review-panel');
    const filter = list.getByTestId('review-filter');
    await filter.fill('bojar');
    await list.getByTestId('suggestion').filter({ hasText: 'Ond?ej Bojar' }).getByRole('button', { name: 'Same person' }).click();
    await filter.fill('');
    const checkedBefore = await page.evaluate(() => window.__atlas!.timings.names!);
    // the rebuilt map's own checks held back once it is in the worker, until the card is checked
    await holdNames(page);
    await list.getByRole('button', { name: 'Apply in the explorer' }).click();

    // the rebuilt map shown
    await page.waitForFunction((n) => window.__atlas?.store.getState().dataset?.bundle.stats.authors === n, served.stats.authors - 1, { timeout: 300_000 });
    const pending = () => page.evaluate((t) => window.__atlas!.timings.names === t, checkedBefore);

    // Rankings: the map before's ⚑ marks, each said to be the map before's (before: none until the checks were done)
    await expect.poll(() => rankings.count(), { timeout: 15_000 }).toBe(marksBefore);
    expect(await page.locator('[data-testid="rank-several"][data-carried]').count()).toBe(marksBefore);
    expect(await rankings.first().getAttribute('aria-label')).toMatch(/\(on the map before it was rebuilt\): the card says why$/);
    // the chain: no name of it is checked again meanwhile (before: "Checking whether … is several people…")
    expect(await chain.getByTestId('chain-checking').count()).toBe(0);
    expect(await chain.getByTestId('chain-doubt').count()).toBe(doubtsBefore);

    expect(await pending(), 'the rebuilt map’s own checks had answered already: nothing carried to see').toBe(true);
    await shootPage(page, 'apply-carried-30k-rankings');

    // Yang Liu's card, opened once the rebuilt map is in the worker: the map before's claim and same-person line, said
    // once to be the map before's
    await namesHeld(page, 300_000);
    const yang = await page.evaluate<number>(authorOf('Yang Liu'));
    expect(yang).toBeGreaterThanOrEqual(0);
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: ${yang} })`);
    const card = page.locator('.details');
    const carried = card.getByTestId('card-carried');
    await card.getByTestId('synonym-note').waitFor({ timeout: 15_000 });
    await carried.waitFor({ timeout: 15_000 });
    expect(await pending(), 'the rebuilt map’s own checks had answered already: nothing carried to see').toBe(true);
    expect(await card.getByTestId('homonym-flag').getAttribute('data-flagged')).toBe('yes');
    expect(await card.getByTestId('homonym-flag').locator('.homonym-head').textContent()).toMatch(/May be/);
    await expect.poll(() => carried.textContent(), { timeout: 15_000 }).toBe(
      'Whether this name is several people, and who may be the same person: as on the map before it was rebuilt; this name is being checked on the rebuilt map.',
    );
    expect(await carried.count(), 'said once').toBe(1);
    expect(await card.getByTestId('homonym-checking').count()).toBe(0);
    expect(await card.getByTestId('split-chooser').count(), 'no chooser on the map before’s split').toBe(0);
    await shootPage(page, 'apply-carried-30k-card');

    // then the rebuilt map's own: the marks and the card's line go, the claim and its chooser stay
    await releaseNames(page);
    await page.waitForFunction((t) => window.__atlas!.timings.names! > t, checkedBefore, { timeout: 300_000 });
    await expect.poll(() => card.getByTestId('card-carried').count(), { timeout: 60_000 }).toBe(0);
    await card.getByTestId('split-chooser').waitFor({ timeout: 60_000 });
    expect(await card.getByTestId('homonym-flag').getAttribute('data-flagged')).toBe('yes');
    expect(await page.locator('[data-testid="rank-several"][data-carried]').count()).toBe(0);
    expect(await chain.locator('[data-carried]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 900_000);
});
