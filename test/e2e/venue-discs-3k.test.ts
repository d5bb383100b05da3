/**
 * A venue filter's author discs in sight and clickable beside their papers' squares, on the 3k map (ACL 2020) in real
 * Chromium, desktop 1440x900, dark, the authors-and-papers view. The AACL 2020 Student Research Workshop (24 papers,
 * 67 authors) spreads over the whole map, so its filter frames it from about the whole map's ratio, where a one-paper
 * author lies ~2 px from their paper and the square (5.6 px half-side) is larger than the disc (3.2 px): drawn after
 * the discs, as every plain square was, 46 of the 67 discs lay entirely under a square, the names beside squares, and
 * a click on Payal Khullar's disc opened her paper (a tester: 4 of 6 disc clicks opened the paper). Here: no disc
 * drawn entirely under a square drawn after it (Sigma draws the squares below the discs first: `squareBelow`), and a
 * click on each drawn author's middle opens that author's card. The camera flies as a user's does (animation on).
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, frames, fromStore, nodePosition, settled, shootPage, switchTheme } from './atlas-page';
import { PNG } from 'pngjs';
import { CANVAS_COLORS } from '../../src/app/theme';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { hoveredKeyOn, selectedKeyOn, slowMoveOnto } from './pointer';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

interface Disc {
  key: string;
  label: string;
  /** Centre in page coordinates. */
  x: number;
  y: number;
  r: number;
  /** The paper squares drawn after the disc that cover all of it. */
  under: string[];
  /** Whether a node drawn after it covers its middle (not one to click there). */
  middleHidden: boolean;
}

/**
 * In the page: each author disc drawn inside the canvas, with the paper squares drawn after it (program `square`, after
 * the discs; `squareBelow` is drawn before them) that cover it whole, and whether any node drawn after it covers its
 * middle (a disc above it by zIndex, or a square drawn after the discs).
 */
const DISCS = `(() => {
  const sigma = window.__atlas.sigma;
  const box = sigma.getContainer().getBoundingClientRect();
  const { width, height } = sigma.getDimensions();
  const nodes = [];
  let order = 0;
  sigma.getGraph().forEachNode((key) => {
    order++;
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const program = d.type === 'squareBelow' ? 0 : d.type === 'square' ? 2 : d.type === 'discOnSquare' ? 1.5 : 1;
    nodes.push({ key, label: d.label, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size), square: d.type === 'square' || d.type === 'squareBelow', rank: program * 1e12 + (d.zIndex || 0) * 1e6 + order });
  });
  const out = [];
  for (const n of nodes) {
    if (n.square || n.x < 0 || n.y < 0 || n.x > width || n.y > height) continue;
    const above = nodes.filter((o) => o.rank > n.rank);
    const under = above.filter((o) => o.square && Math.max(Math.abs(o.x - n.x), Math.abs(o.y - n.y)) + n.r <= o.r).map((o) => o.key);
    const middleHidden = above.some((o) => (o.square ? Math.max(Math.abs(o.x - n.x), Math.abs(o.y - n.y)) < o.r : Math.hypot(o.x - n.x, o.y - n.y) < o.r));
    out.push({ key: n.key, label: n.label, x: box.left + n.x, y: box.top + n.y, r: n.r, under, middleHidden });
  }
  return out;
})()`;

/** The venue index of the AACL 2020 Student Research Workshop in the 3k bundle (read at the first `openVenue`). */
let venue: number | null = null;

async function openVenue(page: Page, extra = ''): Promise<{ authors: number; papers: number }> {
  if (venue === null) {
    await page.goto(appUrl(acl));
    await waitForState(page, 'ready');
    venue = await fromStore<number>(page, "b.venues.findIndex((n) => /Asia-Pacific/.test(n) && /Student Research Workshop/.test(n) && b.papers.venue.some((x, p) => x === b.venues.indexOf(n) && b.papers.year[p] === 2020))");
  }
  const v = venue;
  expect(v).toBeGreaterThanOrEqual(0);
  await page.goto(appUrl(`${acl}&years=2020&venues=${v}${extra}`));
  await waitForState(page, 'ready');
  await settled(page, 300);
  return fromStore(page, "({ authors: s.visibility.authorCount, papers: s.visibility.paperCount })");
}

