/**
 * The 30k map's overview on a 390×844 phone (acl_2016_2021_all), light and dark, as it opens: testers saw the map
 * small in the middle of the screen (294 of 390 px across: Sigma's 48 px margin each side, kept for a desktop's
 * legend) and five cluster names written across most of it. Now:
 * - the map spans at least 88% of the screen's width (the drawn nodes' centres), clear of the legend and the zoom
 *   buttons below it;
 * - at most three cluster names, together over less than 18% of the map's box (five covered ~30%), at least two
 *   still (the map stays named), no name over another.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, drawnLabels, overlappingLabels, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The drawn nodes' centres' box and the canvas's, in the canvas's px, and the corner covers' boxes (legend, zoom buttons). */
const mapNow = (page: Page) =>
  page.evaluate<{ map: Box; canvas: { width: number; height: number }; covers: Box[]; under: number }>(`(() => {
    const sigma = window.__atlas.sigma;
    const at = sigma.getContainer().getBoundingClientRect();
    const map = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    const centres = [];
    sigma.getGraph().forEachNode((n) => {
      const d = sigma.getNodeDisplayData(n);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      centres.push(p);
      map.left = Math.min(map.left, p.x); map.right = Math.max(map.right, p.x);
      map.top = Math.min(map.top, p.y); map.bottom = Math.max(map.bottom, p.y);
    });
    const covers = ['.react-sigma-controls', '.legend'].map((s) => document.querySelector(s)).filter(Boolean).map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left - at.left, top: r.top - at.top, right: r.right - at.left, bottom: r.bottom - at.top };
    });
    const under = centres.filter((p) => covers.some((c) => p.x >= c.left && p.x <= c.right && p.y >= c.top && p.y <= c.bottom)).length;
    return { map, canvas: { width: at.width, height: at.height }, covers, under };
  })()`);

describe.each(['light', 'dark'] as const)("the 30k map's overview on a phone (%s)", (theme) => {
  it('fills the width, clear of the legend and zoom buttons; a few cluster names, not over most of it', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: theme });
    try {
      await page.goto(appUrl(query));
      await waitForState(page, 'ready', 180_000);
      await settled(page, 300);
      await shootPage(page, `phone-overview-30k-${theme}`);
      const now = await mapNow(page);
      expect((now.map.right - now.map.left) / now.canvas.width).toBeGreaterThanOrEqual(0.88);
      expect(now.map.left).toBeGreaterThanOrEqual(0);
      expect(now.map.right).toBeLessThanOrEqual(now.canvas.width);
      expect(now.covers.length).toBeGreaterThan(0);
      expect(now.under).toBe(0);
      const labels = await drawnLabels(page);
      const clusters = labels.filter((l) => l.kind === 'community');
      expect(clusters.length).toBeGreaterThanOrEqual(2);
      expect(clusters.length).toBeLessThanOrEqual(3);
      const mapArea = (now.map.right - now.map.left) * (now.map.bottom - now.map.top);
      const covered = clusters.reduce((sum, l) => sum + (l.box.x1 - l.box.x0) * (l.box.y1 - l.box.y0), 0);
      expect(covered / mapArea).toBeLessThan(0.18);
      expect(overlappingLabels(labels)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
