/**
 * The review list's name filter keeps its count and its list together on the 30k map, in real Chromium: at every
 * change of the panel (a MutationObserver, after each commit) and every frame (requestAnimationFrame) while a user
 * types "Manning" key by key, a count that says "N of … pairs" stands over exactly N pairs listed and is the figure of
 * the text in the box, and while the list catches up with the keys the count line says so ("Finding “Manning”…")
 * instead of an earlier text's figure. A tester on the 70k
 * map saw "3 of 2,129 pairs" over other pairs for ~1.5 s.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

/** What the page records of the review list: the count line's text and the pairs listed, at each change and frame. */
const WATCH = `(() => {
  const seen = [];
  const panel = document.querySelector('[data-testid="review-panel"]');
  const look = (when) => {
    const count = panel.querySelector('[data-testid="review-filter-count"]');
    const pairs = [...panel.querySelectorAll('[data-testid="suggestion"]')].map((c) => c.getAttribute('data-names'));
    const box = panel.querySelector('[data-testid="review-filter"]');
    const typed = box ? box.value : null;
    // the pairs listed whose names lack a word of the text in the box (case and accents aside)
    const fold = (t) => t.normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase();
    const words = fold(typed ?? '').split(/\\s+/).filter(Boolean);
    const other = pairs.filter((p) => !words.every((w) => fold(p).includes(w))).length;
    seen.push({ when, typed, count: count ? count.textContent : null, pairs: pairs.length, other, first: pairs.slice(0, 3) });
  };
  new MutationObserver(() => look('change')).observe(panel, { subtree: true, childList: true, characterData: true });
  const frame = () => { look('frame'); if (!window.__reviewSeenDone) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  window.__reviewSeen = seen;
})()`;

describe('the review list\'s name filter (30k)', () => {
  it('typing "Manning" key by key: whenever the count says N pairs the list shows exactly N, and at the end those with Manning', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
    await page.goto(appUrl(`${query}&review=names`));
    await waitForState(page, 'ready', 120_000);
    const panel = page.getByTestId('review-panel');
    const box = panel.getByRole('searchbox', { name: 'Find a name in the list' });
    await box.waitFor({ timeout: 180_000 });
    const all = await panel.getByTestId('suggestion').count();
    expect(all).toBeGreaterThan(100);
    await page.evaluate(WATCH);
    await box.click();
    await box.pressSequentially('Manning', { delay: 30 });
    const count = panel.getByTestId('review-filter-count');
    await expect.poll(() => count.textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^\\d+ of ${all.toLocaleString('en-US')} pairs`));
    await page.waitForTimeout(500);
    await page.evaluate('window.__reviewSeenDone = true');
    const seen = await page.evaluate<{ when: string; typed: string | null; count: string | null; pairs: number; other: number; first: string[] }[]>('window.__reviewSeen');
    const n = Number(/^(\d+) of/.exec((await count.textContent())!)![1]);
    expect(n).toBeGreaterThan(0);
    const names = await panel.getByTestId('suggestion').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-names')!));
    expect(names).toHaveLength(n);
    expect(names.every((p) => /manning/i.test(p))).toBe(true);
    // every moment seen: a figure stands over as many pairs (no figure while the list catches up)
    const wrong = seen.filter((s) => {
      const m = /^(\d+) of [\d,]+ pairs?/.exec(s.count ?? '');
      return m !== null && Number(m[1]) !== s.pairs;
    });
    console.log(`review filter: ${seen.length} moments seen, ${wrong.length} with a count over other pairs; count lines: ${[...new Set(seen.map((s) => s.count))].join(' | ')}`);
    expect(wrong.slice(0, 3)).toEqual([]);
    // and the figure is the box's text's: under "Manning" no other figure than its own (the old count line showed the
    // figure of the text before, "33 of 621 pairs" under "Manning", until the list caught up); while the list catches
    // up the line says so
    const figure = (c: string | null) => /^(\d+) of [\d,]+ pairs?/.exec(c ?? '')?.[1];
    const under = [...new Set(seen.filter((s) => s.typed === 'Manning' && figure(s.count) !== undefined).map((s) => Number(figure(s.count))))];
    expect(under).toEqual([n]);
    // (at any text typed: a figure over pairs another text found, "314 of 621" of "M" under "Ma", is the earlier text's)
    const earlier = seen.filter((s) => figure(s.count) !== undefined && s.other > 0);
    console.log(`figures over an earlier text's pairs: ${earlier.length} (${[...new Set(earlier.map((s) => `${s.typed}: ${s.count}`))].join(' | ')})`);
    expect(earlier.slice(0, 3)).toEqual([]);
    expect(seen.some((s) => /^Finding “[A-Za-z]+”…$/.test(s.count ?? ''))).toBe(true);
    await shootPage(page, 'review-filter-manning-30k');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 400_000);
});
