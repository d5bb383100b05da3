/**
 * A homonym split with one paper chosen against its group, in real Chromium on the seed list (Jialiang Wang, claimed
 * as 4 people): the card's headline follows the choice and goes back with it; accepted and applied, the map and the
 * cards put the paper under the person chosen, and so do a reload and the link opened in a fresh context; Undo takes it
 * back. The split card's selects (per group, per paper) are as wide as each other and show whom they mean. The claim's
 * headline is two short sentences, and each paper's choice of person is on the card once (in the chooser's parts: it
 * was in the folded groups and the papers that would move too, a tester).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas, pageUrl, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { oneChoicePerPaper, paperChoice, unfoldParts } from './homonym-flag';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }));
  await openAtlas(page);
});

afterAll(async () => {
  await browser?.close();
});

/** The paper chosen one by one: group 2's in the claim's split (to “Jialiang Wang (2)”), given to person 3 here. */
const PAPER = 'Architecture Selection via the Trade-off Between Accuracy and Robustness';
/** Group 3's one paper, person 3's in the claim's split. */
const MINI_HES = /^Mini-Hes/;

const titlesOf = (on: Page, name: string) =>
  fromStore<string[]>(on, `(() => { const a = b.authors.name.indexOf(${JSON.stringify(name)}); return a < 0 ? [] : b.papers.title.filter((_, p) => b.papers.authors[p].includes(a)).sort(); })()`);
const authors = (on: Page) => fromStore<number>(on, 'b.stats.authors');

