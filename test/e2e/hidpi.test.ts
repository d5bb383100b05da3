/**
 * The map on screens of device pixel ratio 2 and 3 (a Retina laptop, a phone), in real Chromium with the camera
 * animation on, as users get it. Every other e2e file runs at ratio 1, where a canvas's pixel size is its size on
 * the page; a tester found that at ratio 2 the app's own layers (a traced chain, a hover's neighbourhood, a link
 * under the mouse: graph/layer-canvas.ts) showed at their pixel size, twice the map's: on the 30k map a chain's
 * disc was drawn 2× too large over another author, and a tap on it opened him. Checked here: every canvas of the
 * map lies exactly over the map, and the chain's discs and a hovered author's disc are drawn where the authors are.
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, settled } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Each canvas of the map whose box on the page differs from the map's: "layer: 2280×1688 at 0,0" (empty: none). */
const misplacedCanvases = (page: Page) =>
  page.evaluate<string[]>(`(() => {
    const container = window.__atlas.sigma.getContainer();
    const box = container.getBoundingClientRect();
    return [...container.querySelectorAll('canvas')]
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => Math.abs(r.left - box.left) > 1 || Math.abs(r.top - box.top) > 1 || Math.abs(r.width - box.width) > 1 || Math.abs(r.height - box.height) > 1)
      .map(({ c, r }) => c.className + ': ' + Math.round(r.width) + '×' + Math.round(r.height) + ' at ' + Math.round(r.left) + ',' + Math.round(r.top) + ' (map ' + Math.round(box.width) + '×' + Math.round(box.height) + ')');
  })()`);

/** The chain's authors as drawn: key, page position (CSS px) and colour. */
const chainDiscs = (page: Page) =>
  page.evaluate<{ key: string; x: number; y: number; color: string }[]>(`(() => {
    const { sigma, store } = window.__atlas;
    const e = store.getState().emphasis;
    const box = sigma.getContainer().getBoundingClientRect();
    const graph = sigma.getGraph();
    return e.nodes.filter((n) => n.kind === 'author').map((n) => 'a' + n.index).filter((k) => graph.hasNode(k)).map((k) => {
      const a = graph.getNodeAttributes(k);
      const p = sigma.graphToViewport(a);
      return { key: k, x: box.left + p.x, y: box.top + p.y, color: a.color };
    });
  })()`);

/** The colour at page point (x, y) of a screenshot taken at CSS scale, as [r, g, b]. */
function colourAt(png: PNG, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

const hexRgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const near = (a: number[], b: number[], tolerance = 24) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

for (const screen of [
  { name: 'desktop, ratio 2', options: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2 } },
  { name: 'phone, ratio 3', options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } },
]) {
  describe(`the map on a ${screen.name} screen`, () => {
    it("a link's chain is drawn over its authors, every layer of the map lies over the map, and a hovered author's disc is where the author is", async () => {
      const { page, errors } = await openPage(browser, screen.options, { userMode: true });
      // the seed's chain from Ching-Yao Chung (2) to Jialiang Wang (4)
      await page.goto(appUrl('?ds=wang-jialiang&chain=2.4'));
      await waitForState(page, 'ready');
      await page.waitForFunction(`window.__atlas.store.getState().emphasis?.by === 'chain'`, null, { timeout: 60_000 });
      await settled(page, 600);
      expect(await page.evaluate<number>('window.devicePixelRatio')).toBe(screen.options.deviceScaleFactor);
      expect(await misplacedCanvases(page)).toEqual([]);
      // each chain author's disc shows its colour at its centre (drawn by the chain's own layer); a name may lie over
      // a centre, so most, not all, are checked to match
      const discs = await chainDiscs(page);
      expect(discs.length).toBeGreaterThanOrEqual(2);
      const shot = PNG.sync.read(await page.screenshot({ scale: 'css' }));
      const inSight = discs.filter((d) => d.x > 0 && d.y > 0 && d.x < shot.width && d.y < shot.height);
      const matching = inSight.filter((d) => near(colourAt(shot, d.x, d.y), hexRgb(d.color)));
      expect(inSight.length).toBeGreaterThanOrEqual(2);
      expect(matching.length, `chain discs in their colour at their centres: ${JSON.stringify(inSight.map((d) => [d.key, d.color, colourAt(shot, d.x, d.y)]))}`).toBeGreaterThanOrEqual(Math.ceil(inSight.length / 2));
      // hovering (a mouse on the desktop) draws the author's neighbourhood on the hover layer: it stays over the map
      if (!screen.options.isMobile) {
        const d = inSight[0]!;
        await page.mouse.move(d.x, d.y);
        await page.waitForFunction(`window.__atlas.store.getState().hovered !== null`, null, { timeout: 30_000 });
        await settled(page);
        expect(await misplacedCanvases(page)).toEqual([]);
        const hovered = PNG.sync.read(await page.screenshot({ scale: 'css' }));
        expect(near(colourAt(hovered, d.x, d.y), hexRgb(d.color)), `hovered disc's colour at its centre`).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
}
