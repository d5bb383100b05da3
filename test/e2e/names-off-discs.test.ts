/**
 * No author's name written across another author's disc, in real Chromium. Every name drawn is checked against every
 * disc drawn (Sigma's display data through the camera, `window.__atlas.labels` for the names): a name's box holds no
 * other node's middle (3 px round its centre, graph/label-placement.ts `CENTRE_PX`) where that middle shows (no disc
 * drawn above covers it). In a view with room round its discs (`ROOMY_PX2_PER_DISC`: the seed at any size) that is
 * every disc and paper square; in a crowded one (a big map's overview) the discs of `CENTRE_MIN_R` and more.
 * - The seed on a phone (390x844, touch, device pixel ratio 3, light and dark), at its overview: "Yaqiao Luo" was
 *   written across Yen-Cheng Liu's disc and "Ji Hou" across Felix Juefei-Xu's (every side of theirs was taken or hid
 *   a disc, and the placement took the first free spot whatever it hid).
 * - The seed on a desktop (1440x900), each named author hovered with the mouse: the name set in bold, wider at the same
 *   spot, ran over a neighbour's middle ("Peizhao Zhang" over a disc beside his).
 * - The 30k map on a desktop (1440x900) at its overview, and each of its 12 most prolific named authors hovered: 26
 *   names lay over the middles of big discs ("Ondřej Bojar" over Rico Sennrich's), and "Heng Ji" or "Yoav Goldberg",
 *   hovered, over up to 23.
 * The focal author's ring name is named first whatever lies beside it (the seed's "Jialiang Wang" over Xin Luo's 4 px
 * dot: phone-taps.test.ts taps that dot through it), as is a selected author's: they are not checked here.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appUrl, frames, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { hoveredKeyOn } from './pointer';
import { CENTRE_MIN_R, CENTRE_PX, ROOMY_PX2_PER_DISC } from '../../src/app/graph/label-placement';

let browser: Browser;
let bigQuery: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  bigQuery = q;
});

const opened: Page[] = [];
afterAll(async () => {
  for (const page of opened) await page.context().close();
});

/**
 * In the page: each drawn node name (of the keys `only`, or every one but a bold name: the focal, the selected or the
 * hovered author's) that holds another node's middle which shows, as "name over key (radius)". The view's room decides
 * which nodes count, as described above.
 */
const namesOverMiddles = (only: string[] | null = null) => `(() => {
  const sigma = window.__atlas.sigma;
  const { width, height } = sigma.getDimensions();
  const nodes = [];
  let order = 0;
  sigma.getGraph().forEachNode((key) => {
    order++;
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) return;
    nodes.push({ key, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size), z: (d.zIndex || 0) * 1e9 + order, square: d.type === 'square' || d.type === 'squareBelow' });
  });
  const discs = nodes.filter((n) => !n.square).length;
  const roomy = width * height >= ${ROOMY_PX2_PER_DISC} * discs;
  const shows = (n) => !nodes.some((o) => o.z > n.z && (o.square ? Math.abs(o.x - n.x) < o.r && Math.abs(o.y - n.y) < o.r : Math.hypot(o.x - n.x, o.y - n.y) < o.r));
  const counted = nodes.filter((n) => (roomy || (!n.square && n.r >= ${CENTRE_MIN_R})) && shows(n));
  const only = ${JSON.stringify(only)};
  const out = [];
  for (const l of window.__atlas.labels || []) {
    if (l.kind !== 'node' || !l.node || l.dim) continue;
    if (only ? !only.includes(l.key) : l.node.strong) continue;
    for (const n of counted) {
      if (n.key === l.key) continue;
      const m = Math.min(${CENTRE_PX}, n.r);
      if (n.x + m > l.box.x0 && n.x - m < l.box.x1 && n.y + m > l.box.y0 && n.y - m < l.box.y1) out.push(l.text + ' over ' + n.key + ' (' + n.r.toFixed(1) + ' px)');
    }
  }
  return { roomy, names: (window.__atlas.labels || []).filter((l) => l.kind === 'node').length, over: out };
})()`;