/**
 * In the page: the paper squares drawn below the discs (`squareBelow`) each with one of its own authors whose middle
 * the square covers, a point on the square clear of every disc by 2 px and of the names (where the pointer hovers the paper alone),
 * and the two colours as drawn ({ paper, author, x, y (author's middle), px, py (the clear point), page coordinates }).
 */
const COVERED = `(() => {
  const sigma = window.__atlas.sigma;
  const graph = sigma.getGraph();
  const box = sigma.getContainer().getBoundingClientRect();
  const { width, height } = sigma.getDimensions();
  const at = (key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return null;
    const p = sigma.framedGraphToViewport(d);
    return { key, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size), color: d.color, type: d.type };
  };
  const discs = [];
  graph.forEachNode((key) => {
    const n = at(key);
    if (n && n.type !== 'square' && n.type !== 'squareBelow') discs.push(n);
  });
  const out = [];
  graph.forEachNode((key) => {
    const s = at(key);
    if (!s || s.type !== 'squareBelow' || s.x < 40 || s.y < 40 || s.x > width - 40 || s.y > height - 40) return;
    let clear = null;
    // (clear of the discs, their outline, and the names drawn over the map, which take the pointer there)
    const names = window.__atlas.labels || [];
    for (const fx of [-0.9, 0.9, -0.75, 0.75]) for (const fy of [-0.9, 0.9, -0.75, 0.75]) {
      const q = { x: s.x + fx * s.r, y: s.y + fy * s.r };
      if (clear || names.some((l) => q.x > l.box.x0 - 2 && q.x < l.box.x1 + 2 && q.y > l.box.y0 - 2 && q.y < l.box.y1 + 2)) continue;
      if (discs.every((d) => Math.hypot(d.x - q.x, d.y - q.y) > d.r + 2)) clear = q;
    }
    if (!clear) return;
    for (const n of graph.neighbors(key)) {
      const a = discs.find((d) => d.key === n);
      if (!a || Math.max(Math.abs(a.x - s.x), Math.abs(a.y - s.y)) >= s.r - 1) continue;
      // (the author's middle clear of the other discs and their outline: no co-author laid out on it)
      if (discs.some((d) => d.key !== a.key && Math.hypot(d.x - a.x, d.y - a.y) < d.r + 3)) continue;
      out.push({ paper: key, author: a.key, x: box.left + a.x, y: box.top + a.y, px: box.left + clear.x, py: box.top + clear.y, paperColor: s.color, authorColor: a.color });
      return;
    }
  });
  return out;
})()`;

/** The colour (`#rrggbb`) Sigma's hover layer (cards of the hovered and selected nodes) holds at page point (x, y), or null where it is blank. */
const hoverLayerAt = (page: Page, x: number, y: number) =>
  page.evaluate<string | null>(`(() => {
    const canvas = window.__atlas.sigma.getContainer().querySelector('.sigma-hovers');
    const box = canvas.getBoundingClientRect();
    const k = canvas.width / box.width;
    const d = canvas.getContext('2d').getImageData(Math.round((${x} - box.left) * k), Math.round((${y} - box.top) * k), 1, 1).data;
    return d[3] < 200 ? null : '#' + [d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('');
  })()`);

/** Largest per-channel difference of two `#rrggbb` colours. */
const colourDistance = (a: string, b: string): number => Math.max(...[1, 3, 5].map((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16))));

/**
 * In the page: each author disc whose middle one of its own papers' squares drawn below the discs covers, with the
 * square ({ x, y, r, color } each, page coordinates; the disc's `key`).
 */
const ON_SQUARES = `(() => {
  const sigma = window.__atlas.sigma;
  const graph = sigma.getGraph();
  const box = sigma.getContainer().getBoundingClientRect();
  const { width, height } = sigma.getDimensions();
  const at = (key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return null;
    const p = sigma.framedGraphToViewport(d);
    return { x: box.left + p.x, y: box.top + p.y, r: window.__atlas.drawnRadius(d.size), color: d.color, type: d.type, inside: p.x > 0 && p.y > 0 && p.x < width && p.y < height };
  };
  const out = [];
  const discs = [];
  graph.forEachNode((key) => {
    const a = at(key);
    if (a && a.type !== 'square' && a.type !== 'squareBelow') discs.push({ key, ...a });
  });
  for (const a of discs) {
    if (!a.inside) continue;
    for (const n of graph.neighbors(a.key)) {
      const s = at(n);
      if (!s || s.type !== 'squareBelow' || Math.max(Math.abs(a.x - s.x), Math.abs(a.y - s.y)) >= s.r) continue;
      out.push({ key: a.key, disc: a, square: s, others: discs.filter((o) => o.key !== a.key && Math.hypot(o.x - a.x, o.y - a.y) < o.r + a.r + 6).map((o) => ({ x: o.x, y: o.y, r: o.r })) });
      break;
    }
  }
  return out;
})()`;

