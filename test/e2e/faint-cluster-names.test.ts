/**
 * A faint cluster name (the map dimmed for a card) stays readable over a dense cluster of discs, light and dark (a
 * tester: on a 390×844 phone with Ji Hou's card open, "media fo…dation models · Movie Gen" over the seed's blue
 * cluster of his 90 co-authors: the name was drawn faint as a whole, halo and all, and its letters were lost in the
 * ink). Drawn now on its halo at full strength, its letters faint on it (graph/label-placement.ts
 * `drawPlacedLabels`), the name stands from what is behind it as a faint name stands from the bare page.
 *
 * Read off the page's pixels (a capture of the name's box at the device's scale): the name's letters (their cores,
 * the text drawn again into a canvas of its own in the same font at the same spot) against the pixels round them in
 * the box that are no letter's (within 3 device px of a letter: what the eye reads each stroke against). Each core
 * pixel's contrast ratio (WCAG relative luminance) with the median of those round it; a faint name on the bare page
 * stands ~1.5:1 from it (theme.ts `labelFaintAlpha`), and nearly all of its letters' pixels must reach 1.25:1.
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, settled, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Named {
  text: string;
  /** The capture's clip (page CSS px) and the letters' cores in it (device px, row-major indices). */
  clip: { x: number; y: number; width: number; height: number };
  scale: number;
  cols: number;
  rows: number;
  cores: number[];
  near: number[];
}

/** The faint cluster names drawn, each with its box on the page and the device pixels of its letters and round them. */
const faintClusterNames = (page: Page) =>
  page.evaluate<Named[]>(`(() => {
    const sigma = window.__atlas.sigma;
    const origin = sigma.getContainer().getBoundingClientRect();
    const scale = window.devicePixelRatio;
    const out = [];
    for (const l of window.__atlas.labels || []) {
      if (l.kind !== 'community' || !l.dim) continue;
      const x0 = Math.floor(l.box.x0), y0 = Math.floor(l.box.y0);
      const width = Math.ceil(l.box.x1) - x0, height = Math.ceil(l.box.y1) - y0;
      const cols = Math.round(width * scale), rows = Math.round(height * scale);
      const canvas = document.createElement('canvas');
      canvas.width = cols;
      canvas.height = rows;
      const ctx = canvas.getContext('2d');
      ctx.scale(scale, scale);
      ctx.font = '650 13px ' + sigma.getSetting('labelFont');
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = '#000';
      ctx.fillText(l.text, l.x - x0, l.y - y0);
      const a = ctx.getImageData(0, 0, cols, rows).data;
      const ink = (i) => a[i * 4 + 3];
      const cores = [], near = [];
      for (let j = 0; j < rows; j++) for (let i = 0; i < cols; i++) {
        const k = j * cols + i;
        if (ink(k) > 230) { cores.push(k); continue; }
        if (ink(k) > 0) continue;
        let close = false;
        for (let dj = -3; dj <= 3 && !close; dj++) for (let di = -3; di <= 3 && !close; di++) {
          const ii = i + di, jj = j + dj;
          if (ii >= 0 && jj >= 0 && ii < cols && jj < rows && ink(jj * cols + ii) > 230) close = true;
        }
        if (close) near.push(k);
      }
      out.push({ text: l.text, clip: { x: origin.left + x0, y: origin.top + y0, width, height }, scale, cols, rows, cores, near });
    }
    return out;
  })()`);

/** Relative luminance (WCAG) of the pixel at `k` of `png`. */
function luminance(png: PNG, k: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const d = png.data;
  return 0.2126 * lin(d[k * 4]!) + 0.7152 * lin(d[k * 4 + 1]!) + 0.0722 * lin(d[k * 4 + 2]!);
}

/**
 * Of a name's letter cores, the share that stand at least `ratio`:1 from the median of the non-letter pixels round them
 * (within 4 device px), in the part of the name where it is least (each stretch of STRETCH_PX CSS px of its width
 * counted alone: a name over bare page for most of its width and lost over one cluster is unreadable there).
 */
async function legibleShare(page: Page, named: Named, ratio: number): Promise<number> {
  const png = PNG.sync.read(await page.screenshot({ clip: named.clip, scale: 'device' }));
  expect(png.width).toBe(named.cols);
  const near = new Set(named.near);
  const stretch = STRETCH_PX * named.scale;
  const tried = new Map<number, { all: number; legible: number }>();
  for (const k of named.cores) {
    const i = k % named.cols;
    const j = Math.floor(k / named.cols);
    const round: number[] = [];
    for (let dj = -4; dj <= 4; dj++) {
      for (let di = -4; di <= 4; di++) {
        const kk = (j + dj) * named.cols + (i + di);
        if (i + di >= 0 && i + di < named.cols && j + dj >= 0 && j + dj < named.rows && near.has(kk)) round.push(luminance(png, kk));
      }
    }
    if (!round.length) continue;
    round.sort((a, b) => a - b);
    const behind = round[Math.floor(round.length / 2)]!;
    const mine = luminance(png, k);
    const part = Math.floor(i / stretch);
    const t = tried.get(part) ?? { all: 0, legible: 0 };
    tried.set(part, t);
    t.all++;
    if ((Math.max(mine, behind) + 0.05) / (Math.min(mine, behind) + 0.05) >= ratio) t.legible++;
  }
  // (a stretch with few letter pixels, the name's last letters, counted with the one before it)
  let least = 1;
  for (const t of tried.values()) if (t.all >= 40) least = Math.min(least, t.legible / t.all);
  return least;
}

/** Width (CSS px) of the stretches of a name counted alone (`legibleShare`): about three letters. */
const STRETCH_PX = 24;

describe('faint cluster names readable over a cluster of discs (seed)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`on a phone with Ji Hou's card open, "media foundation models · Movie Gen" over his blue cluster (390×844, ${theme})`, async () => {
      const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: theme, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }, { userMode: true });
      await page.goto(appUrl('?author=13'));
      await waitForState(page, 'ready');
      await settled(page, 600);
      await page.waitForFunction(`(window.__atlas.labels || []).some((l) => l.kind === 'community' && l.dim && l.text.startsWith('media foundation models'))`);
      await shootPage(page, `faint-cluster-names-phone-${theme}`);
      const names = await faintClusterNames(page);
      expect(names.map((n) => n.text)).toEqual(expect.arrayContaining(['media foundation models · Movie Gen']));
      for (const named of names) {
        expect(named.cores.length, `${named.text}: letter pixels found`).toBeGreaterThan(200);
        expect(await legibleShare(page, named, 1.25), `${named.text}: share of its letters' pixels at 1.25:1 or more from what is round them`).toBeGreaterThanOrEqual(0.9);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('on a desktop with Ji Hou\'s card open, every faint cluster name is as readable (1440×900, light)', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
    await page.goto(appUrl('?author=13'));
    await waitForState(page, 'ready');
    await settled(page, 600);
    await shootPage(page, 'faint-cluster-names-desktop');
    const names = await faintClusterNames(page);
    expect(names.length, 'faint cluster names drawn').toBeGreaterThan(0);
    for (const named of names) expect(await legibleShare(page, named, 1.25), named.text).toBeGreaterThanOrEqual(0.9);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
