/**
 * The map's legend (App.tsx `Legend`) keeps to the part of the canvas the zoom buttons and an open card leave, on the
 * 3k ACL map with two venues chosen and Iryna Gurevych's card open (a tester, 1180×820 touch tablet: the legend read
 * "author, by papers at “58th Annual Meeting of…” + “Findings of t", ran from x 312 to 839 under the zoom buttons and
 * the card, its "paper" entry hidden). At a landscape and a portrait tablet, a desktop and a phone, light and dark:
 * - the legend is inside the canvas and meets neither the zoom buttons nor the card (on a phone and a portrait tablet
 *   the card is a bottom sheet and the legend goes under it: then it is not shown at all);
 * - each of its entries (author, paper) is whole inside the legend's box;
 * - the two venues' long names are counted, "by papers at 2 venues", their whole names in the title.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/core/bundle/types';
import { appUrl, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { SITE_DIR } from './global-setup';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const meets = (a: Box, b: Box) => !(a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom);

/** The boxes of the legend, its entries, the zoom buttons, the card and the canvas (null where not shown). */
const boxes = (page: Page) =>
  page.evaluate<{ legend: Box | null; entries: (Box & { text: string; scroll: number; client: number })[]; controls: Box | null; card: Box | null; canvas: Box; title: string | null; text: string }>(`(() => {
    const box = (e) => {
      if (!e) return null;
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    };
    const legend = document.querySelector('.legend');
    const entries = [...legend.children].map((e) => ({ ...box(e), text: e.textContent.trim(), scroll: e.scrollWidth, client: e.clientWidth }));
    return {
      legend: box(legend),
      entries,
      controls: box(document.querySelector('.react-sigma-controls')),
      card: box(document.querySelector('.details-panel')),
      canvas: box(window.__atlas.sigma.getContainer()),
      title: legend.querySelector('[title]')?.getAttribute('title') ?? null,
      text: legend.innerText,
    };
  })()`);

describe.each([
  ['landscape tablet', { viewport: { width: 1180, height: 820 }, hasTouch: true, colorScheme: 'light' }],
  ['portrait tablet', { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, colorScheme: 'dark' }],
  ['desktop', { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }],
  ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: 'light' }],
] as const)('the legend on a %s, two venues chosen, a card open', (name, options) => {
  let page: Page;
  let errors: string[];
  let names: string[];
  beforeAll(async () => {
    const bundle = JSON.parse(readFileSync(path.join(SITE_DIR, new URLSearchParams(acl).get('bundle')!), 'utf8')) as Bundle;
    const main = bundle.venues.findIndex((v) => v === 'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics');
    const findings = bundle.venues.findIndex((v) => v === 'Findings of the Association for Computational Linguistics: EMNLP 2020');
    const author = bundle.authors.name.indexOf('Iryna Gurevych');
    expect([main, findings, author].every((i) => i >= 0)).toBe(true);
    names = [bundle.venues[main]!, bundle.venues[findings]!];
    ({ page, errors } = await openPage(browser, options));
    await page.goto(appUrl(`${acl}&author=${author}&venues=${main}%2C${findings}`));
    await waitForState(page, 'ready', 120_000);
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 300);
  }, 180_000);
  afterAll(async () => {
    await page?.context().close();
  });

  it('stays clear of the zoom buttons and the card, every entry whole, the venues counted', async () => {
    const seen = await boxes(page);
    await shootPage(page, `legend-room-${name.replace(' ', '-')}`);
    const sheet = seen.card !== null && seen.card.right - seen.card.left >= (seen.canvas.right - seen.canvas.left) * 0.9;
    if (sheet) {
      // under a bottom sheet the legend is not shown (phone.test.ts)
      expect(seen.legend).toBeNull();
      // without the card: the legend's own words, clear of the zoom buttons
      await page.keyboard.press('Escape');
      await page.getByTestId('author-panel').waitFor({ state: 'detached' });
      await settled(page, 200);
      const closed = await boxes(page);
      expect(closed.legend).not.toBeNull();
      expect(meets(closed.legend!, closed.controls!)).toBe(false);
      expect(closed.legend!.right).toBeLessThanOrEqual(closed.canvas.right);
      for (const e of closed.entries) expect(e.right).toBeLessThanOrEqual(closed.legend!.right);
      expect(closed.text).toContain('author, by papers at 2 venues');
      return;
    }
    const legend = seen.legend!;
    expect(legend).not.toBeNull();
    expect(legend.left).toBeGreaterThanOrEqual(seen.canvas.left);
    expect(legend.right).toBeLessThanOrEqual(seen.canvas.right);
    expect(legend.bottom).toBeLessThanOrEqual(seen.canvas.bottom);
    expect(meets(legend, seen.controls!)).toBe(false);
    if (seen.card) expect(meets(legend, seen.card)).toBe(false);
    // every entry whole inside the legend: the author's words, the paper square
    expect(seen.entries.map((e) => e.text)).toEqual([expect.stringMatching(/^author, by papers/), 'paper']);
    for (const e of seen.entries) {
      expect(e.left).toBeGreaterThanOrEqual(legend.left);
      expect(e.right).toBeLessThanOrEqual(legend.right);
    }
    // the "paper" entry is not cut
    expect(seen.entries[1]!.scroll).toBeLessThanOrEqual(seen.entries[1]!.client + 1);
    // the long names counted, in the title
    expect(seen.text).toContain('author, by papers at 2 venues');
    expect(seen.title).toContain(names[0]);
    expect(seen.title).toContain(names[1]);
    expect(errors).toEqual([]);
  });
});