/** Opens `name`'s card from the search box. */
async function openAuthor(on: Page, name: string) {
  await on.getByLabel('Search authors and papers').fill(name);
  await on.getByRole('option', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}\\s*Author`) }).first().click();
  const panel = on.getByTestId('author-panel');
  await expect.poll(() => panel.locator('h2, h1').first().textContent()).toBe(name);
  return panel;
}

/** The map and the cards as the user chose the split: the paper under “Jialiang Wang (3)”, with Mini-Hes. */
async function splitAsChosen(on: Page): Promise<void> {
  await on.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 112', null, { timeout: 60_000 });
  await on.getByTestId('rebuild-banner').waitFor({ state: 'detached', timeout: 60_000 });
  const three = await titlesOf(on, 'Jialiang Wang (3)');
  expect(three).toHaveLength(2);
  expect(three).toContain(PAPER);
  expect(three.some((t) => MINI_HES.test(t))).toBe(true);
  expect(await titlesOf(on, 'Jialiang Wang (2)')).toHaveLength(1);
  expect(await titlesOf(on, 'Jialiang Wang (2)')).not.toContain(PAPER);
  expect(await titlesOf(on, 'Jialiang Wang (4)')).toHaveLength(1);
  expect(await titlesOf(on, 'Jialiang Wang')).toHaveLength(5);
  // the card of person 3 lists the paper; the paper's card names person 3 on its byline
  const card = await openAuthor(on, 'Jialiang Wang (3)');
  await expect.poll(() => card.getByTestId('author-papers').textContent()).toContain(PAPER);
  await on.getByLabel('Search authors and papers').fill('Architecture Selection');
  await on.getByRole('option', { name: /^Architecture Selection/ }).first().click();
  const byline = on.getByTestId('paper-authors');
  await byline.waitFor();
  expect(await byline.textContent()).toContain('Jialiang Wang (3)');
  expect(await byline.textContent()).not.toContain('Jialiang Wang (2)');
}

/**
 * The split card's selects: each group's as wide as the others and starting at one edge, each paper's likewise, and the
 * choice shown whole in each (the text and the arrow's ~20 px within the box: the person's number was cut once).
 */
async function selectsLineUp(flag: Locator): Promise<void> {
  await unfoldParts(flag);
  const boxes = async (selector: string) =>
    flag.locator(selector).evaluateAll((ss) =>
      ss
        .filter((s) => (s as HTMLElement).offsetParent !== null)
        .map((s) => {
          const select = s as HTMLSelectElement;
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = getComputedStyle(select).font;
          const r = select.getBoundingClientRect();
          return { x: Math.round(r.left), width: Math.round(r.width), text: ctx.measureText(select.selectedOptions[0]!.textContent!).width, box: select.clientWidth };
        }),
    );
  const groups = await boxes('.split-part-select');
  const papers = await boxes('.split-paper-select');
  expect(groups.length).toBe(4);
  expect(papers.length).toBeGreaterThan(3);
  for (const list of [groups, papers]) {
    expect(new Set(list.map((b) => b.width)).size, 'one width').toBe(1);
    expect(new Set(list.map((b) => b.x)).size, 'one left edge').toBe(1);
    for (const b of list) expect(b.box).toBeGreaterThanOrEqual(b.text + 20);
  }
}

describe('a split with one paper chosen against its group', () => {
  it('the headline follows the choice, and goes back with it', async () => {
    expect(await authors(page)).toBe(109);
    const card = await openAuthor(page, 'Jialiang Wang');
    const flag = card.getByTestId('homonym-flag');
    await flag.waitFor();
    const head = flag.locator('.homonym-head');
    const claim = await head.textContent();
    // at a glance: the claim with its figure, then what it rests on, each a short sentence
    expect(claim).toBe('⚑May be 4 different people (about 55 in 100). Their groups of papers share no co-author.');
    // each paper's choice once, in the chooser: its 9 papers
    expect((await oneChoicePerPaper(flag)).sort()).toEqual((await titlesOf(page, 'Jialiang Wang')).sort());
    // the group that stays as wide as those that go (it was narrower: their bold made them wider)
    await selectsLineUp(flag);
    // group 2 as one more person with group 3: 3 people as chosen
    const parts = flag.getByTestId('split-chooser').getByTestId('split-part');
    await parts.nth(2).locator('.split-part-select').selectOption({ label: 'goes to “Jialiang Wang (2)”' });
    await expect.poll(() => head.textContent()).toBe('⚑Split into 3 people as you chose it (the claim: may be 4 different people, about 55 in 100).');
    expect(await flag.getByRole('button', { name: 'Split into 3 people' }).count()).toBe(1);
    // every paper kept: one person as chosen
    for (const i of [1, 2, 3]) await parts.nth(i).locator('.split-part-select').selectOption({ label: 'stays with “Jialiang Wang”' });
    await expect.poll(() => head.textContent()).toBe('⚑Kept as one person as you chose it (the claim: may be 4 different people, about 55 in 100).');
    // back to the claim's split: the claim's headline again
    // (one by one: each next person is offered as "(a new person)" until chosen)
    for (const i of [1, 2, 3]) await parts.nth(i).locator('.split-part-select').selectOption({ value: String(i) });
    await expect.poll(() => head.textContent()).toBe(claim);
    // one paper against its group: still 4 people, as chosen
    await (await paperChoice(flag, PAPER)).selectOption({ label: 'goes to “Jialiang Wang (3)”' });
    await expect.poll(() => head.textContent()).toBe('⚑Split into 4 people as you chose it (the claim: may be 4 different people, about 55 in 100).');
    // the Reset puts the claim's split back, and its headline
    await flag.getByRole('button', { name: "Back to the claim's split" }).click();
    await expect.poll(() => head.textContent()).toBe(claim);
    expect(await flag.getByLabel(`Who gets “${PAPER}”`).first().evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent)).toBe('goes to “Jialiang Wang (2)”');
    expect(errors).toEqual([]);
  });

  it('accepted and applied, the paper goes to the person chosen for it, on the map and the cards', async () => {
    const card = page.getByTestId('author-panel');
    const flag = card.getByTestId('homonym-flag');
    await (await paperChoice(flag, PAPER)).selectOption({ label: 'goes to “Jialiang Wang (3)”' });
    // the papers that would move, and the groups, say where the paper goes (no second select)
    expect(await flag.getByTestId('split-moves').locator('li', { hasText: PAPER }).count()).toBe(1);
    expect(await oneChoicePerPaper(flag)).toHaveLength(9);
    expect(await flag.getByTestId('split-stays').textContent()).toBe(
      '1 paper goes to “Jialiang Wang (2)”, 2 to “Jialiang Wang (3)” and 1 to “Jialiang Wang (4)”; every other paper (5) stays with “Jialiang Wang”.',
    );
    const moveTo = await flag.getByTestId('split-move').locator('.split-move-to').allTextContents();
    expect(moveTo).toEqual([
      'To “Jialiang Wang (2)” · group 2 but 1 paper, 1 paper',
      'To “Jialiang Wang (3)” · group 3 and 1 paper chosen one by one, 2 papers',
      'To “Jialiang Wang (4)” · group 4, 1 paper',
    ]);
    await shootPage(page, '57-split-by-paper');
    await flag.getByRole('button', { name: 'Split into 4 people' }).click();
    await flag.getByTestId('split-accepted').waitFor();
    expect(await flag.getByTestId('split-accepted').textContent()).toBe(
      'Split accepted, not applied yet: 1 paper goes to “Jialiang Wang (2)”, 2 to “Jialiang Wang (3)” and 1 to “Jialiang Wang (4)”; every other paper stays with “Jialiang Wang”.',
    );
    // the headline keeps saying the split accepted, as chosen (it went back to the claim's "May be 4 different people")
    const head = flag.locator('.homonym-head');
    expect(await head.textContent()).toBe('⚑Split into 4 people as you chose it (the claim: may be 4 different people, about 55 in 100).');
    await shootPage(page, '57-split-by-paper-accepted');
    // and after a reload, which forgets the choice: the lines accepted say it
    await page.reload();
    await waitForState(page, 'ready');
    await flag.getByTestId('split-accepted').waitFor({ timeout: 60_000 });
    expect(await head.textContent()).toBe('⚑Split into 4 people as you chose it (the claim: may be 4 different people, about 55 in 100).');
    await card.getByTestId('card-decisions').getByRole('button', { name: 'Apply in the explorer' }).click();
    await splitAsChosen(page);
    // the name kept says the split as applied
    const kept = await openAuthor(page, 'Jialiang Wang');
    const note = kept.getByTestId('split-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('“Jialiang Wang” is split into 4 people: 4 papers went to “Jialiang Wang (2)”, “Jialiang Wang (3)” and “Jialiang Wang (4)” (applied).');
    expect(errors).toEqual([]);
  });

  it('a reload and the link opened in a fresh context show it as chosen', async () => {
    await page.reload();
    await waitForState(page, 'ready');
    await splitAsChosen(page);
    const link = (await pageUrl(page)).href;
    const { page: other, errors: otherErrors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await other.goto(link);
    await waitForState(other, 'ready');
    await splitAsChosen(other);
    expect(otherErrors).toEqual([]);
    await other.context().close();
    expect(errors).toEqual([]);
  });

  it('on a phone, dark: the selects line up and show whom they mean', async () => {
    const { page: phone, errors: phoneErrors } = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'dark', isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
    await openAtlas(phone, '?ds=wang-jialiang');
    const card = await openAuthor(phone, 'Jialiang Wang');
    const flag = card.getByTestId('homonym-flag');
    await flag.getByTestId('split-chooser').waitFor();
    await selectsLineUp(flag);
    // the groups' papers unfolded: each paper's choice still once
    await oneChoicePerPaper(flag);
    await shootPage(phone, '57-split-by-paper-phone-dark');
    expect(phoneErrors).toEqual([]);
    await phone.context().close();
  });

  it('Undo takes it back: the paper is Jialiang Wang’s again, after a reload too', async () => {
    await page.getByRole('button', { name: 'Review names' }).click();
    const panel = page.getByTestId('review-panel');
    const split = panel.getByTestId('accepted-split');
    await split.waitFor();
    // (one press: the applied split taken off the map at once)
    await split.getByTestId('undo-split').click();
    const unsplit = async () => {
      await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 109', null, { timeout: 60_000 });
      expect(await titlesOf(page, 'Jialiang Wang')).toHaveLength(9);
      expect(await titlesOf(page, 'Jialiang Wang')).toContain(PAPER);
      expect(await titlesOf(page, 'Jialiang Wang (3)')).toEqual([]);
    };
    await unsplit();
    expect(new URL(page.url()).searchParams.get('names')).toBeNull();
    await page.reload();
    await waitForState(page, 'ready');
    await unsplit();
    expect(errors).toEqual([]);
  });
});

/** Group 4's one paper, given here to an author already on the map picked by name (an invented decision). */
const FAKNOW = 'FaKnow: A Unified Library for Fake News Detection';
const OTHER = 'Ching-Yao Chung';

/** The map as that split made it: FaKnow under Ching-Yao Chung (1 paper of his own, 2 now), the rest as the claim's split. */
async function givenAsChosen(on: Page): Promise<void> {
  await on.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 111', null, { timeout: 60_000 });
  await on.getByTestId('rebuild-banner').waitFor({ state: 'detached', timeout: 60_000 });
  const his = await titlesOf(on, OTHER);
  expect(his).toHaveLength(2);
  expect(his).toContain(FAKNOW);
  expect(await titlesOf(on, 'Jialiang Wang')).toHaveLength(5);
  expect(await titlesOf(on, 'Jialiang Wang (2)')).toHaveLength(2);
  expect(await titlesOf(on, 'Jialiang Wang (3)')).toHaveLength(1);
  expect(await titlesOf(on, 'Jialiang Wang (4)')).toEqual([]);
  // his card says where the paper came from, with the split's Undo
  const card = await openAuthor(on, OTHER);
  await expect.poll(() => card.getByTestId('split-note').textContent(), { timeout: 30_000 }).toContain(
    `“Jialiang Wang” is split into 3 people: 3 papers went to “Jialiang Wang (2)” and “Jialiang Wang (3)”; 1 paper went to “${OTHER}”, an author on the map (applied).`,
  );
  await expect.poll(() => card.getByTestId('author-papers').textContent()).toContain(FAKNOW);
}

describe('a split that gives a paper to an author already on the map, picked by name', () => {
  it('the author picked under the groups is offered for every group and paper; given FaKnow, the card says so', async () => {
    expect(await authors(page)).toBe(109);
    const card = await openAuthor(page, 'Jialiang Wang');
    const flag = card.getByTestId('homonym-flag');
    await flag.getByTestId('split-chooser').waitFor();
    const pick = flag.getByTestId('split-pick');
    await pick.getByLabel('Or an author already on the map').fill('Ching-Yao Chung');
    await pick.getByRole('option', { name: new RegExp(`^${OTHER}`) }).first().click();
    await expect.poll(() => pick.getByTestId('split-pick-offered').textContent()).toBe(`Offered in every choice above: “${OTHER}”.`);
    // on a paper he wrote (Learnings from Scaling Visual Tokenizers, group 1) he is a co-author, not offered
    const learnings = await paperChoice(flag, /^Learnings from Scaling/);
    expect(await learnings.locator('option', { hasText: OTHER }).evaluate((o: HTMLOptionElement) => [o.disabled, o.textContent])).toEqual([true, `“${OTHER}” (a co-author here)`]);
    await (await paperChoice(flag, FAKNOW)).selectOption({ label: `goes to “${OTHER}” (on the map)` });
    const head = flag.locator('.homonym-head');
    await expect.poll(() => head.textContent()).toBe(`⚑Split into 3 people, 1 paper to “${OTHER}”, as you chose it (the claim: may be 4 different people, about 55 in 100).`);
    expect(await flag.getByTestId('split-stays').textContent()).toBe(
      `2 papers go to “Jialiang Wang (2)”, 1 to “Jialiang Wang (3)” and 1 to “${OTHER}”; every other paper (5) stays with “Jialiang Wang”. “${OTHER}” is an author on this map already: 1 paper, 2 with these.`,
    );
    await shootPage(page, '57-split-give-picked');
    await flag.getByRole('button', { name: `Split into 3 people and give 1 paper to “${OTHER}”` }).click();
    await flag.getByTestId('split-accepted').waitFor();
    expect(await flag.getByTestId('split-accepted').textContent()).toBe(
      `Split accepted, not applied yet: 2 papers go to “Jialiang Wang (2)”, 1 to “Jialiang Wang (3)” and 1 to “${OTHER}”; every other paper stays with “Jialiang Wang”.`,
    );
    // the headline keeps the split as chosen (it went back to "May be 4 different people": the claim groups the
    // papers alike, and the author given FaKnow was not told from a new person, a tester)
    expect(await head.textContent()).toBe(`⚑Split into 3 people, 1 paper to “${OTHER}”, as you chose it (the claim: may be 4 different people, about 55 in 100).`);
    expect(errors).toEqual([]);
  });

  it('applied, FaKnow is his on the map and the cards; so after a reload and in the link opened in a fresh context', async () => {
    const bar = page.getByTestId('author-panel').getByTestId('card-decisions');
    expect(await bar.getByTestId('alias-status').textContent()).toBe('1 split accepted, not applied yet.');
    await bar.getByRole('button', { name: 'Apply in the explorer' }).click();
    await givenAsChosen(page);
    await page.reload();
    await waitForState(page, 'ready');
    await givenAsChosen(page);
    const link = (await pageUrl(page)).href;
    const { page: other, errors: otherErrors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await other.goto(link);
    await waitForState(other, 'ready');
    await givenAsChosen(other);
    expect(otherErrors).toEqual([]);
    await other.context().close();
    expect(errors).toEqual([]);
  });

  it('the review list says it; Undo there gives FaKnow back to Jialiang Wang', async () => {
    await page.getByRole('button', { name: 'Review names' }).click();
    const panel = page.getByTestId('review-panel');
    const split = panel.getByTestId('accepted-split');
    await split.waitFor();
    expect(await split.locator('.muted.small').first().textContent()).toBe(` split into 3 people: “Jialiang Wang (2)”, “Jialiang Wang (3)”; 1 paper given to “${OTHER}”`);
    // (one press: the applied split taken off the map at once)
    await split.getByTestId('undo-split').click();
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 109', null, { timeout: 60_000 });
    expect(await titlesOf(page, OTHER)).toHaveLength(1);
    expect(await titlesOf(page, 'Jialiang Wang')).toContain(FAKNOW);
    expect(errors).toEqual([]);
  });
});
