/**
 * Sharing what is on screen (a tester had only the address bar, hidden on a phone): the top bar's "Share link"
 * copies the page's own link (the card, filters and settings in it) to the clipboard and says "Link copied"; on a
 * phone with a share sheet it hands the link to the sheet; an imported map's link is said to open only in this
 * browser, not copied in silence. A link's parameter the app does not read (`?data=acl30k`) is said in the link
 * note. Rankings tell communities apart by their number and a label on two lines. Screenshots
 * (ATLAS_SCREENSHOTS=1): desktop light and phone dark, of the share note and of Rankings.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, dropFiles, fromStore, openAtlas, shootPage } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A desktop page allowed to read and write the clipboard. */
async function desktop(): Promise<Page> {
  const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  return page;
}

const clipboard = (page: Page) => page.evaluate<string>('navigator.clipboard.readText()');

describe('Share link', () => {
  it('copies the link of the view shown (card, filters, settings) and says so; no request is made', async () => {
    const page = await desktop();
    await openAtlas(page, '?min=2&size=degree');
    await page.evaluate(`navigator.clipboard.writeText('nothing yet')`);
    // a card opened just now: its entry is written after the next frame, the link has it all the same
    const author = await fromStore<number>(page, 'b.authors.paperCount.indexOf(Math.max(...b.authors.paperCount))');
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: ${author} })`);
    // (the card fetches its abstracts as it opens: the requests counted are the share's own)
    await page.getByTestId('author-panel').waitFor();
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const share = page.getByRole('button', { name: 'Share link' });
    expect(await share.isVisible()).toBe(true);
    await share.click();
    const note = page.getByTestId('share-note');
    await note.getByText('Link copied').waitFor();
    const copied = await clipboard(page);
    expect(copied).toBe(page.url());
    const params = new URL(copied).searchParams;
    expect(params.get('author')).toBe(String(author));
    expect(params.get('min')).toBe('2');
    expect(params.get('size')).toBe('degree');
    expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    await shootPage(page, 'share-copied-desktop-light');
    // the note goes by itself
    await note.waitFor({ state: 'hidden', timeout: 15_000 });
    await page.context().close();
  });

  it('on a phone the control is in reach and hands the link to the share sheet (navigator.share)', async () => {
    const { page } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' });
    await page.addInitScript(`navigator.share = (data) => { window.__shared = data; return Promise.resolve(); }`);
    await openAtlas(page, '?view=coauthors&author=4');
    const share = page.getByRole('button', { name: 'Share link' });
    const box = (await share.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThanOrEqual(40);
    // nothing lies over it
    const onTop = await page.evaluate(`(() => { const el = document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2}); return el && el.closest('[data-testid="share-link"]') !== null; })()`);
    expect(onTop).toBe(true);
    await share.tap();
    await page.getByTestId('share-note').getByText('Link shared').waitFor();
    const shared = await page.evaluate<{ url: string; title: string }>('window.__shared');
    expect(shared.url).toBe(page.url());
    expect(new URL(shared.url).searchParams.get('view')).toBe('coauthors');
    // the message names whom the link is about, not the map alone (a tester: "acl_2016_2021_all — Coauthor Atlas")
    expect(shared.title).toBe(`Jialiang Wang · ${await fromStore<string>(page, 's.dataset.name')} — Coauthor Atlas`);
    expect(await page.title()).toBe(shared.title);
    await shootPage(page, 'share-phone-dark');
    await page.context().close();
  });

  it("an imported map's link is said to open only in this browser, not copied in silence; it can be copied anyway", async () => {
    const page = await desktop();
    await openAtlas(page);
    await page.waitForSelector('html[data-import-worker="ready"]', { state: 'attached' });
    await dropFiles(page, [{ name: 'mine.bib', text: '@article{k1, title={A paper of mine}, author={Quenby, Ada and Rask, Ole}, year=2021}\n' }]);
    await page.waitForFunction(`window.__atlas.store.getState().dataset?.name === 'mine'`, undefined, { timeout: 90_000 });
    await page.evaluate(`navigator.clipboard.writeText('nothing yet')`);
    await page.getByRole('button', { name: 'Share link' }).click();
    const note = page.getByTestId('share-note');
    await note.getByText(/imported in this browser and is kept only here/).waitFor();
    expect(await clipboard(page)).toBe('nothing yet');
    await shootPage(page, 'share-imported-desktop-light');
    await note.getByRole('button', { name: /Copy the link anyway/ }).click();
    await note.getByText('Link copied').waitFor();
    expect(await clipboard(page)).toBe(page.url());
    expect(new URL(page.url()).searchParams.get('ds')).toMatch(/^local-/);
    await page.context().close();
  });
});

describe("a link's parameter the app does not read", () => {
  it('?data=acl30k opens the map and says data= is not read, naming ds=; the link shared leaves it out', async () => {
    const page = await desktop();
    await page.goto(appUrl('?data=acl30k&min=2'));
    const note = page.getByTestId('link-note');
    await note.waitFor({ timeout: 60_000 });
    expect(await note.innerText()).toContain('The link’s parameter data= is not one this app reads; maps are chosen with ds=…');
    // (the reader of a shared link got the same note: a tester)
    await page.getByRole('button', { name: 'Share link' }).click();
    await page.getByTestId('share-note').getByText('Link copied').waitFor();
    const shared = new URL(await clipboard(page)).searchParams;
    expect(shared.has('data')).toBe(false);
    expect(shared.get('min')).toBe('2');
    await page.context().close();
  });
});

describe('Rankings tell communities apart', () => {
  /** The community cells of the table shown: the text drawn and the tooltip. */
  const cells = (page: Page) =>
    page.evaluate<{ text: string; visible: string; title: string; lines: number }[]>(`[...document.querySelectorAll('.rankings-table td.community')].map((td) => {
      const label = td.querySelector('.community-label');
      const seen = label ? [...label.childNodes].filter((n) => !(n.classList && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join('') : '';
      return { text: td.textContent.replace(/\\s+/g, ' ').trim(), visible: seen.replace(/\\s+/g, ' ').trim(), title: td.title, lines: label ? Math.round(label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight)) : 0 };
    })`);

  it('desktop: each community is its number and its label (up to two lines), its whole label in the tooltip', async () => {
    const page = await desktop();
    await openAtlas(page);
    await page.getByTestId('open-rankings').click();
    await page.getByTestId('rankings').waitFor();
    const shown = await cells(page);
    expect(shown.length).toBeGreaterThan(0);
    const labels = await fromStore<string[]>(page, 'b.communities.map((c) => c.label)');
    const ids = await page.evaluate<number[]>(`[...document.querySelectorAll('.rankings-table tbody tr')].map((tr) => window.__atlas.store.getState().dataset.bundle.authors.community[Number(tr.dataset.author)])`);
    shown.forEach((cell, k) => {
      const id = ids[k]!;
      expect(cell.title).toBe(`Community ${id + 1}: ${labels[id]}`);
      // no bare leading number (tester K read "3 computational geometry ·…"): the colour's dot and the label, the
      // number said as the community's to screen readers and in the tooltip
      expect(cell.text).toBe(`Community ${id + 1}: ${labels[id]}`);
      expect(cell.visible.startsWith(labels[id]!.slice(0, 8))).toBe(true);
      expect(cell.lines).toBeLessThanOrEqual(2);
    });
    // two different communities never read the same
    const byText = new Map<string, Set<number>>();
    shown.forEach((c, k) => byText.set(c.text, (byText.get(c.text) ?? new Set()).add(ids[k]!)));
    expect([...byText.values()].every((s) => s.size === 1)).toBe(true);
    await shootPage(page, 'share-rankings-desktop-light');
    await page.context().close();
  });

  it('phone: sorted by community (a list, the column has no room), each name says its community under it', async () => {
    const { page } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' });
    await openAtlas(page);
    await page.evaluate(`window.__atlas.store.getState().setDrawerOpen(true)`);
    await page.getByTestId('open-rankings').tap();
    const table = page.getByTestId('rankings');
    await table.waitFor();
    await table.locator('.rankings-sort select').selectOption('community');
    const line = table.locator('.rank-community-line').first();
    await line.waitFor();
    const first = await page.evaluate<{ text: string; id: number }>(`(() => {
      const tr = document.querySelector('.rankings-table tbody tr');
      return { text: tr.querySelector('.rank-community-line').innerText.replace(/\\s+/g, ' ').trim(), id: window.__atlas.store.getState().dataset.bundle.authors.community[Number(tr.dataset.author)] };
    })()`);
    const label = await fromStore<string>(page, `b.communities[${first.id}].label`);
    expect(first.text).toContain(String(first.id + 1));
    expect(first.text).toContain(label.slice(0, 12));
    const sideways = await page.evaluate<boolean>(`(() => { const s = document.querySelector('.rankings-scroll'); return s.scrollWidth > s.clientWidth + 1; })()`);
    expect(sideways).toBe(false);
    await shootPage(page, 'share-rankings-phone-dark');
    await page.context().close();
  });
});