interface OnSquare {
  key: string;
  disc: { x: number; y: number; r: number; color: string };
  square: { x: number; y: number; r: number; color: string };
  others: { x: number; y: number; r: number }[];
}

const rgbOf = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const gap = (a: number[], b: number[]): number => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

/**
 * Of the discs `onSquares` (each over its paper's square), those set off from the square in the page's picture `png`:
 * round the disc, 0.75 px outside its edge, at the points that lie on its square (0.75 px inside the square's edge) and
 * off every other disc near it (by 2.5 px), at least half the points closer to the background `background` than to the square's
 * colour. Discs with fewer than 3 such points are left out; returns { measured, setOff, failing }.
 */
function setOffDiscs(png: PNG, onSquares: OnSquare[], background: string): { measured: number; setOff: number; failing: string[] } {
  const bg = rgbOf(background);
  let measured = 0;
  let setOff = 0;
  const failing: string[] = [];
  for (const { key, disc, square, others } of onSquares) {
    const points: number[][] = [];
    for (let k = 0; k < 16; k++) {
      const x = disc.x + Math.cos((k * Math.PI) / 8) * (disc.r + 0.75);
      const y = disc.y + Math.sin((k * Math.PI) / 8) * (disc.r + 0.75);
      if (Math.max(Math.abs(x - square.x), Math.abs(y - square.y)) > square.r - 0.75) continue;
      if (others.some((o) => Math.hypot(o.x - x, o.y - y) < o.r + 2.5)) continue;
      const i = (Math.floor(y) * png.width + Math.floor(x)) * 4;
      points.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]);
    }
    if (points.length < 3) continue;
    measured++;
    const sq = rgbOf(square.color);
    const off = points.filter((p) => gap(p, bg) < gap(p, sq)).length;
    if (off * 2 >= points.length) setOff++;
    else failing.push(`${key} ${off}/${points.length}`);
  }
  return { measured, setOff, failing };
}

