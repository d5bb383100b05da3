/**
 * A finger's tap leaves no hover behind on a phone (390×844, touch, the camera animation on as users get it). A
 * finger has no hover: the press shows the node under it while the finger is held (EventsController), and a tap on
 * a card's author row hovers nothing (pointer-moves.ts `byUser`: a finger is never the user's pointing). Here, a tap
 * on an author's disc on the map opens their card and, the finger lifted, nothing stays hovered (the map shows the
 * selection's emphasis, not a hover's); a tap on a co-author's row in the card opens that co-author's card with
 * nothing hovered; a tap on the empty map closes the card with nothing hovered.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fingerTap, frames, settled, tapSeen } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { clearPointOn, hoveredKeyOn, labelledAuthors, selectedKeyOn } from './pointer';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: 'light', hasTouch: true, isMobile: true }, { userMode: true }));
  await page.goto(appUrl());
  await waitForState(page, 'ready');
  await settled(page, 300);
});

afterAll(async () => {
  await browser?.close();
});

/** Nothing hovered: not in the store, not on Sigma's hover layer. */
const hoverLeft = () =>
  page.evaluate<{ hovered: unknown; sigma: string | null }>(`({ hovered: window.__atlas.store.getState().hovered, sigma: window.__atlas.sigma.hoveredNode ?? null })`);

/** The camera at rest and the card painted, then a while longer (the finger gone). */
async function atRest(): Promise<void> {
  await settled(page, 600);
  await page.waitForTimeout(500);
  await frames(page, 4);
}

describe('a tap on a phone', () => {
  it('on an author, on a co-author\'s row and on the empty map: nothing stays hovered', async () => {
    // an author's disc on the map
    const authors = await labelledAuthors(page, 10);
    let tapped: string | null = null;
    for (const a of authors) {
      const p = await clearPointOn(page, a.key);
      if (!p) continue;
      await tapSeen(page, p);
      await page.waitForFunction(`window.__atlas.store.getState().selection !== null`);
      tapped = await selectedKeyOn(page);
      break;
    }
    expect(tapped, 'an author tapped on the map').not.toBeNull();
    await atRest();
    expect(await hoverLeft(), `${tapped} tapped on the map, the finger lifted`).toEqual({ hovered: null, sigma: null });
    expect(await hoveredKeyOn(page)).toBeNull();

    // a co-author's row in the card
    const row = page.getByTestId('author-panel').getByTestId('coauthor-list').locator('.author-link').first();
    await row.scrollIntoViewIfNeeded();
    await frames(page, 2);
    const coauthor = `a${await row.getAttribute('data-author')}`;
    const box = (await row.boundingBox())!;
    await fingerTap(page, { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) });
    await expect.poll(() => selectedKeyOn(page)).toBe(coauthor);
    await atRest();
    expect(await hoverLeft(), `${coauthor}'s row tapped in the card`).toEqual({ hovered: null, sigma: null });
    expect(await page.locator('.author-link:hover').count(), 'a row drawn hovered (:hover)').toBe(0);

    // the empty map: the card closes (a spot of the canvas that is on top there, with no node and no name within 12 px)
    const empty = await page.evaluate<{ x: number; y: number } | null>(`(() => {
      const sigma = window.__atlas.sigma;
      const container = sigma.getContainer();
      const box = container.getBoundingClientRect();
      const near = (x, y) => (window.__atlas.labels || []).some((l) => x >= l.box.x0 - 12 && x <= l.box.x1 + 12 && y >= l.box.y0 - 12 && y <= l.box.y1 + 12);
      for (let y = 30; y < box.height / 2; y += 7)
        for (let x = 30; x < box.width - 30; x += 7) {
          const top = document.elementFromPoint(box.left + x, box.top + y);
          if (!top || !container.contains(top) || near(x, y)) continue;
          let clear = true;
          for (let dx = -12; dx <= 12 && clear; dx += 4) for (let dy = -12; dy <= 12 && clear; dy += 4) if (sigma.getNodeAtPosition({ x: x + dx, y: y + dy }) !== null) clear = false;
          if (clear) return { x: box.left + x, y: box.top + y };
        }
      return null;
    })()`);
    expect(empty, 'a spot of the map with nothing under it').not.toBeNull();
    await tapSeen(page, empty!);
    await page.waitForFunction(`window.__atlas.store.getState().selection === null`);
    await atRest();
    expect(await hoverLeft(), 'the empty map tapped').toEqual({ hovered: null, sigma: null });
    expect(errors).toEqual([]);
  }, 300_000);
});
