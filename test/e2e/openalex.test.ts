/**
 * "New map" from OpenAlex in real Chromium, against the local mock API (test/openalex/mock-server.ts, set
 * with `?openalex=BASE`): no request before the user asks; a name typed shows two namesakes told apart by
 * institution, works and ORCID; the right one picked; a slow second page cancelled; a 429 retried; the map
 * built from two pages with the right people and pairs, its report naming the query; a reload keeps it; the
 * share link, opened in a fresh browser, offers the same query and fetches it only when asked; two steps
 * show their estimate first. Every request goes to the app or the configured base URL.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, shootPage, switchTheme, pageUrl } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { WORLD, worldWorksOf } from '../openalex/mock-server';
import { MARIA, NAMESAKE, reference, useMockOpenAlex } from '../openalex/setup';

// the tests below are one story: the request log runs on from test to test
const mock = useMockOpenAlex({ resetEachTest: false });
let browser: Browser;
let page: Page;
let errors: string[];
const requested: string[] = [];

/** Requests that left for anywhere but the app itself and the mock OpenAlex. */
const strays = () => requested.filter((u) => !u.startsWith(appUrl('').replace(/\?.*$/, '').replace(/[^/]*$/, '')) && !u.startsWith(`${mock.url}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));

async function waitForMap(name: string, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    `(() => {
      // the import feature's chunk loads after the first frame (src/app/feature-chunks.tsx)
      if (!window.__atlas || !window.__atlasImport) return false;
      const s = window.__atlas.store.getState();
      const i = window.__atlasImport.store.getState();
      if (i.status === 'failed') return true;
      return s.dataset && s.dataset.name === ${JSON.stringify(name)} && document.documentElement.dataset.state === 'ready' && window.__atlas.graph.order > 0;
    })()`,
    undefined,
    { timeout, polling: 250 },
  );
  expect(await page.evaluate(`window.__atlasImport.store.getState().problem`)).toBeNull();
}

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, {}, { userMode: true }));
  page.on('request', (req) => requested.push(req.url()));
});

afterAll(async () => {
  await browser?.close();
});

describe('a map straight from OpenAlex', () => {
  it('asks nothing of OpenAlex until the user types a name; namesakes are told apart in the suggestions', async () => {
    await page.goto(appUrl(`?openalex=${encodeURIComponent(mock.url)}`));
    await waitForState(page, 'ready');
    await page.getByTestId('open-new-map').click();
    const dialog = page.getByTestId('new-map-dialog');
    await dialog.getByText('New map from OpenAlex').waitFor();
    expect(await page.getByTestId('newmap-base').inputValue()).toBe(mock.url);
    expect(mock.requests).toEqual([]);

    await page.getByTestId('newmap-who').fill('Okafor');
    const suggestions = page.getByTestId('newmap-suggestion');
    await suggestions.first().waitFor();
    const texts = await suggestions.allInnerTexts();
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('Maria Okafor');
    expect(texts[0]).toContain('Lakeside University');
    expect(texts[0]).toContain('230 works');
    expect(texts[0]).toMatch(/ORCID \d{4}-\d{4}-\d{4}-\d{3}[\dX]/);
    expect(texts[1]).toContain('Maria Okafor');
    expect(texts[1]).toContain('Northfield Institute of Technology');
    expect(texts[1]).toContain('14 works');
    expect(texts[1]).not.toContain('ORCID');
    // only the autocomplete endpoint was asked, after typing
    expect(mock.requests.every((r) => r.path === '/autocomplete/authors')).toBe(true);
    expect(mock.requests.at(-1)!.params.q).toBe('Okafor');
    await shootPage(page, '60-newmap-namesakes');

    await page.locator(`[data-testid="newmap-suggestion"][data-id="${MARIA}"]`).click();
    expect(await page.getByTestId('newmap-picked').innerText()).toContain('Lakeside University');
  });

  it('Cancel stops a fetch whose second page is slow; nothing is kept', async () => {
    // long enough that a slow machine cannot finish the fetch before Cancel is clicked
    mock.faults.push({ path: '/works', when: { cursor: /^(?!\*$)/ }, delayMs: 60_000 });
    const before = mock.requests.length;
    await page.getByTestId('newmap-fetch').click();
    const line = page.getByTestId('newmap-progress-line');
    await page.waitForFunction(`document.querySelector('[data-testid="newmap-progress"]')?.dataset.fetched === '200'`);
    expect(await line.innerText()).toContain('200 of 230 works');
    await shootPage(page, '61-newmap-progress');
    await page.getByTestId('newmap-cancel').click();
    await page.getByTestId('newmap-note').waitFor();
    expect(await page.getByTestId('newmap-note').innerText()).toContain('Cancelled');
    mock.faults.length = 0;
    const asked = mock.requests.slice(before);
    expect(asked.map((r) => r.params.cursor ?? null)).toEqual([null, '*', expect.stringMatching(/./)]);
    expect(asked.every((r) => r.params.filter === `authorships.author.id:${MARIA}`)).toBe(true);
    expect(await page.evaluate(`window.__atlasImport.store.getState().status`)).toBe('idle');
  });

  it('fetches two pages (a 429 retried on the way) and shows the right people and pairs', async () => {
    mock.faults.push({ path: '/works', when: { cursor: /^(?!\*$)/ }, status: 429, times: 1, retryAfter: 1 });
    const before = mock.requests.length;
    await page.getByTestId('newmap-fetch').click();
    await page.getByTestId('newmap-retry').waitFor();
    expect(await page.getByTestId('newmap-retry').innerText()).toMatch(/HTTP 429; trying again in 1 s/);
    await waitForMap('Maria Okafor, Lakeside University (OpenAlex)');
    const asked = mock.requests.slice(before);
    expect(asked.map((r) => r.status)).toEqual([200, 200, 429, 200]);
    expect(asked.filter((r) => r.params.cursor).map((r) => r.params['per-page'])).toEqual(['200', '200', '200']);
    expect(asked.every((r) => r.params.select === undefined || r.params.select.split(',').length <= 9)).toBe(true);

    const ref = reference(worldWorksOf(MARIA));
    expect(await fromStore<number>(page, 'b.stats.papers')).toBe(230);
    expect(await fromStore<number>(page, 'b.stats.authors')).toBe(ref.people);
    expect(await fromStore<number>(page, 'b.coauthorLinks.source.length')).toBe(ref.pairs);
    expect(await fromStore<string>(page, 'b.authors.name[b.focalAuthor]')).toBe('Maria Okafor');
    const names = await fromStore<string[]>(page, 'b.authors.name');
    const namesakeCoauthors = worldWorksOf(NAMESAKE).flatMap((w) => (w.authorships as { author: { id: string; display_name: string } }[]).filter((a) => !a.author.id.endsWith(NAMESAKE)).map((a) => a.author.display_name));
    for (const n of namesakeCoauthors) expect(names).not.toContain(n);
    expect((await pageUrl(page)).searchParams.get('oa')).toBe(`author:${MARIA}`);
    expect((await pageUrl(page)).searchParams.get('ds')).toMatch(/^local-/);
    await shootPage(page, '62-newmap-map');

    await page.getByTestId('open-report').click();
    const fetched = page.getByTestId('report-fetched');
    await fetched.waitFor();
    const text = await fetched.innerText();
    expect(text).toContain(`Maria Okafor (author ${MARIA})`);
    expect(text).toContain('230 works');
    expect(text).toContain(new Date().toISOString().slice(0, 10));
    // no file was given: the summary and the inputs say OpenAlex, not "from 1 file · works.jsonl"
    expect(await page.getByTestId('report-summary').innerText()).toContain('from OpenAlex (the query above)');
    expect(await page.getByTestId('report-summary').innerText()).not.toContain('from 1 file');
    await shootPage(page, '63-newmap-report');
    await page.keyboard.press('Escape');
    // the only console errors are the browser's own line for the deliberate 429
    const expected = errors.filter((e) => /status of 429/.test(e));
    expect(expected).toHaveLength(1);
    errors.splice(0, errors.length, ...errors.filter((e) => !/status of 429/.test(e)));
    expect(errors).toEqual([]);
  });

  it('a reload keeps the map (from this browser, no request) and offers nothing', async () => {
    const before = mock.requests.length;
    await page.reload();
    await waitForMap('Maria Okafor, Lakeside University (OpenAlex)');
    expect(await fromStore<number>(page, 'b.stats.papers')).toBe(230);
    expect(mock.requests.length).toBe(before);
    expect(await page.getByTestId('openalex-offer').count()).toBe(0);
  });

  it('the share link, opened in a fresh browser, offers the same query and fetches only when asked', async () => {
    mock.faults.length = 0;
    const link = page.url();
    // bypassCSP as openPage does: Playwright's string waitForFunction is an eval the built app's policy forbids
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await context.addInitScript('window.__ATLAS_TEST__ = true');
    const fresh = await context.newPage();
    const freshErrors: string[] = [];
    fresh.on('console', (m) => m.type() === 'error' && freshErrors.push(m.text()));
    fresh.on('pageerror', (e) => freshErrors.push(e.message));
    const before = mock.requests.length;
    await fresh.goto(link);
    const offer = fresh.getByTestId('openalex-offer');
    await offer.waitFor();
    expect(await offer.innerText()).toContain(`Maria Okafor (author ${MARIA})`);
    // the offer names the server it would ask (the link's openalex=), and the card under it agrees with it
    expect(await offer.getByTestId('openalex-offer-host').innerText()).toBe(new URL(mock.url).host);
    expect(await offer.innerText()).toContain('not kept in this browser');
    const card = fresh.getByTestId('load-error');
    await card.waitFor();
    expect(await card.innerText()).toContain('This map was fetched from OpenAlex in another browser');
    expect(await card.innerText()).toContain(`Fetch it again from ${new URL(mock.url).host} (the offer above)`);
    expect(await card.innerText()).not.toContain('It was removed');
    await fresh.waitForTimeout(500);
    expect(mock.requests.length).toBe(before);
    await shootPage(fresh, '64-newmap-share-offer');
    await fresh.getByTestId('openalex-offer-fetch').click();
    await fresh.waitForFunction(`window.__atlas.store.getState().dataset?.name === 'Maria Okafor, Lakeside University (OpenAlex)' && window.__atlas.graph && window.__atlas.graph.order > 0`, undefined, { timeout: 120_000, polling: 250 });
    expect(await fresh.evaluate(`window.__atlas.store.getState().dataset.bundle.stats.papers`)).toBe(230);
    expect(mock.requests.length).toBeGreaterThan(before);
    expect(freshErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await context.close();
  });

  it('two steps show the estimate first, then add the co-authors\' works', async () => {
    await page.getByTestId('open-new-map').click();
    await page.getByTestId('newmap-who').fill('Okafor');
    await page.locator(`[data-testid="newmap-suggestion"][data-id="${MARIA}"]`).click();
    await page.getByTestId('newmap-depth-2').check();
    await page.getByTestId('newmap-fetch').click();
    const estimate = page.getByTestId('newmap-estimate');
    await estimate.waitFor();
    const coauthorIds = new Set(worldWorksOf(MARIA).flatMap((w) => (w.authorships as { author: { id: string } }[]).map((a) => a.author.id)).filter((id) => !id.endsWith(MARIA)));
    const step2 = WORLD.works.filter((w) => (w.authorships as { author: { id: string } }[]).some((a) => coauthorIds.has(a.author.id))).length;
    // what the map can hold: the researcher's 230 and the co-authors' works not among them (no double count)
    const union0 = WORLD.works.filter((w) => (w.authorships as { author: { id: string } }[]).some((a) => a.author.id.endsWith(MARIA) || coauthorIds.has(a.author.id)));
    expect(step2).toBeGreaterThan(union0.length - 230);
    expect(Number(await estimate.getAttribute('data-estimate'))).toBe(union0.length);
    expect(await page.getByTestId('newmap-estimate-line').innerText()).toContain(`at most ${union0.length.toLocaleString('en')} works: their 230 and up to ${union0.length - 230} more`);
    expect(await page.getByTestId('newmap-confirm').innerText()).toBe(`Fetch up to ${union0.length - 230} more works`);
    await shootPage(page, '65-newmap-estimate');
    await page.getByTestId('newmap-confirm').click();
    await waitForMap('Maria Okafor, Lakeside University (OpenAlex, with co-authors)');
    const union = WORLD.works.filter((w) => (w.authorships as { author: { id: string } }[]).some((a) => a.author.id.endsWith(MARIA) || coauthorIds.has(a.author.id)));
    expect(await fromStore<number>(page, 'b.stats.papers')).toBe(union.length);
    expect(await fromStore<number>(page, 'b.stats.authors')).toBe(reference(union).people);
    expect((await pageUrl(page)).searchParams.get('oa-depth')).toBe('2');
  });

  it('a connection dropped after the first page: the error is in view and says the works fetched were discarded', async () => {
    await page.goto(appUrl(`?openalex=${encodeURIComponent(mock.url)}`));
    await waitForState(page, 'ready');
    const drop = /\/works\?.*cursor=(?!\*)/;
    await page.route(drop, (r) => r.abort('connectionreset'));
    try {
      await page.getByTestId('open-new-map').click();
      await page.getByTestId('newmap-who').fill(MARIA);
      await page.getByTestId('newmap-fetch').click();
      const error = page.getByTestId('newmap-error');
      await error.waitFor({ timeout: 120_000 });
      expect(await error.innerText()).toContain('The 200 works fetched before it were discarded: nothing was kept');
      const inView = await error.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const box = el.closest('.import-scroll')!.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      });
      expect(inView).toBe(true);
      await shootPage(page, '66-newmap-dropped');
      await page.keyboard.press('Escape');
    } finally {
      await page.unroute(drop);
    }
    // the browser's own console lines for the aborted requests are not the app's errors
    errors.splice(0, errors.length, ...errors.filter((e) => !/ERR_CONNECTION_RESET|Failed to fetch|Failed to load resource/.test(e)));
  });

  it('offline after picking a name: the works fetch says so at once (one request, no retries), with Try again and Import', async () => {
    await page.goto(appUrl(`?openalex=${encodeURIComponent(mock.url)}`));
    await waitForState(page, 'ready');
    await page.getByTestId('open-new-map').click();
    await page.getByTestId('newmap-who').fill('Okafor');
    await page.locator(`[data-testid="newmap-suggestion"][data-id="${MARIA}"]`).click();
    // the settings opened (to check the mirror's address): still open once the fetch has failed (a tester found it
    // folded after each try: the form is drawn again after a fetch)
    await page.locator('.newmap-settings > summary').click();
    const settingsOpen = () => page.locator('.newmap-settings').evaluate((d) => (d as HTMLDetailsElement).open);
    expect(await settingsOpen()).toBe(true);
    // the network goes: every request to OpenAlex fails as an offline browser's does (no HTTP answer)
    const blocked: string[] = [];
    const all = `${mock.url}/**`;
    await page.route(all, (r) => {
      blocked.push(r.request().url());
      return r.abort('internetdisconnected');
    });
    try {
      await page.getByTestId('newmap-fetch').click();
      const offline = page.getByTestId('newmap-offline');
      await offline.waitFor();
      expect(await settingsOpen(), 'the OpenAlex settings as the user left them').toBe(true);
      expect(await page.getByTestId('newmap-error').innerText()).toContain(`cannot reach ${new URL(mock.url).host}: no connection to it (is this computer offline, or the address blocked?). Nothing was fetched or kept.`);
      expect(await offline.innerText()).toContain('When this computer is online again, Try again; or build a map from a paper list you have');
      // the counting request only: not retried (the old fetch tried five times over ~15 s, saying "trying again")
      expect(blocked).toHaveLength(1);
      expect(await page.getByTestId('newmap-retry').count()).toBe(0);
      // the ways on are in view with the error (the dialog scrolls to them)
      const inView = await page.getByTestId('newmap-try-again').evaluate((el) => {
        const r = el.getBoundingClientRect();
        const box = el.closest('.import-scroll')!.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      });
      expect(inView).toBe(true);
      await shootPage(page, '66-newmap-offline');
      // Try again, still offline: one more request, said again at once
      await page.getByTestId('newmap-try-again').click();
      await page.waitForFunction(`document.querySelector('[data-testid="new-map-dialog"]')?.dataset.phase === 'failed'`);
      await offline.waitFor();
      expect(blocked).toHaveLength(2);
      // or a map from a file: Import opens in its place
      await page.getByTestId('newmap-import-instead').click();
      await page.getByTestId('import-dialog').waitFor();
      await page.getByTestId('new-map-dialog').waitFor({ state: 'hidden' });
      await page.keyboard.press('Escape');
    } finally {
      await page.unroute(all);
    }
    errors.splice(0, errors.length, ...errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e)));
  });

  it('a ?openalex= that is not an address is said at the top of the dialog, and nothing is sent anywhere (not to api.openalex.org either)', async () => {
    const before = requested.length;
    await page.goto(appUrl('?openalex=not%20a%20url'));
    await waitForState(page, 'ready');
    await page.getByTestId('open-new-map').click();
    const problem = page.getByTestId('newmap-base-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('This page\'s address asks for OpenAlex at "not a url" (?openalex=), which cannot be used');
    await page.getByTestId('newmap-who').fill('Okafor');
    await page.getByTestId('newmap-fetch').click();
    const error = page.getByTestId('newmap-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Nothing was sent: the OpenAlex address from this page\'s link cannot be used');
    const sent = requested.slice(before).filter((u) => /openalex\.org|\/works|\/autocomplete/.test(u));
    expect(sent).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('every request went to the app or the configured OpenAlex base; no console errors', () => {
    expect(strays()).toEqual([]);
    expect(errors).toEqual([]);
    for (const r of mock.requests) expect(r.host).toBe(new URL(mock.url).host);
  });

  it('looks right: the dialog in light and dark, on a desktop and a phone', async () => {
    // one page per screen size, light then dark: the system theme switched under the open page (the app follows it
    // live), the dialog closed with Escape in between
    for (const [size, tag] of [
      [{ width: 1440, height: 900 }, 'desktop'],
      [{ width: 390, height: 844 }, 'phone'],
    ] as const) {
      const { page: p } = await openPage(browser, { viewport: size, colorScheme: 'light' });
      await p.goto(appUrl(`?openalex=${encodeURIComponent(mock.url)}`));
      await waitForState(p, 'ready');
      for (const scheme of ['light', 'dark'] as const) {
        await switchTheme(p, scheme);
        if (size.width < 600) {
          // no room in a phone's top bar: "New map" is at the top of the drawer
          expect(await p.getByTestId('open-new-map').isVisible()).toBe(false);
          if (!(await p.getByTestId('newmap-panel').isVisible())) await p.locator('.drawer-toggle').click();
          await p.getByTestId('newmap-panel').waitFor();
          await shootPage(p, `66-newmap-drawer-${tag}-${scheme}`);
          await p.getByTestId('newmap-panel').getByRole('button', { name: 'New map from OpenAlex' }).click();
        } else {
          expect(await p.getByTestId('newmap-panel').isVisible()).toBe(false);
          await p.getByTestId('open-new-map').click();
        }
        await p.getByTestId('newmap-who').fill('Okafor');
        await p.getByTestId('newmap-suggestion').first().waitFor();
        await shootPage(p, `66-newmap-${tag}-${scheme}`);
        await p.keyboard.press('Escape');
        await p.getByTestId('new-map-dialog').waitFor({ state: 'hidden' });
      }
      await p.context().close();
    }
  }, 400_000);
});
