/**
 * What the page re-draws under a resting mouse is not taken as the user's pointing (src/app/pointer-moves.ts), in
 * real Chromium (1440x900, the seed map): the search's result row chosen with the keyboard stays the active one when
 * the results are re-drawn under the unmoved mouse (it jumped to the row under the mouse); in the co-author view, a
 * link the app's own camera move brings under the resting mouse is not highlighted (nor would a click open it as the
 * highlighted one) until the mouse moves, as the map's nodes are not hovered (EventsController).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frames, openAtlas, settled } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true }));
});

afterAll(async () => {
  await browser?.close();
});

/** The index of the search's active result row (aria-selected), -1 for none. */
const activeRow = () => page.evaluate<number>(`[...document.querySelectorAll('.search [role="option"]')].findIndex((o) => o.getAttribute('aria-selected') === 'true')`);

describe('a resting mouse points at nothing new', () => {
  it('search results re-drawn under the resting mouse keep the keyboard\'s active row', async () => {
    await openAtlas(page);
    await page.mouse.move(2, 450);
    const input = page.locator('.search input');
    await input.focus();
    await page.keyboard.type('li');
    const rows = page.locator('.search [role="option"]');
    await rows.nth(4).waitFor();
    // the user moves the mouse onto the second row: it is the active one
    const box = (await rows.nth(1).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForFunction(`[...document.querySelectorAll('.search [role="option"]')].findIndex((o) => o.getAttribute('aria-selected') === 'true') === 1`, null, { timeout: 5000 });
    // the keyboard chooses the first row, the mouse rests; more typed: the results re-drawn under the mouse
    for (let i = 0; i < 6 && (await activeRow()) !== 0; i++) await page.keyboard.press('ArrowUp');
    expect(await activeRow()).toBe(0);
    const before = await rows.allInnerTexts();
    await page.keyboard.type('u');
    await page.waitForFunction(`JSON.stringify([...document.querySelectorAll('.search [role="option"]')].map((o) => o.innerText)) !== ${JSON.stringify(JSON.stringify(before))}`);
    await frames(page, 6);
    // the browser's own move event at the resting mouse's unchanged position (Chromium sends one after a layout
    // change or scroll under the mouse; sent here as it does: a move to where the mouse already is)
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(300);
    expect(await rows.count(), 'a row lies under the resting mouse').toBeGreaterThan(1);
    expect(await activeRow(), 'the active row is not the one under the resting mouse').not.toBe(1);
    // the user's own move still picks the row
    await page.mouse.move(box.x + box.width / 2 + 3, box.y + box.height / 2, { steps: 2 });
    await page.waitForFunction(`[...document.querySelectorAll('.search [role="option"]')].findIndex((o) => o.getAttribute('aria-selected') === 'true') === 1`);
    // the keyboard goes down the list past its end: the list scrolls under the resting mouse, the active row is
    // the keyboard's
    await page.keyboard.press('Backspace');
    await rows.nth(4).waitFor();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    const count = await rows.count();
    const presses = Math.min(count - 3, 12);
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('ArrowDown');
      await frames(page, 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    }
    await page.waitForTimeout(300);
    const want = await page.evaluate<number>(`(() => { const o = document.activeElement && document.activeElement.getAttribute('aria-activedescendant'); return o ? [...document.querySelectorAll('.search [role="option"]')].findIndex((x) => x.id === o) : -2; })()`);
    expect(await activeRow(), 'the active row is the one the keyboard reached').toBe(want);
    expect(want, 'the keyboard went down the list').toBeGreaterThan(3);
    await page.keyboard.press('Escape');
  });

  it('a link the app\'s camera move brings under the resting mouse is not highlighted until the mouse moves', async () => {
    await openAtlas(page, '?view=coauthors');
    await page.mouse.move(2, 450);
    await settled(page, 600);
    const start = await page.evaluate<unknown>('window.__atlas.sigma.getCamera().getState()');
    const author = 100;
    const flyTo = async () => {
      await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: ${author} })`);
      await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()');
      await settled(page, 600);
    };
    // where the flight ends: a link's middle, far from every disc, left of the card
    await flyTo();
    const spot = await page.evaluate<{ x: number; y: number; edge: string } | null>(`(() => {
      const sigma = window.__atlas.sigma;
      const g = sigma.getGraph();
      const pos = new Map();
      g.forEachNode((n) => { const d = sigma.getNodeDisplayData(n); if (d && !d.hidden) pos.set(n, sigma.framedGraphToViewport(d)); });
      let best = null;
      g.forEachEdge((e, _a, s, t) => {
        if (best || !pos.has(s) || !pos.has(t)) return;
        const shown = sigma.getEdgeDisplayData(e);
        if (!shown || shown.hidden) return;
        const a = pos.get(s), b = pos.get(t);
        if (Math.hypot(a.x - b.x, a.y - b.y) < 120) return;
        const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        if (Math.round(m.x) !== m.x) { m.x = Math.round(m.x); m.y = Math.round(m.y); }
        if (m.x < 380 || m.x > 900 || m.y < 150 || m.y > 800) return;
        for (const p of pos.values()) if (Math.hypot(p.x - m.x, p.y - m.y) < 30) return;
        const r = sigma.getContainer().getBoundingClientRect();
        best = { x: Math.round(m.x) + r.left, y: Math.round(m.y) + r.top, edge: e };
      });
      return best;
    })()`);
    expect(spot, 'a link to rest the mouse on').not.toBeNull();
    const at = { x: spot!.x, y: spot!.y };
    // back where the map was, the card closed; the mouse moved (by the user) to that spot, then it rests
    await page.evaluate(`window.__atlas.store.getState().select(null)`);
    await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()');
    await page.evaluate(`window.__atlas.sigma.getCamera().setState(${JSON.stringify(start)})`);
    await settled(page, 300);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await settled(page, 300);
    // the app's flight brings the link under the resting mouse
    await flyTo();
    await frames(page, 4);
    const under = () => page.evaluate<string | null>(`document.querySelector('[data-link-under-pointer]')?.dataset.linkUnderPointer ?? null`);
    expect(await page.evaluate(`JSON.stringify(window.__atlas.sigma.getCamera().getState())`)).toBeTruthy();
    expect(await under(), 'nothing highlighted under the resting mouse after the app\'s move').toBeNull();
    // the user moves the mouse a pixel: the link there is highlighted (it was under the mouse all along)
    await page.mouse.move(at.x + 1, at.y, { steps: 2 });
    await page.waitForFunction(`!!document.querySelector('[data-link-under-pointer]')`, null, { timeout: 5_000 });
    expect(errors).toEqual([]);
  });
});
