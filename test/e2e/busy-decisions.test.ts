/**
 * A who-is-who decision says it is being worked out, in the place the user clicked, and is made once: on the seed
 * list in real Chromium (camera animation on, as users get it). The clicked button reads "Working…" and is marked
 * `aria-busy` (its neighbours `aria-disabled`) before the decision shows; a double click on "Split into N people"
 * splits the name once (its second click used to land on the "Undo split" that took the button's place). On the
 * 30k map such a click took 0.4–3 s with nothing on screen (a tester); the figures are `npm run bench`'s, not here.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, {}, { userMode: true }));
  await openAtlas(page);
});

afterAll(async () => {
  await browser?.close();
});

/** Records, until `stop`, every moment a button of `scope` was marked busy: its text and its neighbours' marks. */
async function watchBusy(scope: string): Promise<void> {
  await page.evaluate((scope) => {
    const w = window as unknown as { __busySeen: { text: string; others: (string | null)[]; verdict: boolean }[] };
    w.__busySeen = [];
    const look = () => {
      const root = document.querySelector(scope);
      const busy = root?.querySelector<HTMLElement>('button[aria-busy="true"]');
      if (!root || !busy) return;
      const others = [...(busy.parentElement?.querySelectorAll('button') ?? [])].filter((b) => b !== busy).map((b) => b.getAttribute('aria-disabled'));
      w.__busySeen.push({ text: busy.textContent ?? '', others, verdict: !!root.querySelector('.sp-verdict') });
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }, scope);
}

const busySeen = () => page.evaluate(() => (window as unknown as { __busySeen: { text: string; others: (string | null)[]; verdict: boolean }[] }).__busySeen);

describe('a decision says it is working', () => {
  it('"Same person" in the review list reads "Working…", marked busy, until the verdict shows', async () => {
    await page.getByRole('button', { name: 'Review names' }).click();
    const panel = page.getByTestId('review-panel');
    await panel.getByTestId('suggestions').waitFor();
    const card = panel.getByTestId('suggestion').first();
    await watchBusy('[data-testid="review-panel"] [data-testid="suggestion"]');
    await card.getByRole('button', { name: 'Same person' }).click();
    await card.locator('.sp-verdict').waitFor();
    const seen = await busySeen();
    // the mark came before the verdict, on the button clicked, and "Different people" waited meanwhile
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toEqual({ text: 'Working…', others: ['true'], verdict: false });
    // and went with it: the card's Undo is a plain button again
    expect(await card.getByRole('button', { name: 'Undo' }).getAttribute('aria-busy')).toBe('false');
    await card.getByRole('button', { name: 'Undo' }).click();
    await card.getByRole('button', { name: 'Same person' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('a double click on "Split into 4 people" splits the name once (the second click is not taken as "Undo split")', async () => {
    await page.keyboard.press('Escape');
    await page.getByLabel('Search authors and papers').fill('Jialiang Wang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).first().click();
    const flag = page.getByTestId('author-panel').getByTestId('homonym-flag');
    await flag.waitFor();
    const split = flag.getByRole('button', { name: 'Split into 4 people' });
    await split.scrollIntoViewIfNeeded();
    await split.dblclick();
    await flag.getByRole('button', { name: 'Undo split' }).waitFor();
    // a moment for a second submission to show, had there been one
    await page.waitForTimeout(500);
    expect(await flag.getByRole('button', { name: 'Undo split' }).count()).toBe(1);
    expect(await flag.getByRole('button', { name: /^Split into/ }).count()).toBe(0);
    // the page's link holds the split (the store's lines, written at once)
    expect(new URL(page.url()).searchParams.get('names')).toBeTruthy();
    expect(errors).toEqual([]);
  });
});
