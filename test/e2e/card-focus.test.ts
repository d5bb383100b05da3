/**
 * A card opened from the sidebar with the keyboard, in real Chromium: Enter on a community's name in the
 * Communities list, or on a step of the co-author chain, puts the focus on the card's heading, as a search pick does
 * (it stayed in the list, 58 Tabs from the card's ×: a keyboard tester); Escape or the card's × gives it back to the
 * control the card came from, also when another card was open before it (src/app/Details.tsx).
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
  ({ page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } }, { userMode: true }));
  await openAtlas(page);
});

afterAll(async () => {
  await browser?.close();
});

/** The focused element's words and whether it is the open card's heading. */
const focused = () =>
  page.evaluate<{ text: string; cardHeading: boolean }>(`(() => {
    const a = document.activeElement;
    return { text: (a?.textContent ?? '').trim(), cardHeading: !!a && a.tagName === 'H2' && !!a.closest('.details') };
  })()`);

/** Waits (up to 5 s) for the open card's heading to have the focus, then says where the focus is. */
const focusOnHeading = async () => {
  await page.waitForFunction(`document.activeElement?.tagName === 'H2' && !!document.activeElement.closest('.details')`, null, { timeout: 5_000 }).catch(() => {});
  return focused();
};

const communityButton = (n: number) => page.locator('#sidebar .community-list .community-name').nth(n);

describe('a card opened from the sidebar takes the focus, and gives it back', () => {
  it('Enter on a community in the Communities list: the focus on its card\'s heading; Escape gives it back to the list item', async () => {
    const button = communityButton(0);
    const name = (await button.textContent())!.trim();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('community-card').waitFor();
    expect(await focusOnHeading()).toEqual({ text: name, cardHeading: true });
    await page.keyboard.press('Escape');
    await page.getByTestId('community-card').waitFor({ state: 'detached' });
    await page.waitForFunction((el) => el === document.activeElement, await button.elementHandle(), { timeout: 5_000 }).catch(() => {});
    expect(await button.evaluate((el) => el === document.activeElement), 'the focus back on the community it came from').toBe(true);
    expect(errors).toEqual([]);
  });

  it('another card open first (from the search): a community opened from the list takes the focus, and its × gives it back to that community', async () => {
    const search = page.getByLabel('Search authors and papers');
    await search.fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).first().waitFor();
    await page.keyboard.press('Enter');
    expect((await focusOnHeading()).text).toBe('Cynthia Dwork');

    const button = communityButton(1);
    const name = (await button.textContent())!.trim();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('community-card').waitFor();
    expect(await focusOnHeading()).toEqual({ text: name, cardHeading: true });
    // Tab to the card's ×, Enter: the focus goes back to the community, not to the search field the first card came from
    await page.getByTestId('community-card').getByRole('button', { name: 'Close panel' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('community-card').waitFor({ state: 'detached' });
    await page.waitForFunction((el) => el === document.activeElement, await button.elementHandle(), { timeout: 5_000 }).catch(() => {});
    expect(await button.evaluate((el) => el === document.activeElement), 'the focus back on the community it came from').toBe(true);
    await search.fill('');
    expect(errors).toEqual([]);
  });

  it('Enter on the paper of a co-author chain\'s step: the focus on the paper card\'s heading; Escape gives it back to the step', async () => {
    for (const [label, typed, name] of [
      ['From', 'dwork', 'Cynthia Dwork'],
      ['To', 'hansen', 'Philippe Hansen-Estruch'],
    ] as const) {
      await page.getByRole('combobox', { name: label }).click();
      await page.getByRole('combobox', { name: label }).pressSequentially(typed);
      await page.getByRole('option', { name: new RegExp(name) }).first().waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId(`picked-${label.toLowerCase()}`).textContent()).toBe(name);
    }
    const step = page.locator('#sidebar .chain-paper').first();
    const title = (await step.textContent())!.trim();
    await step.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('paper-panel').waitFor();
    expect(await focusOnHeading()).toEqual({ text: title, cardHeading: true });
    await page.keyboard.press('Escape');
    await page.getByTestId('paper-panel').waitFor({ state: 'detached' });
    await page.waitForFunction((el) => el === document.activeElement, await step.elementHandle(), { timeout: 5_000 }).catch(() => {});
    expect(await step.evaluate((el) => el === document.activeElement), 'the focus back on the step it came from').toBe(true);
    expect(errors).toEqual([]);
  });
});
