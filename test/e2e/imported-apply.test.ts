/**
 * Who-is-who decisions applied on an IMPORTED map survive a reload, in real Chromium: the import keeps its paper
 * lists in this browser (IndexedDB) beside the map, so the reloaded link rebuilds the map with the merge (the author
 * count one fewer, the merged author's card with both spellings), and Undo + Apply still rebuild it after the reload.
 * Before, a reload showed the unmerged map, the merge "not applied yet" and Apply greyed out ("Apply needs this map's
 * paper lists, which are not here", a tester). A second import is listed in the switcher beside the first.
 * The map Apply rebuilt is kept in this browser too (one per import, keyed by the exact decisions applied): the reload
 * opens it as it was, without a rebuild (no rebuild banner or progress at any moment; before, every reload of the
 * 30k map rebuilt it, 1–2.5 minutes), and says so in the link note; another set of decisions is rebuilt and replaces
 * the map kept.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, mapsShown, openAtlas, shootPage, watchMapsShown } from './atlas-page';
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
/** The keys of the maps kept for Apply in this browser's IndexedDB (`rebuilt` store; none before it existed). */
const keptMaps = () =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('coauthor-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('rebuilt')) return resolve([]);
          const req = db.transaction('rebuilt').objectStore('rebuilt').getAllKeys();
          req.onsuccess = () => resolve(req.result.map(String));
          req.onerror = () => reject(req.error);
        };
      }),
  );
/** Resolves once exactly one map is kept and it has `lines` applied lines (its key ends with their JSON). */
async function keptWith(lines: number): Promise<string[]> {
  for (let t = 0; t < 120; t++) {
    const keys = await keptMaps();
    if (keys.length === 1 && (JSON.parse(keys[0]!.split('\u0000')[2]!) as unknown[]).length === lines) return keys;
    await page.waitForTimeout(500);
  }
  return keptMaps();
}
/** From the next page load on: whether the rebuild's banner or progress bar has shown at any moment since (`window.__rebuildShown`). */
async function watchRebuildProgress(): Promise<void> {
  await page.context().addInitScript(() => {
    const w = window as unknown as { __rebuildShown: boolean };
    w.__rebuildShown = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="rebuild-banner"][data-state="running"], .rebuild-progress progress')) w.__rebuildShown = true;
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
}
const rebuildShown = () => page.evaluate(() => (window as unknown as { __rebuildShown: boolean }).__rebuildShown);

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
  /** The link with the merge and the split applied (the seed list's). */
  let appliedLink = '';
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
    // the map Apply rebuilt is kept (one map for this import)
    expect(await keptWith(1)).toHaveLength(1);
    await watchRebuildProgress();
    await watchMapsShown(page);
    const t0 = Date.now();
    await page.reload();
    await waitForState(page, 'ready');
    await authorsAre(108);
    console.log(`reload to the merged map: ${Date.now() - t0} ms`);
    // opened as kept: no rebuild at any moment, and the page says so
    expect(await rebuildShown()).toBe(false);
    // the map kept is the first one drawn: the imported map without the merge (109 authors) never shows (it was drawn,
    // then swapped for the kept one)
    await page.getByTestId('link-note').waitFor();
    expect(await mapsShown(page)).toEqual([108]);
    expect(await page.getByTestId('link-note').innerText()).toContain('Opened the map as rebuilt with your 1 merge');
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

  it('Undo (one press) and Apply rebuild the imported map after the reload', async () => {
    const panel = await openReview();
    const accepted = panel.getByTestId('accepted');
    await accepted.waitFor();
    // (one press: the map rebuilt without the merge at once)
    await accepted.getByTestId('undo-accepted').first().click();
    await applied(0);
    expect(await authors()).toBe(109);
    // every decision undone and applied: the map kept for the merge goes (no reload needs it)
    await expect.poll(keptMaps, { timeout: 10_000, interval: 250 }).toEqual([]);
    // merged again, applied again
    await panel.getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' }).getByRole('button', { name: 'Same person' }).click();
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    await applied(1);
    expect(await authors()).toBe(108);
    // the merge's map again (from the page's memory, no rebuild): kept in this browser again for the reload
    expect(await keptWith(1)).toHaveLength(1);
    await page.reload();
    await waitForState(page, 'ready');
    await authorsAre(108);
    expect(await rebuildShown()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('another set of decisions is rebuilt and replaces the map kept; its reload opens it, not the one before', async () => {
    await page.keyboard.press('Escape');
    // a split besides the merge: the decisions differ, so the kept map is not theirs
    await page.getByLabel('Search authors and papers').fill('Jialiang Wang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).first().click();
    const flag = page.getByTestId('author-panel').getByTestId('homonym-flag');
    await flag.getByRole('button', { name: 'Split into 4 people' }).click();
    await page.getByTestId('author-panel').getByTestId('card-decisions').getByRole('button', { name: 'Apply in the explorer' }).click();
    await applied(5);
    expect(await authors()).toBe(111);
    expect(await rebuildShown()).toBe(true);
    // one map kept for the import still: the one with the merge and the split (its 4 lines)
    expect(await keptWith(5)).toHaveLength(1);
    await page.reload();
    await waitForState(page, 'ready');
    await authorsAre(111);
    expect(await rebuildShown()).toBe(false);
    await page.getByTestId('link-note').waitFor();
    expect(await mapsShown(page)).toEqual([111]);
    expect(await page.getByTestId('link-note').innerText()).toContain('Opened the map as rebuilt with your 1 merge and 1 split');
    appliedLink = page.url();
    expect(errors).toEqual([]);
  });

  it('an import saved before imports kept their paper lists says its link’s decisions are not applied, and what to do', async () => {
    // the seed list as an older version kept it: no paper lists, no map rebuilt, no `sourcesKept` in its entry
    const id = new URL(appliedLink).searchParams.get('ds')!;
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('coauthor-atlas');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['sources', 'rebuilt', 'datasets'], 'readwrite');
            tx.objectStore('sources').delete(id);
            tx.objectStore('rebuilt').clear();
            const metas = tx.objectStore('datasets');
            const get = metas.get(id);
            get.onsuccess = () => {
              const meta = get.result as Record<string, unknown>;
              delete meta.sourcesKept;
              metas.put(meta, id);
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      id,
    );
    await page.goto(appliedLink);
    await waitForState(page, 'ready');
    await authorsAre(109);
    const note = await page.getByTestId('link-note').innerText();
    expect(note).toContain('merges and splits of names are not applied: this map was imported before this browser kept the paper lists of imports');
    expect(note).toContain('import its paper list again');
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
