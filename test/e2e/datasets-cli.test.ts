/**
 * Datasets built with the CLI (issue 11, item 11): a bundle the user wrote into data/ is listed as theirs,
 * not among the samples; one built with its paper lists is rebuilt in the page with a decision and, reloaded, opened as
 * rebuilt (kept in this browser: no rebuild) until the map is built again on the server; a `?bundle=` address that the server answers with a web page (a development
 * server's fallback for a missing file) says "not found", not "damaged… Unexpected token '<'".
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, mapsShown, openAtlas, shootPage, watchMapsShown } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

// e2e files run in parallel, so this file lists its dataset in a copy of the site (under `cli-site/`;
// the app's base is './'), leaving the shared site's index.json as every other file expects it
const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE = path.resolve(import.meta.dirname, '../../test-output/e2e-site');
const COPY = 'cli-site/';
const SITE_DATA = path.join(SITE, COPY, 'data');
const INDEX = path.join(SITE_DATA, 'index.json');
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  // as `npm run build:graph -- … --out public/data/my-lab` leaves it: a copy of the seed's bundle, listed without "sample"
  const copied = [...readdirSync(SITE).filter((f) => !['cli-site', 'fixtures', 'data'].includes(f)), 'data/index.json', 'data/wang-jialiang'];
  for (const f of copied) cpSync(path.join(SITE, f), path.join(SITE, COPY, f), { recursive: true });
  const savedIndex = readFileSync(INDEX, 'utf8');
  mkdirSync(path.join(SITE_DATA, 'my-lab'), { recursive: true });
  for (const f of ['bundle.json', 'preview.json', 'abstracts']) cpSync(path.join(SITE_DATA, 'wang-jialiang', f), path.join(SITE_DATA, 'my-lab', f), { recursive: true });
  const entries = JSON.parse(savedIndex) as { id: string }[];
  entries.push({ id: 'my-lab', name: 'My lab', bundle: 'data/my-lab/bundle.json', papers: 9, authors: 109 } as { id: string });
  writeFileSync(INDEX, JSON.stringify(entries));
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
});

describe('datasets built with the CLI', () => {
  it('a bundle the user built is listed as theirs, the sample under "Samples"', async () => {
    await openAtlas(page, COPY);
    await page.getByTestId('dataset-switcher').click();
    const menu = page.getByTestId('dataset-menu');
    await menu.waitFor();
    const built = menu.getByTestId('built-datasets');
    expect(await built.locator('li').allTextContents()).toEqual(['My lab']);
    await expect(menu.getByRole('heading', { name: 'Built on this computer' }).count()).resolves.toBe(1);
    const samples = menu.locator('h3:text-is("Samples") + ul li');
    expect(await samples.allTextContents()).toEqual(['Wang, Jialiang — papers and co-authors']);
    await shootPage(page, 'switcher-built-datasets');
    await page.keyboard.press('Escape');
  });

  it("the top bar and the tab's title name the map as the switcher lists it, not by the bundle's own name", async () => {
    // my-lab's bundle is the seed's, whose own name is the sample's: the site's index calls it "My lab"
    await page.goto(appUrl(`${COPY}?ds=my-lab`));
    await waitForState(page, 'ready');
    await expect(page.getByTestId('dataset-switcher').textContent()).resolves.toContain('My lab');
    await expect(page.title()).resolves.toBe('My lab — Coauthor Atlas');
    // chosen from the switcher, the same
    await page.goto(appUrl(COPY));
    await waitForState(page, 'ready');
    await expect(page.getByTestId('dataset-switcher').textContent()).resolves.toContain('Wang, Jialiang');
    await page.getByTestId('dataset-switcher').click();
    await page.getByTestId('built-datasets').locator('li', { hasText: 'My lab' }).locator('button').first().click();
    await page.waitForFunction("document.title === 'My lab — Coauthor Atlas'");
    await expect(page.getByTestId('dataset-switcher').textContent()).resolves.toContain('My lab');
  });

  it('a map built while the page is open is listed the next time the switcher opens, without a reload (a tester)', async () => {
    await openAtlas(page, COPY);
    await page.getByTestId('dataset-switcher').click();
    await page.getByTestId('built-datasets').waitFor();
    await page.keyboard.press('Escape');
    // `npm run build:graph -- … --out public/data/field` meanwhile
    const before = readFileSync(INDEX, 'utf8');
    mkdirSync(path.join(SITE_DATA, 'field'), { recursive: true });
    for (const f of ['bundle.json', 'preview.json', 'abstracts']) cpSync(path.join(SITE_DATA, 'wang-jialiang', f), path.join(SITE_DATA, 'field', f), { recursive: true });
    writeFileSync(INDEX, JSON.stringify([...(JSON.parse(before) as object[]), { id: 'field', name: 'My field', bundle: 'data/field/bundle.json', papers: 9, authors: 109 }]));
    try {
      await page.getByTestId('dataset-switcher').click();
      const built = page.getByTestId('built-datasets');
      await expect.poll(() => built.locator('li').allTextContents(), { timeout: 10_000 }).toEqual(['My lab', 'My field']);
      await built.locator('li', { hasText: 'My field' }).locator('button').first().click();
      await page.waitForFunction("document.title === 'My field — Coauthor Atlas'");
    } finally {
      writeFileSync(INDEX, before);
    }
    expect(errors).toEqual([]);
  });

  it('a map built with `npm run build:graph` from a list outside the site is rebuilt in the page with a decision (tester A)', async () => {
    // the paper list lives elsewhere (as ../shared/corpora): the CLI copies it into the map's sources/ folder
    const lists = mkdtempSync(path.join(tmpdir(), 'atlas-e2e-lists-'));
    const list = path.join(lists, 'lab-papers.txt');
    cpSync(path.join(ROOT, 'public/samples/wang-jialiang.txt'), list);
    const before = readFileSync(INDEX, 'utf8');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundled.mjs'), 'build-graph', list, '--out', path.join(SITE_DATA, 'lab-cli'), '--name', 'Lab from the CLI'], { cwd: ROOT, encoding: 'utf8' });
    try {
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('lab-papers.txt copied into');
      await page.goto(appUrl(`${COPY}?ds=lab-cli`));
      await waitForState(page, 'ready');
      await page.getByRole('button', { name: 'Review names' }).click();
      const panel = page.getByTestId('review-panel');
      // the list offers Apply, not "this map's paper lists are not here"
      await expect.poll(() => panel.locator('.insight-intro').first().textContent()).toContain('then Apply in the explorer');
      const card = panel.getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' });
      await card.getByRole('button', { name: 'Same person' }).click();
      await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
      await page.waitForSelector('[data-testid="alias-actions"][data-rebuild="idle"][data-applied="1"]', { timeout: 120_000 });
      // rebuilt from the copied list: one author fewer, the merged person with both papers
      expect(await fromStore<number>(page, 'b.stats.authors')).toBe(108);
      expect(await fromStore<number>(page, "b.authors.name.indexOf('Ching-Yao Chung')")).toBe(-1);
      expect(await fromStore<number>(page, "b.authors.paperCount[b.authors.name.indexOf('Ching-Yao Chuang')]")).toBe(2);
      await expect(page.getByTestId('dataset-switcher').textContent()).resolves.toContain('Lab from the CLI');
      // a reload opens the map as rebuilt, kept in this browser: no rebuild from the served lists again (it rebuilt
      // them at every reload), and the page says so
      const kept = await fromStore<number>(page, 'b.communities.length');
      // (page.evaluate awaits the promise; waitForFunction would take the promise itself for a truthy answer)
      const keptHere = () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const open = indexedDB.open('coauthor-atlas');
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('rebuilt')) return resolve(false);
                const req = db.transaction('rebuilt').objectStore('rebuilt').getAllKeys();
                req.onsuccess = () => resolve(req.result.some((k) => String(k).startsWith('ds:lab-cli\u0000')));
                req.onerror = () => resolve(false);
              };
              open.onerror = () => resolve(false);
            }),
        );
      await expect.poll(keptHere, { timeout: 60_000, interval: 500 }).toBe(true);
      await page.context().addInitScript(() => {
        const w = window as unknown as { __rebuildShown: boolean };
        w.__rebuildShown = false;
        new MutationObserver(() => {
          if (document.querySelector('[data-testid="rebuild-banner"][data-state="running"]')) w.__rebuildShown = true;
        }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
      });
      await watchMapsShown(page);
      const rebuildShown = () => page.evaluate(() => (window as unknown as { __rebuildShown: boolean }).__rebuildShown);
      const merged = () => page.waitForFunction("window.__atlas.store.getState().dataset?.bundle.stats.authors === 108 && document.documentElement.dataset.state === 'ready'", null, { timeout: 120_000 });
      await page.reload();
      await merged();
      expect(await rebuildShown()).toBe(false);
      expect(await page.getByTestId('link-note').innerText()).toContain('Opened the map as rebuilt with your 1 merge');
      // the kept map is the first drawn: the served map without the merge (109 authors) never shows
      expect(await mapsShown(page)).toEqual([108]);
      const appliedLink = page.url();
      // the map built again on the server (another resolution: other communities): the map kept is not its own, so
      // the reload rebuilds it rather than show the old one
      const again = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bundled.mjs'), 'build-graph', list, '--out', path.join(SITE_DATA, 'lab-cli'), '--name', 'Lab from the CLI', '--resolution', '3'], { cwd: ROOT, encoding: 'utf8' });
      expect(again.status, again.stderr).toBe(0);
      // the map opened as the server has it now (no decisions in the address): the map kept from the version before
      // can never be opened again (its key is the old map's), and goes
      await page.goto(appUrl(`${COPY}?ds=lab-cli`));
      await waitForState(page, 'ready');
      await expect.poll(keptHere, { timeout: 30_000, interval: 500 }).toBe(false);
      await page.goto(appliedLink);
      await merged();
      await page.waitForSelector('[data-testid="rebuild-banner"]', { state: 'detached', timeout: 120_000 });
      expect(await rebuildShown()).toBe(true);
      expect(await fromStore<number>(page, 'b.communities.length')).not.toBe(kept);
    } finally {
      writeFileSync(INDEX, before);
    }
    expect(errors).toEqual([]);
  });

  it('a ?bundle= answered with a web page says "not found"', async () => {
    await page.goto(appUrl(`${COPY}?bundle=index.html`));
    await waitForState(page, 'error');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('not found');
    expect(text).not.toMatch(/Unexpected token|damaged/);
    await shootPage(page, 'bundle-not-found');
    // the error screen is the message; the page itself logs no error
    expect(errors.filter((e) => !e.includes('index.html'))).toEqual([]);
  });
});
