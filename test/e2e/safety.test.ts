/**
 * Defence in depth and the browser's own state (issue 14), in real Chromium against the production build:
 * - the Content-Security-Policy of the built page: the explorer draws, opens its panels, imports, exports and
 *   refuses an OpenAlex mirror the policy does not allow, with zero policy violations and zero console errors;
 * - two tabs: a dataset imported in one appears in the other's switcher, and a removal too;
 * - when the browser has no room to keep an import, the map still opens, says it was not saved and why, and a
 *   reload says it was never saved (not "removed or cleared");
 * - a panel that fails shows its note in that panel only; the rest of the page works;
 * - a site with no built dataset says "No dataset yet";
 * - what the import read shows in the browser: affiliations in the author panel (Web of Science sample), and the
 *   notes (split names, placeholders, the encoding guessed) in the build report.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, openAtlas, OUTPUT_DIR, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { SITE_DIR } from './global-setup';
import { serveStatic } from './static-server';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const WOS = path.join(FIXTURES, 'formats/wos-plain.txt');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Records every `securitypolicyviolation` the page sees into `window.__cspViolations`. */
const RECORD_VIOLATIONS = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));`;

/**
 * Wait until `expression` is true in the page, by polling with page.evaluate (Playwright's waitForFunction
 * evaluates a string, which the app's policy forbids: in pages that keep the policy, it cannot be used).
 */
async function until(page: Page, expression: string, timeout = 90_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate('window.__cspViolations');
}

/** Wait until the dataset `name` is open and drawn (an import's result). */
async function waitForOpen(page: Page, name: string): Promise<void> {
  await until(page, `(() => { const s = window.__atlas.store.getState(); return (s.dataset && s.dataset.name === ${JSON.stringify(name)} && document.documentElement.dataset.state === 'ready') || window.__atlasImport.store.getState().status === 'failed'; })()`);
  expect(await page.evaluate('window.__atlasImport.store.getState().problem')).toBeNull();
}

/** Import pasted text (named `name`) through the dialog. */
async function importText(page: Page, text: string, name: string): Promise<void> {
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-paste').fill(text);
  await page.getByLabel('Dataset name').fill(name);
  await page.getByTestId('import-build').click();
  await waitForOpen(page, name);
}

async function importedNames(page: Page): Promise<string[]> {
  return page.evaluate('window.__atlasImport.store.getState().imported.map((d) => d.name)');
}

describe('Content-Security-Policy of the built app', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    // the app as users get it (camera animation on), under its own policy
    ({ page, errors } = await openPage(browser, { acceptDownloads: true, bypassCSP: false }, { userMode: true }));
    await page.context().addInitScript(RECORD_VIOLATIONS);
    await openAtlas(page);
    await page.waitForSelector('html[data-import-worker="ready"]', { state: 'attached' });
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('the page carries the policy: scripts, styles and workers from the site only, no inline script', async () => {
    const policy = await page.evaluate(`document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("worker-src 'self';");
    expect(policy).toContain("connect-src 'self' https://api.openalex.org");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });

  it('panels open: an author, their paper, a community card, the build report', async () => {
    const search = page.getByLabel(/Search/);
    await search.click();
    await search.pressSequentially('jialiang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).first().click();
    const author = page.getByTestId('author-panel');
    await expect(author.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Jialiang Wang');
    await author.getByTestId('author-papers').getByRole('button').first().click();
    await page.getByTestId('paper-panel').waitFor();
    await page.locator('.community-name').first().click();
    await page.getByTestId('community-card').waitFor();
    await page.getByTestId('open-report').click();
    await page.getByTestId('report-summary').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('report-summary').waitFor({ state: 'detached' });
    expect(await violations(page)).toEqual([]);
  });

  it('an import (Web of Science sample) builds in the worker; the author panel shows affiliations', async () => {
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles(WOS);
    await page.getByTestId('import-build').click();
    await waitForOpen(page, 'wos-plain');
    const search = page.getByLabel(/Search/);
    await search.fill('');
    await search.pressSequentially('hult');
    await page.getByRole('option', { name: /Jonas K\. Hult/ }).first().click();
    const panel = page.getByTestId('author-panel');
    const affiliations = await panel.getByTestId('author-affiliations').locator('li').allInnerTexts();
    // C1: Univ Oslo on the first paper (with Castellanos), Lund Univ on both
    expect(affiliations.map((a) => a.replace(/\s*·\s*\d+$/, ''))).toEqual(expect.arrayContaining(['Lund Univ, Sweden', 'Univ Oslo, Norway']));
    await shootPage(page, '90-affiliations-wos');
    expect(await violations(page)).toEqual([]);
  });

  it('every export downloads: PNG, SVG, GEXF, CSV', async () => {
    for (const item of ['png', 'svg', 'gexf', 'authors-csv']) {
      const menu = page.getByTestId('export-menu');
      if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export="${item}"]`).click()]);
      const file = path.join(OUTPUT_DIR, 'downloads', `csp-${download.suggestedFilename()}`);
      mkdirSync(path.dirname(file), { recursive: true });
      await download.saveAs(file);
      expect(readFileSync(file).length, item).toBeGreaterThan(100);
      // the menu closes, and the note under the top bar says what was downloaded
      await expect.poll(() => page.getByTestId('export-note').innerText(), { timeout: 30_000 }).toBe(`Downloaded ${download.suggestedFilename()}`);
      expect(await menu.isVisible(), item).toBe(false);
    }
    expect(await violations(page)).toEqual([]);
  });

  it('an OpenAlex mirror the policy does not allow is refused with a clear message, before any request', async () => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(appUrl('?openalex=https://mirror.example.net'));
    await waitForState(page, 'ready');
    await page.locator('[data-testid="open-new-map"]:visible').click();
    await page.locator('label.newmap-mode', { hasText: /^\s*Search\s*$/ }).click();
    await page.getByTestId('newmap-words').fill('peat moisture');
    await page.getByTestId('newmap-fetch').click();
    const error = page.getByTestId('newmap-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/security policy allows OpenAlex requests only to api\.openalex\.org, this site and this machine \(localhost\), not mirror\.example\.net/);
    expect(requested.filter((u) => new URL(u).hostname === 'mirror.example.net')).toEqual([]);
    await shootPage(page, '91-csp-mirror-refused');
    await page.keyboard.press('Escape');
  });

  it('zero policy violations and zero console errors in all of it', async () => {
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('two tabs of the site', () => {
  let context: BrowserContext;
  let a: Page;
  let b: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ page: a } = await openPage(browser));
    context = a.context();
    b = await context.newPage();
    for (const p of [a, b]) {
      p.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      p.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
    }
    await openAtlas(a);
    await openAtlas(b);
    await a.waitForSelector('html[data-import-worker="ready"]', { state: 'attached' });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('a dataset imported in one tab appears in the other tab’s switcher without a reload; a removal too', async () => {
    expect(await importedNames(b)).toEqual([]);
    await importText(a, readFileSync(path.join(FIXTURES, 'sample.ris'), 'utf8'), 'Shared RIS');
    await until(b, `window.__atlasImport.store.getState().imported.length === 1`);
    await b.getByTestId('dataset-switcher').click();
    const menu = b.getByTestId('dataset-menu');
    expect(await menu.getByTestId('imported-datasets').locator('.switcher-name').allInnerTexts()).toEqual([expect.stringContaining('Shared RIS')]);
    await shootPage(b, '92-second-tab-switcher');
    // opened from the other tab's switcher: the dataset itself comes from this browser's storage
    await menu.locator('.switcher-open', { hasText: 'Shared RIS' }).click();
    await waitForOpen(b, 'Shared RIS');

    await a.getByTestId('dataset-switcher').click();
    const menuA = a.getByTestId('dataset-menu');
    await menuA.getByRole('button', { name: 'Remove Shared RIS from this browser' }).click();
    await menuA.getByRole('button', { name: 'Really remove Shared RIS' }).click();
    await until(b, `window.__atlasImport.store.getState().imported.length === 0`);
    expect(await importedNames(b)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('what the import read, in the browser build report: split names, placeholders and the encoding guessed are listed with file and line', async () => {
    // a file dropped on the first tab (its own page before; the import worker is warm there)
    const page = a;
    const bib = ['@article{w1,', '  title = {Gut flora in winter},', '  year = 2019,', '  author = {Westergaard E, Rinaldi G, Osei K},', '}', '', '@article{w2,', '  title = {Caf\u00e9 lichens},', '  author = {Osei, K. and et al.},', '  year = 2020', '}', ''].join('\n');
    const bytes = [...Buffer.from(bib, 'latin1')];
    await page.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(${JSON.stringify(bytes)})], 'notes.bib'));
      const target = document.querySelector('.stage');
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
    await waitForOpen(page, 'notes');
    expect(await fromStore<string[]>(page, 'b.authors.name')).toEqual(expect.arrayContaining(['E Westergaard', 'G Rinaldi', 'K Osei']));
    await page.getByTestId('open-report').click();
    await page.getByRole('tab', { name: /Notes/ }).click();
    const notes = (await page.getByTestId('report-notes').innerText()).replace(/[ \t]+/g, ' ');
    expect(notes).toMatch(/notes\.bib:4\s+author: one entry held 3 names/);
    expect(notes).toMatch(/notes\.bib:9\s+author: "et al\." is a placeholder, not a person; left out/);
    expect(notes).toMatch(/notes\.bib:8\s+not valid UTF-8 .*read as Windows-1252/);
    await shootPage(page, '97-report-notes');
    expect(errors).toEqual([]);
  });
});

describe('when the browser cannot keep an import', () => {
  it('no room (storage quota): the map opens and says it was not saved and why; a reload says it was never saved, and why', async () => {
    const { page, errors } = await openPage(browser);
    await openAtlas(page);
    await page.waitForSelector('html[data-import-worker="ready"]', { state: 'attached' });
    // the site's storage quota cut to almost nothing, as on a full disk: IndexedDB writes fail with QuotaExceededError
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(appUrl()).origin, quotaSize: 1 });

    await importText(page, readFileSync(path.join(FIXTURES, 'sample.ris'), 'utf8'), 'No room');
    // the map is shown while the worker saves it; the notice then says how that ended
    const notice = page.locator('[data-testid="import-notice"]:not([data-saving])');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/not saved in this browser: the browser has no room left for it \(storage quota\) — it will be gone after a reload/);
    // the map is there, with its report (kept in the page)
    expect(await fromStore<number>(page, 'b.stats.papers')).toBeGreaterThan(0);
    await shootPage(page, '93-import-not-saved');
    await page.getByTestId('open-report').click();
    await page.getByTestId('report-summary').waitFor();
    await page.keyboard.press('Escape');
    expect(await importedNames(page)).toEqual([]);

    await page.reload();
    await waitForState(page, 'error');
    const text = (await page.getByTestId('load-error').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('This imported dataset was never saved in this browser');
    expect(text).toContain('When "No room" was built, saving it failed: the browser has no room left for it (storage quota)');
    expect(text).not.toMatch(/removed|cleared/);
    await shootPage(page, '94-never-saved-reload');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a panel that fails', () => {
  it('shows its own note in its place; the rest of the page works, and "Try again" brings the panel back', async () => {
    const { page, errors } = await openPage(browser);
    await openAtlas(page);
    // a value the card cannot show (a bug's effect): the community's terms are gone from the loaded bundle
    await page.evaluate(`(() => {
      const s = window.__atlas.store.getState();
      window.__savedTerms = s.dataset.bundle.communities[0].terms;
      s.dataset.bundle.communities[0].terms = null;
      s.select(null);
    })()`);
    await page.locator('.community-name').first().click();
    const failed = page.getByTestId('panel-failed');
    await failed.waitFor();
    expect(await failed.count()).toBe(1);
    // in the card's place, as a card (it replaced the whole details panel, placed nowhere)
    expect(await failed.getByRole('alert').innerText()).toMatch(/^Community could not be shown \(.+\)\. The rest of the explorer works\./);
    expect(await page.locator('.details .details-panel[data-testid="panel-failed"]').isVisible()).toBe(true);
    // the rest of the page: search, filters, the canvas, the other panels
    expect(await page.getByTestId('communities-panel').isVisible()).toBe(true);
    const search = page.getByLabel(/Search/);
    await search.click();
    await search.pressSequentially('jialiang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(`document.documentElement.dataset.state`)).toBe('ready');
    await shootPage(page, '95-panel-failed');

    await page.evaluate(`(() => {
      const s = window.__atlas.store.getState();
      s.dataset.bundle.communities[0].terms = window.__savedTerms;
    })()`);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('community-card').waitFor();
    expect(await page.getByTestId('panel-failed').count()).toBe(0);
    // React reports the caught error on the console; nothing else went wrong
    expect(errors.filter((e) => !/Cannot read properties of null \(reading 'map'\)/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('a site with no built dataset', () => {
  it('says "No dataset yet" with the way to import or build one, not that a file is damaged', async () => {
    const dir = path.resolve(import.meta.dirname, '../../test-output/e2e-site-nodata');
    rmSync(dir, { recursive: true, force: true });
    cpSync(SITE_DIR, dir, { recursive: true, filter: (src) => !/[\\/](data|fixtures)$/.test(src) });
    const server = await serveStatic(dir);
    const { page, errors } = await openPage(browser);
    try {
      await page.goto(server.url);
      await waitForState(page, 'error');
      const text = (await page.getByTestId('load-error').innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('No dataset yet');
      expect(text).toContain('Drop a paper list on the page, or use Import or New map');
      expect(text).not.toMatch(/damaged|not valid/);
      // the way out is there: import works on this site
      expect(await page.getByTestId('open-import').isVisible()).toBe(true);
      await shootPage(page, '96-no-dataset-yet');
      // the browser reports the 404 of data/index.json on the console; nothing else
      expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });
});
