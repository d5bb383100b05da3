/**
 * Who-is-who decisions applied on an IMPORTED map survive a reload, in real Chromium: the import keeps its paper
 * lists in this browser (IndexedDB) beside the map, so the reloaded link rebuilds the map with the merge (the author
 * count one fewer, the merged author's card with both spellings), and Undo + Apply still rebuild it after the reload.
 * Before, a reload showed the unmerged map, the merge "not applied yet" and Apply greyed out ("Apply needs this map's
 * paper lists, which are not here", a tester). A second import is listed in the switcher beside the first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

const SEED = readFileSync(path.resolve(import.meta.dirname, '../../public/samples/wang-jialiang.txt'));
const OTHER_BIB = [
  '@article{fen1, title={Tidal Lexicons of the Fen Dialects}, author={Quennell-Bray, Orla and Oduya, Tamsin}, year={2021}}',
  '@article{fen2, title={Reed Songs and Their Singers}, author={Oduya, Tamsin and Marsh, Ivo}, year={2022}}',
].join('\n');

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, {}, { userMode: true }));
  await openAtlas(page);
  await page.waitForSelector('html[data-import-worker="ready"]', { state: 'attached' });
});

afterAll(async () => {
  await browser?.close();
});

const authors = () => fromStore<number>(page, 'b.stats.authors');
const authorsAre = (n: number) => page.waitForFunction(`window.__atlas.store.getState().dataset?.bundle.stats.authors === ${n} && document.documentElement.dataset.state === 'ready'`, null, { timeout: 120_000 });
const applied = (n: number) => page.waitForSelector(`[data-testid="alias-actions"][data-rebuild="idle"][data-applied="${n}"]`, { timeout: 120_000 });

async function importFile(name: string, buffer: Buffer, datasetName: string): Promise<void> {
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: 'text/plain', buffer });
  await page.getByTestId('import-build').click();
  await page.waitForFunction(`window.__atlas.store.getState().dataset?.name === ${JSON.stringify(datasetName)} && document.documentElement.dataset.state === 'ready'`, null, { timeout: 120_000 });
  // saved in this browser (the notice stops saying "saving")
  await page.waitForFunction(
    `(() => { const i = window.__atlasImport.store.getState(); const id = window.__atlas.store.getState().dataset?.id;
      return i.notice && !i.notice.saving && i.notice.meta.id === id && i.imported.some((d) => d.id === id); })()`,
    undefined,
    { timeout: 60_000 },
  );
}

async function openReview() {
  const panel = page.getByTestId('review-panel');
  if ((await panel.count()) === 0) await page.getByRole('button', { name: 'Review names' }).click();
  await panel.waitFor();
  return panel;
}

/** The card of `name` opened from the search box: its text. */
async function cardText(name: string): Promise<string> {
  await page.getByLabel('Search authors and papers').fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).first().click();
  const card = page.getByTestId('author-panel');
  await card.getByRole('heading', { name }).waitFor();
  return card.innerText();
}

describe('decisions applied on an imported map', () => {
  let kept = '';
  it('a merge applied on the imported seed list', async () => {
    await importFile('seed-list.txt', SEED, 'seed-list');
    expect(await authors()).toBe(109);
    expect(await page.getByTestId('import-notice').innerText()).toContain('saved in this browser, with its paper lists');
    const panel = await openReview();
    await panel.getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' }).getByRole('button', { name: 'Same person' }).click();
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    await applied(1);
    expect(await authors()).toBe(108);
    kept = await fromStore<string>(page, `b.authors.name[b.authors.aliases.findIndex((a) => a.includes('Ching-Yao Chung'))]`);
    expect(kept).toBeTruthy();
  });

  it('after a reload the merge is applied: one author fewer, the merged author\'s card with both spellings', async () => {
    await page.reload();
    await waitForState(page, 'ready');
    await authorsAre(108);
    expect(await fromStore<string>(page, 's.dataset.name')).toBe('seed-list');
    const panel = await openReview();
    await panel.getByText('1 merge accepted, all applied.').waitFor();
    expect(await panel.getByTestId('alias-no-rebuild').count()).toBe(0);
    await shootPage(page, '90-imported-merge-after-reload');
    const text = await cardText(kept);
    expect(text).toContain('Also written');
    expect(text).toContain('Ching-Yao Chung');
    expect(errors).toEqual([]);
  });

  it('Undo and Apply rebuild the imported map after the reload', async () => {
    const panel = await openReview();
    const accepted = panel.getByTestId('accepted');
    await accepted.waitFor();
    await accepted.getByTestId('undo-accepted').first().click();
    await panel.getByRole('button', { name: 'Undo in the explorer' }).click();
    await applied(0);
    expect(await authors()).toBe(109);
    // merged again, applied again
    await panel.getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' }).getByRole('button', { name: 'Same person' }).click();
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    await applied(1);
    expect(await authors()).toBe(108);
    await page.reload();
    await waitForState(page, 'ready');
    await authorsAre(108);
    expect(errors).toEqual([]);
  });

  it('a second import is listed in the switcher beside the first', async () => {
    await importFile('fen-list.bib', Buffer.from(OTHER_BIB), 'fen-list');
    await page.reload();
    await waitForState(page, 'ready');
    await page.getByTestId('dataset-switcher').click();
    const names = page.getByTestId('dataset-menu').getByTestId('imported-datasets').locator('.switcher-name');
    await names.nth(1).waitFor();
    expect(await names.allInnerTexts()).toEqual(['fen-list', 'seed-list']);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
