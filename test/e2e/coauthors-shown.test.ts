/**
 * A click on an author shows who they work with (authors-and-papers view, the mode users get: camera animation on):
 * the author, their papers and their co-authors keep their colours and the co-authors' names are drawn plainly; the
 * rest of the map is dimmed. Before, only the author and their papers stood out and the co-authors were dimmed, their
 * names faint or gone (a tester on Iryna Gurevych's 30k card). No co-author's name is written over one of the
 * author's paper squares (a click there would open the co-author). On the seed, light and dark.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, drawnLabels, settled, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Look {
  key: string;
  shown: string;
  color: string;
  dim: string;
}

describe('an author selected on the seed: their co-authors drawn plainly, named', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme} theme: Peter Vajda's co-authors keep their colours and names, the rest is dimmed`, async () => {
      const { page, errors } = await openPage(browser, { colorScheme, viewport: { width: 1440, height: 900 } }, { userMode: true });
      await page.goto(appUrl());
      await waitForState(page, 'ready');
      const author = await page.evaluate<number>(`window.__atlas.store.getState().dataset.bundle.authors.name.indexOf('Peter Vajda')`);
      expect(author).toBeGreaterThanOrEqual(0);
      await page.getByLabel('Search authors and papers').fill('Peter Vajda');
      await page.getByRole('option', { name: /^Peter Vajda\b/ }).first().click();
      await page.getByTestId('author-panel').waitFor();
      await settled(page, 600);
      const looks = await page.evaluate<{ own: Look[]; coauthors: Look[]; others: Look[]; squares: { key: string; x: number; y: number }[] }>(`(() => {
        const sigma = window.__atlas.sigma;
        const graph = sigma.getGraph();
        const ds = window.__atlas.store.getState().dataset;
        const own = new Set(['a${author}']);
        const coauthors = new Set();
        for (const p of ds.papersOf(${author})) {
          own.add('p' + p);
          for (const a of ds.bundle.papers.authors[p]) if (a !== ${author}) coauthors.add('a' + a);
        }
        const look = (n) => ({ key: n, shown: sigma.getNodeDisplayData(n).color, color: graph.getNodeAttribute(n, 'color'), dim: graph.getNodeAttribute(n, 'dimColor') });
        const drawn = (n) => graph.hasNode(n) && !graph.getNodeAttribute(n, 'hidden');
        const squares = [...own].filter((n) => n.startsWith('p') && drawn(n)).map((n) => {
          const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(n));
          return { key: n, x: p.x, y: p.y };
        });
        return {
          own: [...own].filter(drawn).map(look),
          coauthors: [...coauthors].filter(drawn).map(look),
          others: graph.filterNodes((n, a) => a.kind === 'author' && !own.has(n) && !coauthors.has(n) && !a.hidden && !a.focal).map(look),
          squares,
        };
      })()`);
      expect(looks.coauthors.length, 'co-authors drawn').toBeGreaterThan(3);
      for (const l of [...looks.own, ...looks.coauthors]) expect(l.shown, l.key).toBe(l.color);
      expect(looks.others.length).toBeGreaterThan(10);
      for (const l of looks.others) expect(l.shown, l.key).toBe(l.dim);
      // the co-authors' names: drawn plainly (many: a name with no free spot clear of the squares and the other names goes unnamed; Peter Vajda has 95 co-authors)
      const labels = await drawnLabels(page);
      const coauthorKeys = new Set(looks.coauthors.map((l) => l.key));
      const named = labels.filter((l) => l.kind === 'node' && coauthorKeys.has(l.key));
      expect(named.filter((l) => l.dim).map((l) => l.text), 'co-author names drawn faint').toEqual([]);
      expect(named.length, 'co-authors named').toBeGreaterThanOrEqual(Math.min(10, looks.coauthors.length));
      // and none written over the author's paper squares
      const over = named.filter((l) => looks.squares.some((s) => s.x > l.box.x0 && s.x < l.box.x1 && s.y > l.box.y0 && s.y < l.box.y1));
      expect(over.map((l) => l.text), 'co-author names over the author\'s papers').toEqual([]);
      await shootPage(page, `coauthors-shown-${colorScheme}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
