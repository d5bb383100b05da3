/**
 * The exports are the view on screen, in real Chromium on the seed list:
 * - the GEXF holds what the view shows under the filters (min papers: authors, papers and authorship edges in the
 *   author–paper view; a link strength: authors and the links at or above it in the co-author view), and the
 *   Export menu's counts are the file's;
 * - the SVG's labels are the PNG's, with an author's card open over the map (the on-screen placement moves
 *   names aside for the card; the files do not show it): the SVG drawn by Chromium beside the PNG, each label's
 *   ink within 2 px.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/node';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas, OUTPUT_DIR, settled } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
});

/** The Export menu's line for `item`, and the file it downloads (saved under test-output/e2e/downloads/export-view). */
async function exportFile(item: string): Promise<{ detail: string; file: string }> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  const detail = await menu.locator(`[data-export="${item}"] .export-detail`).innerText();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export="${item}"]`).click()]);
  const dir = path.join(OUTPUT_DIR, 'downloads', 'export-view');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  // (the menu stays open: Escape could also close the card, and the next export would be of another view)
  return { detail, file };
}

const kindCount = (g: Graph, kind: string) => g.filterNodes((_n, a) => a.kind === kind).length;
const edgeCount = (g: Graph, kind: string) => g.filterEdges((_e, a) => a.kind === kind).length;

describe('GEXF as shown', () => {
  it('author–paper view with at least 2 papers each: its authors, papers and authorship edges, the counts the menu says', async () => {
    await openAtlas(page, '?min=2');
    const shown = await fromStore<{ authors: number; papers: number }>(page, '({ authors: s.visibility.authorCount, papers: s.visibility.paperCount })');
    expect(shown.authors).toBeLessThan(await fromStore<number>(page, 'b.stats.authors'));
    const { detail, file } = await exportFile('gexf');
    const g = parseGexf(Graph, readFileSync(file, 'utf8'));
    expect(detail).toBe(`GEXF · ${shown.authors} authors and ${shown.papers} papers, as shown`);
    expect(kindCount(g, 'author')).toBe(shown.authors);
    expect(kindCount(g, 'paper')).toBe(shown.papers);
    expect(edgeCount(g, 'coauthor')).toBe(0);
    // the edges the canvas draws: authorship edges whose two ends are shown
    const drawn = await page.evaluate(`(() => {
      const g = window.__atlas.sigma.getGraph();
      return g.filterEdges((e, a, s, t) => !a.hidden && !g.getNodeAttribute(s, 'hidden') && !g.getNodeAttribute(t, 'hidden')).length;
    })()`);
    expect(edgeCount(g, 'authorship')).toBe(drawn);
    expect(g.size).toBe(drawn);
  });

  it('co-author view at link strength 0.5: its authors and the links at or above 0.5, as many as the menu says', async () => {
    await openAtlas(page, '?view=coauthors&link=0.5');
    const shown = await fromStore<{ authors: number; links: number; min: number }>(page, '({ authors: s.visibility.authorCount, links: s.visibility.linkCount, min: s.visibility.minLinkStrength })');
    expect(shown.min).toBe(0.5);
    const { detail, file } = await exportFile('gexf');
    const g = parseGexf(Graph, readFileSync(file, 'utf8'));
    expect(detail).toBe(`GEXF · ${shown.authors} authors and ${shown.links} ${shown.links === 1 ? 'link' : 'links'}, as shown`);
    expect(kindCount(g, 'author')).toBe(shown.authors);
    expect(kindCount(g, 'paper')).toBe(0);
    expect(g.size).toBe(shown.links);
    expect(g.size).toBeLessThan(await fromStore<number>(page, 'b.coauthorLinks.source.length'));
    g.forEachEdge((_e, a) => expect(a.weight).toBeGreaterThanOrEqual(0.5 - 1e-6));
  });
});

describe('SVG labels as the PNG places them', () => {
  it("with an author's card open, each label of the SVG is on the PNG's side of its node, at its place (ink within 2 px)", async () => {
    await openAtlas(page);
    const vajda = await fromStore<number>(page, `b.authors.name.indexOf('Peter Vajda')`);
    expect(vajda).toBeGreaterThanOrEqual(0);
    await openAtlas(page, `?author=${vajda}`);
    await page.locator('.details-panel').first().waitFor();
    await settled(page, 300);
    const png = PNG.sync.read(readFileSync((await exportFile('png')).file));
    const svg = readFileSync((await exportFile('svg')).file, 'utf8');
    // the SVG drawn by Chromium at the PNG's size
    const { page: svgPage } = await openPage(browser, { viewport: { width: png.width, height: png.height } });
    await svgPage.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    const texts = (await svgPage.evaluate(`[...document.querySelectorAll('text')].map((t) => {
      const b = t.getBBox();
      return { text: t.textContent, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
    })`)) as { text: string; x0: number; y0: number; x1: number; y1: number }[];
    const drawn = PNG.sync.read(await svgPage.screenshot());
    await svgPage.context().close();
    expect(texts.map((t) => t.text)).toContain('Peter Vajda');
    // the titles of his papers, named beside their squares (on screen the card pushes some of them aside)
    expect(texts.filter((t) => /^(Movie Gen|Pixel-Space|LinGen|Learnings)/.test(t.text)).length).toBeGreaterThanOrEqual(2);
    /** The dark pixels (text ink, not halos or pale nodes) of `img` in a box: their extent. */
    const ink = (img: PNG, b: { x0: number; y0: number; x1: number; y1: number }) => {
      const e = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      for (let y = Math.max(0, Math.floor(b.y0 - 3)); y < Math.min(img.height, Math.ceil(b.y1 + 3)); y++)
        for (let x = Math.max(0, Math.floor(b.x0 - 3)); x < Math.min(img.width, Math.ceil(b.x1 + 3)); x++) {
          const i = (y * img.width + x) * 4;
          if (img.data[i]! + img.data[i + 1]! + img.data[i + 2]! >= 380) continue;
          e.x0 = Math.min(e.x0, x);
          e.y0 = Math.min(e.y0, y);
          e.x1 = Math.max(e.x1, x);
          e.y1 = Math.max(e.y1, y);
        }
      return e;
    };
    for (const t of texts) {
      const inPng = ink(png, t);
      const inSvg = ink(drawn, t);
      expect(Number.isFinite(inSvg.x0), t.text).toBe(true);
      for (const side of ['x0', 'y0', 'x1', 'y1'] as const) expect(Math.abs(inPng[side] - inSvg[side]), `${t.text} ${side}`).toBeLessThanOrEqual(2);
    }
    expect(errors).toEqual([]);
  });
});
