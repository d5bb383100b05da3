/**
 * A venue filter's author discs in sight and clickable beside their papers' squares, on the 3k map (ACL 2020) in real
 * Chromium, desktop 1440x900, dark, the authors-and-papers view. The AACL 2020 Student Research Workshop (24 papers,
 * 67 authors) spreads over the whole map, so its filter frames it from about the whole map's ratio, where a one-paper
 * author lies ~2 px from their paper and the square (5.6 px half-side) is larger than the disc (3.2 px): drawn after
 * the discs, as every plain square was, 46 of the 67 discs lay entirely under a square, the names beside squares, and
 * a click on Payal Khullar's disc opened her paper (a tester: 4 of 6 disc clicks opened the paper). Here: no disc
 * drawn entirely under a square drawn after it (Sigma draws the squares below the discs first: `squareBelow`), and a
 * click on each drawn author's middle opens that author's card. The camera flies as a user's does (animation on).
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, fromStore, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { selectedKeyOn } from './pointer';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

interface Disc {
  key: string;
  label: string;
  /** Centre in page coordinates. */
  x: number;
  y: number;
  r: number;
  /** The paper squares drawn after the disc that cover all of it. */
  under: string[];
  /** Whether a node drawn after it covers its middle (not one to click there). */
  middleHidden: boolean;
}

/**
 * In the page: each author disc drawn inside the canvas, with the paper squares drawn after it (program `square`, after
 * the discs; `squareBelow` is drawn before them) that cover it whole, and whether any node drawn after it covers its
 * middle (a disc above it by zIndex, or a square drawn after the discs).
 */
const DISCS = `(() => {
  const sigma = window.__atlas.sigma;
  const box = sigma.getContainer().getBoundingClientRect();
  const { width, height } = sigma.getDimensions();
  const nodes = [];
  let order = 0;
  sigma.getGraph().forEachNode((key) => {
    order++;
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const program = d.type === 'squareBelow' ? 0 : d.type === 'square' ? 2 : 1;
    nodes.push({ key, label: d.label, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size), square: program !== 1, rank: program * 1e12 + (d.zIndex || 0) * 1e6 + order });
  });
  const out = [];
  for (const n of nodes) {
    if (n.square || n.x < 0 || n.y < 0 || n.x > width || n.y > height) continue;
    const above = nodes.filter((o) => o.rank > n.rank);
    const under = above.filter((o) => o.square && Math.max(Math.abs(o.x - n.x), Math.abs(o.y - n.y)) + n.r <= o.r).map((o) => o.key);
    const middleHidden = above.some((o) => (o.square ? Math.max(Math.abs(o.x - n.x), Math.abs(o.y - n.y)) < o.r : Math.hypot(o.x - n.x, o.y - n.y) < o.r));
    out.push({ key: n.key, label: n.label, x: box.left + n.x, y: box.top + n.y, r: n.r, under, middleHidden });
  }
  return out;
})()`;

async function openVenue(page: Page): Promise<{ authors: number; papers: number }> {
  await page.goto(appUrl(acl));
  await waitForState(page, 'ready');
  const v = await fromStore<number>(page, "b.venues.findIndex((n) => /Asia-Pacific/.test(n) && /Student Research Workshop/.test(n) && b.papers.venue.some((x, p) => x === b.venues.indexOf(n) && b.papers.year[p] === 2020))");
  expect(v).toBeGreaterThanOrEqual(0);
  await page.goto(appUrl(`${acl}&years=2020&venues=${v}`));
  await waitForState(page, 'ready');
  await settled(page, 300);
  return fromStore(page, "({ authors: s.visibility.authorCount, papers: s.visibility.paperCount })");
}

describe('a venue filter on the 3k map: author discs beside their paper squares', () => {
  it('draws no disc entirely under a paper square, and a click on each disc opens its author (desktop, dark)', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }, { userMode: true });
    try {
      const shown = await openVenue(page);
      expect(shown).toEqual({ authors: 67, papers: 24 });
      const discs = await page.evaluate<Disc[]>(DISCS);
      await shootPage(page, 'venue-discs-3k');
      expect(discs.length).toBe(67);
      expect(discs.filter((d) => d.under.length > 0).map((d) => `${d.label} under ${d.under.join(',')}`)).toEqual([]);
      // a click on the middle of each disc whose middle nothing drawn above it hides (a co-author laid out on it aside)
      const clear = discs.filter((d) => !d.middleHidden);
      expect(clear.length).toBeGreaterThanOrEqual(40);
      const wrong: string[] = [];
      let clicked = 0;
      for (const key of clear.slice(0, 8).map((d) => d.key)) {
        // (read again: a card's flight may have left the camera elsewhere; then the filter's link frames it again)
        let d = (await page.evaluate<Disc[]>(DISCS)).find((o) => o.key === key);
        if (!d || d.middleHidden) {
          await openVenue(page);
          d = (await page.evaluate<Disc[]>(DISCS)).find((o) => o.key === key);
        }
        if (!d || d.middleHidden) continue;
        clicked++;
        await page.mouse.click(d.x, d.y);
        await settled(page, 150);
        const got = await selectedKeyOn(page);
        if (got !== d.key) wrong.push(`${d.label} (${d.key}) opened ${got}`);
        await page.keyboard.press('Escape');
        await settled(page, 150);
      }
      expect(clicked).toBeGreaterThanOrEqual(6);
      expect(wrong).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
    // (eight clicks, each with a card's flight and its squares placed again: 55–86 s on a loaded 2-core machine)
  }, 240_000);
});
