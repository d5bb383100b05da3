/**
 * Search as researchers type names (issue 11, item 8), on the seed: "Wang J", "J Wang", "Wang, Jialiang" and
 * "Jialiang Wang" all find him first; `/` and Ctrl+K focus the search; after choosing a result the focus is
 * in the details panel; the chain's author picker (the same Combobox) answers the same keys. Escapes pressed from
 * the search field or the chain's From/To fields never leave the ego view (on the map they do); the search text
 * follows Back and Forward, stays when the card it opened is closed, and clearing it (emptied, Escape) leaves the
 * card and the map as they were, on a desktop and on a phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, pageUrl, settled, shootPage, stepBack } from './atlas-page';
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

  it.each([
    ['Steven Fine', 'Steve Fine'],
    ['Matthew Le', 'Matt Le'],
    ['Jeffrey Liang', 'Jeff Liang'],
  ])('"%s" (the formal given name) finds %s first, published under the short one', async (q, person) => {
    await search().fill('');
    await search().click();
    await search().pressSequentially(q);
    const first = page.getByRole('option').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain(person);
  });

  it('the field keeps a chosen author\'s name while the card is open and after it is closed: a click in the field shows the same results again', async () => {
    await search().fill('');
    await search().click();
    await search().pressSequentially('Steven Fine');
    await page.getByRole('option').first().waitFor();
    const results = await page.getByRole('option').allTextContents();
    await page.keyboard.press('Enter');
    await page.getByTestId('author-panel').waitFor();
    expect(await search().inputValue()).toBe('Steven Fine');
    await page.getByTestId('author-panel').getByRole('button', { name: /close/i }).first().click();
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    // browsing the results one card after another: nothing to type again (the field was emptied, a tester)
    expect(await search().inputValue()).toBe('Steven Fine');
    await search().click();
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').allTextContents()).toEqual(results);
    await page.keyboard.press('Escape');
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

  it.each([
    // (the seed has no venue list: its boxes are checkboxes as these)
    ['"Show paper nodes"', '[data-testid="filters-panel"] input[type="checkbox"]'],
    ['the first community\'s checkbox', '.community-check input[type="checkbox"]'],
    ['the paper-count slider', '[data-testid="filters-panel"] input[type="range"]'],
  ])('"/" focuses the search from %s (no text field), and the name typed next goes there, not to the box', async (_what, selector) => {
    // a keyboard tester: Space on a venue's box, then "/" and "Dan Roth": the focus stayed on the box, the search
    // stayed empty and the name's space ticked the box off again
    await search().fill('');
    await page.keyboard.press('Escape');
    const control = page.locator(selector).first();
    await control.focus();
    const state = () => control.evaluate((el) => (el as HTMLInputElement).type === 'range' ? (el as HTMLInputElement).value : String((el as HTMLInputElement).checked));
    const checkbox = (await control.getAttribute('type')) === 'checkbox';
    if (checkbox) await page.keyboard.press('Space');
    const before = await state();
    await page.keyboard.press('/');
    expect(await search().evaluate((el) => el === document.activeElement), 'the search has the focus').toBe(true);
    await page.keyboard.type('Cynthia Dwork');
    expect(await search().inputValue()).toBe('Cynthia Dwork');
    expect(await state(), 'the box or slider as it was before "/"').toBe(before);
    // the page as it was for the tests after: the box ticked again, the field emptied
    await page.keyboard.press('Escape');
    await search().fill('');
    if (checkbox) {
      await control.focus();
      await page.keyboard.press('Space');
    }
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
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
      // the focus moves to the card's heading once it is drawn (as a user's next key finds it): an Escape still in
      // the search field only empties it and lets go of it, and leaves the card (failed once in CI under load)
      await page.waitForFunction(`!!document.activeElement?.closest('[data-testid="author-panel"]')`);
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
    // a co-author's name cut short in the card ("Antonios Anasta…", a tester) shows in full on hover
    const names = page.getByTestId('coauthor-list').locator('.author-name');
    expect(await names.count()).toBeGreaterThan(0);
    for (const n of await names.all()) expect(await n.getAttribute('title')).toBe(await n.textContent());
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
    // the list stays inside the sidebar: the search box's 560 px list ran out of it and scrolled it sideways, every
    // section's left edge cut off (tester)
    const fit = await page.evaluate<{ scrolled: number; overflow: number; listRight: number; sideRight: number }>(`(() => {
      const side = document.querySelector('.sidebar');
      const list = document.querySelector('.picker-results').getBoundingClientRect();
      return { scrolled: side.scrollLeft, overflow: side.scrollWidth - side.clientWidth, listRight: list.right, sideRight: side.getBoundingClientRect().right };
    })()`);
    expect(fit.scrolled).toBe(0);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.listRight).toBeLessThanOrEqual(fit.sideRight);
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

describe('Escape in the search field and the search text across Back/Forward', () => {
  // a page of its own (the one above ends with a card open and the chain's picker used)
  let own: Page;
  let ownErrors: string[];
  beforeAll(async () => {
    ({ page: own, errors: ownErrors } = await openPage(browser, {}, { userMode: true }));
    await openAtlas(own);
  });

  const field = () => own.getByLabel('Search authors and papers');
  const ego = () => own.evaluate<unknown>('window.__atlas.store.getState().filters.ego');
  const focusIn = (selector: string) => own.evaluate<boolean>(`!!document.activeElement?.closest(${JSON.stringify(selector)})`);

  it('Escape pressed again and again from the search field keeps the ego view; Escape on the map leaves it', async () => {
    await field().fill('Cynthia Dwork');
    await own.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await own.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    await own.getByTestId('ego-banner').waitFor();
    await own.getByTestId('author-panel').getByRole('button', { name: 'Close panel' }).click();
    await own.getByTestId('author-panel').waitFor({ state: 'detached' });
    await field().click();
    await field().fill('');
    await field().pressSequentially('wang');
    await own.getByRole('listbox', { name: 'Search results' }).waitFor();
    // the first empties the field, the second lets go of it, the others do nothing: the ego view stays
    await own.keyboard.press('Escape');
    expect(await field().inputValue()).toBe('');
    expect(await focusIn('.search')).toBe(true);
    for (let i = 0; i < 3; i++) await own.keyboard.press('Escape');
    expect(await focusIn('.search')).toBe(false);
    expect(await ego()).not.toBeNull();
    expect(await own.getByTestId('ego-banner').count()).toBe(1);
    // with the focus on the map (Tab reaches it) Escape leaves the ego view, as before
    await own.locator('.sigma-container').focus();
    await own.keyboard.press('Escape');
    await own.getByTestId('ego-banner').waitFor({ state: 'detached' });
    expect(ownErrors).toEqual([]);
  });

  it('with a card open, Escape in the empty field lets go of it and the next closes the card; the ego view stays', async () => {
    await field().fill('Cynthia Dwork');
    await own.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await own.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    await own.getByTestId('ego-banner').waitFor();
    await field().click();
    await field().fill('');
    await own.keyboard.press('Escape');
    expect(await own.getByTestId('author-panel').count()).toBe(1);
    await own.keyboard.press('Escape');
    await own.getByTestId('author-panel').waitFor({ state: 'detached' });
    // the focus is back in the search field (Escape closing a card gives it back): its Escapes keep the ego view
    await own.waitForFunction(`!!document.activeElement?.closest('.search')`);
    for (let i = 0; i < 3; i++) await own.keyboard.press('Escape');
    expect(await ego()).not.toBeNull();
    await own.getByTestId('leave-ego').click();
    await own.getByTestId('ego-banner').waitFor({ state: 'detached' });
    expect(ownErrors).toEqual([]);
  });

  it('the chain\'s From and To fields take Escape as the search field does: an empty field lets go, the card and the ego view stay', async () => {
    await field().fill('Cynthia Dwork');
    await own.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await own.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    await own.getByTestId('ego-banner').waitFor();
    for (const name of ['From', 'To']) {
      const picker = own.getByRole('combobox', { name });
      await picker.click();
      await picker.pressSequentially('wang');
      // the first empties the field, the second (in the empty field) lets go of it: nothing else changes
      await own.keyboard.press('Escape');
      expect(await picker.inputValue()).toBe('');
      expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
      await own.keyboard.press('Escape');
      expect(await picker.evaluate((el) => el === document.activeElement)).toBe(false);
      expect(await own.getByTestId('author-panel').count()).toBe(1);
      expect(await ego()).not.toBeNull();
    }
    await own.getByTestId('leave-ego').click();
    await own.getByTestId('ego-banner').waitFor({ state: 'detached' });
    await own.getByTestId('author-panel').getByRole('button', { name: 'Close panel' }).click();
    await own.getByTestId('author-panel').waitFor({ state: 'detached' });
    expect(ownErrors).toEqual([]);
  });

  it('the search field follows Back and Forward: empty before an author chosen from it, the chosen text again on Forward', async () => {
    // from a page just opened (an entry whose field was empty: the tests above leave entries that showed a name)
    await openAtlas(own);
    await field().fill('');
    await field().pressSequentially('dwork');
    await own.getByRole('option', { name: /Cynthia Dwork/ }).waitFor();
    await own.keyboard.press('Enter');
    await own.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Cynthia Dwork' }).waitFor();
    expect((await pageUrl(own)).searchParams.get('author')).not.toBeNull();
    await stepBack(own);
    await own.getByTestId('author-panel').waitFor({ state: 'detached' });
    await own.waitForFunction(`window.__atlas.store.getState().query === ''`);
    expect(await field().inputValue()).toBe('');
    await own.goForward();
    await own.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Cynthia Dwork' }).waitFor();
    await own.waitForFunction(`window.__atlas.store.getState().query === 'dwork'`);
    expect(await field().inputValue()).toBe('dwork');
    // the field does not have the focus: no result list pops open over the card
    expect(await own.getByRole('listbox', { name: 'Search results' }).count()).toBe(0);
    expect(ownErrors).toEqual([]);
  });
});

describe.each([
  ['desktop', { viewport: { width: 1440, height: 900 } }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
] as const)('clearing the search on a %s clears the search only', (name, options) => {
  let own: Page;
  let ownErrors: string[];
  beforeAll(async () => {
    ({ page: own, errors: ownErrors } = await openPage(browser, options));
    await openAtlas(own);
  });
  afterAll(async () => {
    await own?.context().close();
  });

  const field = () => own.getByLabel('Search authors and papers');
  /** What the user sees of their choice: the card's author and where the map is (camera rounded to 1e-6). */
  const shown = () =>
    own.evaluate<{ card: string | null; camera: number[] }>(`(() => {
      const h = document.querySelector('[data-testid="author-panel"] h2');
      const c = window.__atlas.sigma.getCamera().getState();
      return { card: h ? h.textContent : null, camera: [c.x, c.y, c.ratio].map((v) => Math.round(v * 1e6) / 1e6) };
    })()`);

  it.each(['emptied', 'Escape'] as const)('the card opened from a result stays, the map stays where it is, once the field is %s', async (how) => {
    await field().fill('');
    await field().pressSequentially('Jialiang Wang');
    await own.getByRole('option', { name: /Jialiang Wang/ }).first().click();
    await own.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Jialiang Wang' }).waitFor();
    await settled(own, 300);
    const before = await shown();
    const entries = await own.evaluate<number>('history.length');
    // back into the field (the results list shows again), then cleared
    await field().click();
    await own.getByRole('option').first().waitFor();
    if (how === 'emptied') await field().fill('');
    else await own.keyboard.press('Escape');
    await own.waitForFunction(`window.__atlas.store.getState().query === ''`);
    await settled(own, 300);
    expect(await field().inputValue()).toBe('');
    expect(await shown()).toEqual(before);
    expect(await own.evaluate<number>('history.length')).toBe(entries);
    await shootPage(own, `search-cleared-${name}-${how}`);
    expect(ownErrors).toEqual([]);
  });
});