interface Check {
  roomy: boolean;
  names: number;
  over: string[];
}

/** The named authors on `page`, most papers first (at most `limit`): key and centre in page coordinates. */
const namedAuthors = (page: Page, limit: number) =>
  page.evaluate<{ key: string; text: string; x: number; y: number }[]>(`(() => {
    const sigma = window.__atlas.sigma;
    const b = window.__atlas.store.getState().dataset.bundle;
    const box = sigma.getContainer().getBoundingClientRect();
    const { width, height } = sigma.getDimensions();
    return (window.__atlas.labels || [])
      .filter((l) => l.kind === 'node' && l.key[0] === 'a' && l.node && !l.node.strong && l.node.x > 0 && l.node.y > 0 && l.node.x < width && l.node.y < height)
      .sort((p, q) => b.authors.paperCount[Number(q.key.slice(1))] - b.authors.paperCount[Number(p.key.slice(1))] || (p.key < q.key ? -1 : 1))
      .slice(0, ${limit})
      .map((l) => ({ key: l.key, text: l.text, x: box.left + l.node.x, y: box.top + l.node.y }));
  })()`);

/**
 * Each of `authors` hovered in turn with the mouse (from off the map, one move onto the disc's centre): the hovered
 * name, set in bold, holds no other node's middle; returns what it held, per author.
 */
async function hoverEach(page: Page, authors: { key: string; text: string; x: number; y: number }[]): Promise<string[]> {
  const over: string[] = [];
  for (const a of authors) {
    await page.mouse.move(2, 450);
    await frames(page, 2);
    await page.mouse.move(a.x, a.y);
    await frames(page, 3);
    await page.waitForTimeout(150);
    const hovered = await hoveredKeyOn(page);
    expect(hovered, `${a.text} hovered`).toBe(a.key);
    const check = await page.evaluate<Check>(namesOverMiddles([a.key]));
    over.push(...check.over.map((o) => `${o} (hovered)`));
  }
  await page.mouse.move(2, 450);
  return over;
}

describe('names written over no other disc', () => {
  it.each(['light', 'dark'] as const)('the seed on a phone at its overview (%s)', async (theme) => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: theme, hasTouch: true, isMobile: true, deviceScaleFactor: 3 }, { userMode: true });
    opened.push(page);
    await page.goto(appUrl());
    await waitForState(page, 'ready');
    await settled(page, 600);
    await shootPage(page, `names-off-discs-seed-phone-${theme}`);
    const check = await page.evaluate<Check>(namesOverMiddles());
    expect(check.roomy, 'the seed on a phone leaves room round its discs').toBe(true);
    // (the names still read the map: 11 drawn on this view, the focal author's among them)
    expect(check.names).toBeGreaterThanOrEqual(8);
    expect(check.over).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the seed on a desktop, each named author hovered: the bold name over no other disc', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
    opened.push(page);
    await page.goto(appUrl());
    await waitForState(page, 'ready');
    await page.mouse.move(2, 450);
    await settled(page, 600);
    const rest = await page.evaluate<Check>(namesOverMiddles());
    expect(rest.over).toEqual([]);
    const authors = await namedAuthors(page, 30);
    expect(authors.length).toBeGreaterThanOrEqual(10);
    expect(await hoverEach(page, authors)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the 30k map on a desktop at its overview, and its 12 most prolific named authors hovered', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
    opened.push(page);
    await page.goto(appUrl(bigQuery));
    await waitForState(page, 'ready', 180_000);
    await page.mouse.move(2, 450);
    await settled(page, 600);
    await shootPage(page, 'names-off-discs-30k-overview');
    const rest = await page.evaluate<Check>(namesOverMiddles());
    expect(rest.roomy, 'the 30k overview is crowded').toBe(false);
    // (the names still read the map: 35 on this view, 43 before the rule)
    expect(rest.names).toBeGreaterThanOrEqual(25);
    expect(rest.over).toEqual([]);
    const authors = await namedAuthors(page, 12);
    expect(authors.length).toBe(12);
    expect(await hoverEach(page, authors)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
