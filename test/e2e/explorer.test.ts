/**
 * The explorer on the default dataset (the seed list), in real Chromium: it draws, search opens the
 * right author with the right papers and abstract, a paper lists its authors, the URL restores the
 * selection and Back steps through it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, countNotColor, frames, fromStore, nodePosition, openAtlas, pageUrl, settled, shootCanvas, shootPage, stepBack } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

const PAPER = 'Interpreting Robust Optimization via Adversarial Influence Functions';
// the reference abstract, read from the seed itself: the line after the title's author line
const seedLines = readFileSync(path.resolve(import.meta.dirname, '../../public/samples/wang-jialiang.txt'), 'utf8').split('\n');
const ABSTRACT = seedLines[seedLines.indexOf(PAPER) + 2];

let browser: Browser;
let page: Page;
let errors: string[];
const requested: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
  page.on('request', (req) => requested.push(req.url()));
  await openAtlas(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('explorer on the seed list', () => {
  it('draws a non-empty graph on the canvas', async () => {
    const png = await shootCanvas(page, '01-overview');
    const drawn = countNotColor(png, '#fbfbfa');
    // nodes, edges and labels: well beyond a blank canvas with a legend and zoom buttons
    expect(drawn).toBeGreaterThan(png.width * png.height * 0.01);
    const nodes = await fromStore<number>(page, 'window.__atlas.sigma.getGraph().order');
    expect(nodes).toBe(109 + 9);
    // the focal author (line 1 of the seed) has a label drawn whatever the zoom
    expect(await fromStore<string>(page, 'b.authors.name[b.focalAuthor]')).toBe('Jialiang Wang');
    // and the legend explains its ring
    expect(await page.locator('.legend').textContent()).toContain('focal author');
  });

  it('search "dwork" opens Cynthia Dwork with exactly her 2 papers, and the abstract expands', async () => {
    const search = page.getByLabel('Search authors and papers');
    await search.click();
    await search.pressSequentially('dwork');
    const option = page.getByRole('option', { name: /Cynthia Dwork/ });
    await option.waitFor();
    await shootPage(page, '02-search-dwork');
    await option.click();

    const panel = page.getByTestId('author-panel');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cynthia Dwork');
    const papers = panel.getByTestId('author-papers').locator(':scope > li');
    expect(await papers.count()).toBe(2);
    const item = papers.filter({ hasText: PAPER });
    expect(await item.count()).toBe(1);

    const abstract = item.getByTestId('abstract');
    await abstract.waitFor();
    const clamped = await abstract.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    expect(clamped).toBe(true);
    await item.getByRole('button', { name: 'Show full abstract' }).click();
    expect(await abstract.textContent()).toBe(ABSTRACT);
    expect(await abstract.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect((await pageUrl(page)).searchParams.get('author')).not.toBeNull();
    await shootPage(page, '03-author-dwork');
  });

  it('clicking that paper in the panel lists its 4 authors', async () => {
    await page.getByTestId('author-panel').getByRole('button', { name: PAPER }).click();
    const panel = page.getByTestId('paper-panel');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(PAPER);
    const authors = await panel.getByTestId('paper-authors').locator('li').allTextContents();
    expect(authors).toEqual(['Zhun Deng', 'Cynthia Dwork', 'Jialiang Wang', 'Linjun Zhang']);
    expect(await panel.getByTestId('abstract').textContent()).toBe(ABSTRACT);
    await shootPage(page, '04-paper');
    // the canvas names the selected paper once, clear of the details panel: every text drawn on the map's 2D
    // layers over a full frame (the labels and the selection's card; the card wrote the title a second time,
    // running under the panel)
    await settled(page, 300);
    const drawn = await page.evaluate<string[]>(`(async () => {
      const texts = [];
      const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (t, ...rest) { texts.push(String(t)); return fill.call(this, t, ...rest); };
      window.__atlas.sigma.refresh();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      CanvasRenderingContext2D.prototype.fillText = fill;
      return texts;
    })()`);
    const title = PAPER.slice(0, 40);
    expect(drawn.filter((t) => t.startsWith(title))).toHaveLength(1);
    const label = await page.evaluate<{ x1: number } | null>(`(() => { const l = (window.__atlas.labels || []).find((l) => l.text.startsWith(${JSON.stringify(title)})); return l ? l.box : null; })()`);
    const canvasLeft = (await page.locator('.atlas-canvas').boundingBox())!.x;
    expect(label).not.toBeNull();
    expect(canvasLeft + label!.x1).toBeLessThanOrEqual((await panel.boundingBox())!.x);
  });

  it('a copied URL restores the selection in a new page, and Back returns to the author', async () => {
    const url = (await pageUrl(page)).href;
    expect(new URL(url).searchParams.get('paper')).not.toBeNull();
    const { page: other } = await openPage(browser);
    await other.goto(url);
    await waitForState(other, 'ready');
    const restored = other.getByTestId('paper-panel');
    await expect(restored.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(PAPER);
    expect(await restored.getByTestId('paper-authors').locator('li').count()).toBe(4);
    await other.context().close();

    await stepBack(page);
    await expect(page.getByTestId('author-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cynthia Dwork');
    await page.goForward();
    await expect(page.getByTestId('paper-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toBe(PAPER);
  });

  it('Escape closes the panel; clicking a node on the canvas opens it again', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('paper-panel').waitFor({ state: 'detached' });
    expect((await pageUrl(page)).searchParams.get('paper')).toBeNull();

    const dwork = await fromStore<number>(page, 'b.authors.name.indexOf("Cynthia Dwork")');
    const pos = await nodePosition(page, `a${dwork}`);
    await page.mouse.move(pos.x, pos.y);
    await page.waitForFunction(`window.__atlas.store.getState().hovered?.index === ${dwork}`);
    await frames(page);
    await shootCanvas(page, '05-hover-dwork');
    await page.mouse.click(pos.x, pos.y);
    const panel = page.getByTestId('author-panel');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cynthia Dwork');

    // a click on empty canvas closes it
    const box = (await page.locator('.stage').boundingBox())!;
    const empty = await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      for (let y = 10; y < box.height; y += 17) for (let x = 10; x < box.width / 2; x += 17) {
        const nodes = sigma.getGraph().filterNodes((n, a) => {
          const p = sigma.graphToViewport(a);
          return Math.hypot(p.x - x, p.y - y) < 30;
        });
        if (nodes.length === 0) return { x: box.left + x, y: box.top + y };
      }
      return null;
    })()`);
    expect(empty).not.toBeNull();
    const spot = empty as { x: number; y: number };
    expect(spot.x).toBeGreaterThan(box.x);
    await page.mouse.click(spot.x, spot.y);
    await panel.waitFor({ state: 'detached' });
  });

  it('searches with the keyboard, ignoring accents and case, and forgives a typo', async () => {
    const search = page.getByLabel('Search authors and papers');
    await search.fill('');
    await search.pressSequentially('CYNTHÏA');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).waitFor();
    await search.fill('');
    await search.pressSequentially('dwrok');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).waitFor();
    await search.fill('');
    await search.pressSequentially('adversarial influ');
    await page.getByRole('option', { name: new RegExp(PAPER) }).waitFor();
    // ArrowDown makes the first result active, the second ArrowDown the next, ArrowUp the first again
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('paper-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toBe(PAPER);
    // the card's heading has the focus; Escape closes the card and gives the focus back to the search field (it
    // was dropped to the page: a keyboard user had to Tab from the top again)
    await page.waitForFunction(`document.activeElement && document.activeElement.closest('[data-testid="paper-panel"]') !== null`);
    await page.keyboard.press('Escape');
    await page.getByTestId('paper-panel').waitFor({ state: 'detached' });
    await page.waitForFunction(`document.activeElement === document.querySelector('.search input')`);
  });

  it('an author chosen in the search is framed with all their papers, in the part the card leaves visible (zoomed out from close up)', async () => {
    // zoomed in close first: the camera goes out as far as the papers need (it kept the author alone in view:
    // 4 of Jialiang Wang's 9 papers were on screen)
    await page.evaluate('window.__atlas.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 0.1 })');
    const search = page.getByLabel('Search authors and papers');
    await search.fill('');
    await search.pressSequentially('Jialiang Wang');
    await page.getByRole('option', { name: /^Jialiang Wang/ }).first().waitFor();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('author-panel');
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Jialiang Wang');
    await settled(page, 300);
    const view = await page.evaluate<{ papers: number; outside: string[]; author: { x: number; y: number }; visible: { x0: number; x1: number; y0: number; y1: number } }>(`(() => {
      const sigma = window.__atlas.sigma, g = sigma.getGraph();
      const canvas = sigma.getContainer().getBoundingClientRect();
      const panel = document.querySelector('.details-panel').getBoundingClientRect();
      const visible = { x0: canvas.left, y0: canvas.top, x1: panel.left, y1: canvas.bottom };
      const at = (n) => { const p = sigma.graphToViewport(g.getNodeAttributes(n)); return { x: canvas.left + p.x, y: canvas.top + p.y }; };
      const key = 'a' + window.__atlas.store.getState().selection.index;
      const papers = g.neighbors(key).filter((n) => n[0] === 'p');
      const outside = papers.filter((n) => { const p = at(n); return p.x < visible.x0 || p.x > visible.x1 || p.y < visible.y0 || p.y > visible.y1; });
      return { papers: papers.length, outside, author: at(key), visible };
    })()`);
    expect(view.papers).toBe(9);
    expect(view.outside).toEqual([]);
    // his papers lie in every cluster: he and they are framed as a group (an author whose papers fit around him
    // at the whole map's zoom is centred: map-3k's selection framing)
    const { x0, x1, y0, y1 } = view.visible;
    expect(view.author.x).toBeGreaterThan(x0);
    expect(view.author.x).toBeLessThan(x1);
    expect(view.author.y).toBeGreaterThan(y0);
    expect(view.author.y).toBeLessThan(y1);
    await shootPage(page, '06-author-framed-with-papers');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('a card opened from a card scrolled down starts at its top; Back to that card shows it where it was left', async () => {
    const body = page.getByTestId('author-panel').locator('.panel-body');
    const heading = page.getByTestId('author-panel').getByRole('heading', { level: 2 });
    const open = async (name: string) => {
      const search = page.getByLabel('Search authors and papers');
      await search.fill('');
      await search.pressSequentially(name);
      await page.getByRole('option', { name: new RegExp(`^${name}`) }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.waitForFunction(`document.querySelector('[data-testid="author-panel"] h2')?.textContent === ${JSON.stringify(name)}`);
    };
    // the seed's two authors with the most papers: both cards taller than the panel
    await open('Jialiang Wang');
    const down = await body.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      return el.scrollTop;
    });
    expect(down, 'the first card scrolls').toBeGreaterThan(100);
    await open('Cynthia Dwork');
    // a tester: the next card opened as far down as the one before was scrolled, its stats and co-authors out of sight
    expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
    await body.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    // a co-author opened inside the card (the link scrolled down with it)
    const coauthor = page.getByTestId('author-panel').getByTestId('author-papers').getByRole('button', { name: 'Zhun Deng', exact: true }).first();
    await coauthor.click();
    await expect(heading.textContent()).resolves.toBe('Zhun Deng');
    expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
    // Back: the card before, where it was left
    await stepBack(page);
    await page.waitForFunction(`document.querySelector('[data-testid="author-panel"] h2')?.textContent === 'Cynthia Dwork'`);
    await frames(page);
    expect(await body.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
  });

  it('asked the network only for the app and its bundle files, with no errors', () => {
    const origin = new URL(appUrl()).origin;
    const paths = requested.map((u) => new URL(u)).filter((u) => u.protocol !== 'data:');
    expect(paths.every((u) => u.origin === origin)).toBe(true);
    const data = paths.map((u) => u.pathname).filter((p) => p.includes('/data/'));
    // the overview's first picture (preview.json: none for a map this small, drawn whole) is one of the bundle's files
    expect(new Set(data)).toEqual(new Set(['/data/index.json', '/data/wang-jialiang/bundle.json', '/data/wang-jialiang/preview.json', '/data/wang-jialiang/abstracts/0.json']));
    // each asked for once: by the early script in <head> (early-fetch.js, built from src/app/data/early-script.ts),
    // whose requests the loader took instead of asking again
    for (const file of ['/data/index.json', '/data/wang-jialiang/bundle.json', '/data/wang-jialiang/preview.json']) expect(data.filter((p) => p === file), file).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('read the bundle on the early script\'s worker and left none of its requests untaken', async () => {
    const early = await page.evaluate(`({ received: window.__atlasBundleTimes && window.__atlasBundleTimes.received, left: window.__atlasEarly && window.__atlasEarly.size, texts: window.__atlasEarlyText && window.__atlasEarlyText.size })`);
    expect(early).toEqual({ received: expect.any(Number), left: 0, texts: 0 });
  });
});

describe('the explorer by keyboard and screen reader (seed list)', () => {
  it('has one heading of rank 1; co-author buttons are read "Name, N shared papers"', async () => {
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Coauthor Atlas');
    const dwork = await fromStore<number>(page, 'b.authors.name.indexOf("Cynthia Dwork")');
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: ${dwork} })`);
    const list = page.getByTestId('author-panel').getByTestId('coauthor-list');
    await list.waitFor();
    const names = await list.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^\S.*, \d+ shared papers?$/);
    // (closed by its button: the focus may be in the search field, where a first Escape only lets go of the field)
    await page.getByTestId('author-panel').getByRole('button', { name: 'Close panel' }).click();
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    // the focus back in the search field (no opener to go back to), its text's results not popped open over the map
    await page.waitForFunction(`document.activeElement === document.querySelector('.search input')`);
    expect(await page.getByRole('listbox', { name: 'Search results' }).count()).toBe(0);
  });

  it('+ and - zoom the map, Shift+arrow pans, 0 shows it whole; a click then Escape draws no focus ring', async () => {
    const camera = () => page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
    const canvas = page.locator('.keyboard-canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + 6, box.y + 6);
    await page.keyboard.press('Escape');
    expect(await canvas.evaluate((el) => el === document.activeElement && getComputedStyle(el).outlineStyle)).toBe('none');
    await page.keyboard.press('0');
    await settled(page);
    const whole = await camera();
    await page.keyboard.press('+');
    await settled(page);
    const zoomed = await camera();
    expect(zoomed.ratio).toBeLessThan(whole.ratio);
    // a key that works the map: the ring is back
    expect(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Shift+ArrowRight');
    await settled(page);
    const panned = await camera();
    expect(panned.x).toBeGreaterThan(zoomed.x);
    expect(panned.ratio).toBeCloseTo(zoomed.ratio);
    await page.keyboard.press('-');
    await settled(page);
    expect((await camera()).ratio).toBeGreaterThan(zoomed.ratio);
    await page.keyboard.press('0');
    await settled(page);
    expect(await camera()).toEqual(whole);
    expect(errors).toEqual([]);
  });
});
