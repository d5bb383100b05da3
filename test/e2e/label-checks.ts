/**
 * The label-placement check of one map (issue 11, item 4; was labels.test.ts), shared by the files that hold a
 * page of that map: the seed's on overview.test.ts's seed page, acl_2020_main's on map-3k.test.ts's page (see
 * map-3k.test.ts for what it checks). The page is at 1440x900, as right after the load, in its theme.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { communityNamesRunTogether, drawnLabels, type DrawnLabel, fromStore, overlappingLabels, settled, shootPage } from './atlas-page';
import { COMMUNITY_LABEL_GAP_X } from '../../src/app/graph/label-placement';

const canvasSize = (page: Page) => page.evaluate<{ width: number; height: number }>('window.__atlas.sigma.getDimensions()');

/** The checks every view must pass; returns the labels for more. */
export async function checkView(page: Page, name: string): Promise<DrawnLabel[]> {
  await settled(page, 300);
  await shootPage(page, `labels-${name}`);
  const list = await drawnLabels(page);
  const { width, height } = await canvasSize(page);
  expect(overlappingLabels(list)).toEqual([]);
  // two community names on one line keep apart, or read as one name
  expect(communityNamesRunTogether(list, COMMUNITY_LABEL_GAP_X)).toEqual([]);
  const outside = list.filter((l) => l.box.x0 < 0 || l.box.y0 < 0 || l.box.x1 > width || l.box.y1 > height).map((l) => l.text);
  expect(outside).toEqual([]);
  // the most prolific author whose disc is in view and not under another disc is named
  return list;
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

/**
 * At overview, with a crowded author selected and zoomed in: no label over another, none cut by the canvas edges,
 * enough names (and on acl2020 the most prolific named, no community label twice, none ending in "…").
 */
export async function checkLabels(page: Page, errors: string[], name: 'seed' | 'acl2020'): Promise<void> {
    const overview = await checkView(page, `${name}-overview`);
    const authors = overview.filter((l) => l.kind === 'node');
    const communities = overview.filter((l) => l.kind === 'community');
    // enough names and community labels to read the map by (not an empty canvas that passes)
    expect(authors.length).toBeGreaterThanOrEqual(name === 'seed' ? 8 : 30);
    expect(communities.length).toBeGreaterThanOrEqual(3);
    if (name === 'acl2020') {
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
}
