/**
 * Who is who right after an Apply on the 30k map (acl_2016_2021_all), as a user has it (no test mode): the map is
 * opened as the site serves a map built on the command line, with its paper list beside it (its index entry's
 * `inputs`, here served to this page alone), the review list open; once every name's check has answered, "Same
 * person" on "Ond?ej Bojar" / "Ondřej Bojar" and Apply. As soon as the rebuilt map is shown, the review list still
 * lists its pairs (the merged one gone, and any other of the two names the merge changed, counted in the list's line:
 * carried-checks.ts `carriedReview`), the sidebar its counts, and the footer says "Map rebuilt with 1 merge…",
 * with a line saying these are the map before's checks and how far the rebuilt map's are; then the rebuilt map's own
 * replace them. Before, both panels went back to "Checking the names… getting the names ready, 5%" for the whole
 * re-check (13 s at load 6–11, 21.5 → 34.5 s after the click), with no list and no "Map rebuilt…" line (a tester).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, shootPage } from './atlas-page';
import { BIG_BUNDLES, useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('who is who right after an Apply on the 30k map', () => {
  it('the review list, the counts and "Map rebuilt…" stay on screen while the names are checked again, said to be the map before’s', async () => {
    const bundlePath = new URLSearchParams(query).get('bundle')!;
    const served = JSON.parse(readFileSync(path.join(ROOT, 'test-output/e2e-site', bundlePath), 'utf8')) as { stats: { authors: number; papers: number } };
    const { fixture, name } = BIG_BUNDLES.acl_2016_2021_all;
    const source = `data/acl_2016_2021_all/sources/${fixture.replace(/\.gz$/, '')}`;
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
    // the site's dataset list with the 30k map as `npm run build:graph` writes it under data/ (its paper list copied
    // beside it), for this page alone (other files read the site's list)
    const index = JSON.parse(readFileSync(path.join(ROOT, 'test-output/e2e-site/data/index.json'), 'utf8')) as unknown[];
    const entry = { id: 'acl30k', name, bundle: bundlePath, papers: served.stats.papers, authors: served.stats.authors, inputs: [source] };
    await page.route('**/data/index.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify([...index, entry]) }));
    const text = gunzipSync(readFileSync(path.join(ROOT, 'test/fixtures', fixture)));
    await page.route(`**/${source}`, (route) => route.fulfill({ contentType: 'text/plain', body: text }));

    await page.goto(appUrl('?ds=acl30k&review=names'));
    await waitForState(page, 'ready', 120_000);
    await page.waitForFunction(() => window.__atlas?.timings.names !== undefined, null, { timeout: 240_000 });
    const list = page.getByTestId('review-panel');
    const sidebar = page.getByTestId('who-panel');
    const pairs = await list.getByTestId('suggestion').count();
    expect(pairs).toBeGreaterThan(100);
    const filter = list.getByTestId('review-filter');
    await filter.fill('bojar');
    await list.getByTestId('suggestion').filter({ hasText: 'Ond?ej Bojar' }).getByRole('button', { name: 'Same person' }).click();
    await filter.fill('');
    await expect.poll(() => list.getByTestId('suggestion').count(), { timeout: 60_000 }).toBe(pairs);
    const checkedBefore = await page.evaluate(() => window.__atlas!.timings.names!);
    await list.getByRole('button', { name: 'Apply in the explorer' }).click();

    // the rebuilt map shown
    await page.waitForFunction((n) => window.__atlas?.store.getState().dataset?.bundle.stats.authors === n, served.stats.authors - 1, { timeout: 300_000 });
    // within a moment: the list, the counts and what the Apply did, with the line saying whose checks these are
    const refreshing = list.getByTestId('names-refreshing');
    // (the frames of a new 30k map on 2 shared cores: a few seconds at most; before, the line never came)
    await refreshing.waitFor({ timeout: 15_000 });
    const shownAt = await page.evaluate(() => ({ checked: window.__atlas!.timings.names!, at: performance.now() }));
    expect(shownAt.checked, 'the rebuilt map’s own checks had answered already: nothing was carried over to see').toBe(checkedBefore);
    // (the pairs of the names the merge changed are left out, and counted in the line: carried-checks.ts `carriedReview`)
    const said = (await refreshing.textContent())!;
    expect(said).toMatch(
      /^These are the checks of the map before it was rebuilt, for the names your decisions left as they were(; left out for the names you changed: [^.]+)?\. Checking the rebuilt map’s names: (about to start|getting the names ready, \d+%|\d+% done)\.$/,
    );
    const leftOut = Number(/left out for the names you changed: (\d+) pairs?/.exec(said)?.[1] ?? 0);
    expect(await list.getByTestId('suggestion').count()).toBe(pairs - 1 - leftOut);
    expect(await list.getByTestId('suggestion').filter({ hasText: 'Ond?ej Bojar' }).count()).toBe(0);
    expect(await list.getByTestId('alias-actions').textContent()).toContain('Map rebuilt with 1 merge');
    expect(await sidebar.getByTestId('suggestion-count').textContent()).toBe((pairs - 1 - leftOut).toLocaleString('en-US'));
    expect(await sidebar.getByTestId('names-refreshing').count()).toBe(1);
    expect(await page.getByTestId('names-checking').count(), 'no panel went back to "Checking the names…"').toBe(0);
    await shootPage(page, 'apply-recheck-30k-refreshing');

    // then the rebuilt map's own checks, in their place: the line goes, the list stays
    await page.waitForFunction((t) => window.__atlas!.timings.names! > t, checkedBefore, { timeout: 240_000 });
    await expect.poll(() => list.getByTestId('names-refreshing').count()).toBe(0);
    expect(await sidebar.getByTestId('names-refreshing').count()).toBe(0);
    expect(await list.getByTestId('suggestion').count()).toBeGreaterThan(100);
    expect(await list.getByTestId('alias-actions').textContent()).toContain('Map rebuilt with 1 merge');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);
});
