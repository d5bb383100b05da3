/**
 * The zoom buttons' third ("Show the whole graph") frames what the filters leave shown, as users get the app (camera
 * animation on), at 1440x900 with an author's card open and at 390x844 (a phone): on the seed map, zoomed in, the
 * filters leave one community's authors with at least 2 papers; the button, named "Fit the shown map" then, brings
 * every shown author and paper inside the part of the canvas the card or sheet leaves, spanning a good part of it.
 * Before, it framed the whole unfiltered map: on the 30k map a tester's 277 remaining authors were small in its
 * middle. With no filter hiding anything it is "Show the whole graph" and frames the whole map (Sigma's neutral
 * camera), as before.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, CARD_FREE_PART, fromStore, settled, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The shown nodes (the store's visibility over the whole graph) where they are drawn now, in canvas px. */
async function shownOnCanvas(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate(`(() => {
    const s = window.__atlas.store.getState();
    const g = window.__atlas.graph;
    const sigma = window.__atlas.sigma;
    const out = [];
    const add = (key) => {
      if (!g.hasNode(key)) return;
      const a = g.getNodeAttributes(key);
      out.push(sigma.graphToViewport({ x: a.x, y: a.y }));
    };
    s.visibility.author.forEach((v, i) => v === 1 && add('a' + i));
    s.visibility.paper.forEach((v, p) => v === 1 && add('p' + p));
    return out;
  })()`);
}

/** The part of the canvas (canvas px) the details card or sheet leaves, and the canvas's size. */
async function clearPart(page: Page): Promise<{ left: number; top: number; right: number; bottom: number; width: number; height: number }> {
  return page.evaluate(`(() => {
    const box = window.__atlas.sigma.getContainer().getBoundingClientRect();
    ${CARD_FREE_PART}
    return { left: 0, top: 0, right, bottom, width: box.width, height: box.height };
  })()`);
}

/** Opens the seed map at `viewport` as users get it, a card open on an author of the community kept. */
async function openFiltered(viewport: { width: number; height: number }, theme: 'light' | 'dark'): Promise<Page> {
  const phone = viewport.width < 600;
  const { page } = await openPage(browser, { viewport, colorScheme: theme, ...(phone ? { isMobile: true, hasTouch: true } : {}) }, { userMode: true });
  await page.goto(appUrl());
  await waitForState(page, 'ready');
  await settled(page, 300);
  // the map's smallest community is kept; its most prolific author's card is open
  const author = await fromStore<number>(
    page,
    `(() => {
      const sizes = b.communities.map((c) => c.size);
      const keep = sizes.indexOf(Math.min(...sizes));
      const n = b.authors.name.map((_, i) => (b.authors.community[i] === keep ? b.papers.authors.reduce((k, l) => k + (l.includes(i) ? 1 : 0), 0) : -1));
      return n.indexOf(Math.max(...n));
    })()`,
  );
  const name = await fromStore<string>(page, `b.authors.name[${author}]`);
  await page.getByLabel('Search authors and papers').fill(name);
  await page.locator('.search-hit[data-kind="author"]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('author-panel').getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await settled(page, 500);
  // the user zooms in and drags a little: the camera is theirs
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settled(page, 300);
  }
  const before = await page.evaluate<unknown>('window.__atlas.sigma.getCamera().getState()');
  await page.evaluate(`(() => {
    const s = window.__atlas.store.getState();
    const b = s.dataset.bundle;
    // the two smallest communities are kept
    const keep = b.communities.map((c, i) => ({ id: c.id ?? i, size: c.size })).sort((p, q) => p.size - q.size).slice(0, 2).map((c) => c.id);
    b.communities.forEach((c, i) => { const id = c.id ?? i; if (!keep.includes(id)) window.__atlas.store.getState().toggleCommunity(id); });
  })()`);
  await settled(page, 500);
  // the card holds the camera: the filters leave it where it was (its author still in view)
  expect(await page.evaluate<unknown>('window.__atlas.sigma.getCamera().getState()')).toEqual(before);
  return page;
}

