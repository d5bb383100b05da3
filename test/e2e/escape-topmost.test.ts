/**
 * One Escape closes the topmost open thing and nothing under it (src/app/escape-layers.ts), in real Chromium with
 * the keyboard: with an author card open, an Escape pressed while "New map" fetches (the focus was on the form's
 * Fetch button, gone with the form) closes the dialog and cancels the fetch, says so on the page, and leaves the
 * card and its `author=` in the address (a tester lost both at once); the idle New map and Import dialogs and the
 * Export menu close alone too; the next Escape then closes the card. Rankings is a page panel as the card: of the
 * two, the one opened last closes first, wherever the focus is (the table closed only with the focus in it, so a
 * card opened from one of its rows stayed and the table went; with the focus elsewhere, Escape never closed it).
 * An Escape right after Export closed itself is held (it was meant for the menu); one after a map chosen in the
 * dataset switcher is not.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, pageUrl } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { useMockOpenAlex } from '../openalex/setup';

const mock = useMockOpenAlex();
let browser: Browser;
let page: Page;
let errors: string[];

/** Maria Okafor's ORCID iD in the mock's world (test/fixtures/openalex-api/world.json). */
const ORCID = '3000-0510-0000-0012';

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true }));
});

afterAll(async () => {
  await browser?.close();
});

const cardOpen = async () => (await page.getByTestId('author-panel').count()) > 0 && (await pageUrl(page)).searchParams.has('author');
const dialogOpen = (testId: string) => page.evaluate<boolean>(`!!document.querySelector('[data-testid="${testId}"]')?.open`);

