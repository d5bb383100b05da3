/**
 * Merges that share a name, in real Chromium on the seed list, as a user meets them: an accept that would make three
 * people one says so and asks first, and the Accepted list shows the chain as one group; a hand-edited link whose
 * lines give one spelling two people applies one of them and says which, listing each line with its Undo; a shared
 * link's applied merge is said in the card as a decision, with Undo; a link made on another dataset says at once
 * that its decisions name no author of this map.
 */
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, shootPage, stepBack } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { encodeDecisions, type SavedDecisions } from '../../src/app/features/whoiswho/decisions-url';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const CHUNG = 'Ching-Yao Chung';
const CHUANG = 'Ching-Yao Chuang';
const pair = (keep: string, merge: string) => `${keep}\u0000${merge}`;
const line = (variant: string, canonical: string) => ({ variant, canonical, paper: null });

/** A fresh browser context opened on the seed with `saved` as its link's decisions (`options`: the context's, e.g. a phone's). */
async function openWith(saved: SavedDecisions | null, extra = '', options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, options, { userMode: true });
  const names = saved ? `&names=${encodeDecisions(saved)}` : '';
  await opened.page.goto(appUrl(`?ds=wang-jialiang${names}${extra}`));
  await waitForState(opened.page, 'ready');
  return opened;
}

const authors = (page: Page) => fromStore<number>(page, 'b.stats.authors');

async function openReview(page: Page) {
  const panel = page.getByTestId('review-panel');
  if ((await panel.count()) === 0) await page.getByRole('button', { name: 'Review names' }).click();
  await panel.getByTestId('alias-actions').waitFor({ timeout: 60_000 });
  return panel;
}

