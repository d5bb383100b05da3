/**
 * The exports are the view on screen, in real Chromium on the seed list:
 * - the GEXF holds what the view shows under the filters (min papers: authors, papers and authorship edges in the
 *   author–paper view; a link strength: authors and the links at or above it in the co-author view), and the
 *   Export menu's counts are the file's;
 * - the SVG's labels are the PNG's, with an author's card open over the map (the on-screen placement moves
 *   names aside for the card; the files do not show it): the SVG drawn by Chromium beside the PNG, each label's
 *   ink within 2 px;
 * - the pictures of the map (PNG, "SVG — this view as drawn", "SVG — every author at this framing") have a caption
 *   under the map (the dataset's name, each community with its colour, the counts, how much of the map they hold);
 *   the SVG's links hold as much ink as the PNG's and its selected author sits on the PNG's card; on a map drawn
 *   through a level of detail (acl_2020_main, 10k nodes) the view's SVG holds the authors drawn, the menu saying
 *   how many of how many, and the other SVG a disc for every author the filters leave; with a card open (the pictures
 *   framed on their own) the menu's count is the picture's;
 * - the PNG draws the nodes in the screen's order: a dimmed paper's square on a disc of a selected author's network
 *   lies below that disc (its renderer, @sigma/export-image's, drew the dimmed squares over the discs);
 * - opening the Export menu with a card open makes no renderer of its own to count what the picture holds;
 * - the open menu is drawn over the map's zoom buttons; choosing an entry downloads and closes it, the focus back on
 *   Export and "Downloaded …" under the top bar, and the next click on Export opens it; a file dragged onto the page
 *   closes it.
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
import { BIG_BUNDLE_TIMEOUT, servedBundle } from './big-bundles';

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
  // (the menu closes as the file is made: the next export opens it again)
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
    // the picture's caption says the filter (a tester: "345 of 7,513 authors … shown (filters)" and never which)
    const svg = await drawSvg(readFileSync((await exportFile('svg')).file, 'utf8'));
    expect(svg.read.captionTexts.join(' ')).toContain('Shown: at least 2 papers');
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
    // the map's labels (the caption band under the map is checked below)
    const texts = (await svgPage.evaluate(`[...document.querySelectorAll('g.labels text, g.community-labels text')].map((t) => {
      const b = t.getBBox();
      return { text: t.textContent, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height, faint: !!t.closest('[opacity]'), halo: t.getAttribute('fill') === 'none' };
    })`)) as { text: string; x0: number; y0: number; x1: number; y1: number; faint: boolean; halo: boolean }[];
    const drawn = PNG.sync.read(await svgPage.screenshot());
    await svgPage.context().close();
    expect(texts.map((t) => t.text)).toContain('Peter Vajda');
    // the titles of his papers, named beside their squares (on screen the card pushes some of them aside)
    expect(texts.filter((t) => /^(Movie Gen|Pixel-Space|LinGen|Learnings)/.test(t.text)).length).toBeGreaterThanOrEqual(2);
    /**
     * The dark grey pixels (text ink: not halos, pale nodes, nor the coloured discs of the author's co-authors, drawn
     * plainly beside the titles since a selection keeps them) of `img` in a box: their extent.
     */
    const ink = (img: PNG, b: { x0: number; y0: number; x1: number; y1: number }) => {
      const e = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      for (let y = Math.max(0, Math.floor(b.y0 - 3)); y < Math.min(img.height, Math.ceil(b.y1 + 3)); y++)
        for (let x = Math.max(0, Math.floor(b.x0 - 3)); x < Math.min(img.width, Math.ceil(b.x1 + 3)); x++) {
          const i = (y * img.width + x) * 4;
          const [r, g, b] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
          if (r + g + b >= 380 || Math.max(r, g, b) - Math.min(r, g, b) > 48) continue;
          e.x0 = Math.min(e.x0, x);
          e.y0 = Math.min(e.y0, y);
          e.x1 = Math.max(e.x1, x);
          e.y1 = Math.max(e.y1, y);
        }
      return e;
    };
    // the names drawn plainly (the card's author and papers): a faint name (the rest, behind the card's emphasis, as
    // on screen) has no dark ink to measure; its place is the same placement's
    // (a faint cluster name is two texts: its halo at full strength, `fill="none"`, and its faint letters)
    const plain = texts.filter((t) => !t.faint && !t.halo);
    expect(plain.length).toBeGreaterThanOrEqual(3);
    for (const t of plain) {
      const inPng = ink(png, t);
      const inSvg = ink(drawn, t);
      expect(Number.isFinite(inSvg.x0), t.text).toBe(true);
      for (const side of ['x0', 'y0', 'x1', 'y1'] as const) expect(Math.abs(inPng[side] - inSvg[side]), `${t.text} ${side}`).toBeLessThanOrEqual(2);
    }
    expect(errors).toEqual([]);
  });
});

