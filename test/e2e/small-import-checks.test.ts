/**
 * The Who-is-who sidebar of a small map imported in the page (2 authors), as a user has it (no test mode), while the
 * user goes on using the page (zooming the new map with the wheel): it says what is true at once, its counts (nothing
 * to review here), not "Checking the names… getting the names ready, 0%". Before, a small map's checks waited for a
 * quiet, idle page like the 30k map's (up to 15 s while the user kept using it), and the sidebar said "getting the
 * names ready, 0%" meanwhile, 1.5 s after the build was done (a tester).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, shootPage } from './atlas-page';
import { launchChromium, openPage } from './browser';

const TWO_AUTHORS = '@article{fen1, title={Tidal Lexicons of the Fen Dialects}, author={Quennell-Bray, Orla and Oduya, Tamsin}, year={2021}}\n';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true }));
  await openAtlas(page);
  await page.waitForSelector('html[data-import-worker="ready"]', { state: 'attached' });
});

afterAll(async () => {
  await browser?.close();
});

describe('the name checks of a small imported map', () => {
  it('answer while the user zooms the new map: the sidebar gives its counts within seconds, never stuck "getting the names ready"', async () => {
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles([{ name: 'two.bib', mimeType: 'text/plain', buffer: Buffer.from(TWO_AUTHORS) }]);
    await page.getByTestId('import-build').click();
    await page.waitForFunction(() => window.__atlas?.store.getState().dataset?.bundle.stats.authors === 2 && document.documentElement.dataset.state === 'ready', null, { timeout: 90_000 });
    const panel = page.getByTestId('who-panel');
    // the user zooms the map, a wheel step every 150 ms, for 4 s at most: the page is never quiet for long
    const stage = page.locator('.stage');
    const box = (await stage.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    let counted = false;
    for (let i = 0; i < 27 && !counted; i++) {
      await page.mouse.wheel(0, i % 2 === 0 ? -60 : 60);
      await page.waitForTimeout(150);
      counted = (await panel.getByTestId('suggestion-count').count()) > 0;
    }
    expect(counted, `the sidebar after 4 s of zooming: ${await panel.textContent()}`).toBe(true);
    expect(await panel.getByTestId('suggestion-count').textContent()).toBe('0');
    expect(await panel.getByTestId('homonym-count').textContent()).toBe('0');
    expect(await panel.getByTestId('names-checking').count()).toBe(0);
    await shootPage(page, 'small-import-checks');
    expect(errors).toEqual([]);
  }, 180_000);
});