describe('merges that share a name', () => {
  it('an accept joining a name another accepted merge joined says the people it makes one, and asks', async () => {
    // the link: "Tao Xu" accepted as the same person as "Ching-Yao Chung", not applied yet
    const { page, errors } = await openWith({ lines: [], pending: [line('Tao Xu', CHUNG)], decisions: { [pair(CHUNG, 'Tao Xu')]: 'accepted' } });
    const panel = await openReview(page);
    const card = panel.getByTestId('suggestion').filter({ hasText: CHUNG });
    await card.getByRole('button', { name: 'Same person' }).click();
    const ask = card.getByTestId('chain-confirm');
    await ask.waitFor();
    expect(await ask.textContent()).toContain(`This makes ${CHUANG}, ${CHUNG} and Tao Xu one person.`);
    await shootPage(page, '60-chain-confirm');
    // Cancel: nothing accepted
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await card.getByRole('button', { name: 'Same person' }).count()).toBe(1);
    expect(await panel.getByTestId('accepted-chain').count()).toBe(0);
    // again, confirmed: the Accepted list shows one group of the three, each merge with its Undo
    await card.getByRole('button', { name: 'Same person' }).click();
    await card.getByTestId('chain-confirm').getByRole('button', { name: 'Make them one person' }).click();
    const chain = panel.getByTestId('accepted-chain');
    await chain.waitFor();
    expect(await chain.textContent()).toContain(`One person: “${CHUANG}”, “${CHUNG}” and “Tao Xu”`);
    expect(await chain.getByTestId('undo-accepted').count()).toBe(2);
    expect(await panel.getByTestId('alias-status').textContent()).toBe('2 merges accepted, not applied yet.');
    await shootPage(page, '61-chain-accepted');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a hand-edited link giving one spelling two people applies one line, says which, and lists both with Undo', async () => {
    const saved: SavedDecisions = {
      lines: [line(CHUNG, CHUANG), line(CHUNG, 'Tao Xu')],
      decisions: { [pair(CHUANG, CHUNG)]: 'accepted' },
    };
    const { page, errors } = await openWith(saved);
    // rebuilt with the merge into Chuang only: 108 authors, Tao Xu still a person of their own
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 108', null, { timeout: 60_000 });
    expect(await fromStore<number>(page, `b.authors.name.indexOf("Tao Xu")`)).toBeGreaterThanOrEqual(0);
    expect(await fromStore<boolean>(page, `b.authors.aliases[b.authors.name.indexOf("Tao Xu")].includes(${JSON.stringify(CHUNG)})`)).toBe(false);
    const note = page.getByTestId('link-note');
    await note.waitFor();
    expect(await note.textContent()).toContain(`“${CHUNG}” is given to two people by these lines: “${CHUNG} → ${CHUANG}” is applied; “${CHUNG} → Tao Xu” is not`);
    const panel = await openReview(page);
    expect(await panel.getByTestId('alias-conflicts').textContent()).toContain(`“${CHUNG} → Tao Xu” is not`);
    // one merge (the line left out is none), applied; the file holds what is applied, so no "not applied yet" beside it
    expect(await panel.getByTestId('alias-status').textContent()).toBe('1 merge accepted, all applied.');
    expect(await panel.getByTestId('alias-built-with').count()).toBe(0);
    const loose = panel.getByTestId('accepted-lines');
    expect(await loose.textContent()).toContain('not applied: it gives a spelling a second person');
    await shootPage(page, '62-link-conflict');
    // Undo the wrong line: the note goes
    await loose.getByTestId('undo-lines').click();
    await panel.getByTestId('alias-conflicts').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a shared link’s applied merge: the card says it came from the link’s decision, and its Undo merge rebuilds the map without it at once', async () => {
    const saved: SavedDecisions = { lines: [line(CHUNG, CHUANG)], decisions: { [pair(CHUANG, CHUNG)]: 'accepted' } };
    const { page, errors } = await openWith(saved);
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 108', null, { timeout: 60_000 });
    await page.getByLabel('Search authors and papers').fill(CHUANG);
    await page.getByRole('option', { name: new RegExp(CHUANG) }).first().click();
    const note = page.getByTestId('author-panel').getByTestId('merge-note');
    await note.waitFor();
    expect(await note.textContent()).toContain(`“${CHUNG}” is merged into “${CHUANG}” by this link’s decision in Who is who (applied)`);
    await shootPage(page, '63-card-link-merge');
    // one press: the map rebuilt without the merge (it took Undo merge, then the card's "Undo in the explorer": a
    // tester), the card of the person kept open on it, with no merge left to say and nothing to apply
    await note.getByRole('button', { name: 'Undo merge' }).click();
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 109', null, { timeout: 60_000 });
    // the link says so (no decision left: no names=)
    await expect.poll(() => new URL(page.url()).searchParams.get('names')).toBeNull();
    const card = page.getByTestId('author-panel');
    await card.waitFor();
    expect(await fromStore<string>(page, 'b.authors.name[s.selection.index]')).toBe(CHUANG);
    expect(await card.getByTestId('merge-note').count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Undo in the explorer' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Apply in the explorer' }).count()).toBe(0);
    await shootPage(page, '63b-card-link-merge-undone');
    // Back: the link's map, merged, again
    await stepBack(page);
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 108', null, { timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link made on another dataset says at once that its decisions name no author of this map', async () => {
    const saved: SavedDecisions = {
      lines: [],
      pending: [line('Q. Zhang', 'Qiu Zhang'), line('W. Lo', 'Wen Lo')],
      decisions: { [pair('Qiu Zhang', 'Q. Zhang')]: 'accepted', [pair('Wen Lo', 'W. Lo')]: 'accepted' },
    };
    const { page, errors } = await openWith(saved);
    const note = page.getByTestId('link-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('None of this link’s 2 who-is-who decisions names an author of this map (“Qiu Zhang”, “Wen Lo”)');
    expect(await authors(page)).toBe(109);
    await shootPage(page, '64-link-other-dataset');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('decisions a user checks before applying', () => {
  it('Apply asks first when the accepted decisions clash: a hand-made link’s lines that make three people one', async () => {
    const { page, errors } = await openWith({
      lines: [],
      pending: [line(CHUNG, CHUANG), line(CHUNG, 'Tao Xu')],
      decisions: { [pair(CHUANG, CHUNG)]: 'accepted', [pair('Tao Xu', CHUNG)]: 'accepted' },
    });
    const panel = await openReview(page);
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    const ask = panel.getByTestId('apply-clash');
    await ask.waitFor();
    expect(await ask.textContent()).toContain(`This makes ${CHUANG}, ${CHUNG} and Tao Xu one person.`);
    await shootPage(page, '65-apply-clash');
    // Cancel: nothing rebuilt
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await authors(page)).toBe(109);
    // asked again, applied all the same: the three are one person
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    await panel.getByTestId('apply-clash').getByRole('button', { name: 'Apply all the same' }).click();
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 107', null, { timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Apply asks first when a merge joins two names a split separates', async () => {
    const { page: plain } = await openWith(null);
    const title = 'Interpreting Robust Optimization via Adversarial Influence Functions';
    const paper = await fromStore<string>(plain, `(() => { const i = b.papers.title.indexOf(${JSON.stringify(title)}); return b.papers.doi[i] || b.papers.title[i]; })()`);
    await plain.context().close();
    const JW = 'Jialiang Wang';
    const { page, errors } = await openWith({
      lines: [],
      pending: [{ variant: JW, canonical: `${JW} (2)`, paper }, line(`${JW} (2)`, JW)],
      decisions: { [pair(JW, `${JW} (2)`)]: 'accepted' },
    });
    const panel = await openReview(page);
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    const ask = panel.getByTestId('apply-clash');
    await ask.waitFor();
    expect(await ask.textContent()).toContain(`A merge makes “${JW}” and “${JW} (2)” one person`);
    expect(await ask.textContent()).toContain(`the split of “${JW}” keeps them apart`);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await authors(page)).toBe(109);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // a tester: accept the Chuang/Chung merge, Apply; split Jialiang Wang into 4, Apply; reload; Undo the split. The line
  // under Apply then said "The map shown was built with 5 alias lines; the 1 line accepted now is not applied yet.":
  // that line is the merge, which the map shown has; and the split's Undo waited for an Apply (two presses for one
  // undo): now it rebuilds the map without the split at once
  it('after a merge and a split applied and a reload, one Undo of the split rebuilds the map with the merge alone', async () => {
    const { page, errors } = await openWith(null);
    const panel = await openReview(page);
    await panel.getByTestId('suggestion').filter({ hasText: CHUNG }).getByRole('button', { name: 'Same person' }).click();
    await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
    await expect.poll(() => authors(page), { timeout: 60_000 }).toBe(108);
    await page.getByLabel('Search authors and papers').fill('Jialiang Wang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).first().click();
    const card = page.getByTestId('author-panel');
    await card.getByRole('button', { name: 'Split into 4 people' }).click();
    await card.getByRole('button', { name: 'Apply in the explorer' }).click();
    await expect.poll(() => authors(page), { timeout: 60_000 }).toBe(111);
    // both applied: nothing to say beside "Applied"
    const afterApply = await openReview(page);
    expect(await afterApply.getByTestId('alias-built-with').count()).toBe(0);

    await page.reload();
    await waitForState(page, 'ready');
    await expect.poll(() => authors(page), { timeout: 60_000 }).toBe(111);
    const reloaded = await openReview(page);
    await reloaded.getByTestId('accepted-split').filter({ hasText: 'Jialiang Wang' }).getByTestId('undo-split').click();
    // one press: the map is rebuilt at once with the merge alone (the split took Undo, then Apply: a tester), and
    // the line under Apply has nothing to say
    await expect.poll(() => authors(page), { timeout: 60_000 }).toBe(108);
    await page.waitForSelector('[data-testid="alias-actions"][data-rebuild="idle"][data-applied="1"]', { timeout: 60_000 });
    await expect.poll(() => reloaded.getByTestId('alias-built-with').count()).toBe(0);
    expect(await reloaded.getByTestId('accepted-split').count()).toBe(0);
    await reloaded.getByText('1 merge accepted, all applied.').waitFor();
    await shootPage(page, 'review-split-undone-after-reload');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('each pair has its figures beside it, and each accepted merge and split lists the papers it moves', async () => {
    const { page, errors } = await openWith(null);
    const panel = await openReview(page);
    const card = panel.getByTestId('suggestion').filter({ hasText: CHUNG });
    expect(await card.getByTestId('pair-figures').textContent()).toBe('about 49 in 100 · 5 shared co-authors · unique surname');
    // accepted in the author card: the card has Apply once (it had none for a merge accepted there)
    await page.getByLabel('Search authors and papers').fill(CHUNG);
    await page.getByRole('option', { name: new RegExp(CHUNG) }).first().click();
    const note = page.getByTestId('author-panel').getByTestId('synonym-note');
    await note.locator('summary').first().click();
    await note.getByRole('button', { name: 'Same person' }).click();
    // (shown the frame after the button says "Working…")
    await expect.poll(() => page.getByTestId('author-panel').getByRole('button', { name: 'Apply in the explorer' }).count()).toBe(1);
    // a split accepted in another card
    await page.getByLabel('Search authors and papers').fill('Jialiang Wang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).first().click();
    await page.getByTestId('author-panel').getByRole('button', { name: 'Split into 4 people' }).click();
    await expect.poll(() => page.getByTestId('author-panel').getByRole('button', { name: 'Apply in the explorer' }).count()).toBe(1);
    const review = await openReview(page);
    const moved = review.getByTestId('accepted').getByTestId('moved-papers');
    expect(await moved.locator('summary').allTextContents()).toEqual([`“${CHUNG}” brings 1 paper`, 'It moves 4 papers']);
    await moved.nth(1).locator('summary').click();
    // (worked out once opened: waited for, not read at once)
    await expect.poll(() => moved.nth(1).locator('li').count(), { timeout: 30_000 }).toBe(4);
    const lines = await moved.nth(1).locator('li').allTextContents();
    expect(lines).toContain('Interpreting Robust Optimization via Adversarial Influence Functions → “Jialiang Wang (2)”');
    await moved.nth(0).locator('summary').click();
    await expect.poll(() => moved.nth(0).locator('li').count(), { timeout: 30_000 }).toBe(1);
    expect(await moved.nth(0).locator('li').allTextContents()).toEqual(['Learnings from Scaling Visual Tokenizers for Reconstruction and Generation']);
    await shootPage(page, '66-accepted-moved-papers');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`on a phone (390×844, touch, ${theme}) the chain's confirm, the verdicts and the Accepted Undo buttons are 44 px targets a tap reaches`, async () => {
      const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: theme };
      const { page, errors } = await openWith({ lines: [], pending: [line('Tao Xu', CHUNG)], decisions: { [pair(CHUNG, 'Tao Xu')]: 'accepted' } }, '', phone);
      await page.getByRole('button', { name: /Open filters/ }).tap();
      await page.getByRole('button', { name: 'Review names' }).tap();
      const panel = page.getByTestId('review-panel');
      await panel.getByTestId('alias-actions').waitFor({ timeout: 60_000 });
      const card = panel.getByTestId('suggestion').filter({ hasText: CHUNG });
      // the pair's figures: one short line (two at most) on the phone
      const figures = (await card.getByTestId('pair-figures').boundingBox())!;
      expect(figures.height).toBeLessThanOrEqual(40);
      /** Each button of `buttons`: 44 px or more each way, whole on the screen, and what a tap at its centre reaches (scrolled to the sheet's middle). */
      const targets = (buttons: Locator) =>
        buttons.evaluateAll((els) =>
          els.map((el) => {
            el.scrollIntoView({ block: 'center' });
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return {
              text: el.textContent,
              big: r.width >= 44 && r.height >= 44,
              whole: r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight,
              reached: !!hit && (hit === el || el.contains(hit)),
            };
          }),
        );
      const good = (t: { text: string | null }) => ({ text: t.text, big: true, whole: true, reached: true });
      const verdicts = await targets(card.getByRole('button', { name: /^(Same person|Different people)$/ }));
      expect(verdicts).toHaveLength(2);
      expect(verdicts).toEqual(verdicts.map(good));
      await card.getByRole('button', { name: 'Same person' }).tap();
      const ask = card.getByTestId('chain-confirm');
      await ask.waitFor();
      const confirm = await targets(ask.getByRole('button'));
      expect(confirm.map((t) => t.text)).toEqual(['Make them one person', 'Cancel']);
      expect(confirm).toEqual(confirm.map(good));
      await shootPage(page, `phone-${theme}-chain-confirm`);
      await ask.getByRole('button', { name: 'Make them one person' }).tap();
      await panel.getByTestId('accepted-chain').waitFor();
      const undo = await targets(panel.getByTestId('accepted').getByRole('button', { name: 'Undo' }));
      expect(undo).toHaveLength(2);
      expect(undo).toEqual(undo.map(good));
      const verdictUndo = await targets(card.getByRole('button', { name: 'Undo' }));
      expect(verdictUndo).toEqual(verdictUndo.map(good));
      await shootPage(page, `phone-${theme}-accepted-undo`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