/** `svg` drawn by Chromium at its own size (a page of its own): the picture, and what its elements say. */
async function drawSvg(svg: string): Promise<{ png: PNG; read: { discs: number; captionTexts: string[]; swatches: string[]; cards: number; height: number } }> {
  const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
  const width = Number(/width="([\d.]+)"/.exec(svg)![1]);
  const { page: svgPage } = await openPage(browser, { viewport: { width: Math.ceil(width), height: Math.ceil(height) } });
  await svgPage.setContent(`<html><body style="margin:0">${svg}</body></html>`);
  const read = (await svgPage.evaluate(`({
    discs: document.querySelectorAll('g.nodes circle').length,
    captionTexts: [...document.querySelectorAll('g.caption text')].map((t) => t.textContent),
    swatches: [...document.querySelectorAll('g.caption circle')].map((c) => c.getAttribute('fill')),
    cards: document.querySelectorAll('g.selected circle[filter]').length,
    height: ${height},
  })`)) as { discs: number; captionTexts: string[]; swatches: string[]; cards: number; height: number };
  const png = PNG.sync.read(await svgPage.screenshot());
  await svgPage.context().close();
  return { png, read };
}

/** How much darker than the background `img` is over its first `height` rows (the map, above the caption). */
function inkAbove(img: PNG, height: number): number {
  const [r0, g0, b0] = [img.data[0]!, img.data[1]!, img.data[2]!];
  let sum = 0;
  for (let i = 0; i < img.width * Math.min(height, img.height) * 4; i += 4) sum += Math.abs(img.data[i]! - r0) + Math.abs(img.data[i + 1]! - g0) + Math.abs(img.data[i + 2]! - b0);
  return sum;
}

describe('pictures of the map: caption, links, the selected author, every author', () => {
  it('the PNG and the SVG have a caption under the map: the dataset, each community with its colour, the counts, how much of the map they hold', async () => {
    await openAtlas(page);
    await settled(page, 300);
    const name = await fromStore<string>(page, 'b.name');
    const communities = await fromStore<{ label: string }[]>(page, 'b.communities');
    const canvasHeight = await page.evaluate('window.__atlas.sigma.getDimensions().height');
    const png = PNG.sync.read(readFileSync((await exportFile('png')).file));
    // the band under the map, with ink in it (the text)
    expect(png.height).toBeGreaterThan(canvasHeight as number);
    const { detail, file } = await exportFile('svg');
    expect(detail).toMatch(/all \d+ authors/);
    const { read } = await drawSvg(readFileSync(file, 'utf8'));
    expect(read.captionTexts[0]).toBe(name);
    const caption = read.captionTexts.join(' ');
    // (a long label is clipped to whole terms, as on the map: its first term is there)
    for (const c of communities) if (c.label) expect(caption).toContain(c.label.split(' · ')[0]);
    expect(caption).toMatch(/\d+ authors, \d+ papers/);
    expect(caption).toMatch(/This view as drawn: all \d+ authors/);
    expect(caption).toMatch(/\d{4}-\d{2}-\d{2} · Coauthor Atlas/);
    expect(read.swatches.length).toBeGreaterThanOrEqual(communities.filter((c) => c.label).length);
    expect(errors).toEqual([]);
  });

  it("co-author view with an author selected: the SVG's links and discs hold the PNG's ink (within 5 %), and the author sits on the PNG's card", async () => {
    const vajda = await fromStore<number>(page, `b.authors.name.indexOf('Peter Vajda')`);
    await openAtlas(page, `?view=coauthors&author=${vajda}`);
    await page.locator('.details-panel').first().waitFor();
    await settled(page, 300);
    const canvasHeight = (await page.evaluate('window.__atlas.sigma.getDimensions().height')) as number;
    const png = PNG.sync.read(readFileSync((await exportFile('png')).file));
    const { png: drawn, read } = await drawSvg(readFileSync((await exportFile('svg')).file, 'utf8'));
    expect(read.cards).toBe(1);
    const a = inkAbove(png, canvasHeight);
    const b = inkAbove(drawn, canvasHeight);
    expect(Math.abs(a - b) / a).toBeLessThan(0.05);
    expect(errors).toEqual([]);
  });
});