describe('the fit button frames what the filters leave shown', () => {
  for (const [viewport, theme] of [
    [{ width: 1440, height: 900 }, 'light'],
    [{ width: 1440, height: 900 }, 'dark'],
    [{ width: 390, height: 844 }, 'light'],
  ] as const) {
    it(`${viewport.width}x${viewport.height} ${theme}: every shown node inside the part the card leaves, spanning a good part of it`, async () => {
      const page = await openFiltered(viewport, theme);
      const shown = await fromStore<{ authors: number; papers: number; all: number }>(page, `({ authors: s.visibility.authorCount, papers: s.visibility.paperCount, all: b.authors.name.length })`);
      // a small part of the map is left
      expect(shown.authors).toBeGreaterThan(3);
      expect(shown.authors).toBeLessThan(shown.all / 4);
      await shootPage(page, `fit-shown-${viewport.width}-${theme}-1-filtered`);
      const button = page.getByRole('button', { name: 'Fit the shown map' });
      await button.click();
      await settled(page, 400);
      await shootPage(page, `fit-shown-${viewport.width}-${theme}-2-fitted`);
      const part = await clearPart(page);
      const at = await shownOnCanvas(page);
      expect(at.length).toBe(shown.authors + shown.papers);
      const outside = at.filter((p) => !(p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom));
      expect(outside.length, `${outside.length} of ${at.length} shown nodes outside the part the card leaves`).toBe(0);
      const xs = at.map((p) => p.x);
      const ys = at.map((p) => p.y);
      const spanX = (Math.max(...xs) - Math.min(...xs)) / (part.right - part.left);
      const spanY = (Math.max(...ys) - Math.min(...ys)) / (part.bottom - part.top);
      // they fill a good part of it on one axis at least (the whole map's framing drew them in a corner of it)
      expect(Math.max(spanX, spanY), `span ${spanX.toFixed(2)} × ${spanY.toFixed(2)}`).toBeGreaterThan(0.6);
      // the filters cleared: the button frames the whole map again, Sigma's neutral camera
      await page.evaluate(`window.__atlas.store.getState().showAllCommunities()`);
      await page.getByRole('button', { name: 'Show the whole graph' }).click();
      await settled(page, 400);
      const camera = await page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
      expect(camera).toMatchObject({ x: 0.5, y: 0.5, ratio: 1 });
      await page.context().close();
    }, 120_000);
  }
});

