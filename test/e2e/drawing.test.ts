/**
 * The map's discs, squares and links as Sigma draws them through the app's programs (graph/programs.ts:
 * Sigma's own programs drawn as plain triangle lists instead of instances), in real Chromium on software
 * WebGL: every author and paper that no other node covers shows its own colour at its centre, and every link
 * shows at its middle. A wrong vertex layout (an item's attributes or a corner's constants in the wrong place)
 * draws nodes elsewhere, deformed or not at all. An author's disc drawn large (a radius over 6 px) has a thin ring
 * (graph/disc-program.ts), darker than its colour on the light theme and lighter on the dark; a small one has none.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, settled, shootCanvas, switchTheme } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
  await openAtlas(page);
});

afterAll(async () => {
  await browser?.close();
});

interface DrawnNode {
  key: string;
  x: number;
  y: number;
  r: number;
  color: string;
  ring?: string;
  square: boolean;
}

interface Drawn {
  nodes: DrawnNode[];
  /** Every node drawn (the others covering part of a node). */
  all: DrawnNode[];
  links: { key: string; x: number; y: number }[];
  instanced: boolean[];
}

/**
 * The nodes drawn apart from every other node (their centre's pixel is theirs alone; with `apart` false, every
 * node clear of the canvas's edges and what the page lays over it) and the links whose middle lies clear of every
 * node, in the canvas's pixels; with the label and hover layers hidden, so only the WebGL layers show.
 */
async function drawnItems(apart = true): Promise<Drawn> {
  return page.evaluate(`(async () => {
    const sigma = window.__atlas.sigma;
    for (const [name, canvas] of Object.entries(sigma.getCanvases())) if (name !== 'nodes' && name !== 'edges') canvas.style.visibility = 'hidden';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const g = sigma.getGraph();
    const all = g.nodes().map((key) => {
      const d = sigma.getNodeDisplayData(key);
      const p = sigma.framedGraphToViewport(d);
      return { key, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size), color: d.color, ring: d.ringColor, square: g.getNodeAttribute(key, 'kind') === 'paper', hidden: d.hidden };
    }).filter((n) => !n.hidden);
    const { width, height } = sigma.getDimensions();
    // clear of what the page lays over the canvas (legends, zoom buttons, panels)
    const origin = sigma.getContainer().getBoundingClientRect();
    const covers = [...document.querySelectorAll('.details-panel, .legend, .year-legend, .react-sigma-controls, .ego-banner, .import-notice')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
    const inside = (p, m) => p.x > m && p.y > m && p.x < width - m && p.y < height - m &&
      covers.every((r) => p.x + origin.left < r.left - m || p.x + origin.left > r.right + m || p.y + origin.top < r.top - m || p.y + origin.top > r.bottom + m);
    const nodes = all.filter((n) => n.r >= 3 && inside(n, n.r + 2) && (!${apart} || all.every((o) => o === n || Math.hypot(o.x - n.x, o.y - n.y) > o.r * 1.5 + 2)));
    const links = [];
    g.forEachEdge((key, attrs, s, t) => {
      if (sigma.getEdgeDisplayData(key).hidden) return;
      const a = all.find((n) => n.key === s), b = all.find((n) => n.key === t);
      if (!a || !b) return;
      const m = { key, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      if (inside(m, 4) && all.every((o) => Math.hypot(o.x - m.x, o.y - m.y) > o.r * 1.5 + 3)) links.push(m);
    });
    const programs = [...Object.values(sigma.nodePrograms), ...Object.values(sigma.edgePrograms)].filter((p) => p.capacity > 0);
    return { nodes, all, links, instanced: programs.map((p) => p.isInstanced) };
  })()`);
}

