/**
 * An author chosen from the search on the 3k map (acl_2020_main, drawn through a level of detail), as users get it
 * (camera animation on, 1440x900): the display graph gains the author's neighbourhood in one batch, after which Sigma
 * reads every drawn node and edge through the reducers again (graph/lod.ts `Lod.reindexed`). The emphasis must not
 * have it read them all a second time for the same result (before 5 Dec 2026 each selection that switched the
 * dimming on re-indexed the display graph twice in one task: a CPU profile of a search pick on the 30k map had the
 * second pass on the way to the camera's first move). And what is drawn is what a full re-index gives: the map dimmed
 * about the author, the neighbourhood drawn, for a first selection and for a second one (the dimming staying on).
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, settled } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  query = q;
});

/**
 * Counts Sigma's full re-indexes of the graph it draws (`refresh` without `partialGraph`), and those that come right
 * after another in the same task (`twice`: no change of the display graph can come between).
 */
const COUNT_REFRESHES = `(() => {
  const sigma = window.__atlas.sigma;
  const own = sigma.refresh;
  const c = (window.__refreshes = { full: 0, twice: 0 });
  let inTask = false;
  sigma.refresh = function (opts) {
    if (!opts || !opts.partialGraph) {
      c.full++;
      if (inTask) c.twice++;
      inTask = true;
      queueMicrotask(() => (inTask = false));
    }
    return own.call(this, opts);
  };
})()`;

/**
 * What Sigma draws for each node and edge of its graph (the reducers' output it keeps), as text; with `fresh`, after a
 * full re-index of it first.
 */
const DRAWN = (fresh: boolean) => `(() => {
  const sigma = window.__atlas.sigma;
  if (${fresh}) sigma.refresh();
  const g = sigma.getGraph();
  const nodes = g.mapNodes((k) => { const d = sigma.getNodeDisplayData(k); return [k, d.color, d.size, d.hidden, d.label, d.zIndex, d.forceLabel, d.highlighted].join('|'); });
  const edges = g.mapEdges((k) => { const d = sigma.getEdgeDisplayData(k); return [k, d.color, d.size, d.hidden, d.zIndex].join('|'); });
  return { nodes, edges };
})()`;

/** Chooses `name` from the search with Enter, as a user does, and waits for the card and the camera to settle. */
async function choose(page: Page, name: string): Promise<void> {
  const search = page.getByLabel('Search authors and papers');
  await search.fill('');
  await search.click();
  await search.pressSequentially(name);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('author-panel').getByRole('heading', { level: 2 }).textContent()).toBe(name);
  await settled(page, 800);
}

describe('an author chosen from the search on the 3k map', () => {
  it('is emphasised with one re-index of the drawn graph, and drawn as a full re-index draws it', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
    await page.goto(appUrl(query));
    await waitForState(page, 'ready', 180_000);
    await settled(page, 500);
    // the two most prolific authors: many papers and co-authors, most of them not drawn at overview
    const names = await page.evaluate<string[]>(`(() => {
      const a = window.__atlas.store.getState().dataset.bundle.authors;
      return a.paperCount.map((c, i) => [c, i]).sort((p, q) => q[0] - p[0]).slice(0, 2).map(([, i]) => a.name[i]);
    })()`);
    await page.evaluate(COUNT_REFRESHES);
    for (const [k, name] of names.entries()) {
      await page.evaluate('window.__refreshes.full = 0; window.__refreshes.twice = 0');
      await choose(page, name!);
      const counts = await page.evaluate<{ full: number; twice: number }>('window.__refreshes');
      // the neighbourhood came in a batch (the case this checks), and was read once
      expect(counts.full, name).toBeGreaterThan(0);
      expect(counts.twice, name).toBe(0);
      // drawn as a full re-index draws it: the emphasis is all there
      const drawn = await page.evaluate<{ nodes: string[]; edges: string[] }>(DRAWN(false));
      const again = await page.evaluate<{ nodes: string[]; edges: string[] }>(DRAWN(true));
      expect(drawn, name).toEqual(again);
      // the map is dimmed about the author, whose papers and co-authors are drawn
      const seen = await page.evaluate<{ selected: boolean; dimmed: number; neighbours: number; drawnNeighbours: number }>(`(() => {
        const sigma = window.__atlas.sigma; const g = sigma.getGraph(); const s = window.__atlas.store.getState();
        const key = 'a' + s.selection.index; const whole = window.__atlas.graph;
        const near = new Set(whole.neighbors(key));
        let dimmed = 0;
        g.forEachNode((n, a) => { if (n !== key && !near.has(n) && sigma.getNodeDisplayData(n).color !== a.color) dimmed++; });
        return { selected: g.hasNode(key), dimmed, neighbours: near.size, drawnNeighbours: [...near].filter((n) => g.hasNode(n)).length };
      })()`);
      expect(seen.selected, name).toBe(true);
      expect(seen.dimmed, name).toBeGreaterThan(0);
      expect(seen.drawnNeighbours, name).toBe(seen.neighbours);
      if (k === 0) expect(seen.neighbours).toBeGreaterThan(10);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
