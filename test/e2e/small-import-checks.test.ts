/**
 * The Who-is-who sidebar of a small map imported in the page (2 authors), as a user has it (no test mode), while the
 * user goes on using the page (zooming the new map with the wheel): it says what is true at once, its counts (nothing
 * to review here), not "Checking the names… getting the names ready, 0%". Before, a small map's checks waited for a
 * quiet, idle page like the 30k map's (up to 15 s while the user kept using it), and the sidebar said "getting the
 * names ready, 0%" meanwhile, 1.5 s after the build was done (a tester).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

describe('an import of many files (tester K: eight case files)', () => {
  it('names the map by the first file and a count, its notice one line for the name and one for the details, and lists each stage once, in order', async () => {
    const dir = '/work/shared/cases';
    const cases = existsSync(dir) ? readdirSync(dir).filter((f) => f !== 'README.md').sort() : [];
    const files = cases.length >= 4 ? cases.map((f) => ({ name: f, mimeType: 'text/plain', buffer: readFileSync(`${dir}/${f}`) })) : ['a', 'b', 'c', 'd'].map((k) => ({ name: `lab-${k}-references-exported.bib`, mimeType: 'text/plain', buffer: Buffer.from(TWO_AUTHORS.replace(/@article\{(\w+)/g, `@article{$1${k}`)) }));
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles(files);
    await page.getByTestId('import-build').click();
    // the list never shows a stage done while one listed before it is still to run (it ticked "Labelling
    // communities" at 1 ms, before "Laying out the map", then ran it again for 14 s)
    const out: string[] = [];
    for (let i = 0; i < 1200 && (await page.getByTestId('import-notice').count()) === 0; i++) {
      const rows = await page.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="import-progress"] .stage-row')].map((r) => (r.classList.contains('is-done') ? 'd' : r.classList.contains('is-running') ? 'r' : 'p'))`);
      const seen = rows.join('');
      if (seen && !/^d*r?p*$/.test(seen)) out.push(seen);
      await page.waitForTimeout(50);
    }
    expect(out, 'progress rows (d done, r running, p pending) out of order').toEqual([]);
    const notice = page.getByTestId('import-notice');
    await notice.waitFor();
    const first = files[0]!.name.replace(/\.[^.]+$/, '');
    const name = await page.evaluate<string>('window.__atlas.store.getState().dataset.name');
    expect(name).toBe(`${first} + ${files.length - 1} more`);
    // the name's line and the details' line are one line each (the name of all eight wrapped to three)
    const lines = await page.evaluate<number[]>(`[...document.querySelectorAll('[data-testid="import-notice"] .import-notice-name, [data-testid="import-notice"] .import-notice-details')].map((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)))`);
    expect(lines).toEqual([1, 1]);
    expect((await notice.boundingBox())!.height).toBeLessThan(100);
    await shootPage(page, 'small-import-many-files');
    expect(errors).toEqual([]);
  }, 300_000);
});