describe("the PNG draws the nodes in the screen's order", () => {
  it("in an author's network (ego view), a dimmed paper's square lying on a disc of the network is drawn below that disc", async () => {
    const vajda = await fromStore<number>(page, `b.authors.name.indexOf('Peter Vajda')`);
    // (his network's authors are drawn plainly, the papers he is not on dimmed)
    await openAtlas(page, `?author=${vajda}&ego=${vajda}.2`);
    await page.locator('.details-panel').first().waitFor();
    await settled(page, 300);
    // a dimmed paper (its square drawn by the program below the discs, graph/node-types.ts) moved onto the centre of
    // each of a few discs of the network that no other disc or plain square covers: the screen draws the disc over it
    const pairs = (await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const g = sigma.getGraph();
      const drawn = [];
      g.forEachNode((key, a) => {
        const d = sigma.getNodeDisplayData(key);
        if (!d || d.hidden) return;
        const p = sigma.framedGraphToViewport(d);
        drawn.push({ key, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size), type: d.type, dim: d.color === a.dimColor, highlighted: !!d.highlighted, color: d.color });
      });
      const dimmed = drawn.filter((n) => n.type === 'squareBelow');
      const discs = drawn.filter((n) => n.type === 'disc' && !n.dim && !n.highlighted && n.r >= 3 &&
        drawn.every((o) => o === n || o.type === 'squareBelow' || (o.dim && o.type === 'disc') || Math.hypot(o.x - n.x, o.y - n.y) > o.r * 1.5 + 2));
      const pairs = [];
      for (let i = 0; i < Math.min(dimmed.length, discs.length, 6); i++) {
        g.mergeNodeAttributes(dimmed[i].key, { x: g.getNodeAttribute(discs[i].key, 'x'), y: g.getNodeAttribute(discs[i].key, 'y') });
        pairs.push({ disc: discs[i].key, discColour: discs[i].color, squareColour: dimmed[i].color });
      }
      return pairs;
    })()`)) as { disc: string; discColour: string; squareColour: string }[];
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    await settled(page, 300);
    // the camera the PNG's own renderer (@sigma/export-image's) is set to: the picture's framing with the card open
    await page.evaluate(`(() => {
      const proto = Object.getPrototypeOf(window.__atlas.sigma.getCamera());
      const set = proto.setState;
      window.__pictureCameras = [];
      proto.setState = function (state) {
        if (this !== window.__atlas.sigma.getCamera()) window.__pictureCameras.push({ ...this.getState(), ...state });
        return set.call(this, state);
      };
    })()`);
    const png = PNG.sync.read(readFileSync((await exportFile('png')).file));
    const centres = (await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const cameras = window.__pictureCameras;
      const camera = cameras[cameras.length - 1];
      return ${JSON.stringify(pairs.map((p) => p.disc))}.map((key) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(key), { cameraState: camera }));
    })()`)) as { x: number; y: number }[];
    const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
    const near = (a: number[], b: number[], tolerance: number) => a.every((c, k) => Math.abs(c - b[k]!) <= tolerance);
    const seen = pairs.map((p, k) => {
      const i = (Math.round(centres[k]!.y) * png.width + Math.round(centres[k]!.x)) * 4;
      const got = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      return near(got, rgb(p.discColour), 12) ? 'disc' : near(got, rgb(p.squareColour), 8) ? `dimmed square over ${p.disc}` : `other ${got.join(',')} at ${p.disc}`;
    });
    // (the PNG's renderer drew the dimmed squares last of all, over the discs: the screen draws them first)
    expect(seen.filter((s) => s !== 'disc')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the Export menu', () => {
  it("open over an author's card at 1280x800: drawn over the map's zoom buttons, every entry the reader's to click", async () => {
    await openAtlas(page, '?author=0');
    await page.locator('.details-panel').first().waitFor();
    await settled(page, 300);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByTestId('export-menu');
    await menu.waitFor();
    // each zoom button's part under the menu: the point in its middle is the menu's (they were drawn over "Tables for Gephi")
    const under = await page.evaluate<{ covered: number; wrong: string[] }>(`(() => {
      const menu = document.querySelector('[data-testid="export-menu"]');
      const m = menu.getBoundingClientRect();
      let covered = 0;
      const wrong = [];
      for (const b of document.querySelectorAll('.react-sigma-control')) {
        const r = b.getBoundingClientRect();
        const x0 = Math.max(r.left, m.left), x1 = Math.min(r.right, m.right), y0 = Math.max(r.top, m.top), y1 = Math.min(r.bottom, m.bottom);
        if (x1 - x0 < 2 || y1 - y0 < 2) continue;
        covered++;
        const top = document.elementFromPoint((x0 + x1) / 2, (y0 + y1) / 2);
        if (!menu.contains(top)) wrong.push(top ? top.outerHTML.slice(0, 80) : 'nothing');
      }
      return { covered, wrong };
    })()`);
    expect(under.covered).toBeGreaterThan(0);
    expect(under.wrong).toEqual([]);
    // the last entry takes the click
    const last = menu.locator('[data-export="gephi-tables"]');
    const box = (await last.boundingBox())!;
    expect(await page.evaluate(`document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2})?.closest('[data-export]')?.dataset.export`)).toBe('gephi-tables');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('choosing an entry downloads and closes the menu: the focus on Export, "Downloaded …" under the top bar; the next click opens it', async () => {
    await openAtlas(page, '?author=0');
    await settled(page, 300);
    const button = page.getByRole('button', { name: 'Export', exact: true });
    const menu = page.getByTestId('export-menu');
    await button.click();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="authors-csv"]').click()]);
    await expect.poll(() => menu.isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('export-note').innerText()).toBe(`Downloaded ${download.suggestedFilename()}`);
    expect(await page.evaluate(`document.activeElement?.getAttribute('aria-haspopup') === 'menu' && document.activeElement.textContent.trim()`)).toBe('Export');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    await expect.poll(() => menu.isVisible()).toBe(true);
    // a file dragged onto the page: the menu closes (it stayed open under the drop layer)
    const files = await page.evaluateHandle(`(() => { const d = new DataTransfer(); d.items.add(new File(['x'], 'papers.bib')); return d; })()`);
    await page.dispatchEvent('.stage', 'dragenter', { dataTransfer: files });
    await expect.poll(() => menu.isVisible()).toBe(false);
    // (the drag leaves: the drop layer goes)
    await page.dispatchEvent('.stage', 'dragleave', { dataTransfer: files });
    await expect.poll(() => page.getByTestId('drop-overlay').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('with the filters chip over the map, "Downloaded …" lies under the chip, its "clear" the reader\'s to click', async () => {
    // (a tester: the note lay over the chip's "clear" after exporting one community's authors)
    await openAtlas(page, '?only=0');
    await settled(page, 300);
    const menu = page.getByTestId('export-menu');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="authors-csv"]').click()]);
    const note = page.getByTestId('export-note');
    await expect.poll(() => note.innerText()).toMatch(/^Downloaded /);
    const chip = (await page.getByTestId('filter-chip').boundingBox())!;
    const box = (await note.boundingBox())!;
    expect(box.y, 'the note under the chip').toBeGreaterThanOrEqual(chip.y + chip.height);
    const clear = (await page.getByTestId('filter-chip').getByRole('button', { name: /^Clear the filters/ }).boundingBox())!;
    expect(await page.evaluate(`document.elementFromPoint(${clear.x + clear.width / 2}, ${clear.y + clear.height / 2})?.closest('button')?.textContent.trim()`)).toBe('clear');
    expect(errors).toEqual([]);
  });
});

describe('a map drawn through a level of detail (acl_2020_main)', () => {
  let query = '';
  beforeAll(() => {
    query = servedBundle('acl_2020_main');
  }, BIG_BUNDLE_TIMEOUT);

  it("the view's SVG holds the authors drawn, the menu says how many of how many; the SVG of every author has a disc for each author the filters leave", async () => {
    await openAtlas(page, query);
    await settled(page, 300);
    const shown = await fromStore<number>(page, 's.visibility.authorCount');
    const drawnAuthors = (await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const { width, height } = sigma.getDimensions();
      let n = 0;
      sigma.getGraph().forEachNode((key, a) => {
        const d = sigma.getNodeDisplayData(key);
        if (a.kind !== 'author' || !d || d.hidden) return;
        const p = sigma.framedGraphToViewport(d);
        const r = window.__atlas.drawnRadius(d.size);
        if (p.x + r > 0 && p.y + r > 0 && p.x - r < width && p.y - r < height) n++;
      });
      return n;
    })()`)) as number;
    expect(drawnAuthors).toBeLessThan(shown);
    const view = await exportFile('svg');
    expect(view.detail).toContain(`${drawnAuthors.toLocaleString('en')} of ${shown.toLocaleString('en')} authors drawn`);
    const viewSvg = await drawSvg(readFileSync(view.file, 'utf8'));
    expect(viewSvg.read.discs).toBe(drawnAuthors);
    expect(viewSvg.read.captionTexts.join(' ')).toContain(`This view as drawn: ${drawnAuthors.toLocaleString('en')} of ${shown.toLocaleString('en')} authors`);
    const whole = await exportFile('svg-map');
    expect(whole.detail).toContain(`all ${shown.toLocaleString('en')} authors`);
    const wholeSvg = await drawSvg(readFileSync(whole.file, 'utf8'));
    expect(wholeSvg.read.discs).toBe(shown);
    expect(wholeSvg.read.captionTexts.join(' ')).toContain(`Whole map: all ${shown.toLocaleString('en')} authors`);
    expect(errors).toEqual([]);
  });

  it("with an author's card open (the pictures framed on their own): the menu's \"N of M authors drawn\" is the picture's, for the PNG and the SVG", async () => {
    const author = await fromStore<number>(page, 'b.authors.paperCount.indexOf(Math.max(...b.authors.paperCount))');
    await openAtlas(page, `${query}&author=${author}&years=2019-2020`);
    await page.locator('.details-panel').first().waitFor();
    await settled(page, 300);
    const shown = (await fromStore<number>(page, 's.visibility.authorCount')).toLocaleString('en');
    // the menu counts off the renderer on screen: opening it makes no renderer (no WebGL context) of its own (it
    // made one each time, 150–350 ms before the menu showed on the 30k map with a card open)
    await page.evaluate(`(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      window.__webglMade = 0;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        if (String(kind).startsWith('webgl')) window.__webglMade++;
        return get.call(this, kind, ...rest);
      };
    })()`);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByTestId('export-menu').waitFor();
    expect(await page.evaluate(`window.__webglMade`)).toBe(0);
    expect(await page.evaluate(`performance.getEntriesByName('export-menu-lines').length`)).toBeGreaterThan(0);
    const png = await exportFile('png');
    const drawn = /([\d,]+) of ([\d,]+) authors drawn/.exec(png.detail);
    expect(drawn?.[2]).toBe(shown);
    const view = await exportFile('svg');
    expect(view.detail).toContain(`${drawn![1]} of ${shown} authors drawn`);
    const svg = await drawSvg(readFileSync(view.file, 'utf8'));
    // the picture's own count: its discs and its caption (the PNG's caption is made by the same function)
    expect(svg.read.discs.toLocaleString('en')).toBe(drawn![1]);
    expect(svg.read.captionTexts.join(' ')).toContain(`This view as drawn: ${drawn![1]} of ${shown}`);
    expect(errors).toEqual([]);
  });

});
