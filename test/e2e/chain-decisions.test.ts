/**
 * A link's co-author chain (`chain=`) and who-is-who decisions, in real Chromium on the seed list (camera animation
 * on, as users get it): a plain link opened in a tab that keeps decisions, then "Apply my decisions" in its note,
 * keeps the chain (traced again by its authors' names on the rebuilt map, its steps listed); a link with decisions
 * (`names=`) whose map cannot be rebuilt (its paper list gone from the server) says so in the link note and traces
 * the chain on the map as listed, naming its two ends (the chain stayed untraced, and nothing said why), and that
 * the card it names is not opened.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, pageUrl, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The chain emphasised on `p`'s map: its authors' names, first to last (null: none). */
const chainNames = (p: Page) =>
  p.evaluate(() => {
    const s = (window as any).__atlas.store.getState();
    const e = s.emphasis;
    if (!e || e.by !== 'chain') return null;
    const b = s.dataset.bundle;
    return (e.nodes as { kind: string; index: number }[]).filter((n) => n.kind === 'author').map((n) => b.authors.name[n.index] as string);
  });

/** The chain listed in `p`'s chain panel: the author names of its rows, first to last. */
const listedChain = (p: Page) => p.getByTestId('chain').locator('li.chain-author > :first-child').allTextContents();

/** Accept the seed's one suggested merge (Ching-Yao Chung / Chuang) in `p` and apply it; returns the page's `names=`. */
async function applyTheMerge(p: Page): Promise<string> {
  await p.getByRole('button', { name: 'Review names' }).click();
  const panel = p.getByTestId('review-panel');
  await panel.getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' }).getByRole('button', { name: 'Same person' }).click();
  await panel.getByRole('button', { name: 'Apply in the explorer' }).click();
  await p.waitForSelector('[data-testid="alias-actions"][data-rebuild="idle"][data-applied="1"]', { timeout: 60_000 });
  expect(await fromStore<number>(p, 'b.stats.authors')).toBe(108);
  return (await pageUrl(p)).searchParams.get('names')!;
}

describe('a plain link with a co-author chain, opened in a tab that keeps decisions', () => {
  it('"Apply my decisions" keeps the chain: traced again on the rebuilt map, drawn and its steps listed (it was cleared)', async () => {
    const { page: own, errors } = await openPage(browser, {}, { userMode: true });
    await own.goto(appUrl('?ds=wang-jialiang'));
    await waitForState(own, 'ready');
    await applyTheMerge(own);

    // a colleague's link: the chain from Ching-Yao Chung (2) to Jialiang Wang (4) on the seed as listed
    await own.goto(appUrl('?ds=wang-jialiang&chain=2.4'));
    await waitForState(own, 'ready');
    await own.waitForFunction(() => (window as any).__atlas.store.getState().emphasis?.by === 'chain', null, { timeout: 30_000 });
    const before = (await chainNames(own))!;
    expect([before[0], before[before.length - 1]]).toEqual(['Ching-Yao Chung', 'Jialiang Wang']);
    const note = own.getByTestId('link-note');
    await note.getByRole('button', { name: 'Apply my decisions' }).waitFor();
    expect(await fromStore<number>(own, 'b.stats.authors')).toBe(109);

    await note.getByRole('button', { name: 'Apply my decisions' }).click();
    await own.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 108', null, { timeout: 60_000 });
    await own.waitForFunction(() => (window as any).__atlas.store.getState().emphasis?.by === 'chain', null, { timeout: 30_000 });
    // the same two people on the rebuilt map (the merged name is a spelling of the person kept)
    const after = (await chainNames(own))!;
    const aliasesOfFirst = await own.evaluate((n) => {
      const b = (window as any).__atlas.store.getState().dataset.bundle;
      const i = b.authors.name.indexOf(n);
      return [n, ...b.authors.aliases[i]] as string[];
    }, after[0]);
    expect(aliasesOfFirst).toContain('Ching-Yao Chung');
    expect(after[after.length - 1]).toBe('Jialiang Wang');
    // listed in the chain panel, step by step
    const listed = await listedChain(own);
    expect(listed).toEqual(after);
    expect(await own.getByTestId('chain').locator('.chain-step').count()).toBe(after.length - 1);
    // the address names the chain on the rebuilt map, with the decisions
    const url = await pageUrl(own);
    expect(url.searchParams.get('names')).toBeTruthy();
    const [from, to] = url.searchParams.get('chain')!.split('.').map(Number);
    expect(await own.evaluate(([f, t]) => { const n = (window as any).__atlas.store.getState().dataset.bundle.authors.name; return [n[f], n[t]]; }, [from, to])).toEqual([after[0], 'Jialiang Wang']);
    // the note says the decisions are back, and no chain was cleared
    await own.getByTestId('link-note').getByText(/kept in this tab, are back/).waitFor();
    expect(await own.getByTestId('link-note').textContent()).not.toContain('was cleared');
    await shootPage(own, '60-plain-link-chain-apply-my-decisions');

    // a reload keeps both
    await own.reload();
    await waitForState(own, 'ready');
    await own.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 108', null, { timeout: 60_000 });
    await own.waitForFunction(() => (window as any).__atlas.store.getState().emphasis?.by === 'chain', null, { timeout: 30_000 });
    expect(await chainNames(own)).toEqual(after);
    expect(errors).toEqual([]);
    await own.context().close();
  });
});

