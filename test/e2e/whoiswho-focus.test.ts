/**
 * Who-is-who with the keyboard alone, in real Chromium: Enter on "Review names" puts the focus on the list's heading
 * (it stayed in the side panel, about 17 Tabs away); Enter on "Same person" leaves it on the decision's Undo, Undo
 * and "Different people" on a control of the same pair, and the Undo under "Accepted" (its row gone) on a control
 * of the list: never on the page's body (src/app/focus-kept.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true }));
  await page.goto(appUrl('?ds=wang-jialiang'));
  await waitForState(page, 'ready');
});

afterAll(async () => {
  await browser?.close();
});

/** The focused element: 'BODY', else its tag, its words and, when in a pair's card, the pair's names. */
const focused = () =>
  page.evaluate<{ body: boolean; text: string; heading: boolean; pair: string | null; inReview: boolean }>(`(() => {
    const a = document.activeElement;
    const body = !a || a === document.body || a === document.documentElement;
    return {
      body,
      text: body ? '' : (a.getAttribute('aria-label') || a.textContent || '').trim(),
      heading: !body && a.tagName === 'H2',
      pair: body ? null : (a.closest('[data-testid="suggestion"]')?.dataset.names ?? null),
      inReview: !body && !!a.closest('[data-testid="review-panel"]'),
    };
  })()`);

/** Waits until the decision in progress is over (no button of the list says it is working). */
const settledList = () => page.waitForFunction(`!document.querySelector('[data-testid="review-panel"] [aria-busy="true"]')`);

describe('who-is-who keeps the keyboard focus', () => {
  it('Enter on "Review names" focuses the list\'s heading', async () => {
    const button = page.getByRole('button', { name: 'Review names' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('review-panel').getByTestId('suggestion').first().waitFor();
    await page.waitForFunction(`document.activeElement && document.activeElement.closest('[data-testid="review-panel"]')`, null, { timeout: 5_000 }).catch(() => {});
    const at = await focused();
    expect(at.heading, `the focus is on ${JSON.stringify(at)}`).toBe(true);
    expect(at.text).toBe('Possible same person');
  });

  it('Same person, Undo and Different people leave the focus on the pair; the Accepted Undo in the list', async () => {
    const names = await page.getByTestId('review-panel').getByTestId('suggestion').first().getAttribute('data-names');
    // (by its names: a decided pair may move in the list)
    const card = page.getByTestId('review-panel').locator(`[data-testid="suggestion"][data-names="${names}"]`);
    await card.getByRole('button', { name: 'Same person' }).focus();
    await page.keyboard.press('Enter');
    await card.getByText('Undo', { exact: true }).waitFor();
    await settledList();
    let at = await focused();
    expect(at.body, 'after Same person the focus is not on the page body').toBe(false);
    expect(at).toMatchObject({ pair: names, text: 'Undo' });

    // the Undo under "Accepted" takes the merge back: its row goes, the focus stays in the list
    const acceptedUndo = page.getByTestId('accepted').getByRole('button', { name: 'Undo' }).first();
    expect(await acceptedUndo.count(), 'the merge is listed under Accepted with its Undo').toBe(1);
    await acceptedUndo.focus();
    await page.keyboard.press('Enter');
    await card.getByRole('button', { name: 'Same person' }).waitFor();
    await settledList();
    at = await focused();
    expect(at.body, 'after the Accepted Undo the focus is not on the page body').toBe(false);
    expect(at.inReview).toBe(true);
    await card.getByRole('button', { name: 'Different people' }).focus();
    await page.keyboard.press('Enter');
    await card.getByText('Different people', { exact: true }).waitFor();
    await settledList();
    at = await focused();
    expect(at.body, 'after Different people the focus is not on the page body').toBe(false);
    expect(at.pair).toBe(names);
    // and its Undo, with the keyboard
    await card.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await card.getByRole('button', { name: 'Same person' }).waitFor();
    await settledList();
    at = await focused();
    expect(at.body, 'after Undo the focus is not on the page body').toBe(false);
    expect(at.pair).toBe(names);
    expect(errors).toEqual([]);
  });
});
