/**
 * The map's discs, squares and links as Sigma draws them through the app's programs (graph/programs.ts:
 * Sigma's own programs drawn as plain triangle lists instead of instances), in real Chromium on software
 * WebGL: every author and paper that no other node covers shows its own colour at its centre, and every link
 * shows at its middle. A wrong vertex layout (an item's attributes or a corner's constants in the wrong place)
 * draws nodes elsewhere, deformed or not at all.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, shootCanvas } from './atlas-page';
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

interface Drawn {
  nodes: { key: string; x: number; y: number; r: number; color: string; square: boolean }[];
  links: { key: string; x: number; y: number }[];
  instanced: boolean[];
}

/**
 * The nodes drawn apart from every other node (their centre's pixel is theirs alone) and the links whose middle
 * lies clear of every node, in the canvas's pixels; with the label and hover layers hidden, so only the WebGL
 * layers show.
 */
async function drawnItems(): Promise<Drawn> {
  return page.evaluate(`(async () => {
    const sigma = window.__atlas.sigma;
    for (const [name, canvas] of Object.entries(sigma.getCanvases())) if (name !== 'nodes' && name !== 'edges') canvas.style.visibility = 'hidden';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const g = sigma.getGraph();
    const all = g.nodes().map((key) => {
      const d = sigma.getNodeDisplayData(key);
      const p = sigma.framedGraphToViewport(d);
      return { key, x: p.x, y: p.y, r: sigma.scaleSize(d.size), color: d.color, square: g.getNodeAttribute(key, 'kind') === 'paper', hidden: d.hidden };
    }).filter((n) => !n.hidden);
    const { width, height } = sigma.getDimensions();
    // clear of what the page lays over the canvas (legends, zoom buttons, panels)
    const origin = sigma.getContainer().getBoundingClientRect();
    const covers = [...document.querySelectorAll('.details-panel, .legend, .year-legend, .react-sigma-controls, .ego-banner, .import-notice')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
    const inside = (p, m) => p.x > m && p.y > m && p.x < width - m && p.y < height - m &&
      covers.every((r) => p.x + origin.left < r.left - m || p.x + origin.left > r.right + m || p.y + origin.top < r.top - m || p.y + origin.top > r.bottom + m);
    const nodes = all.filter((n) => n.r >= 3 && inside(n, n.r + 2) && all.every((o) => o === n || Math.hypot(o.x - n.x, o.y - n.y) > o.r * 1.5 + 2));
    const links = [];
    g.forEachEdge((key, attrs, s, t) => {
      if (sigma.getEdgeDisplayData(key).hidden) return;
      const a = all.find((n) => n.key === s), b = all.find((n) => n.key === t);
      if (!a || !b) return;
      const m = { key, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      if (inside(m, 4) && all.every((o) => Math.hypot(o.x - m.x, o.y - m.y) > o.r * 1.5 + 3)) links.push(m);
    });
    const programs = [...Object.values(sigma.nodePrograms), ...Object.values(sigma.edgePrograms)].filter((p) => p.capacity > 0);
    return { nodes, links, instanced: programs.map((p) => p.isInstanced) };
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
});