describe('a link with applied decisions and a co-author chain, whose map cannot be rebuilt', () => {
  it('says what failed in the link note and traces the chain on the map as listed, naming its ends', async () => {
    // the link: the merge applied, and the chain Ching-Yao Chung → Jialiang Wang on the merged map
    const maker = await openPage(browser, {}, { userMode: true });
    await maker.page.goto(appUrl('?ds=wang-jialiang'));
    await waitForState(maker.page, 'ready');
    const names = await applyTheMerge(maker.page);
    const ends = await fromStore<[number, number]>(maker.page, `[b.authors.name.findIndex((n, i) => n === 'Ching-Yao Chung' || b.authors.aliases[i].includes('Ching-Yao Chung')), b.authors.name.indexOf('Jialiang Wang')]`);
    expect(ends.every((i) => i >= 0)).toBe(true);
    await maker.page.context().close();

    // opened where the seed's paper list cannot be fetched (moved, or the server down): the rebuild fails
    const { page: own, errors } = await openPage(browser, {}, { userMode: true });
    await own.route('**/samples/wang-jialiang.txt', (route) => route.fulfill({ status: 404, body: 'not here' }));
    // (with Jialiang Wang's card, numbered on the merged map too)
    await own.goto(appUrl(`?ds=wang-jialiang&author=${ends[1]}&chain=${ends[0]}.${ends[1]}&names=${names}`));
    await waitForState(own, 'ready');
    await own.locator('[data-testid="rebuild-banner"][data-state="error"]').waitFor({ timeout: 60_000 });
    const note = own.getByTestId('link-note');
    await note.getByText(/are not applied/).waitFor({ timeout: 30_000 });
    await own.waitForFunction(() => (window as any).__atlas.store.getState().emphasis?.by === 'chain', null, { timeout: 30_000 });
    const drawn = (await chainNames(own))!;
    expect(await fromStore<number>(own, 'b.stats.authors')).toBe(109);
    const text = (await note.textContent())!;
    // what failed, and the chain traced here between the two authors it names on this map
    expect(text).toContain('HTTP 404');
    expect(text).toContain(`chain=${ends[0]}.${ends[1]}`);
    // the card the link names is not opened on this map, and the note says so
    expect(text).toContain('The card it names is not opened');
    expect(await fromStore<unknown>(own, 's.selection')).toBeNull();
    expect(text).toContain(`runs from ${drawn[0]} to ${drawn[drawn.length - 1]}`);
    expect(await listedChain(own)).toEqual(drawn);
    expect((await pageUrl(own)).searchParams.get('chain')).toBe(`${ends[0]}.${ends[1]}`);
    await shootPage(own, '61-names-link-rebuild-failed-chain');
    // the merge waits in the review list, not applied
    await own.getByRole('button', { name: 'Review names' }).click();
    await own.getByTestId('review-panel').getByText('1 merge accepted, not applied yet.').waitFor();
    // the only error is the paper list the server did not give
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await own.context().close();
  });
});
