/**
 * A venue filter's paper squares apart from every author disc, and each picked where it is drawn, on the 3k map (ACL
 * 2020) in real Chromium, desktop 1440x900, light, the authors-and-papers view, with the AACL 2020 Student Research
 * Workshop chosen (`venues=1` on the served map: 24 papers, 67 authors over the whole map). The map's layout hangs a
 * one-paper author ~11 layout units from their paper: framed about the whole map's ratio that is ~2 px, the square 5.6
 * px in half side and the disc 3.6 px, so 66 of the 67 discs lay on or under their paper's square (Jing Jiang's half
 * covered), and a pointer on a square's middle hovered the disc drawn over it. Here (graph/shown-size.ts
 * `placeSquares`): no square drawn inside the canvas overlaps any disc drawn there, at the filter's framing, zoomed in
 * twice and four times about a square, and zoomed out; and the pointer on each square's middle hovers that paper, on
 * each disc's middle no square is drawn and it hovers that author or the co-author drawn on top there (one laid out on
 * it). Before, every square's middle hovered a disc.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, fromStore, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { drawnNodes, hoveredKeyOn, type DrawnNode } from './pointer';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

/** A node Sigma draws now with its middle inside the canvas (pointer.ts `drawnNodes`). */
type Drawn = DrawnNode & { square: boolean };
const drawn = drawnNodes;

/** Each drawn square that touches a drawn disc (nearest points closer than the disc's radius), as "name ~ paper". */
function overlaps(nodes: Drawn[]): string[] {
  const out: string[] = [];
  for (const s of nodes.filter((n) => n.square))
    for (const d of nodes.filter((n) => !n.square)) {
      const dx = Math.max(0, Math.abs(d.x - s.x) - s.r);
      const dy = Math.max(0, Math.abs(d.y - s.y) - s.r);
      if (Math.hypot(dx, dy) < d.r) out.push(`${d.label ?? d.key} (${d.key}) ~ ${s.key}`);
    }
  return out;
}

/**
 * The key of the node drawn on top at the page point (x, y), in Sigma's drawing order as the app's pick reads it
 * (graph/pick.ts `nodeAt`): squares below the discs, discs, squares, each program in its buffer order
 * (`nodeProgramIndex`); of those the point is clearly inside (1 px, pick.ts RIM_PX, or more from the edge: a
 * co-author's disc laid out on another's centre is theirs there), else of all under it. Call with nothing hovered
 * (the hover layer draws its node above all).
 */
const topAt = (page: Page, x: number, y: number) =>
  page.evaluate<string | null>(`(() => {
    const sigma = window.__atlas.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    const px = ${x} - box.left, py = ${y} - box.top;
    const order = { squareBelow: 0, disc: 1, square: 2 };
    let best = null, bestRank = -Infinity, clear = null, clearRank = -Infinity;
    sigma.getGraph().forEachNode((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      const r = window.__atlas.drawnRadius(d.size);
      const square = d.type === 'square' || d.type === 'squareBelow';
      const depth = r - (square ? Math.max(Math.abs(p.x - px), Math.abs(p.y - py)) : Math.hypot(p.x - px, p.y - py));
      if (depth < 0) return;
      const rank = (order[d.type] ?? 1) * 1e9 + (sigma.nodeProgramIndex[key] ?? 0);
      if (rank > bestRank) [best, bestRank] = [key, rank];
      if (depth >= 1 && rank > clearRank) [clear, clearRank] = [key, rank];
    });
    return clear ?? best;
  })()`);

/** The AACL 2020 Student Research Workshop's index among the bundle's venues. */
const workshop = (page: Page) =>
  fromStore<number>(page, "b.venues.findIndex((n) => /Asia-Pacific/.test(n) && /Student Research Workshop/.test(n) && b.papers.venue.some((x, p) => x === b.venues.indexOf(n) && b.papers.year[p] === 2020))");

async function openWorkshop(page: Page): Promise<void> {
  await page.goto(appUrl(acl));
  await waitForState(page, 'ready');
  const v = await workshop(page);
  expect(v).toBeGreaterThanOrEqual(0);
  await page.goto(appUrl(`${acl}&venues=${v}`));
  await waitForState(page, 'ready');
  await settled(page, 300);
  expect(await fromStore(page, '({ authors: s.visibility.authorCount, papers: s.visibility.paperCount })')).toEqual({ authors: 67, papers: 24 });
}

/** The camera set (no flight) on the page point `at` at `ratio` times the camera's ratio now. */
async function zoomAbout(page: Page, at: { x: number; y: number }, factor: number): Promise<void> {
  await page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    const p = sigma.viewportToFramedGraph({ x: ${at.x} - box.left, y: ${at.y} - box.top });
    const c = sigma.getCamera();
    c.setState({ x: p.x, y: p.y, ratio: c.ratio * ${factor} });
  })()`);
  await settled(page, 150);
}

describe('a venue filter on the 3k map: paper squares apart from the author discs', () => {
  it('draws no square over or under a disc at the framing, zoomed in and zoomed out (desktop, light)', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    try {
      await openWorkshop(page);
      const framed = await drawn(page);
      await shootPage(page, 'venue-squares-3k');
      expect(framed.filter((n) => n.square).length).toBe(24);
      expect(framed.filter((n) => !n.square).length).toBe(67);
      expect(overlaps(framed)).toEqual([]);
      const square = framed.find((n) => n.square)!;
      for (const factor of [0.5, 0.5]) {
        await zoomAbout(page, square, factor);
        const now = await drawn(page);
        expect(now.filter((n) => n.square).length).toBeGreaterThan(0);
        expect(overlaps(now)).toEqual([]);
      }
      await page.goto(appUrl(`${acl}&venues=${await workshop(page)}`));
      await waitForState(page, 'ready');
      await settled(page, 300);
      await zoomAbout(page, { x: 865, y: 477 }, 2.5);
      expect(overlaps(await drawn(page))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('hovers each square where its middle is drawn, and on each disc the node drawn on top', { timeout: 400_000 }, async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    try {
      await openWorkshop(page);
      await page.mouse.move(1430, 890);
      const nodes = await drawn(page);
      const wrong: string[] = [];
      const squares = nodes.filter((n) => n.square);
      expect(squares.length).toBe(24);
      for (const s of squares) {
        await page.mouse.move(s.x, s.y, { steps: 3 });
        await settled(page, 60);
        const got = await hoveredKeyOn(page);
        if (got !== s.key) wrong.push(`square ${s.key} hovered ${got}`);
      }
      for (const d of nodes.filter((n) => !n.square)) {
        // (nothing hovered: a hover's emphasis draws its node and neighbours above the rest)
        await page.mouse.move(1430, 890);
        await settled(page, 30);
        const top = await topAt(page, d.x, d.y);
        await page.mouse.move(d.x, d.y, { steps: 3 });
        await settled(page, 60);
        const got = await hoveredKeyOn(page);
        if (!top?.startsWith('a')) wrong.push(`disc ${d.label} (${d.key}) under ${top}`);
        // (co-authors laid out on one another: the hover may keep the disc the pointer came onto, its own)
        if (got !== top && got !== d.key) wrong.push(`disc ${d.label} (${d.key}) hovered ${got}, drawn on top ${top}`);
      }
      expect(wrong).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
