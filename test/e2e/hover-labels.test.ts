/**
 * One label placement for everything (issue 11, item 4), on the 30k map where a hover is drawn on its own
 * layer (level of detail), as users get it (camera animation on), dark and light (one load: the theme switched
 * under the open page), at overview in the
 * co-author view: while an author is hovered (the labelled author with the fewest co-authors), the labels
 * drawn (`window.__atlas.labels`) hold the hovered author (bold) and names of its co-authors, placed by the same placement as every other label, none
 * over another and none cut by the canvas's edges; the other labels are faint; leaving the author brings
 * the labels back as they were.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, frames, shootPage, settled, switchTheme } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { labelledAuthors } from './pointer';

interface Label {
  kind: 'node' | 'community';
  key: string;
  text: string;
  dim?: boolean;
  box: { x0: number; y0: number; x1: number; y1: number };
  node?: { strong: boolean };
}

let browser: Browser;
let big: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  big = q;
});

const labels = (page: Page) => page.evaluate<Label[]>('JSON.parse(JSON.stringify(window.__atlas.labels || []))');

function overlapping(list: Label[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i].box;
      const b = list[j].box;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`${list[i].text} / ${list[j].text}`);
    }
  }
  return out;
}

// one load of the 30k map for both themes (dark first: the light run switches the system theme under the
// open page, as the app follows it live)
describe('hover on the 30k map', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }, { userMode: true }));
    await page.goto(appUrl(`${big}&view=coauthors`));
    await waitForState(page, 'ready', 120_000);
    await settled(page, 600);
  }, 180_000);
  afterAll(async () => {
    await page?.context().close();
  });

  it.each(['dark', 'light'] as const)('%s theme: names the hovered author and co-authors in the one placement, nothing overlapping', async (theme) => {
    await switchTheme(page, theme);
    // the search's placeholder is never cut (it was "Search 36,784 authors and 29,541 paper" here)
    const search = await page.evaluate<{ text: number; room: number }>(`(() => {
      const input = document.querySelector('.search input');
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
      return { text: ctx.measureText(input.placeholder).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    })()`);
    expect(search.text).toBeLessThanOrEqual(search.room);
    const before = await labels(page);
    // a labelled author with a few co-authors on screen (all of them are then to be named)
    const candidates = await labelledAuthors(page, 60);
    const { width, height } = await page.evaluate<{ width: number; height: number }>('window.__atlas.sigma.getDimensions()');
    let chosen: { key: string; x: number; y: number; neighbours: string[]; visible: string[]; all: number } | null = null;
    for (const c of candidates) {
      const { all, neighbours, visible } = await page.evaluate<{ all: number; neighbours: string[]; visible: string[] }>(`(() => {
        const g = window.__atlas.graph;
        const sigma = window.__atlas.sigma;
        const visible = g.neighbors(${JSON.stringify(c.key)}).filter((n) => !g.getNodeAttribute(n, 'hidden'));
        // on screen, and far enough from the author and from each other that a name fits beside each
        // (co-authors drawn on top of one another leave room for one name only: nothing to ask of those)
        const placed = [sigma.graphToViewport(g.getNodeAttributes(${JSON.stringify(c.key)}))];
        const apart = visible.filter((n) => {
          const p = sigma.graphToViewport(g.getNodeAttributes(n));
          if (!(p.x > 40 && p.y > 40 && p.x < ${width} - 200 && p.y < ${height} - 40)) return false;
          if (placed.some((q) => Math.abs(q.x - p.x) < 60 && Math.abs(q.y - p.y) < 18)) return false;
          placed.push(p);
          return true;
        });
        return { all: visible.length, neighbours: apart, visible };
      })()`);
      // the author with the fewest co-authors, some of them on screen (under 60: every one is to be named)
      if (neighbours.length >= 2 && (!chosen || all < chosen.all)) chosen = { key: c.key, x: c.x, y: c.y, neighbours, visible, all };
    }
    expect(chosen).not.toBeNull();
    await page.mouse.move(chosen!.x, chosen!.y);
    await page.waitForFunction(`(window.__atlas.labels || []).some((l) => l.key === ${JSON.stringify(chosen!.key)} && l.node && l.node.strong)`);
    await frames(page, 3);
    await shootPage(page, `hover-labels-${theme}`);
    const during = await labels(page);
    const { width: w, height: h } = { width, height };
    expect(overlapping(during)).toEqual([]);
    expect(during.filter((l) => l.box.x0 < 0 || l.box.y0 < 0 || l.box.x1 > w || l.box.y1 > h).map((l) => l.text)).toEqual([]);
    // the hovered author and most of its co-authors are named, not faint; every other label is faint
    const named = new Set(during.filter((l) => !l.dim).map((l) => l.key));
    expect(named.has(chosen!.key)).toBe(true);
    const namedNeighbours = chosen!.neighbours.filter((n) => named.has(n));
    // (co-authors drawn on top of one another near the author leave room for only some names)
    expect(namedNeighbours.length).toBeGreaterThanOrEqual(Math.min(3, chosen!.neighbours.length));
    const hood = new Set([chosen!.key, ...chosen!.visible]);
    expect(during.filter((l) => !l.dim && !hood.has(l.key)).map((l) => l.text)).toEqual([]);

    // leaving: the labels are as before the hover
    await page.mouse.move(5, 5);
    await page.waitForFunction(`!(window.__atlas.labels || []).some((l) => l.dim)`);
    await frames(page, 3);
    const after = await labels(page);
    expect(after.map((l) => l.text)).toEqual(before.map((l) => l.text));
    expect(errors).toEqual([]);
  }, 300_000);
});
