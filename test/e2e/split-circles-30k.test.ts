/**
 * Yang Liu on the 30k map (acl_2016_2021_all), as a tester found him: the card says his largest body of work is 4
 * co-author circles (28, 16, 8 and 7 papers: Maosong Sun, Dilek Hakkani-Tür, Mirella Lapata, Zhongyu Wei), but the
 * split chooser offered only "Group 1 without body of work 2 · 76 papers", and separating Lapata's Yang Liu meant
 * moving 76 papers and ~68 back by hand. Now each circle is a part of its own, named by its co-author with its papers;
 * choosing Lapata's circle moves exactly its 8 papers; any paper of a part can be chosen for alone. And the Rankings mark
 * him (#4 by betweenness) as possibly several people, as the card does. The card's headline is short sentences (the
 * full wording under "In full"), and each paper's choice of person is on the card once, in the chooser.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, shootElement } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage } from './browser';
import { oneChoicePerPaper } from './homonym-flag';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

/** Whether the page's name checks of every name have answered (debug.ts's mark, set by use-worker-insight.ts). */
const checksDone = (page: Page) => page.evaluate<boolean>('window.__atlas.timings.names !== undefined');

/** Yang Liu's card, opened from the search box, once his name's split check has answered. */
async function openYangLiu(page: Page): Promise<Locator> {
  await page.getByLabel('Search authors and papers').fill('Yang Liu');
  await page.getByRole('option', { name: /^Yang Liu\s*Author/ }).first().click();
  const card = page.getByTestId('author-panel');
  await expect.poll(() => card.locator('h2, h1').first().textContent(), { timeout: 60_000 }).toBe('Yang Liu');
  const flag = card.getByTestId('homonym-flag');
  await flag.waitFor({ timeout: 180_000 });
  await flag.getByTestId('split-chooser').waitFor({ timeout: 180_000 });
  return flag;
}

/** Each row of the chooser as the user reads it: its name and what follows. */
const rowTexts = (flag: Locator) => flag.getByTestId('split-chooser').getByTestId('split-part').locator('.split-part-name').allTextContents();

