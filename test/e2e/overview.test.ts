/**
 * The overview as users get it (camera animation on), issue 11 items 2 and 3: links are drawn at overview in
 * both themes, on the seed and on the 30k map (level of detail), before any hover and after a hover and a
 * selection; and when the drawn graph changes under the pointer (a level-of-detail refill), the page neither
 * fails ("Cannot read properties of undefined (reading 'hidden')") nor keeps emphasising a node no longer drawn.
 * Each map is loaded once for the file; the tests run on it in turn (the theme switched in place; the refill
 * check, which drops nodes, last).
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/app/graph/contrast';
import { CANVAS_COLORS, type Theme } from '../../src/app/theme';
import { appUrl, frames, fromStore, OUTPUT_DIR, settled, switchTheme } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { labelledAuthors } from './pointer';

let browser: Browser;
let big: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  big = q;
});

/**
 * One page per map for the whole file, opened at the first test that needs it (light theme): a test in the
 * other theme switches the system theme under it (`switchTheme`), as the app follows it live, so the 30k
 * map is loaded once instead of once per test.
 */
const pages = new Map<string, Promise<{ page: Page; errors: string[] }>>();
async function open(query: string, theme: Theme): Promise<{ page: Page; errors: string[] }> {
  let opened = pages.get(query);
  if (!opened) {
    opened = (async () => {
      const o = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
      await o.page.goto(appUrl(query));
      await waitForState(o.page, 'ready', 120_000);
      return o;
    })();
    pages.set(query, opened);
  }
  const o = await opened;
  await switchTheme(o.page, theme);
  return o;
}

afterAll(async () => {
  for (const opened of pages.values()) await (await opened).page.context().close();
});

/**
 * The links layer alone (Sigma's other layers hidden for the shot), inside the canvas away from the legend
 * and zoom buttons: how many pixels stand out from the background by at least 1.25:1, and the best contrast.
 */
async function linkPixels(page: Page, name: string, theme: Theme): Promise<{ share: number; best: number }> {
  const hide = `document.querySelectorAll('.atlas-canvas canvas:not(.sigma-edges)').forEach((c) => { c.style.visibility = '__V__'; })`;
  await page.evaluate(hide.replace('__V__', 'hidden'));
  const box = (await page.locator('.atlas-canvas').boundingBox())!;
  const clip = { x: box.x + box.width * 0.15, y: box.y + box.height * 0.1, width: box.width * 0.7, height: box.height * 0.75 };
  const buffer = await page.screenshot({ clip });
  await page.evaluate(hide.replace('__V__', ''));
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(path.join(OUTPUT_DIR, `links-${name}.png`), buffer);
  const png = PNG.sync.read(buffer);
  const background = CANVAS_COLORS[theme].background;
  let standing = 0;
  let best = 1;
  const hex = (i: number) => `#${[0, 1, 2].map((k) => png.data[i + k].toString(16).padStart(2, '0')).join('')}`;
  for (let i = 0; i < png.data.length; i += 4) {
    const c = contrastRatio(hex(i), background);
    if (c >= 1.25) standing++;
    best = Math.max(best, c);
  }
  return { share: standing / (png.width * png.height), best };
}

describe.each([
  ['seed', ''],
  ['30k', 'big'],
] as const)('links at overview, %s', (name, which) => {
  it.each(['light', 'dark'] as const)('%s theme: drawn before any hover, and after a hover and a selection', async (theme) => {
    const { page, errors } = await open(which === 'big' ? big : '', theme);
    const before = await linkPixels(page, `${name}-${theme}`, theme);
    // a hairline layer, but clearly there: every link keeps 1.8:1 against the background
    expect(before.share).toBeGreaterThan(0.004);
    expect(before.best).toBeGreaterThanOrEqual(1.8);
    // hover an author and leave; select one and close
    const [author] = await labelledAuthors(page, 1);
    await page.mouse.move(author!.x, author!.y);
    await frames(page, 3);
    await page.mouse.move(5, 5);
    await page.mouse.click(author!.x, author!.y);
    await settled(page, 600);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Show the whole graph' }).click();
    await settled(page, 600);
    const after = await linkPixels(page, `${name}-${theme}-after`, theme);
    expect(after.share).toBeGreaterThan(before.share * 0.5);
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('the drawn graph changes under the pointer (30k map, level of detail)', () => {
  it('a node dropped from the drawn graph is neither picked nor left emphasised', async () => {
    const { page, errors } = await open(big, 'light');
    const [author] = await labelledAuthors(page, 1);
    await page.mouse.move(author!.x, author!.y);
    await frames(page, 3);
    expect(await fromStore(page, 's.hovered && s.hovered.index')).toBe(Number(author!.key.slice(1)));
    // as a refill does: the node leaves the drawn graph, and with it any node drawn under it there (else
    // that one is rightly picked next); the pointer moves before the next frame is drawn
    await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      const graph = sigma.getGraph();
      const under = graph.filterNodes((key) => {
        const d = sigma.getNodeDisplayData(key);
        if (!d || d.hidden) return false;
        const p = sigma.framedGraphToViewport(d);
        return Math.hypot(p.x + box.left - ${author!.x}, p.y + box.top - ${author!.y}) <= sigma.scaleSize(d.size) + 3;
      });
      for (const key of new Set([${JSON.stringify(author!.key)}, ...under])) graph.dropNode(key);
      const mouse = sigma.getContainer().querySelector('.sigma-mouse');
      for (const dx of [1, 2]) mouse.dispatchEvent(new MouseEvent('mousemove', { clientX: ${author!.x} + dx, clientY: ${author!.y}, bubbles: true }));
    })()`);
    await frames(page, 4);
    expect(errors).toEqual([]);
    // no emphasis of it stays: the store forgets it, the hover overlay is clear
    expect(await fromStore(page, 's.hovered')).toBeNull();
    const overlayPixels = await page.evaluate(`(() => {
      const c = document.querySelector('.sigma-atlasHoverOverlay');
      if (!c) return 0;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]) n++;
      return n;
    })()`);
    expect(overlayPixels).toBe(0);
  }, 300_000);
});
