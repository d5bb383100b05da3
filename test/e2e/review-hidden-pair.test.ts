/**
 * The who-is-who review list's pair hidden by the filters, on the seed, in real Chromium as users get it (camera
 * animation on), on a desktop (light) and a phone (dark): the user shows only a community neither author of the
 * list's first pair is in, then opens the list. Its card said nothing, and a click on it (or on "Show both on the
 * map") changed nothing on the map: both authors were hidden. Now the card says so, in the words of an author's
 * card (panels/HiddenNote.tsx, hidden-by-filters.ts `whyPairHidden`), and its "Show both on the map" shows their
 * communities again and frames the two in the part the list leaves, drawn plainly, the rest dimmed about them; the
 * card, shorter by the note, keeps its top in view in the list (on the phone the sheet scrolled down to the card's
 * "Same person", where the focus was put back: its top 260 px out of sight, the user saw the middle of its evidence).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, reviewListFirstPair, settled, shootPage, stepBack } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The pair's two authors: where they are drawn (page px), whether shown and dimmed; the part the list leaves. */
const seen = (page: Page, pair: readonly [number, number]) =>
  page.evaluate<{ pair: { x: number; y: number; shown: boolean; dim: boolean }[]; part: { left: number; top: number; right: number; bottom: number } }>(`(() => {
    const sigma = window.__atlas.sigma, graph = window.__atlas.graph;
    const canvas = sigma.getContainer().getBoundingClientRect();
    const panel = document.querySelector('.details-panel').getBoundingClientRect();
    const sheet = panel.width >= canvas.width * 0.9;
    const part = { left: canvas.left, top: canvas.top, right: sheet ? canvas.right : panel.left, bottom: sheet ? panel.top : canvas.bottom };
    const visibility = window.__atlas.store.getState().visibility;
    const pair = ${JSON.stringify(pair)}.map((i) => {
      const a = graph.getNodeAttributes('a' + i), d = sigma.getNodeDisplayData('a' + i);
      const p = sigma.graphToViewport({ x: a.x, y: a.y });
      return { x: canvas.left + p.x, y: canvas.top + p.y, shown: visibility.author[i] === 1 && !a.hidden, dim: !!d && d.color === a.dimColor && a.color !== a.dimColor };
    });
    return { pair, part };
  })()`);

describe.each([
  ['desktop', { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' }],
] as const)("the review list's pair hidden by the filters, on a %s", (name, options) => {
  let page: Page;
  let errors: string[];
  let pair: [number, number];
  let names: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, options, { userMode: true }));
    await page.goto(appUrl('?ds=wang-jialiang'));
    await waitForState(page, 'ready');
    await settled(page, 300);
    // the list's first pair, read from the list itself (opened, then closed again)
    ({ pair, names } = await reviewListFirstPair(page));
    // the user shows only a community neither of the two is in (the filters' "only this community")
    const only = await fromStore<number>(page, `b.communities.findIndex((_, c) => c !== b.authors.community[${pair[0]}] && c !== b.authors.community[${pair[1]}])`);
    expect(only).toBeGreaterThanOrEqual(0);
    await page.evaluate(`window.__atlas.store.getState().onlyCommunity(${only})`);
    await settled(page, 600);
    // and opens the list again
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'review' })`);
    await page.getByTestId('review-panel').getByTestId('suggestion').first().waitFor();
    await settled(page, 600);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('the card says both are hidden by the filters, and why', async () => {
    const now = await seen(page, pair);
    expect(now.pair.map((p) => p.shown)).toEqual([false, false]);
    const card = page.getByTestId('suggestion').first();
    const note = card.getByTestId('pair-hidden');
    await note.waitFor();
    const text = (await note.textContent())!;
    // their communities named as hidden: once when they share it, else for each by name
    const same = await fromStore<boolean>(page, `b.authors.community[${pair[0]}] === b.authors.community[${pair[1]}]`);
    if (same) expect(text).toMatch(/^Both are hidden on the map by the filters: their community, .+, is hidden\.$/);
    else {
      const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(text).toMatch(new RegExp(`^Both are hidden on the map by the filters: for ${esc(names[0]!)}, their community, .+, is hidden; for ${esc(names[1]!)}, their community, .+, is hidden\\.$`));
    }
    await card.scrollIntoViewIfNeeded();
    await shootPage(page, `review-hidden-pair-${name}-1-said`);
  });

  it('"Show both on the map" shows them (their communities again) and frames them in the part the list leaves', async () => {
    const button = page.getByTestId('suggestion').first().getByRole('button', { name: 'Show both on the map' });
    const hiddenBefore = await fromStore<number[]>(page, '[...s.filters.hiddenCommunities].sort((a, b) => a - b)');
    const entries = await page.evaluate<number>('history.length');
    if (name === 'phone') await button.tap();
    else await button.click();
    await settled(page, 600);
    await page.getByTestId('pair-hidden').waitFor({ state: 'detached' });
    // the card's top in view in the list's scrolling box, its own "Show both on the map" focused in the note's place
    const kept = await page.evaluate<{ top: number; boxTop: number; boxBottom: number; focused: string | null }>(`(() => {
      const card = document.querySelector('[data-testid="suggestion"]');
      let box = card.parentElement;
      while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) box = box.parentElement;
      const b = box.getBoundingClientRect();
      return { top: card.getBoundingClientRect().top, boxTop: b.top, boxBottom: b.bottom, focused: document.activeElement.getAttribute('data-testid') };
    })()`);
    expect(kept.top, "the card's top under the list's top edge").toBeGreaterThanOrEqual(kept.boxTop - 1);
    expect(kept.top, "the card's top above the list's bottom edge").toBeLessThan(kept.boxBottom - 40);
    expect(kept.focused).toBe('pair-show');
    const now = await seen(page, pair);
    for (const p of now.pair) {
      expect(p.shown).toBe(true);
      expect(p.x >= now.part.left && p.x <= now.part.right && p.y >= now.part.top && p.y <= now.part.bottom, `${JSON.stringify(p)} in ${JSON.stringify(now.part)}`).toBe(true);
      expect(p.dim).toBe(false);
    }
    const hidden = await fromStore<number[]>(page, '[...s.filters.hiddenCommunities]');
    for (const a of pair) expect(hidden).not.toContain(await fromStore<number>(page, `b.authors.community[${a}]`));
    // the list stays open at its pair
    expect(await fromStore(page, 's.selection.kind')).toBe('review');
    await shootPage(page, `review-hidden-pair-${name}-2-shown`);
    // one step of the history: Back gives the filters back, with the list (tester J: the 30k map's years and least
    // paper count went in place of the list's entry, and Back left the app)
    await expect.poll(() => page.evaluate<number>('history.length')).toBe(entries + 1);
    await stepBack(page);
    await expect.poll(() => fromStore<number[]>(page, '[...s.filters.hiddenCommunities].sort((a, b) => a - b)')).toEqual(hiddenBefore);
    expect(await fromStore(page, 's.selection.kind')).toBe('review');
    expect(new URL(page.url()).searchParams.get('only')).not.toBeNull();
    expect(errors).toEqual([]);
  });
});
