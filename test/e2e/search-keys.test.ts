/**
 * Search as researchers type names (issue 11, item 8), on the seed: "Wang J", "J Wang", "Wang, Jialiang" and
 * "Jialiang Wang" all find him first; `/` and Ctrl+K focus the search; after choosing a result the focus is
 * in the details panel; the chain's author picker (the same Combobox) answers the same keys.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, shootPage } from './atlas-page';
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

const search = () => page.getByLabel('Search authors and papers');

describe('search by name forms and keys', () => {
  it.each(['Wang J', 'J Wang', 'Wang, Jialiang', 'Jialiang Wang', 'wang, j.'])('"%s" finds Jialiang Wang first', async (q) => {
    await search().fill('');
    await search().click();
    await search().pressSequentially(q);
    const first = page.getByRole('option').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain('Jialiang Wang');
  });

  it('"/" and Ctrl+K focus the search from anywhere', async () => {
    await search().fill('');
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    expect(await search().evaluate((el) => el === document.activeElement)).toBe(false);
    await page.keyboard.press('/');
    expect(await search().evaluate((el) => el === document.activeElement)).toBe(true);
    // the "/" was not typed into it
    expect(await search().inputValue()).toBe('');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+k');
    expect(await search().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('ArrowDown then Enter opens the first result, as Enter alone does (a tester opened the second)', async () => {
    const activeId = () => search().getAttribute('aria-activedescendant');
    const opened = () => page.getByTestId('author-panel').getByRole('heading', { level: 2 }).textContent();
    for (const keys of [['Enter'], ['ArrowDown', 'Enter']]) {
      await search().fill('');
      await search().click();
      await search().pressSequentially('wang');
      const first = page.getByRole('option').first();
      await first.waitFor();
      const name = (await first.locator('.hit-label').textContent())!;
      expect(await page.getByRole('option').count()).toBeGreaterThan(1);
      expect(await activeId()).toBeNull();
      for (const key of keys) {
        if (key === 'Enter') continue;
        await page.keyboard.press(key);
        expect(await first.getAttribute('aria-selected'), keys.join(' ')).toBe('true');
        expect(await activeId()).toBe(await first.getAttribute('id'));
      }
      await page.keyboard.press('Enter');
      await expect(opened(), keys.join(' ')).resolves.toBe(name);
      await page.keyboard.press('Escape');
      await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
  });

  it('choosing a result moves the focus to the details panel', async () => {
    await search().fill('');
    await search().pressSequentially('dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).waitFor();
    await page.keyboard.press('Enter');
    const heading = page.getByTestId('author-panel').getByRole('heading', { level: 2 });
    await expect(heading.textContent()).resolves.toBe('Cynthia Dwork');
    await page.waitForFunction(`document.activeElement && document.activeElement.textContent === 'Cynthia Dwork'`, null, { timeout: 5000 });
    await shootPage(page, 'search-focus-details');
    expect(errors).toEqual([]);
  });

  it('the chain\'s author picker takes the same keys: arrows wrap, Escape clears what was typed (the open card stays), Enter picks', async () => {
    const from = page.getByRole('combobox', { name: 'From' });
    const list = page.getByRole('listbox', { name: 'From: matching authors' });
    const activeText = async () => {
      const id = await from.getAttribute('aria-activedescendant');
      return id === null ? null : page.locator(`[id="${id}"]`).textContent();
    };
    await from.click();
    await from.pressSequentially('wang');
    await list.waitFor();
    expect(await from.getAttribute('aria-expanded')).toBe('true');
    const options = await list.getByRole('option').allTextContents();
    expect(options.length).toBeGreaterThan(2);
    // no option is active until an arrow is pressed (WAI-ARIA APG combobox): ArrowDown lands on the first
    expect(await activeText()).toBeNull();
    expect(await list.locator('[aria-selected="true"]').count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    expect(await activeText()).toBe(options[0]);
    await page.keyboard.press('ArrowDown');
    expect(await activeText()).toBe(options[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await activeText()).toBe(options.at(-1));
    expect(await list.locator('[aria-selected="true"]').textContent()).toBe(options.at(-1));

    // Escape with text typed: the text goes, the list closes, Cynthia Dwork's card (opened above) stays
    await page.keyboard.press('Escape');
    expect(await from.inputValue()).toBe('');
    expect(await list.count()).toBe(0);
    expect(await page.getByTestId('author-panel').count()).toBe(1);

    await from.pressSequentially('hansen');
    await page.getByRole('option', { name: /Philippe Hansen-Estruch/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('picked-from').textContent()).resolves.toBe('Philippe Hansen-Estruch');
    await page.getByRole('button', { name: 'Clear from' }).click();
    expect(errors).toEqual([]);
  });
});
