/**
 * One label placement for authors and communities (issue 11, item 4), in the mode users get (camera
 * animation on): on the seed and on acl_2020_main (3k papers), at overview and zoomed in, the labels
 * drawn (`window.__atlas.labels`, boxes in canvas pixels) never overlap one another, community labels
 * included; every label lies inside the canvas (community labels are not cut by its edges); the most
 * prolific authors in view are labelled; a selected author's name is drawn, even where it is crowded; no two
 * communities carry the same label (item 7), and none ends in "…" on the canvas.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, fromStore, shootPage, settled } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

interface Label {
  kind: 'node' | 'community';
  key: string;
  text: string;
  box: { x0: number; y0: number; x1: number; y1: number };
  node?: { x: number; y: number; r: number; strong: boolean };
}

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

const labels = (page: Page) => page.evaluate<Label[]>('JSON.parse(JSON.stringify(window.__atlas.labels || []))');
const canvasSize = (page: Page) => page.evaluate<{ width: number; height: number }>('window.__atlas.sigma.getDimensions()');

/** Every pair of labels that overlap, by text. */
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

/** The checks every view must pass; returns the labels for more. */
async function checkView(page: Page, name: string): Promise<Label[]> {
  await settled(page, 300);
  await shootPage(page, `labels-${name}`);
  const list = await labels(page);
  const { width, height } = await canvasSize(page);
  expect(overlapping(list)).toEqual([]);
  const outside = list.filter((l) => l.box.x0 < 0 || l.box.y0 < 0 || l.box.x1 > width || l.box.y1 > height).map((l) => l.text);
  expect(outside).toEqual([]);
  // the most prolific author whose disc is in view and not under another disc is named
  return list;
}

async function open(query: string, theme: 'light' | 'dark', viewport = { width: 1440, height: 900 }) {
  const opened = await openPage(browser, { viewport, colorScheme: theme }, { userMode: true });
  await opened.page.goto(appUrl(query));
  await waitForState(opened.page, 'ready', 120_000);
  return opened;
}

async function zoomTo(page: Page, ratio: number): Promise<void> {
  // centred on the most prolific author
  await page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const b = window.__atlas.store.getState().dataset.bundle;
    let best = 0;
    b.authors.paperCount.forEach((n, i) => { if (n > b.authors.paperCount[best]) best = i; });
    const a = window.__atlas.graph.getNodeAttributes('a' + best);
    const p = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: a.x, y: a.y }));
    sigma.getCamera().setState({ x: p.x, y: p.y, ratio: ${ratio}, angle: 0 });
  })()`);
}

/** Select the author with `key` through the store (as the search does) and wait for the camera. */
async function selectAuthor(page: Page, index: number): Promise<void> {
  await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: ${index} })`);
  await settled(page, 300);
}

describe.each([
  ['seed', '', 'light'],
  ['acl2020', 'acl', 'dark'],
] as const)('labels on the %s map', (name, which, theme) => {
  it(`${theme} theme: at overview and zoomed in, no label over another, none cut by the canvas edges`, async () => {
    const { page, errors } = await open(which === 'acl' ? acl : '', theme);
    const overview = await checkView(page, `${name}-overview`);
    const authors = overview.filter((l) => l.kind === 'node');
    const communities = overview.filter((l) => l.kind === 'community');
    // enough names and community labels to read the map by (not an empty canvas that passes)
    expect(authors.length).toBeGreaterThanOrEqual(name === 'seed' ? 8 : 30);
    expect(communities.length).toBeGreaterThanOrEqual(3);
    if (which === 'acl') {
      // of the three most prolific authors, at least two are named (one may sit under a bigger disc)
      const top = await page.evaluate<string[]>(`(() => {
        const b = window.__atlas.store.getState().dataset.bundle;
        return [...b.authors.paperCount.keys()].sort((p, q) => b.authors.paperCount[q] - b.authors.paperCount[p]).slice(0, 3).map((i) => 'a' + i);
      })()`);
      const named = new Set(authors.map((l) => l.key));
      expect(top.filter((k) => named.has(k)).length).toBeGreaterThanOrEqual(2);
      // no two communities carry the same label (two "machine reading comprehension", three "visual question
      // answering" before): in the bundle, in the Communities panel, on the canvas; never "…" on the canvas
      const all = await fromStore<string[]>(page, 'b.communities.map((c) => c.label.toLowerCase())');
      expect(all.filter((l, i) => all.indexOf(l) !== i)).toEqual([]);
      const listed = (await page.getByTestId('communities-panel').locator('li[data-community] .community-name').allTextContents()).map((t) => t.toLowerCase());
      expect(listed.length).toBeGreaterThan(10);
      expect(listed.filter((l, i) => listed.indexOf(l) !== i)).toEqual([]);
      const onCanvas = communities.map((l) => l.text);
      expect(new Set(onCanvas).size).toBe(onCanvas.length);
      expect(onCanvas.filter((t) => t.includes('…'))).toEqual([]);
    }

    // an author unnamed at overview, once selected, is named in bold (the camera brings it closer)
    const crowded = await page.evaluate<number>(`(() => {
      const sigma = window.__atlas.sigma;
      const named = new Set((window.__atlas.labels || []).map((l) => l.key));
      const { width, height } = sigma.getDimensions();
      let pick = -1;
      sigma.getGraph().forEachNode((key, a) => {
        if (pick >= 0 || a.kind !== 'author' || named.has(key) || a.hidden) return;
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key));
        if (p.x > width * 0.2 && p.x < width * 0.6 && p.y > height * 0.2 && p.y < height * 0.8) pick = Number(key.slice(1));
      });
      return pick;
    })()`);
    expect(crowded).toBeGreaterThanOrEqual(0);
    await selectAuthor(page, crowded);
    const withSelection = await checkView(page, `${name}-selected`);
    const own = withSelection.find((l) => l.key === `a${crowded}`);
    expect(own?.text).toBe(await fromStore<string>(page, `b.authors.name[${crowded}]`));
    expect(own?.node?.strong).toBe(true);
    await page.keyboard.press('Escape');
    await zoomTo(page, 0.3);
    const zoomed = await checkView(page, `${name}-zoom`);
    expect(zoomed.filter((l) => l.kind === 'node').length).toBeGreaterThanOrEqual(name === 'seed' ? 8 : 20);

    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