describe('a filter change that leaves the view empty frames what is shown', () => {
  it('1440x900: zoomed in on a cluster, no card: a filter that keeps some of it in view leaves the camera; one that keeps nothing in view frames what it leaves', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
    await page.goto(appUrl());
    await waitForState(page, 'ready');
    await settled(page, 300);
    // the user opens the smallest community's most prolific author, closes the card and zooms in there
    const author = await fromStore<number>(
      page,
      `(() => {
        const sizes = b.communities.map((c) => c.size);
        const keep = sizes.indexOf(Math.min(...sizes));
        const n = b.authors.name.map((_, i) => (b.authors.community[i] === keep ? b.papers.authors.reduce((k, l) => k + (l.includes(i) ? 1 : 0), 0) : -1));
        return n.indexOf(Math.max(...n));
      })()`,
    );
    const name = await fromStore<string>(page, `b.authors.name[${author}]`);
    await page.getByLabel('Search authors and papers').fill(name);
    await page.locator('.search-hit[data-kind="author"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('author-panel').getByRole('heading', { level: 2, name, exact: true }).waitFor();
    await settled(page, 500);
    await page.getByTestId('author-panel').getByRole('button', { name: /close/i }).first().click();
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settled(page, 300);
    const camera = () => page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
    const zoomed = await camera();
    const inView = async () => {
      const part = await clearPart(page);
      return (await shownOnCanvas(page)).filter((p) => p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom).length;
    };
    // at least 2 papers: some of the cluster stays in view, the camera stays the user's
    await page.evaluate('window.__atlas.store.getState().setMinPapers(2)');
    await settled(page, 500);
    expect(await inView()).toBeGreaterThan(0);
    expect(await camera()).toEqual(zoomed);
    // only the community of the map's most prolific author, away from here: nothing left in view, the camera frames it
    await page.evaluate(`(() => {
      const s = window.__atlas.store.getState();
      const b = s.dataset.bundle;
      s.setMinPapers(1);
      const n = b.authors.name.map((_, i) => b.papers.authors.reduce((k, l) => k + (l.includes(i) ? 1 : 0), 0));
      const keep = b.authors.community[n.indexOf(Math.max(...n))];
      if (keep === b.authors.community[${author}]) throw new Error('the same community');
      b.communities.forEach((c, i) => { const id = c.id ?? i; if (id !== keep) window.__atlas.store.getState().toggleCommunity(id); });
    })()`);
    await settled(page, 600);
    await shootPage(page, 'fit-shown-1440-empty-view-refit');
    const shown = await shownOnCanvas(page);
    expect(shown.length).toBeGreaterThan(3);
    expect(await inView()).toBe(shown.length);
    await page.context().close();
  }, 120_000);

  it('1440x900: a card open whose author the filters hide holds nothing in view: the emptied view frames what is shown', async () => {
    const page = await openFiltered({ width: 1440, height: 900 }, 'light');
    const selected = await fromStore<number>(page, 's.selection.index');
    // only the community of the map's most prolific author: the card's author hidden, nothing shown left in view
    await page.evaluate(`(() => {
      const s = window.__atlas.store.getState();
      const b = s.dataset.bundle;
      const n = b.authors.name.map((_, i) => b.papers.authors.reduce((k, l) => k + (l.includes(i) ? 1 : 0), 0));
      const keep = b.authors.community[n.indexOf(Math.max(...n))];
      b.communities.forEach((c, i) => {
        const id = c.id ?? i;
        const hidden = window.__atlas.store.getState().filters.hiddenCommunities.has(id);
        if ((id === keep) === hidden) window.__atlas.store.getState().toggleCommunity(id);
      });
    })()`);
    await settled(page, 600);
    expect(await fromStore<number>(page, `s.visibility.author[${selected}]`)).toBe(0);
    await page.getByTestId('author-panel').getByText('Hidden on the map by the filters').waitFor();
    await shootPage(page, 'fit-shown-1440-hidden-card-refit');
    const part = await clearPart(page);
    const at = await shownOnCanvas(page);
    expect(at.length).toBeGreaterThan(3);
    expect(at.filter((p) => !(p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom)).length).toBe(0);
    // the map is not dimmed about the hidden author: what the filters show is drawn in its own colours
    const dimmed = () =>
      page.evaluate<number>(`(() => {
        const s = window.__atlas.store.getState(), g = window.__atlas.graph, sigma = window.__atlas.sigma;
        let n = 0;
        s.visibility.author.forEach((v, i) => {
          if (v !== 1) return;
          const a = g.getNodeAttributes('a' + i);
          if (a.color !== a.dimColor && sigma.getNodeDisplayData('a' + i).color === a.dimColor) n++;
        });
        return n;
      })()`);
    expect(await dimmed()).toBe(0);
    // the card says which filter hides them, and shows them in one click: their community shown again, the camera on them
    const community = await fromStore<number>(page, `b.authors.community[${selected}]`);
    await expect(page.getByTestId('author-hidden').textContent()).resolves.toMatch(/^Hidden on the map by the filters: their community, .+, is hidden\.$/);
    await page.getByTestId('author-panel').getByRole('button', { name: 'Show on the map' }).click();
    await settled(page, 600);
    expect(await fromStore<boolean>(page, `s.filters.hiddenCommunities.has(${community})`)).toBe(false);
    expect(await fromStore<number>(page, `s.visibility.author[${selected}]`)).toBe(1);
    await page.getByTestId('author-hidden').waitFor({ state: 'detached' });
    const me = await page.evaluate<{ x: number; y: number }>(`(() => {
      const a = window.__atlas.graph.getNodeAttributes('a${selected}');
      return window.__atlas.sigma.graphToViewport({ x: a.x, y: a.y });
    })()`);
    const now = await clearPart(page);
    expect(me.x >= now.left && me.x <= now.right && me.y >= now.top && me.y <= now.bottom, `the author at ${me.x}, ${me.y}`).toBe(true);
    // their card's emphasis is back: the rest recedes
    expect(await dimmed()).toBeGreaterThan(0);
    await page.context().close();
  }, 120_000);
});