describe('a link inside a card, by keyboard', () => {
  // a page of its own at the tester's size and theme (1280x720, dark), as users move the camera
  let card: Page;
  let cardErrors: string[];
  beforeAll(async () => {
    ({ page: card, errors: cardErrors } = await openPage(browser, { viewport: { width: 1280, height: 720 }, colorScheme: 'dark' }, { userMode: true }));
    await openAtlas(card);
  });

  /** The focused element's tag and text ("H2 Cynthia Dwork"), or "BODY" when the focus is on nothing. */
  const focused = () => card.evaluate<string>(`(() => { const a = document.activeElement; return a === document.body || !a ? 'BODY' : a.tagName + ' ' + a.textContent; })()`);
  const heading = () => card.locator('.details h2');

  it('Enter on a co-author or a paper title puts the focus on the new card\'s heading (it was left on the page\'s body), and empties the search field; Back moves it nowhere', async () => {
    const field = card.getByLabel('Search authors and papers');
    await field.pressSequentially('dwork');
    await card.getByRole('option', { name: /Cynthia Dwork/ }).waitFor();
    await card.keyboard.press('Enter');
    await card.waitForFunction(`document.activeElement?.tagName === 'H2' && document.activeElement.textContent === 'Cynthia Dwork'`);
    expect(await field.inputValue()).toBe('dwork');

    // Tab to the first co-author, Enter
    const coauthor = card.getByTestId('coauthor-list').locator('.author-link').first();
    const name = (await coauthor.locator('.author-name').textContent())!;
    await coauthor.focus();
    await card.keyboard.press('Enter');
    await heading().filter({ hasText: name }).waitFor();
    await card.waitForFunction(`document.activeElement?.tagName === 'H2' && document.activeElement.textContent === ${JSON.stringify(name)}`);
    expect(await focused()).toBe(`H2 ${name}`);
    // the field no longer names someone else than the card shows
    expect(await field.inputValue()).toBe('');

    // a paper title in that card, Enter: the paper's card, its heading focused
    const title = card.locator('.details .paper-title').first();
    const paper = (await title.textContent())!;
    await title.focus();
    await card.keyboard.press('Enter');
    await card.getByTestId('paper-panel').waitFor();
    await card.waitForFunction(`document.activeElement?.tagName === 'H2' && document.activeElement.textContent === ${JSON.stringify(paper)}`);
    await shootPage(card, 'card-link-focus-heading');

    // a step Back is not the user's move: the author card comes back without taking the focus to its heading
    await stepBack(card);
    await heading().filter({ hasText: name }).waitFor();
    await card.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    expect(await focused()).toBe('BODY');
    expect(cardErrors).toEqual([]);
  });
});
