/**
 * "What is drawn under the pointer": the e2e harness for checking that a click or hover picks what the
 * user sees. Everything is read from what Sigma last drew (its display data, after pending frames), so
 * the checks hold on big graphs drawn through a level of detail as on small ones. Functions passed to
 * page.evaluate are strings (tsx-compiled functions fail on `__name`).
 */
import type { Page } from 'playwright-core';
import { frames } from './atlas-page';

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
      const r = sigma.scaleSize(d.size);
      const inside = d.type === 'square' ? Math.abs(p.x - px) <= r && Math.abs(p.y - py) <= r : (p.x - px) ** 2 + (p.y - py) ** 2 <= r * r;
      if (!inside) return;
      const z = (d.zIndex || 0) * 1e9 + order;
      if (z > bestZ) { bestZ = z; best = { key, label: d.label ?? null, x: box.left + p.x, y: box.top + p.y, r }; }
    });
    return best;
  })()`);
}

/** Node key of a store NodeRef expression result (`{ kind, index }` → "a12" / "p7"), or null. */
export const refKey = (ref: { kind: 'author' | 'paper'; index: number } | null): string | null => (ref ? `${ref.kind === 'author' ? 'a' : 'p'}${ref.index}` : null);