describe('the map drawn through plain triangle lists', () => {
  it('draws every uncovered node in its colour at its place and every clear link at its middle', async () => {
    const { nodes, links, instanced } = await drawnItems();
    // the app's programs draw without instancing (software WebGL runs each instance as a draw call)
    expect(instanced.length).toBeGreaterThanOrEqual(3);
    expect(instanced.every((i) => !i)).toBe(true);
    expect(nodes.filter((n) => !n.square).length).toBeGreaterThanOrEqual(10);
    expect(nodes.filter((n) => n.square).length).toBeGreaterThanOrEqual(3);
    expect(links.length).toBeGreaterThanOrEqual(10);
    const png = await shootCanvas(page, 'drawing-webgl-layers');
    const box = (await page.evaluate(`(() => { const s = window.__atlas.sigma.getContainer().getBoundingClientRect(); const t = document.querySelector('.stage').getBoundingClientRect(); return { x: s.left - t.left, y: s.top - t.top }; })()`)) as { x: number; y: number };
    const pixel = (x: number, y: number) => {
      const i = (Math.round(box.y + y) * png.width + Math.round(box.x + x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    };
    const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
    const wrongNodes = nodes.filter((n) => {
      const got = pixel(n.x, n.y);
      const want = rgb(n.color);
      return got.some((c, k) => Math.abs(c - want[k]!) > 3);
    });
    expect(wrongNodes.map((n) => `${n.key} ${n.color} at ${Math.round(n.x)},${Math.round(n.y)}: ${pixel(n.x, n.y).join(',')}`)).toEqual([]);
    // the background: the most common colour on the canvas
    const counts = new Map<number, number>();
    for (let i = 0; i < png.data.length; i += 4) {
      const c = (png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const bg = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const background = [(bg >> 16) & 255, (bg >> 8) & 255, bg & 255];
    const lost = links.filter((l) => {
      // a link is thin: one of the pixels around its middle differs from the background
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) if (pixel(l.x + dx, l.y + dy).some((c, k) => Math.abs(c - background[k]!) > 8)) return false;
      return true;
    });
    expect(lost.map((l) => l.key)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws a thin ring on a disc drawn large, darker than its colour on the light theme and lighter on the dark; none on a small disc', async () => {
    const lum = (c: number[]) => 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
    /**
     * Per disc: its rim, the pixels whose centre lies in its outer 2 px, in 8 sectors around it; `clear`: the
     * sectors with a rim pixel no other node covers, `rays`: those where such a pixel strays from the disc's colour
     * by 12 or more (of luminance, 0–255) toward darker (`sign` −1) or lighter (+1). A disc drawn with no ring
     * fades from its colour to the background at its edge; a ring is the stray.
     */
    const rims = async (name: string, sign: number) => {
      const { nodes, all } = await drawnItems(false);
      const covered = (n: DrawnNode, x: number, y: number) =>
        all.some((o) => o.key !== n.key && (o.square ? Math.max(Math.abs(o.x - x), Math.abs(o.y - y)) <= o.r + 1.5 : Math.hypot(o.x - x, o.y - y) <= o.r + 1.5));
      const png = await shootCanvas(page, name);
      const box = (await page.evaluate(`(() => { const s = window.__atlas.sigma.getContainer().getBoundingClientRect(); const t = document.querySelector('.stage').getBoundingClientRect(); return { x: s.left - t.left, y: s.top - t.top }; })()`)) as { x: number; y: number };
      return nodes
        .filter((n) => !n.square)
        .map((n) => {
          const fill = lum(rgb(n.color));
          const clear = new Set<number>();
          const stray = new Set<number>();
          // (pixel i covers the viewport's x from i to i + 1: its centre is at i + 0.5)
          for (let py = Math.floor(n.y - n.r); py <= n.y + n.r; py++)
            for (let px = Math.floor(n.x - n.r); px <= n.x + n.r; px++) {
              const cx = px + 0.5, cy = py + 0.5;
              const d = Math.hypot(cx - n.x, cy - n.y);
              if (d < n.r - 2 || d > n.r || covered(n, cx, cy)) continue;
              const sector = Math.floor(((Math.atan2(cy - n.y, cx - n.x) + Math.PI) / (2 * Math.PI)) * 8) % 8;
              clear.add(sector);
              const i = (Math.floor(box.y + py) * png.width + Math.floor(box.x + px)) * 4;
              if (sign * (lum([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]) - fill) >= 12) stray.add(sector);
            }
          return { key: n.key, r: n.r, ring: n.ring, fill: n.color, rays: stray.size, clear: clear.size };
        });
    };
    // zoomed out: small discs, no ring
    const small = (await rims('drawing-small-discs', -1)).filter((n) => n.r < 5.5 && n.clear >= 4);
    expect(small.length).toBeGreaterThanOrEqual(5);
    expect(small.filter((n) => n.rays > n.clear / 2)).toEqual([]);
    // zoomed in 9× (Sigma's discs grow by the zoom's square root: 3 times as large) on the author whose
    // neighbourhood then has the most discs of 11 px or more in view: the large discs are ringed
    await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const camera = sigma.getCamera().getState();
      const { width, height } = sigma.getDimensions();
      const discs = [];
      sigma.getGraph().forEachNode((key) => { const d = sigma.getNodeDisplayData(key); if (d && !d.hidden && d.type === 'disc') discs.push(d); });
      let best = null;
      for (const at of discs) {
        const state = { ...camera, x: at.x, y: at.y, ratio: camera.ratio / 9 };
        let n = 0;
        for (const d of discs) {
          const p = sigma.framedGraphToViewport(d, { cameraState: state });
          const r = window.__atlas.drawnRadius(d.size, state.ratio);
          if (r >= 11 && p.x > r && p.y > r && p.x < width - r && p.y < height - r) n++;
        }
        if (!best || n > best.n) best = { n, state };
      }
      sigma.getCamera().setState(best.state);
    })()`);
    await settled(page, 300);
    for (const [theme, sign] of [['light', -1], ['dark', 1]] as const) {
      if (theme === 'dark') await switchTheme(page, 'dark');
      const large = (await rims(`drawing-ringed-${theme}`, sign)).filter((n) => n.r >= 11 && n.clear >= 6);
      expect(large.length, theme).toBeGreaterThanOrEqual(3);
      // the ring colour the reducer gives each disc: darker (light theme) or lighter (dark) than its colour
      for (const n of large) expect(sign * (lum(rgb(n.ring!)) - lum(rgb(n.fill))), `${theme} ${n.key}`).toBeGreaterThan(20);
      expect(large.filter((n) => n.rays < n.clear).map((n) => `${n.key} r ${n.r.toFixed(1)}: ${n.rays} of ${n.clear} sectors`), theme).toEqual([]);
    }
    await switchTheme(page, 'light');
    expect(errors).toEqual([]);
  });
});
