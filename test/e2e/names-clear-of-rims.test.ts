/**
 * Every author name on the seed's map keeps clear of the other discs and reads as its own disc's: its box touches no
 * other author disc, and its own disc is the nearest to it (rim to box), or the name is far enough off its disc to be
 * tied to it by a leader line (graph/label-placement.ts `leaderOf`), as a lifted name is. A tester, on a desktop
 * (1440×900) with the cards of Peter Vajda and Tao Xu opened from the search: "Adam Polyak" beside his disc 0-2 px
 * from Ching-Yao Chuang's and Ann Lee's rims (his own 2 px off), "Carleigh Wood" 1.7 px over Licheng Yu's. A name
 * beside its disc (a side, a corner) was held only to keeping off the other discs' middles; a lifted one to this rule.
 * Camera animation on, as users get it. (Paper titles are not checked: a title beside its square keeps off the
 * other discs' middles only; nor is the focal author's ring name, named first beside the ring whatever lies there:
 * "Jialiang Wang" over Xin Luo's dot, which phone-taps.test.ts taps through it.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, settled, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { LEADER_MIN_GAP_PX } from '../../src/app/graph/label-placement';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The author names drawn that touch another author disc (its rim's distance to the box ≤ 0), or that another author
 * disc is as near as their own, with no leader line (px, rim to the nearest point of the box).
 */
const namesByOtherDiscs = (page: Page) =>
  page.evaluate<{ text: string; other: string; otherGap: number; own: number }[]>(`(() => {
    const sigma = window.__atlas.sigma;
    const g = sigma.getGraph();
    const discs = [];
    g.forEachNode((k, a) => {
      if (a.kind !== 'author') return;
      const d = sigma.getNodeDisplayData(k);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      discs.push({ k, name: a.label, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size) });
    });
    const gap = (d, b) => Math.hypot(Math.max(b.x0 - d.x, 0, d.x - b.x1), Math.max(b.y0 - d.y, 0, d.y - b.y1)) - d.r;
    const out = [];
    for (const l of window.__atlas.labels || []) {
      if (l.kind !== 'node' || !l.key.startsWith('a') || (l.node && l.node.focal)) continue;
      const own = discs.find((d) => d.k === l.key);
      if (!own) continue;
      const mine = gap(own, l.box);
      const tied = mine > ${LEADER_MIN_GAP_PX};
      for (const d of discs) {
        if (d.k === l.key) continue;
        const e = gap(d, l.box);
        if (e <= 0 || (!tied && e <= mine)) out.push({ text: l.text, other: d.name, otherGap: Math.round(e * 10) / 10, own: Math.round(mine * 10) / 10 });
      }
    }
    return out;
  })()`);

async function openFromSearch(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Search authors and papers');
  await field.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first().waitFor();
  await field.press('Enter');
  await page.getByTestId('author-panel').getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await settled(page, 600);
}

describe('names clear of the other discs (seed)', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`the cards of Peter Vajda and Tao Xu: no author name touches another disc or lies nearer another than its own (${viewport.width}×${viewport.height})`, async () => {
      const phone = viewport.width < 500;
      const { page, errors } = await openPage(browser, { viewport, colorScheme: 'light', ...(phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}) }, { userMode: true });
      await page.goto(appUrl());
      await waitForState(page, 'ready');
      await settled(page, 600);
      expect(await namesByOtherDiscs(page), 'at the overview').toEqual([]);
      for (const name of ['Peter Vajda', 'Tao Xu']) {
        await openFromSearch(page, name);
        await shootPage(page, `names-clear-of-rims-${name.replace(' ', '-')}-${viewport.width}`);
        const named = await page.evaluate<number>(`(window.__atlas.labels || []).filter((l) => l.kind === 'node' && l.key.startsWith('a')).length`);
        expect(named, `author names drawn on ${name}'s card`).toBeGreaterThanOrEqual(phone ? 8 : 15);
        expect(await namesByOtherDiscs(page), `${name}'s card`).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
