/**
 * With an author's card open, the names drawn plainly (the author's, the co-authors') come before the faint names of
 * the rest, in real Chromium, as users get the 3k map (acl_2020_main, camera animation on, 1440x900), in the authors
 * and papers view. A tester opened Iryna Gurevych's card (`?author=` of the 3k map): the disc of her biggest co-author,
 * Ivan Vulić, drawn plainly, had no name, and the faint name of Anna Korhonen (not a co-author) was written right beside
 * it; the co-author view named him there. Every spot round his disc lay over one of his own dimmed paper squares, which
 * a co-author past the eight closest kept off (graph/label-placement.ts `placeNode`, `yields`), so his name went and
 * the faint one took its room.
 * Checked, light and dark: Ivan Vulić's name is drawn, not faint; no faint name (nor a cluster's) lies on any of the
 * four spots beside the disc of a co-author left unnamed (right, left, above or below it, as the placement tries them);
 * every name drawn plainly is placed before every faint one (`window.__atlas.labels` is in placing order).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appUrl, settled, shootPage, switchTheme } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

const ROOT = path.resolve(import.meta.dirname, '../..');

let page: Page | null = null;
afterAll(async () => {
  await page?.context().close();
});

interface Check {
  named: string[];
  faintBeside: string[];
  faintBefore: string[];
  unnamed: string[];
}

/**
 * In the page: the names drawn plainly; each faint label whose box overlaps a spot beside the disc of an unnamed
 * co-author of `me` (on screen) as "faint beside co-author"; each faint label placed before a plain one.
 */
const check = (me: string) => `(() => {
  const sigma = window.__atlas.sigma;
  const g = window.__atlas.graph;
  const me = ${JSON.stringify(me)};
  const co = new Set();
  g.forEachNeighbor(me, (k) => {
    if (k[0] === 'a') co.add(k);
    else g.forEachNeighbor(k, (a) => { if (a[0] === 'a' && a !== me) co.add(a); });
  });
  const { width, height } = sigma.getDimensions();
  const labels = window.__atlas.labels || [];
  const namedKeys = new Set(labels.filter((l) => l.kind === 'node').map((l) => l.key));
  const faint = labels.filter((l) => l.dim || l.kind === 'community');
  const size = sigma.getSetting('labelSize');
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = '500 ' + size + 'px ' + sigma.getSetting('labelFont');
  const lineH = size + 4;
  const over = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const faintBeside = [];
  const unnamed = [];
  for (const k of co) {
    if (namedKeys.has(k)) continue;
    const d = sigma.getNodeDisplayData(k);
    if (!d || d.hidden || !d.label) continue;
    const p = sigma.framedGraphToViewport(d);
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
    const r = window.__atlas.drawnRadius(d.size);
    const w = ctx.measureText(d.label).width;
    const gap = r + 4;
    unnamed.push(d.label);
    const spots = [
      { x0: p.x + gap - 2, y0: p.y - lineH / 2, x1: p.x + gap + w + 2, y1: p.y + lineH / 2 },
      { x0: p.x - gap - w - 2, y0: p.y - lineH / 2, x1: p.x - gap + 2, y1: p.y + lineH / 2 },
      { x0: p.x - w / 2 - 2, y0: p.y - r - 2 - lineH, x1: p.x + w / 2 + 2, y1: p.y - r - 2 },
      { x0: p.x - w / 2 - 2, y0: p.y + r + 2, x1: p.x + w / 2 + 2, y1: p.y + r + 2 + lineH },
    ];
    for (const f of faint) if (spots.some((s) => over(s, f.box))) faintBeside.push(f.text + ' beside ' + d.label);
  }
  const lastPlain = labels.reduce((last, l, i) => (l.dim || l.kind === 'community' ? last : i), -1);
  const faintBefore = labels.filter((l, i) => i < lastPlain && (l.dim || l.kind === 'community')).map((l) => l.text);
  const named = labels.filter((l) => l.kind === 'node' && !l.dim).map((l) => l.text);
  return { named, faintBeside, faintBefore, unnamed };
})()`;

describe("a selected author's co-authors named before the faint names (3k map)", () => {
  it("Iryna Gurevych's card in the authors and papers view: Ivan Vulić named, no faint name in a co-author's room (light, dark)", async () => {
    const bundlePath = new URLSearchParams(acl).get('bundle')!;
    const bundle = JSON.parse(readFileSync(path.join(ROOT, 'test-output/e2e-site', bundlePath), 'utf8')) as { authors: { name: string[] } };
    const gurevych = bundle.authors.name.indexOf('Iryna Gurevych');
    expect(gurevych, 'Iryna Gurevych on the map').toBeGreaterThanOrEqual(0);
    const opened = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
    page = opened.page;
    await page.goto(appUrl(`${acl}&author=${gurevych}`));
    await waitForState(page, 'ready', 120_000);
    await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Iryna Gurevych', exact: true }).waitFor();
    expect(await page.evaluate<string>('window.__atlas.store.getState().view')).toBe('papers');
    for (const theme of ['light', 'dark'] as const) {
      await switchTheme(page, theme);
      await settled(page, 800);
      await shootPage(page, `emphasised-names-${theme}`);
      const got = await page.evaluate<Check>(check(`a${gurevych}`));
      expect(got.named, `${theme}: names drawn plainly`).toContain('Ivan Vulić');
      expect(got.faintBeside, `${theme}: faint names beside an unnamed co-author's disc (unnamed: ${got.unnamed.join(', ')})`).toEqual([]);
      expect(got.faintBefore, `${theme}: faint names placed before a plain one`).toEqual([]);
    }
    expect(opened.errors).toEqual([]);
  });
});
