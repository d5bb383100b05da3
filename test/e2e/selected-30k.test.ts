/**
 * Iryna Gurevych (148 papers) selected on the 30k map (acl_2016_2021_all), as a tester opened her card:
 * - the PNG of the view ("Image of this view"), dark theme: her name is drawn whole, not under her own disc. Before,
 *   the export's renderer drew the selected node a second time (Sigma's WebGL "hoverNodes" layer) over her card and
 *   name, at another radius: the name read "…ha Gurevych" and the disc had an inner ring. The name's place is the
 *   SVG's (the same placement: export-view.test.ts), and the PNG must hold the SVG's ink at the name's start;
 * - on a phone (390×844, touch), her strongest co-authors (by link strength) are named over the pile of her paper
 *   squares. Before, only "Clifton Poth", further out, was named: every spot beside her co-authors lay over a square;
 * - the GEXF of the whole 30k map cancelled while it is prepared (the 70k map's took 85–104 s at a high load with no
 *   way to stop it, a tester): "Cancelled", nothing downloaded, and the next export (a fresh worker) downloads.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { appUrl, drawnLabels, OUTPUT_DIR, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

const NAME = 'Iryna Gurevych';

/** Opens the map and selects NAME from the search (as a user does); returns her author index. */
async function selectHer(page: Page): Promise<number> {
  await page.goto(appUrl(query));
  await waitForState(page, 'ready', 180_000);
  await settled(page, 500);
  const author = await page.evaluate<number>(`window.__atlas.store.getState().dataset.bundle.authors.name.indexOf(${JSON.stringify(NAME)})`);
  expect(author).toBeGreaterThanOrEqual(0);
  await page.getByLabel('Search authors and papers').fill(NAME);
  await page.getByRole('option', { name: new RegExp(`^${NAME}\\b`) }).first().click();
  await page.getByTestId('author-panel').waitFor();
  await settled(page, 800);
  return author;
}

/** The file the Export menu's `item` downloads (saved under test-output/e2e/downloads/selected-30k). */
async function exportFile(page: Page, item: string): Promise<string> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export="${item}"]`).click()]);
  const dir = path.join(OUTPUT_DIR, 'downloads', 'selected-30k');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${item}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

/** Pixels of `img` in box `b` (CSS px times `ratio`) within 48 of colour `hex` on every channel. */
function inkIn(img: PNG, b: { x0: number; y0: number; x1: number; y1: number }, hex: string, ratio = 1): number {
  const [r0, g0, b0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let y = Math.max(0, Math.floor(b.y0 * ratio)); y < Math.min(img.height, Math.ceil(b.y1 * ratio)); y++)
    for (let x = Math.max(0, Math.floor(b.x0 * ratio)); x < Math.min(img.width, Math.ceil(b.x1 * ratio)); x++) {
      const i = (y * img.width + x) * 4;
      if (Math.abs(img.data[i]! - r0!) <= 48 && Math.abs(img.data[i + 1]! - g0!) <= 48 && Math.abs(img.data[i + 2]! - b0!) <= 48) n++;
    }
  return n;
}

describe(`30k map, ${NAME} selected`, () => {
  it('dark theme: the PNG of the view draws her name whole over her disc, as the screen and the SVG do', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }, { userMode: true });
    await selectHer(page);
    const svg = readFileSync(await exportFile(page, 'svg'), 'utf8');
    const png = PNG.sync.read(readFileSync(await exportFile(page, 'png')));
    // the SVG drawn by Chromium at its own size: her name's box and its ink there
    const width = Number(/width="([\d.]+)"/.exec(svg)![1]);
    const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
    const { page: svgPage } = await openPage(browser, { viewport: { width: Math.ceil(width), height: Math.ceil(height) } });
    await svgPage.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    const found = await svgPage.evaluate<{ box: { x0: number; y0: number; x1: number; y1: number }; fill: string } | null>(`(() => {
      const t = [...document.querySelectorAll('g.labels text')].find((e) => e.textContent === ${JSON.stringify(NAME)});
      if (!t) return null;
      const b = t.getBBox();
      return { box: { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height }, fill: t.closest('g.labels').getAttribute('fill') };
    })()`);
    const drawn = PNG.sync.read(await svgPage.screenshot());
    await svgPage.context().close();
    expect(found, 'her name in the SVG').not.toBeNull();
    const { box, fill } = found!;
    const ratio = png.width / Math.ceil(width);
    // the first third of her name (where her disc lay over it: "…ha Gurevych"), and the whole of it
    const start = { ...box, x1: box.x0 + (box.x1 - box.x0) / 3 };
    const inSvg = inkIn(drawn, start, fill);
    const inPng = inkIn(png, start, fill, ratio) / (ratio * ratio);
    expect(inSvg).toBeGreaterThan(20);
    // before: none of the name's ink at its start in the PNG
    expect(inPng, `her name's start: PNG ink ${inPng}, SVG ink ${inSvg}`).toBeGreaterThanOrEqual(0.5 * inSvg);
    expect(inkIn(png, box, fill, ratio) / (ratio * ratio)).toBeGreaterThanOrEqual(0.5 * inkIn(drawn, box, fill));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('phone: her strongest co-authors (by link strength) are named over her papers', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 }, { userMode: true });
    const author = await selectHer(page);
    // her three strongest co-author links (the bundle's weights) whose discs are drawn above the sheet
    const top = await page.evaluate<{ key: string; name: string }[]>(`(() => {
      const b = window.__atlas.store.getState().dataset.bundle;
      const { source, target, weight } = b.coauthorLinks;
      const links = [];
      for (let i = 0; i < source.length; i++) {
        if (source[i] === ${author}) links.push([target[i], weight[i]]);
        else if (target[i] === ${author}) links.push([source[i], weight[i]]);
      }
      links.sort((a, c) => c[1] - a[1] || a[0] - c[0]);
      return links.slice(0, 3).map(([a]) => ({ key: 'a' + a, name: b.authors.name[a] }));
    })()`);
    expect(top).toHaveLength(3);
    const labels = await drawnLabels(page);
    const named = top.filter((c) => labels.some((l) => l.kind === 'node' && l.key === c.key && !l.dim));
    await shootPage(page, 'selected-30k-phone');
    // before: none of them (only "Clifton Poth" among her co-authors); after, 2 or 3 of them (where two sit beside
    // each other, every spot of the third may lie over another name)
    expect(named.length, `named: ${named.map((c) => c.name).join(', ')} of ${top.map((c) => c.name).join(', ')}`).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the GEXF cancelled while it is prepared: nothing downloaded, it says so, and the next export works', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, acceptDownloads: true }, { userMode: true });
    await page.goto(appUrl(query));
    await waitForState(page, 'ready', 180_000);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByTestId('export-menu');
    await menu.locator('[data-export="gexf"]').click();
    // (the 30k map's GEXF is seconds of work in the worker: the bundle sent to it, the graph written)
    await menu.getByTestId('export-cancel').click();
    await expect.poll(() => menu.locator('.export-status').textContent(), { timeout: 30_000 }).toBe('Cancelled: graph for Gephi; nothing downloaded.');
    expect(await menu.getByTestId('export-cancel').count()).toBe(0);
    // the worker was stopped: the next export starts a fresh one, and only its file comes
    const file = await exportFile(page, 'pairs-csv');
    expect(path.basename(file)).toMatch(/coauthor-pairs\.csv$/);
    expect(readFileSync(file, 'utf8').split('\n').length).toBeGreaterThan(1000);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatch(/coauthor-pairs\.csv$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
