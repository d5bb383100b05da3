/**
 * "What is drawn under the pointer": the e2e harness for checking that a click or hover picks what the
 * user sees. Everything is read from what Sigma last drew (its display data, after pending frames), so
 * the checks hold on big graphs drawn through a level of detail as on small ones. Functions passed to
 * page.evaluate are strings (tsx-compiled functions fail on `__name`).
 */
import type { Page } from 'playwright-core';
import { frames, fromStore } from './atlas-page';

export interface DrawnNode {
  key: string;
  label: string | null;
  /** Centre in page coordinates. */
  x: number;
  y: number;
  /** Drawn radius in CSS pixels. */
  r: number;
}

/**
 * The authors drawn with a label right now (the canvas's label placement, `window.__atlas.labels`),
 * most papers first: `{ key, label, x, y, r, papers }`, centre in page coordinates, only those inside the canvas.
 */
export async function labelledAuthors(page: Page, limit = 20): Promise<(DrawnNode & { papers: number })[]> {
  await frames(page);
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const b = window.__atlas.store.getState().dataset.bundle;
    const box = sigma.getContainer().getBoundingClientRect();
    const { width, height } = sigma.getDimensions();
    const out = [];
    for (const l of window.__atlas.labels || []) {
      if (l.kind !== 'node' || l.key[0] !== 'a' || !l.node) continue;
      const { x, y, r } = l.node;
      if (x < 0 || y < 0 || x > width || y > height) continue;
      out.push({ key: l.key, label: l.text, x: box.left + x, y: box.top + y, r, papers: b.authors.paperCount[Number(l.key.slice(1))] });
    }
    out.sort((p, q) => q.papers - p.papers || (p.key < q.key ? -1 : 1));
    return out.slice(0, ${limit});
  })()`);
}

/**
 * The node drawn under the page point (x, y): of Sigma's drawn nodes whose disc (or square) covers the
 * point, the one drawn last (Sigma draws by zIndex, then graph order), or null.
 */
export async function drawnNodeAt(page: Page, x: number, y: number): Promise<DrawnNode | null> {
  await frames(page);
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    const px = ${x} - box.left, py = ${y} - box.top;
    let best = null, bestZ = -Infinity, order = 0;
    sigma.getGraph().forEachNode((key) => {
      order++;
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      const r = window.__atlas.drawnRadius(d.size);
      const inside = (d.type === 'square' || d.type === 'squareBelow') ? Math.abs(p.x - px) <= r && Math.abs(p.y - py) <= r : (p.x - px) ** 2 + (p.y - py) ** 2 <= r * r;
      if (!inside) return;
      const z = (d.zIndex || 0) * 1e9 + order;
      if (z > bestZ) { bestZ = z; best = { key, label: d.label ?? null, x: box.left + p.x, y: box.top + p.y, r }; }
    });
    return best;
  })()`);
}

/** Node key of a store NodeRef expression result (`{ kind, index }` → "a12" / "p7"), or null. */
export const refKey = (ref: { kind: 'author' | 'paper'; index: number } | null): string | null => (ref ? `${ref.kind === 'author' ? 'a' : 'p'}${ref.index}` : null);

/** The node hovered on `page` (its key, "a12" / "p3"), or null. */
export const hoveredKeyOn = async (page: Page): Promise<string | null> => refKey(await fromStore(page, 's.hovered'));

/** The node selected on `page` (its key), or null (nothing, or a community's card). */
export const selectedKeyOn = async (page: Page): Promise<string | null> =>
  refKey(await fromStore(page, "s.selection && s.selection.kind !== 'community' ? s.selection : null"));

/**
 * A point on the node `key` that no other drawn node makes ambiguous, in page coordinates: its centre when no
 * disc drawn above it comes within 2 px of the centre, else the first of 16 points at 0.35 and 0.7 of its radius
 * that is 2 px inside its own disc and 2 px clear of every disc drawn above it (the test then points there, as a
 * person points at the visible part of a disc); null when no such point exists (the node is hidden under others).
 * On the 30k map a labelled author's centre lay on the rim of a bigger author's disc drawn above it (under a
 * pixel apart: which one a pick names there depends on rounding, not on the app).
 */
export async function clearPointOn(page: Page, key: string): Promise<{ x: number; y: number } | null> {
  await frames(page);
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    const g = sigma.getGraph();
    if (!g.hasNode(${JSON.stringify(key)})) return null;
    const discs = [];
    let order = 0, own = null;
    g.forEachNode((k) => {
      order++;
      const d = sigma.getNodeDisplayData(k);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      const disc = { key: k, x: p.x, y: p.y, r: window.__atlas.drawnRadius(d.size), z: (d.zIndex || 0) * 1e9 + order };
      if (k === ${JSON.stringify(key)}) own = disc;
      discs.push(disc);
    });
    if (!own) return null;
    const above = discs.filter((d) => d.z > own.z && Math.hypot(d.x - own.x, d.y - own.y) < d.r + own.r + 2);
    const clear = (x, y) => Math.hypot(x - own.x, y - own.y) <= own.r - 2 && above.every((d) => Math.hypot(x - d.x, y - d.y) >= d.r + 2);
    const candidates = [[own.x, own.y]];
    for (const f of [0.35, 0.7]) for (let i = 0; i < 8; i++) candidates.push([own.x + Math.cos((i * Math.PI) / 4) * own.r * f, own.y + Math.sin((i * Math.PI) / 4) * own.r * f]);
    const hit = candidates.find(([x, y]) => clear(x, y));
    return hit ? { x: box.left + hit[0], y: box.top + hit[1] } : null;
  })()`);
}

/**
 * Every node Sigma draws now whose centre lies inside the canvas: `{ key, label, x, y, r, square }`, centre in page
 * coordinates (from the page's graph: Sigma's display data through the camera), radius (half the side for a
 * square) in CSS pixels, in drawing order (graph order).
 */
export async function drawnNodes(page: Page): Promise<(DrawnNode & { square: boolean })[]> {
  await frames(page);
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    const { width, height } = sigma.getDimensions();
    const out = [];
    sigma.getGraph().forEachNode((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) return;
      out.push({ key, label: d.label ?? null, x: box.left + p.x, y: box.top + p.y, r: window.__atlas.drawnRadius(d.size), square: (d.type === 'square' || d.type === 'squareBelow') });
    });
    return out;
  })()`);
}

/**
 * Move the mouse slowly onto the page point (x, y), as a hand does: from `from` (default 30 px left of and 24 px above
 * it) in `steps` move events, each after a frame (so the hovers along the way are drawn and their names placed, as
 * they are under a real hand, before the pointer moves on).
 */
export async function slowMoveOnto(page: Page, x: number, y: number, { from = { x: x - 30, y: y - 24 }, steps = 12 } = {}): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await frames(page, 1);
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((x - from.x) * i) / steps, from.y + ((y - from.y) * i) / steps);
    await frames(page, 1);
  }
}