describe('Escape closes the topmost thing only', () => {
  it('while New map fetches: the dialog closes, the fetch is cancelled and said so, the card stays', async () => {
    await page.goto(appUrl(`?ds=wang-jialiang&author=100&openalex=${encodeURIComponent(mock.url)}`));
    await waitForState(page, 'ready');
    await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Yongjun Li', exact: true }).waitFor();
    expect(await cardOpen()).toBe(true);

    // the second page is slow: the fetch is still running when Escape is pressed
    mock.faults.push({ path: '/works', when: { cursor: /^(?!\*$)/ }, delayMs: 60_000 });
    await page.getByTestId('open-new-map').click();
    await page.getByTestId('newmap-who').fill(ORCID);
    await page.getByTestId('newmap-fetch').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.querySelector('[data-testid="newmap-progress"]')?.dataset.fetched === '200'`);
    // the held second page's request reached the mock (the page says 200 fetched a moment before it asks for the next
    // page: counted before it arrived, it read as a request after the cancel, CI under load)
    await expect.poll(() => mock.requests.some((r) => r.path.startsWith('/works') && r.params.cursor !== undefined && r.params.cursor !== '*'), { timeout: 30_000 }).toBe(true);
    const requestsBefore = mock.requests.length;

    await page.keyboard.press('Escape');
    await page.waitForFunction(`!document.querySelector('[data-testid="new-map-dialog"]').open`);
    expect(await cardOpen(), 'the card under the dialog stays open (author= in the address)').toBe(true);
    await page.getByTestId('link-note').getByText(/fetch from OpenAlex was cancelled/).waitFor();
    expect(await page.getByTestId('open-new-map').getAttribute('aria-label'), 'the New map button no longer says it fetches').toBe('New map from OpenAlex');
    await page.waitForTimeout(300);
    expect(mock.requests.length, 'no request after the cancel').toBe(requestsBefore);
    mock.faults.length = 0;
  });

  it('an idle New map, the Import dialog and the Export menu close alone; the next Escape closes the card', async () => {
    await page.getByTestId('open-new-map').click();
    await page.getByTestId('newmap-who').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(`!document.querySelector('[data-testid="new-map-dialog"]').open`);
    expect(await cardOpen()).toBe(true);

    await page.getByTestId('open-import').click();
    await page.getByTestId('import-dialog').getByText('Drop paper lists here').waitFor();
    // the focus on nothing inside the dialog (a click on its text): the key still goes to the dialog, not the card
    await page.getByTestId('import-dialog').getByText('Drop paper lists here').click();
    await page.keyboard.press('Escape');
    expect(await dialogOpen('import-dialog')).toBe(false);
    expect(await cardOpen()).toBe(true);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menu', { name: 'Export' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu', { name: 'Export' }).waitFor({ state: 'detached' });
    expect(await cardOpen()).toBe(true);

    await page.keyboard.press('Escape');
    await page.waitForFunction(`!new URL(location.href).searchParams.has('author')`);
    expect(await page.getByTestId('author-panel').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("an Escape right after Export closed itself (a file downloaded) leaves \"only their network\" as it is; the next one leaves it", async () => {
    // a tester: the menu closed by itself after the download, the Escape meant for it left the ego view, and the next
    // exports held the whole map (109 authors) instead of Zhun Deng's network (5)
    await page.goto(appUrl('?ds=wang-jialiang&view=coauthors&ego=105.1'));
    await waitForState(page, 'ready');
    await page.getByTestId('ego-banner').waitFor();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByRole('menu', { name: 'Export' });
    await menu.waitFor();
    await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="authors-csv"]').click()]);
    await menu.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    // (the key's handling is synchronous: a frame later the view would be gone)
    await page.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`);
    expect((await pageUrl(page)).searchParams.get('ego'), 'the network view kept').toBe('105.1');
    expect(await page.getByTestId('ego-banner').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(`!new URL(location.href).searchParams.has('ego')`);
    expect(await page.getByTestId('ego-banner').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('after a map chosen in the dataset switcher and Back to a card, one Escape on the switcher\'s button closes the card', async () => {
    // the Escape after Export's download is held (above); the switcher's was too: with the focus left on its button, the
    // first Escape after a map switch did nothing, here with the card Back brought (a tester)
    await page.goto(appUrl('?ds=wang-jialiang&author=100'));
    await waitForState(page, 'ready');
    await page.getByTestId('author-panel').waitFor();
    await page.getByTestId('dataset-switcher').click();
    // (the seed chosen again: opened anew, the card closed, an entry of its own)
    await page.getByTestId('dataset-menu').locator('.switcher-open', { hasText: 'Wang, Jialiang' }).click();
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    await waitForState(page, 'ready');
    expect((await pageUrl(page)).searchParams.has('author')).toBe(false);
    await page.goBack();
    await page.getByTestId('author-panel').waitFor();
    expect(await cardOpen()).toBe(true);
    expect(await page.evaluate(`document.activeElement?.dataset.testid`), 'the focus still on the switcher').toBe('dataset-switcher');
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    expect((await pageUrl(page)).searchParams.has('author')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('Rankings and a card: the one opened last closes first, then the other', async () => {
    const table = page.getByTestId('rankings');
    const heading = page.getByTestId('author-panel').getByRole('heading', { level: 2 });
    await page.getByTestId('open-rankings').click();
    await table.waitFor();

    // a row chosen in the table opens a card beside it (1440 px: the table stays): the card is on top
    const row = table.locator('tbody tr').nth(1);
    const name = (await row.locator('td.name .name-text').textContent())!;
    await row.locator('td.name button').click();
    await expect.poll(() => heading.textContent()).toBe(name);
    expect(await table.count(), 'the table stays beside the card').toBe(1);
    expect(await page.evaluate(() => document.querySelector('[data-testid="rankings"]')!.contains(document.activeElement)), 'the focus on the chosen row').toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(`!new URL(location.href).searchParams.has('author')`);
    expect(await page.getByTestId('author-panel').count(), 'the card closed').toBe(0);
    expect(await table.count(), 'the table under it stays').toBe(1);
    await page.keyboard.press('Escape');
    await table.waitFor({ state: 'detached' });

    // a card open first, the table opened over it: the table closes first, with the focus anywhere
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: 100 })`);
    await heading.getByText('Yongjun Li', { exact: true }).waitFor();
    await page.getByTestId('open-rankings').click();
    await table.waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await table.waitFor({ state: 'detached' });
    expect(await cardOpen(), 'the card under the table stays').toBe(true);

    // and with the focus left on the page's body, Escape still reaches the table (it took the key only with the
    // focus inside it)
    await page.getByTestId('open-rankings').click();
    await table.waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menu', { name: 'Export' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu', { name: 'Export' }).waitFor({ state: 'detached' });
    expect(await table.count(), 'a menu over both: the menu alone closes').toBe(1);
    expect(await cardOpen()).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await table.waitFor({ state: 'detached' });
    expect(await cardOpen()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(`!new URL(location.href).searchParams.has('author')`);
    expect(errors).toEqual([]);
  });
});
