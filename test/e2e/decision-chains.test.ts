/**
 * Merges that share a name, in real Chromium on the seed list, as a user meets them: an accept that would make three
 * people one says so and asks first, and the Accepted list shows the chain as one group; a hand-edited link whose
 * lines give one spelling two people applies one of them and says which, listing each line with its Undo; a shared
 * link's applied merge is said in the card as a decision, with Undo; a link made on another dataset says at once
 * that its decisions name no author of this map.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, shootPage } from './atlas-page';
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

/** A fresh browser context opened on the seed with `saved` as its link's decisions. */
async function openWith(saved: SavedDecisions | null, extra = ''): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, {}, { userMode: true });
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

  it('a shared link’s applied merge: the card says it came from the link’s decision, with Undo merge', async () => {
    const saved: SavedDecisions = { lines: [line(CHUNG, CHUANG)], decisions: { [pair(CHUANG, CHUNG)]: 'accepted' } };
    const { page, errors } = await openWith(saved);
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 108', null, { timeout: 60_000 });
    await page.getByLabel('Search authors and papers').fill(CHUANG);
    await page.getByRole('option', { name: new RegExp(CHUANG) }).first().click();
    const note = page.getByTestId('author-panel').getByTestId('merge-note');
    await note.waitFor();
    expect(await note.textContent()).toContain(`“${CHUNG}” is merged into “${CHUANG}” by this link’s decision in Who is who (applied)`);
    await shootPage(page, '63-card-link-merge');
    await note.getByRole('button', { name: 'Undo merge' }).click();
    await note.getByText(/is undone; apply to rebuild without it/).waitFor();
    // Apply is in reach in the card
    await note.getByRole('button', { name: 'Undo in the explorer' }).click();
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 109', null, { timeout: 60_000 });
    expect(await authors(page)).toBe(109);
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
