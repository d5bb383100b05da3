/**
 * The checks the chain e2e files share (chain-room, chain-selected): where a traced chain's nodes are drawn, what lies
 * over the canvas, and which chain node is off the canvas or under something. Strings go to page.evaluate (tsx's
 * `__name`).
 */
import type { Page } from 'playwright-core';

/** Iryna Gurevych (853) to Dan Roth (1798) on the 3k map: 4 steps, through Kyunghyun Cho, Alex Wang and Ian Tenney. */
export const CHAIN = 'chain=853.1798';

/** The least gap (CSS px) between a chain's disc and what lies over the canvas. */
export const CLEAR = 3;

/** A box in page CSS px. */
export interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A drawn node of the chain: key, centre (page CSS px), drawn radius. */
export interface ChainNode {
  key: string;
  x: number;
  y: number;
  r: number;
}

/** The chain's authors and the papers of its steps, where they are drawn (page CSS px), from the store's emphasis. */
export async function chainNodes(page: Page): Promise<ChainNode[]> {
  return page.evaluate<ChainNode[]>(`(() => {
    const e = window.__atlas.store.getState().emphasis;
    const sigma = window.__atlas.sigma;
    const graph = window.__atlas.graph;
    const box = sigma.getContainer().getBoundingClientRect();
    const keys = [...e.nodes.map((n) => 'a' + n.index), ...e.steps.map((s) => 'p' + s.via.index)];
    return keys.filter((k) => graph.hasNode(k) && !graph.getNodeAttribute(k, 'hidden')).map((key) => {
      const a = graph.getNodeAttributes(key);
      const p = sigma.graphToViewport({ x: a.x, y: a.y });
      return { key, x: box.left + p.x, y: box.top + p.y, r: window.__atlas.drawnRadius(a.size) };
    });
  })()`);
}

/** The boxes (page CSS px) of what lies over the canvas and is shown now, and the canvas's own. */
export async function covers(page: Page): Promise<{ canvas: Box; over: Box[] }> {
  return page.evaluate<{ canvas: Box; over: Box[] }>(`(() => {
    const at = (name, el) => { const b = el.getBoundingClientRect(); return { name, left: b.left, top: b.top, right: b.right, bottom: b.bottom }; };
    const over = [];
    const selectors = ['.details-panel', '.map-chip', '.offscreen-caption span', '.offscreen-mark', '.react-sigma-controls', '.legend', '.year-legend', '.link-note', '.drawer-open > .sidebar'];
    for (const selector of selectors)
      document.querySelectorAll(selector).forEach((el) => {
        const b = el.getBoundingClientRect();
        if (b.width > 0 && b.height > 0 && getComputedStyle(el).visibility !== 'hidden') over.push(at(selector, el));
      });
    return { canvas: at('canvas', window.__atlas.sigma.getContainer()), over };
  })()`);
}

/** Each chain node whose disc (grown by CLEAR) lies outside the canvas or under one of `over`, said in words. */
export function obstructed(nodes: ChainNode[], canvas: Box, over: Box[]): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    const r = n.r + CLEAR;
    if (n.x - r < canvas.left || n.x + r > canvas.right || n.y - r < canvas.top || n.y + r > canvas.bottom) out.push(`${n.key} at ${Math.round(n.x)},${Math.round(n.y)}: off the canvas`);
    for (const o of over) {
      if (n.x + r > o.left && n.x - r < o.right && n.y + r > o.top && n.y - r < o.bottom) out.push(`${n.key} at ${Math.round(n.x)},${Math.round(n.y)}: under ${o.name}`);
    }
  }
  return out;
}