describe('a venue filter on the 3k map: author discs beside their paper squares', () => {
  it('sets each disc over its paper\'s square off it at the overview (an outline in the background colour), light and dark', async () => {
    // a one-paper author lies within 2 px of their paper's centre at the overview, their disc (3.2 px) inside the
    // square (5.6 px half-side) in nearly its colour: the map read as squares only
    const { page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 }, colorScheme: 'light' }, { userMode: true });
    try {
      await openVenue(page);
      for (const theme of ['light', 'dark'] as const) {
        if (theme === 'dark') await switchTheme(page, 'dark');
        const onSquares = await page.evaluate<OnSquare[]>(ON_SQUARES);
        expect(onSquares.length).toBeGreaterThanOrEqual(30);
        const png = PNG.sync.read(await page.screenshot());
        await shootPage(page, `venue-discs-3k-on-squares-${theme}`);
        const { measured, setOff, failing } = setOffDiscs(png, onSquares, CANVAS_COLORS[theme].background);
        expect(measured, theme).toBeGreaterThanOrEqual(10);
        expect(setOff / measured, `${theme}: ${failing.join(', ')}`).toBeGreaterThanOrEqual(0.75);
      }
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 300_000);

  it('a hovered or selected paper leaves its authors on top: drawn over its card, hovered and opened there (desktop, light)', async () => {
    // a hovered paper is drawn again on its card above every node (Sigma's hover layer), and the pointer picks what
    // is drawn on top: a square drawn below its authors' discs covered them once hovered, and the pointer moved from
    // the square onto an author's middle kept the paper hovered; a click there opened the paper (`years=2020&venues=1`)
    const { page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 }, colorScheme: 'light' }, { userMode: true });
    try {
      await openVenue(page);
      const covered = (await page.evaluate<{ paper: string; author: string; x: number; y: number; px: number; py: number; paperColor: string; authorColor: string }[]>(COVERED)).filter(
        (c) => colourDistance(c.paperColor, c.authorColor) > 24,
      );
      expect(covered.length).toBeGreaterThanOrEqual(1);
      const wrong: string[] = [];
      for (const c of covered.slice(0, 2)) {
        // the pointer on the square's clear corner (moved there as a hand does): the paper hovered, drawn on its card
        // with its author's disc over it
        await slowMoveOnto(page, c.px, c.py, { from: { x: c.px + 24, y: c.py + 30 } });
        await settled(page, 100);
        expect(await hoveredKeyOn(page)).toBe(c.paper);
        const drawn = await hoverLayerAt(page, c.x, c.y);
        if (drawn === null || colourDistance(drawn, c.authorColor) > 24) wrong.push(`${c.author} under hovered ${c.paper}: drawn ${drawn}, author ${c.authorColor}, paper ${c.paperColor}`);
        await shootPage(page, `venue-discs-3k-hovered-${c.paper}`);
        // on to the author's middle in small steps, as a hand moves: the author hovered there, and a click opens them
        for (let i = 1; i <= 4; i++) {
          await page.mouse.move(c.px + ((c.x - c.px) * i) / 4, c.py + ((c.y - c.py) * i) / 4);
          await frames(page, 1);
        }
        await settled(page, 100);
        const hovered = await hoveredKeyOn(page);
        if (hovered !== c.author) wrong.push(`pointer on ${c.author}'s middle hovers ${hovered}`);
        await page.mouse.click(c.x, c.y);
        await settled(page, 300);
        const opened = await selectedKeyOn(page);
        if (opened !== c.author) wrong.push(`click on ${c.author}'s middle (${c.paper} hovered before) opened ${opened}`);
        await page.keyboard.press('Escape');
        await settled(page, 300);
        // the paper selected (a link to it: its card stays drawn above the map): a click on its author's middle opens the author
        await openVenue(page, `&paper=${c.paper.slice(1)}`);
        expect(await selectedKeyOn(page)).toBe(c.paper);
        // (where the card's flight left the author)
        const a = await nodePosition(page, c.author);
        await page.mouse.move(a.x, a.y);
        await settled(page, 100);
        const onCard = await hoverLayerAt(page, a.x, a.y);
        if (onCard === null || colourDistance(onCard, c.authorColor) > 24) wrong.push(`${c.author} under selected ${c.paper}: drawn ${onCard}`);
        await page.mouse.click(a.x, a.y);
        await settled(page, 300);
        const next = await selectedKeyOn(page);
        if (next !== c.author) wrong.push(`click on ${c.author}'s middle (${c.paper} selected) opened ${next}`);
        await openVenue(page);
      }
      expect(wrong).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 300_000);

  it('draws no disc entirely under a paper square, and a click on each disc opens its author (desktop, dark)', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }, { userMode: true });
    try {
      const shown = await openVenue(page);
      expect(shown).toEqual({ authors: 67, papers: 24 });
      const discs = await page.evaluate<Disc[]>(DISCS);
      await shootPage(page, 'venue-discs-3k');
      expect(discs.length).toBe(67);
      expect(discs.filter((d) => d.under.length > 0).map((d) => `${d.label} under ${d.under.join(',')}`)).toEqual([]);
      // a click on the middle of each disc whose middle nothing drawn above it hides (a co-author laid out on it aside)
      const clear = discs.filter((d) => !d.middleHidden);
      expect(clear.length).toBeGreaterThanOrEqual(40);
      const wrong: string[] = [];
      let clicked = 0;
      for (const key of clear.slice(0, 8).map((d) => d.key)) {
        // (read again: a card's flight may have left the camera elsewhere; then the filter's link frames it again)
        let d = (await page.evaluate<Disc[]>(DISCS)).find((o) => o.key === key);
        if (!d || d.middleHidden) {
          await openVenue(page);
          d = (await page.evaluate<Disc[]>(DISCS)).find((o) => o.key === key);
        }
        if (!d || d.middleHidden) continue;
        clicked++;
        await page.mouse.click(d.x, d.y);
        await settled(page, 150);
        const got = await selectedKeyOn(page);
        if (got !== d.key) wrong.push(`${d.label} (${d.key}) opened ${got}`);
        await page.keyboard.press('Escape');
        await settled(page, 150);
      }
      expect(clicked).toBeGreaterThanOrEqual(6);
      expect(wrong).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
