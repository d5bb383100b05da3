/**
 * A big map's overview names its most prolific authors first, in real Chromium, as users open it (camera animation
 * on): a researcher opening a field's map looks for its best-known authors (VOSviewer labels the biggest nodes first).
 * The whole ACL Anthology (the 70k map) on a 390x844 phone named none of its 25 most prolific authors on screen; its
 * names were small authors at the round map's rim (David M. W. Powers, 8 papers; Rou Song, 7; Y. Wilks, 10), and on a
 * 1440x900 desktop, with 14 cluster names in the middle, the same. The 30k map on a phone named 2 of its 25 most
 * prolific, on a desktop 5 (graph/label-placement.ts: `PROLIFIC_SHARE`, `PROMINENT_PER_LABEL`). Now, at the overview:
 * - among the 25 most prolific authors whose discs are on screen, at least 3 named on a phone and 8 on a desktop;
 * - at most a quarter of the author names drawn are of authors outside the 100 most prolific on screen (a phone; the
 *   300 most on a desktop): the names are not mostly small authors;
 * - still no name over another, nor over another disc's middle where it shows (names-off-discs.test.ts's rule).
 * The 30k map (acl_2016_2021_all, built from the fixture) on a phone (light and dark) and a desktop; the 70k map where
 * its bundle is in public/data/acl70k (not built by the tests: the whole Anthology is no fixture), on a phone and a
 * desktop, served beside the e2e site.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, overlappingLabels, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { CENTRE_MIN_R, CENTRE_PX } from '../../src/app/graph/label-placement';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SITE_DIR = path.join(ROOT, 'test-output/e2e-site');
const MAP_70K = path.join(ROOT, 'public/data/acl70k');
const has70k = existsSync(path.join(MAP_70K, 'bundle.json'));

let browser: Browser;
let query30k: string;
let server70k: StaticServer | null = null;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query30k = q;
});

beforeAll(async () => {
  if (has70k) server70k = await serveStatic(SITE_DIR, { '/data/acl70k/': MAP_70K });
});
afterAll(async () => {
  await server70k?.close();
});

interface Overview {
  /** Authors whose disc's centre is on the canvas, most papers first: key, name, papers. */
  onScreen: { key: string; name: string; papers: number }[];
  /** The author names drawn (keys). */
  named: string[];
  /** Names drawn over another disc's middle that shows, as "name over key". */
  overMiddles: string[];
}

/** In the page: the authors on screen by papers, the author names drawn, and names over another disc's middle. */
const OVERVIEW = `(() => {
  const atlas = window.__atlas;
  const sigma = atlas.sigma;
  const papers = atlas.store.getState().dataset.bundle.authors.paperCount;
  const { width, height } = sigma.getDimensions();
  const nodes = [];
  let order = 0;
  sigma.getGraph().forEachNode((key) => {
    order++;
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) return;
    nodes.push({ key, label: d.label, x: p.x, y: p.y, r: atlas.drawnRadius(d.size), z: (d.zIndex || 0) * 1e9 + order, square: d.type === 'square' || d.type === 'squareBelow' });
  });
  const authors = nodes.filter((n) => n.key[0] === 'a');
  const onScreen = authors.map((n) => ({ key: n.key, name: n.label, papers: papers[Number(n.key.slice(1))] })).sort((a, b) => b.papers - a.papers);
  const labels = (atlas.labels || []).filter((l) => l.kind === 'node' && l.key[0] === 'a');
  // (a crowded view: the discs of CENTRE_MIN_R and more whose middle no disc drawn above covers)
  const shows = (n) => !nodes.some((o) => o.z > n.z && (o.square ? Math.abs(o.x - n.x) < o.r && Math.abs(o.y - n.y) < o.r : Math.hypot(o.x - n.x, o.y - n.y) < o.r));
  const middles = nodes.filter((n) => !n.square && n.r >= ${CENTRE_MIN_R}).filter(shows);
  const overMiddles = [];
  for (const l of labels) {
    for (const m of middles) {
      if (m.key === l.key) continue;
      const c = Math.min(${CENTRE_PX}, m.r);
      if (m.x + c > l.box.x0 && m.x - c < l.box.x1 && m.y + c > l.box.y0 && m.y - c < l.box.y1) overMiddles.push(l.text + ' over ' + m.key);
    }
  }
  return { onScreen, named: labels.map((l) => l.key), overMiddles };
})()`;

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** Open `url` as users get it, at `size`, and check its overview's names (`minTop` of the 25 most prolific, at least; names outside the `wide` most prolific, a quarter at most). */
async function checkOverview(url: string, size: typeof PHONE | typeof DESKTOP, theme: 'light' | 'dark', name: string, minTop: number, wide: number): Promise<void> {
  const { page, errors } = await openPage(browser, { ...size, colorScheme: theme }, { userMode: true });
  try {
    await page.goto(url);
    await waitForState(page, 'ready', 300_000);
    // the camera's opening move done, the level of detail caught up, the names placed where it rests
    await settled(page, 1500);
    await shootPage(page, `prolific-named-${name}-${theme}`);
    const view = await page.evaluate<Overview>(OVERVIEW);
    const byKey = new Map(view.onScreen.map((a) => [a.key, a]));
    const top = view.onScreen.slice(0, 25);
    const named = new Set(view.named);
    const topNamed = top.filter((a) => named.has(a.key)).map((a) => `${a.name} (${a.papers})`);
    // an author is outside the `wide` most prolific when `wide` authors on screen have more papers
    const outside = view.named
      .map((k) => byKey.get(k))
      .filter((a) => a !== undefined && view.onScreen.filter((o) => o.papers > a.papers).length >= wide)
      .map((a) => `${a!.name} (${a!.papers})`);
    const names = view.named.map((k) => `${byKey.get(k)?.name} (${byKey.get(k)?.papers})`).join(', ');
    expect(topNamed.length, `${name}: of the 25 most prolific on screen, named: ${topNamed.join(', ')}; names drawn: ${names}`).toBeGreaterThanOrEqual(minTop);
    expect(outside.length, `${name}: names of authors outside the ${wide} most prolific on screen: ${outside.join(', ')}`).toBeLessThanOrEqual(view.named.length / 4);
    expect(overlappingLabels(await page.evaluate('JSON.parse(JSON.stringify(window.__atlas.labels || []))'))).toEqual([]);
    expect(view.overMiddles).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await page.context().close();
  }
}

describe("a big map's overview names its most prolific authors first", () => {
  it.each(['light', 'dark'] as const)('the 30k map on a phone (%s)', async (theme) => {
    await checkOverview(appUrl(query30k), PHONE, theme, '30k-phone', 3, 100);
  });
  it('the 30k map on a desktop', async () => {
    await checkOverview(appUrl(query30k), DESKTOP, 'light', '30k-desktop', 8, 300);
  });
  it.skipIf(!has70k)('the 70k map on a phone', async () => {
    await checkOverview(`${server70k!.url}?bundle=data/acl70k/bundle.json`, PHONE, 'light', '70k-phone', 3, 100);
  });
  it.skipIf(!has70k)('the 70k map on a desktop', async () => {
    await checkOverview(`${server70k!.url}?bundle=data/acl70k/bundle.json`, DESKTOP, 'dark', '70k-desktop', 8, 300);
  });
});
