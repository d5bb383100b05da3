/**
 * A filtered view's author discs are drawn in the order of the legend's measure (papers here: "Size authors by"
 * papers), paper squares on, as users get it (camera animation on): no shown author with more papers is drawn smaller
 * than one with fewer (equal counts may differ). Each shown node of a big map's filtered view keeps a share of the
 * room enlargement that fits its room (graph/shown-size.ts `roomShares`); before, that share was each one's own, so a
 * crowded prolific author ended smaller than a lone one with fewer papers, against the legend and the export's caption
 * (a tester): on the 30k map's 2018 authors of 20 papers or more Dan Roth (22 papers) was drawn at r 19 px, Iryna
 * Gurevych (35, the most) at 12; on the 3k map's EMNLP 2020 authors of 3 papers or more (`venues=`), authors of 9
 * papers were drawn at 2.1–2.5 while some of 3 reached 3.6 (display size). The order is read from the discs' base
 * sizes (the measure's: graph/node-sizes.ts `authorSizes`, strictly growing with papers below its cap) and their
 * radii as drawn (`__atlas.drawnRadius` of Sigma's display data). The 3k map on a desktop (dark) and a phone (light),
 * the 30k map on a desktop (light) and a phone (dark), the seed's one community on a desktop.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, fromStore, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser3k: Browser;
let query3k: string;
let browser30k: Browser;
let query30k: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser3k = b;
  query3k = q;
});
useBigBundle('acl_2016_2021_all', (b, q) => {
  browser30k = b;
  query30k = q;
});

const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface Disc {
  name: string;
  /** The base size the measure gives (before the room enlargement and its share). */
  size: number;
  /** Radius drawn (CSS px). */
  r: number;
}

/** In the page: each shown author's name, base size and drawn radius. */
const DISCS = `(() => {
  const atlas = window.__atlas;
  const sigma = atlas.sigma;
  const names = atlas.store.getState().dataset.bundle.authors.name;
  const out = [];
  sigma.getGraph().forEachNode((key, a) => {
    if (key[0] !== 'a') return;
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    out.push({ name: names[Number(key.slice(1))], size: a.size, r: atlas.drawnRadius(d.size) });
  });
  return out;
})()`;

/** The pairs of shown authors drawn against the measure's order, as "larger (r) < smaller (r)"; at most 10. */
function outOfOrder(discs: Disc[]): string[] {
  const sorted = [...discs].sort((a, b) => b.size - a.size);
  const out: string[] = [];
  // (the least drawn radius among the larger base sizes, and whose)
  let least: Disc | null = null;
  for (let g = 0; g < sorted.length && out.length < 10; ) {
    let h = g;
    while (h < sorted.length && sorted[h]!.size === sorted[g]!.size) h++;
    for (let k = g; k < h && out.length < 10; k++) {
      const d = sorted[k]!;
      if (least && d.r > least.r + 0.01) out.push(`${least.name} (${least.r.toFixed(1)} px) < ${d.name} (${d.r.toFixed(1)} px)`);
    }
    for (let k = g; k < h; k++) if (!least || sorted[k]!.r < least.r) least = sorted[k]!;
    g = h;
  }
  return out;
}

/** Opens `url` in `browser` at `size` on `theme` and checks the shown discs' order; `min`: at least this many shown. */
async function checkOrder(browser: Browser, url: string, size: typeof DESKTOP | typeof PHONE, theme: 'light' | 'dark', name: string, min: number): Promise<void> {
  const { page, errors } = await openPage(browser, { ...size, colorScheme: theme }, { userMode: true });
  try {
    await page.goto(url);
    await waitForState(page, 'ready', 300_000);
    await settled(page, 1000);
    await shootPage(page, `disc-order-${name}-${theme}`);
    const discs = await page.evaluate<Disc[]>(DISCS);
    expect(discs.length).toBeGreaterThanOrEqual(min);
    expect(outOfOrder(discs), `${name}: shown authors drawn smaller than one with a smaller measure`).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await page.context().close();
  }
}

describe("a filtered view's discs in the order of the legend's measure, paper squares on", () => {
  it.each([
    [DESKTOP, 'dark', '3k-desktop'],
    [PHONE, 'light', '3k-phone'],
  ] as const)('the 3k map, EMNLP 2020 authors of 3 papers or more (%#)', async (size, theme, name) => {
    // (the venue by its name in the served bundle)
    const { page } = await openPage(browser3k, DESKTOP);
    let venue: number;
    try {
      await page.goto(appUrl(query3k));
      await waitForState(page, 'ready');
      venue = await fromStore<number>(page, "b.venues.findIndex((n) => /Empirical Methods in Natural Language Processing \\(EMNLP\\)/.test(n) && /2020/.test(n))");
    } finally {
      await page.context().close();
    }
    expect(venue).toBeGreaterThanOrEqual(0);
    await checkOrder(browser3k, appUrl(`${query3k}&min=3&venues=${venue}`), size, theme, name, 100);
  });
  it.each([
    [DESKTOP, 'light', '30k-desktop'],
    [PHONE, 'dark', '30k-phone'],
  ] as const)('the 30k map, 2018 authors of 20 papers or more (%#)', async (size, theme, name) => {
    await checkOrder(browser30k, appUrl(`${query30k}&min=20&years=2018`), size, theme, name, 6);
  });
  it('the seed, one community alone', async () => {
    await checkOrder(browser3k, appUrl('?only=0'), DESKTOP, 'light', 'seed-desktop', 20);
  });
});
