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
import { openPage, waitForState } from './browser';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

/** Iryna Gurevych (853) to Dan Roth (1798): 4 steps, through Kyunghyun Cho, Alex Wang and Ian Tenney. */
const CHAIN = 'chain=853.1798';
/** The least gap (CSS px) between a chain's disc and what lies over the canvas. */
const CLEAR = 3;

/** A box in page CSS px. */
interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A drawn node of the chain: key, centre (page CSS px), drawn radius. */
interface ChainNode {
  key: string;
  x: number;
  y: number;
  r: number;
}

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

/** The chain's authors and the papers of its steps, where they are drawn (page CSS px), from the store's emphasis. */
async function chainNodes(page: Page): Promise<ChainNode[]> {
  return page.evaluate<ChainNode[]>(`(() => {
    const e = window.__atlas.store.getState().emphasis;
    const sigma = window.__atlas.sigma;
    const graph = window.__atlas.graph;
    const box = sigma.getContainer().getBoundingClientRect();
    const keys = [...e.nodes.map((n) => 'a' + n.index), ...e.steps.map((s) => 'p' + s.via.index)];
    return keys.filter((k) => graph.hasNode(k) && !graph.getNodeAttribute(k, 'hidden')).map((key) => {
      const a = graph.getNodeAttributes(key);
      const p = sigma.graphToViewport({ x: a.x, y: a.y });
      return { key, x: box.left + p.x, y: box.top + p.y, r: window.__atlas.drawnRadius(a.size) };
    });
  })()`);
}

/** The boxes (page CSS px) of what lies over the canvas and is shown now, and the canvas's own. */
async function covers(page: Page): Promise<{ canvas: Box; over: Box[] }> {
  return page.evaluate<{ canvas: Box; over: Box[] }>(`(() => {
    const at = (name, el) => { const b = el.getBoundingClientRect(); return { name, left: b.left, top: b.top, right: b.right, bottom: b.bottom }; };
    const over = [];
    const selectors = ['.details-panel', '.map-chip', '.offscreen-caption span', '.offscreen-mark', '.react-sigma-controls', '.legend', '.year-legend', '.link-note', '.drawer-open > .sidebar'];
    for (const selector of selectors)
      document.querySelectorAll(selector).forEach((el) => {
        const b = el.getBoundingClientRect();
        if (b.width > 0 && b.height > 0 && getComputedStyle(el).visibility !== 'hidden') over.push(at(selector, el));
      });
    return { canvas: at('canvas', window.__atlas.sigma.getContainer()), over };
  })()`);
}

/** Each chain node whose disc (grown by CLEAR) lies outside the canvas or under one of `over`, said in words. */
function obstructed(nodes: ChainNode[], canvas: Box, over: Box[]): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    const r = n.r + CLEAR;
    if (n.x - r < canvas.left || n.x + r > canvas.right || n.y - r < canvas.top || n.y + r > canvas.bottom) out.push(`${n.key} at ${Math.round(n.x)},${Math.round(n.y)}: off the canvas`);
    for (const o of over) {
      if (n.x + r > o.left && n.x - r < o.right && n.y + r > o.top && n.y - r < o.bottom) out.push(`${n.key} at ${Math.round(n.x)},${Math.round(n.y)}: under ${o.name}`);
    }
  }
  return out;
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
