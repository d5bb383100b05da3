/**
 * A co-author chain framed clear of what lies over the map, on the 3k map (ACL 2020) in real Chromium with the camera
 * moving as users get it (animation on), on touch screens: a tablet held upright (820×1180) and a phone (390×844).
 * Testers: with an author's card open, the chain's top paper was framed under the edge markers' caption ("16 papers
 * out of sight: tap a number to show all", shown once the camera had moved); and on the tablet the chain chip opened
 * the drawer at the chain panel over two of the chain's authors and over the chip itself.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, frames, fromStore, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { CHAIN, chainNodes, covers, obstructed } from './chain-checks';
import { openPage, waitForState } from './browser';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

/**
 * Waits until the camera has been still (not flying, same state) for `quietMs` after the chain's framing (the map's
 * ready signal comes before the camera's moves for the card and the chain, which wait for the panels' paint).
 */
async function cameraAtRest(page: Page, quietMs = 1500): Promise<void> {
  let last = '';
  let since = Date.now();
  const deadline = Date.now() + 60_000;
  while (Date.now() - since < quietMs && Date.now() < deadline) {
    const now = await page.evaluate<string>('(() => { const c = window.__atlas.sigma.getCamera(); return c.isAnimated() ? "moving" : JSON.stringify(c.getState()); })()');
    if (now !== last || now === 'moving') [last, since] = [now, Date.now()];
    await page.waitForTimeout(150);
  }
  await frames(page, 3);
}

const SIZES = [
  { name: 'tablet', viewport: { width: 820, height: 1180 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

describe('a co-author chain framed clear of what lies over the map (3k map, touch, camera animated)', () => {
  for (const { name, viewport } of SIZES) {
    it(`with an author's card open, no node of the chain is under the sheet, the chips, the edge markers' caption or the buttons (${name})`, async () => {
      const { page, errors } = await openPage(browser, { viewport, hasTouch: true, isMobile: true }, { userMode: true });
      try {
        await page.goto(appUrl(`${acl}&author=853&${CHAIN}`));
        await waitForState(page, 'ready');
        expect(await fromStore<string[]>(page, '[b.authors.name[853], b.authors.name[1798]]')).toEqual(['Iryna Gurevych', 'Dan Roth']);
        await page.getByTestId('chain-chip').waitFor();
        await page.locator('.details-panel').waitFor();
        await page.waitForFunction('window.__atlas.store.getState().emphasis && window.__atlas.store.getState().emphasis.by === "chain"');
        await cameraAtRest(page);
        const nodes = await chainNodes(page);
        expect(nodes.length).toBe(9);
        const { canvas, over } = await covers(page);
        await shootPage(page, `chain-room-card-${name}`);
        expect(obstructed(nodes, canvas, over)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('the chain chip opens the drawer beside the chain on a tablet: the chain framed again in the map it leaves, the chip beside it', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true }, { userMode: true });
    try {
      await page.goto(appUrl(`${acl}&${CHAIN}`));
      await waitForState(page, 'ready');
      const chip = page.getByTestId('chain-chip');
      await chip.waitFor();
      await page.waitForFunction('window.__atlas.store.getState().emphasis && window.__atlas.store.getState().emphasis.by === "chain"');
      await cameraAtRest(page);
      await chip.locator('.chain-chip-open').tap();
      await page.getByTestId('path-panel').waitFor();
      // the drawer slid in (0.2 s), and the camera's move for it done
      await page.waitForFunction('getComputedStyle(document.getElementById("sidebar")).transform === "none"');
      await cameraAtRest(page);
      const nodes = await chainNodes(page);
      expect(nodes.length).toBe(9);
      const { canvas, over } = await covers(page);
      await shootPage(page, 'chain-room-drawer-tablet');
      expect(over.some((o) => o.name.includes('sidebar'))).toBe(true);
      expect(obstructed(nodes, canvas, over)).toEqual([]);
      // the chip beside the drawer, all of it (its words read whole, not cut by the drawer)
      const drawer = over.find((o) => o.name.includes('sidebar'))!;
      const chipBox = over.find((o) => o.name === '.map-chip')!;
      expect(chipBox.left).toBeGreaterThanOrEqual(drawer.right);
      expect(chipBox.right).toBeLessThanOrEqual(canvas.right);
      // closed again: the chain framed in the whole canvas (the left side it had left to the drawer)
      await page.locator('.drawer-close').tap();
      await page.waitForFunction('!document.querySelector(".drawer-open")');
      await cameraAtRest(page);
      const after = await chainNodes(page);
      const left = Math.min(...after.map((n) => n.x));
      expect(left).toBeLessThan(drawer.right);
      expect(obstructed(after, canvas, (await covers(page)).over)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