describe('Yang Liu’s co-author circles, each a part of the split, on the 30k map', () => {
  let page: Page;
  let errors: string[];

  it('offers each circle of his largest body of work as its own part, named by its co-author, with its papers', async () => {
    ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }));
    await page.goto(appUrl(query));
    const flag = await openYangLiu(page);
    // at a glance: the claim and its figure, what it rests on, the largest body's caution, each a short sentence
    expect(await flag.locator('.homonym-head').first().textContent()).toMatch(
      /^⚑May be at least 2 different people \(about \d+ in 100\)\. A body of work shares no co-author with the largest\. The largest body of work \(59 papers\) may itself be several people\.$/,
    );
    const rows = await rowTexts(flag);
    // the four circles of body of work 1, largest first, then group 1's papers in smaller circles, then body 2
    expect(rows.slice(0, 4)).toEqual([
      expect.stringMatching(/^Circle with Maosong Sun · 28 papers · in body of work 1$/),
      expect.stringMatching(/^Circle with Dilek Hakkani-Tür · 16 papers · in body of work 1$/),
      expect.stringMatching(/^Circle with Mirella Lapata · 8 papers · in body of work 1$/),
      expect.stringMatching(/^Circle with Zhongyu Wei · 7 papers · in body of work 1$/),
    ]);
    expect(rows[4]).toMatch(/^Group 1, smaller circles · 17 papers · circles under 5 papers$/);
    expect(rows[5]).toMatch(/^Body of work 2, in group 1 · 5 papers · with Amir Zeldes/);
    expect(rows.join('\n')).not.toContain('without body of work');
    await shootElement(page.getByTestId('author-panel'), 'split-circles-30k-light');
    await flag.getByTestId('split-chooser').scrollIntoViewIfNeeded();
    await shootElement(flag.getByTestId('split-chooser'), 'split-circles-30k-light-chooser');
    expect(errors).toEqual([]);
  });

  it("choosing Lapata's circle moves exactly its 8 papers, to a new person", async () => {
    const flag = page.getByTestId('author-panel').getByTestId('homonym-flag');
    const lapata = flag.getByTestId('split-part').filter({ hasText: /^Circle with Mirella Lapata/ });
    // its papers, folded, each with its own choice (all stay with Yang Liu as the claim splits)
    await lapata.getByTestId('split-part-papers').locator('summary').click();
    const own = lapata.getByTestId('split-paper');
    expect(await own.count()).toBe(8);
    const titles = (await own.evaluateAll((ss) => ss.map((s) => s.getAttribute('aria-label')))).map((l) => l!.replace(/^Who gets “|”$/g, ''));
    await lapata.locator('select.split-part-select').selectOption({ label: 'goes to “Yang Liu (3)” (a new person)' });
    const moves = flag.getByTestId('split-moves');
    await expect.poll(() => flag.getByTestId('split-stays').textContent()).toBe(
      '5 papers go to “Yang Liu (2)” and 8 to “Yang Liu (3)”; every other paper (79) stays with “Yang Liu”.',
    );
    const third = moves.getByTestId('split-move').filter({ hasText: /^To “Yang Liu \(3\)”/ });
    expect(await third.locator('.split-move-to').textContent()).toBe('To “Yang Liu (3)” · the circle with Mirella Lapata, 8 papers');
    const moved = await third.locator('.group-papers li button.link-button').allTextContents();
    expect(moved.sort()).toEqual([...titles].sort());
    // listed under their new person without a second select: their choice is the part's, above
    expect(await moves.locator('select').count()).toBe(0);
    expect(await flag.getByRole('button', { name: 'Split into 3 people' }).count()).toBe(1);
    // one paper of Maosong Sun's circle, which stays, given to the new person on its own
    const sun = flag.getByTestId('split-part').filter({ hasText: /^Circle with Maosong Sun/ });
    await sun.getByTestId('split-part-papers').locator('summary').click();
    await sun.getByTestId('split-paper').first().selectOption({ label: 'goes to “Yang Liu (3)”' });
    await expect.poll(() => flag.getByTestId('split-stays').textContent()).toBe(
      '5 papers go to “Yang Liu (2)” and 9 to “Yang Liu (3)”; every other paper (78) stays with “Yang Liu”.',
    );
    // every part and the groups unfolded: each paper's choice once
    expect(await oneChoicePerPaper(flag)).toEqual(expect.arrayContaining(titles));
    expect(errors).toEqual([]);
  });

  it('the Rankings mark Yang Liu as possibly several people, with words for a screen reader', async () => {
    await expect.poll(() => checksDone(page), { timeout: 300_000, interval: 1000 }).toBe(true);
    await page.getByTestId('open-rankings').click();
    const table = page.getByTestId('rankings');
    await table.waitFor();
    const row = table.locator('tbody tr').filter({ has: page.locator('.name-text', { hasText: /^Yang Liu$/ }) });
    const mark = row.getByTestId('rank-several');
    await mark.waitFor({ timeout: 60_000 });
    expect(await mark.getAttribute('aria-label')).toBe('May be at least 2 different people: the card says why');
    expect(await mark.getAttribute('title')).toBe('May be at least 2 different people: the card says why');
    expect(await row.getByRole('button').getAttribute('aria-label')).toBeNull();
    expect(await row.getByRole('button', { name: /^Yang Liu May be at least 2 different people/ }).count()).toBe(1);
    // a name not claimed has none
    const other = table.locator('tbody tr').filter({ has: page.locator('.name-text', { hasText: /^Dan Roth$/ }) });
    if ((await other.count()) > 0) expect(await other.getByTestId('rank-several').count()).toBe(0);
    await shootElement(table, 'split-circles-30k-rankings');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('on a phone in the dark theme, the circles read whole', async () => {
    const phone = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark', hasTouch: true, isMobile: true });
    await phone.page.goto(appUrl(query));
    const flag = await openYangLiu(phone.page);
    expect((await rowTexts(flag))[2]).toMatch(/^Circle with Mirella Lapata · 8 papers/);
    // no row wider than the card
    const over = await flag.getByTestId('split-part').evaluateAll((rs) => rs.filter((r) => r.scrollWidth > r.clientWidth + 1).length);
    expect(over).toBe(0);
    await flag.getByTestId('split-chooser').scrollIntoViewIfNeeded();
    await shootElement(phone.page.getByTestId('author-panel'), 'split-circles-30k-phone-dark');
    await phone.page.close();
    expect(phone.errors).toEqual([]);
  });
});
