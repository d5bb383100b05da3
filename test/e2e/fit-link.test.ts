/**
 * A shared link that carries filters, as users get the app (camera animation on), at 1440x900 and on a phone (390x844,
 * touch), light and dark, on a map of six years (Vincent Claveau's papers 2016–2021):
 * - `years=Y` alone: the map opens framed on what the year leaves shown, every shown author and paper inside the
 *   canvas and spanning a good part of it. It opened on the whole map, the year's part small in it among the empty
 *   places the filter left (the URL holds no camera: the sender's view is what the filters show).
 * - `years=Y&author=A`, A with no paper in Y: A's card says A is hidden by the filters, and why ("no paper in Y"),
 *   the map is drawn in its own colours (the whole map was dimmed about the hidden author: the part the year shows
 *   read faint), framed on what is shown beside the card or above the sheet; the card's "Show on the map" clears the
 *   year range (the one filter that hides A), and the camera frames A, their network emphasised as on a click.
 * - `years=Y&author=B`, B with papers in Y: the card's author is what the link frames (a card wins), as before.
 * - `years=Y&paper=P`, P of another year (desktop light, phone dark): P's card says the filters hide it and why ("not
 *   in Y": it said nothing), and its "Show on the map" clears the year range, the camera frames P.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, CARD_FREE_PART, fromStore, pageUrl, settled, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { sixYearsQuery } from './years-fixture';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type Viewport = { width: number; height: number };
type Box = { left: number; top: number; right: number; bottom: number };

/** The shown nodes (the store's visibility over the whole graph) where they are drawn now, in canvas px, and whether drawn dimmed. */
async function shownOnCanvas(page: Page): Promise<{ key: string; x: number; y: number; dim: boolean }[]> {
  return page.evaluate(`(() => {
    const s = window.__atlas.store.getState();
    const g = window.__atlas.graph;
    const sigma = window.__atlas.sigma;
    const out = [];
    const add = (key) => {
      if (!g.hasNode(key)) return;
      const a = g.getNodeAttributes(key);
      const d = sigma.getNodeDisplayData(key);
      out.push({ key, ...sigma.graphToViewport({ x: a.x, y: a.y }), dim: !!d && d.color === a.dimColor && a.color !== a.dimColor });
    };
    s.visibility.author.forEach((v, i) => v === 1 && add('a' + i));
    s.visibility.paper.forEach((v, p) => v === 1 && add('p' + p));
    return out;
  })()`);
}

/** The part of the canvas (canvas px) the details card or sheet leaves. */
async function clearPart(page: Page): Promise<Box & { width: number; height: number }> {
  return page.evaluate(`(() => {
    const box = window.__atlas.sigma.getContainer().getBoundingClientRect();
    ${CARD_FREE_PART}
    return { left: 0, top: 0, right, bottom, width: box.width, height: box.height };
  })()`);
}

/** Every shown node inside `part`, and how much of it they span on each axis (0..1). */
async function framing(page: Page): Promise<{ shown: number; outside: number; span: number; dimmed: number }> {
  const part = await clearPart(page);
  const at = await shownOnCanvas(page);
  const outside = at.filter((p) => !(p.x >= part.left && p.x <= part.right && p.y >= part.top && p.y <= part.bottom)).length;
  const xs = at.map((p) => p.x);
  const ys = at.map((p) => p.y);
  const span = Math.max((Math.max(...xs) - Math.min(...xs)) / (part.right - part.left), (Math.max(...ys) - Math.min(...ys)) / (part.bottom - part.top));
  return { shown: at.length, outside, span, dimmed: at.filter((p) => p.dim).length };
}

/**
 * The year of the map whose papers and their authors lie closest together where they rest (the smallest box about
 * them, as a share of the whole map's box), among the years with at least 8 of them; an author with no paper that
 * year (`hidden`); and one with a paper that year (`shown`), the most prolific. Read from the map opened without
 * filters.
 */
async function pickYear(viewport: Viewport): Promise<{ year: number; hidden: number; shown: number }> {
  const { page } = await openPage(browser, { viewport });
  await page.goto(appUrl(sixYearsQuery()));
  await waitForState(page, 'ready');
  const picked = await fromStore<{ year: number; hidden: number; shown: number }>(
    page,
    `(() => {
      const P = b.papers, A = b.authors;
      const all = [...A.x, ...P.x], allY = [...A.y, ...P.y];
      const whole = Math.max(Math.max(...all) - Math.min(...all), Math.max(...allY) - Math.min(...allY));
      let best = null;
      for (const year of [...new Set(P.year.filter((y) => y !== null))]) {
        const xs = [], ys = [];
        const authors = new Set();
        P.year.forEach((y, p) => {
          if (y !== year) return;
          xs.push(P.x[p]); ys.push(P.y[p]);
          for (const a of P.authors[p]) authors.add(a);
        });
        for (const a of authors) { xs.push(A.x[a]); ys.push(A.y[a]); }
        if (xs.length < 8) continue;
        const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / whole;
        if (!best || size < best.size) best = { year, size, authors };
      }
      const papers = A.name.map((_, a) => P.authors.reduce((n, l, p) => n + (l.includes(a) ? 1 : 0), 0));
      const hidden = A.name.map((_, a) => a).filter((a) => !best.authors.has(a)).sort((u, v) => papers[v] - papers[u])[0];
      const shown = [...best.authors].sort((u, v) => papers[v] - papers[u])[0];
      return { year: best.year, hidden, shown };
    })()`,
  );
  await page.context().close();
  return picked;
}

/** Opens the link `query` (after the map's own) at `viewport`, as users get the app. */
async function openLink(viewport: Viewport, theme: 'light' | 'dark', query: string): Promise<Page> {
  const phone = viewport.width < 600;
  const { page } = await openPage(browser, { viewport, colorScheme: theme, ...(phone ? { isMobile: true, hasTouch: true } : {}) }, { userMode: true });
  await page.goto(appUrl(`${sixYearsQuery()}${query}`));
  await waitForState(page, 'ready');
  await settled(page, 600);
  return page;
}

const CASES = [
  [{ width: 1440, height: 900 }, 'light'],
  [{ width: 1440, height: 900 }, 'dark'],
  [{ width: 390, height: 844 }, 'light'],
  [{ width: 390, height: 844 }, 'dark'],
] as const;

describe('a shared link with a year range opens framed on what it leaves shown', () => {
  let picked: { year: number; hidden: number; shown: number };
  beforeAll(async () => {
    picked = await pickYear({ width: 1440, height: 900 });
  }, 120_000);

  for (const [viewport, theme] of CASES) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`${size} ${theme}: years=Y alone: every shown node inside the canvas, spanning a good part of it`, async () => {
      const page = await openLink(viewport, theme, `&years=${picked.year}`);
      await shootPage(page, `fit-link-${viewport.width}-${theme}-1-years`);
      const shown = await fromStore<{ authors: number; all: number }>(page, `({ authors: s.visibility.authorCount, all: b.authors.name.length })`);
      // the year leaves part of the map
      expect(shown.authors).toBeLessThan(shown.all);
      const f = await framing(page);
      expect(f.outside, `${f.outside} of ${f.shown} shown nodes outside the canvas`).toBe(0);
      // (the whole map's framing drew them in a part of it)
      expect(f.span, `span ${f.span.toFixed(2)}`).toBeGreaterThan(0.6);
      expect(f.dimmed).toBe(0);
      await page.context().close();
    }, 120_000);

    it(`${size} ${theme}: years=Y with a card of an author hidden by it: the card says so and why, the map undimmed and framed on what is shown; "Show on the map" shows them`, async () => {
      const page = await openLink(viewport, theme, `&years=${picked.year}&author=${picked.hidden}`);
      const name = await fromStore<string>(page, `b.authors.name[${picked.hidden}]`);
      const card = page.getByTestId('author-panel');
      await card.getByRole('heading', { level: 2, name, exact: true }).waitFor();
      expect(await fromStore<number>(page, `s.visibility.author[${picked.hidden}]`)).toBe(0);
      await shootPage(page, `fit-link-${viewport.width}-${theme}-2-hidden-card`);
      // the map in its own colours, framed on what the year shows in the part the card leaves
      const f = await framing(page);
      expect(f.dimmed, `${f.dimmed} of ${f.shown} shown nodes drawn dimmed`).toBe(0);
      expect(f.outside, `${f.outside} of ${f.shown} shown nodes outside the part the card leaves`).toBe(0);
      expect(f.span, `span ${f.span.toFixed(2)}`).toBeGreaterThan(0.5);
      const note = card.getByTestId('author-hidden');
      await expect(note.textContent()).resolves.toBe(`Hidden on the map by the filters: no paper in ${picked.year}.`);
      // the note and its button are in view: beside the map on the desktop, in the phone's sheet as it opens
      const button = card.getByRole('button', { name: 'Show on the map' });
      for (const shown of [note, button]) {
        const box = (await shown.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="author-panel"]') !== null, [box.x + box.width / 2, box.y + box.height / 2]);
        expect(hit).toBe(true);
      }
      // one click: the year range goes (the one filter hiding them), the card stays, the camera frames them
      await button.click();
      await settled(page, 600);
      await note.waitFor({ state: 'detached' });
      expect(await fromStore<number>(page, `s.visibility.author[${picked.hidden}]`)).toBe(1);
      expect(await fromStore<unknown>(page, 's.filters.years')).toBeNull();
      expect((await pageUrl(page)).searchParams.get('years')).toBeNull();
      await shootPage(page, `fit-link-${viewport.width}-${theme}-3-shown`);
      const part = await clearPart(page);
      const at = await page.evaluate<{ x: number; y: number; dim: boolean }>(`(() => {
        const g = window.__atlas.graph, sigma = window.__atlas.sigma;
        const a = g.getNodeAttributes('a${picked.hidden}');
        return { ...sigma.graphToViewport({ x: a.x, y: a.y }), dim: sigma.getNodeDisplayData('a${picked.hidden}').color === a.dimColor };
      })()`);
      expect(at.x).toBeGreaterThanOrEqual(part.left);
      expect(at.x).toBeLessThanOrEqual(part.right);
      expect(at.y).toBeGreaterThanOrEqual(part.top);
      expect(at.y).toBeLessThanOrEqual(part.bottom);
      // their card's emphasis as on a click: they stand out, the rest dimmed
      expect(at.dim).toBe(false);
      expect((await framing(page)).dimmed).toBeGreaterThan(0);
      await page.context().close();
    }, 120_000);
  }

  for (const [viewport, theme] of [CASES[0], CASES[3]]) {
    it(`${viewport.width}x${viewport.height} ${theme}: years=Y with a card of a paper of another year: the card says so and why; "Show on the map" shows it`, async () => {
      const paper = await (async () => {
        const page = await openLink(viewport, theme, '');
        const p = await fromStore<number>(page, `b.papers.year.findIndex((y) => y !== null && y !== ${picked.year})`);
        await page.context().close();
        return p;
      })();
      expect(paper).toBeGreaterThanOrEqual(0);
      const page = await openLink(viewport, theme, `&years=${picked.year}&paper=${paper}`);
      const card = page.getByTestId('paper-panel');
      await card.waitFor();
      expect(await fromStore<number>(page, `s.visibility.paper[${paper}]`)).toBe(0);
      const note = card.getByTestId('paper-hidden');
      await expect(note.textContent()).resolves.toBe(`Hidden on the map by the filters: not in ${picked.year}.`);
      const button = card.getByRole('button', { name: 'Show on the map' });
      for (const shown of [note, button]) {
        const box = (await shown.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      }
      await shootPage(page, `fit-link-${viewport.width}-${theme}-4-hidden-paper`);
      await button.click();
      await settled(page, 600);
      await note.waitFor({ state: 'detached' });
      expect(await fromStore<number>(page, `s.visibility.paper[${paper}]`)).toBe(1);
      expect(await fromStore<unknown>(page, 's.filters.years')).toBeNull();
      expect(await fromStore<unknown>(page, 's.selection')).toEqual({ kind: 'paper', index: paper });
      const part = await clearPart(page);
      const at = await page.evaluate<{ x: number; y: number }>(`(() => {
        const a = window.__atlas.graph.getNodeAttributes('p${paper}');
        return window.__atlas.sigma.graphToViewport({ x: a.x, y: a.y });
      })()`);
      expect(at.x).toBeGreaterThanOrEqual(part.left);
      expect(at.x).toBeLessThanOrEqual(part.right);
      expect(at.y).toBeGreaterThanOrEqual(part.top);
      expect(at.y).toBeLessThanOrEqual(part.bottom);
      await shootPage(page, `fit-link-${viewport.width}-${theme}-5-paper-shown`);
      await page.context().close();
    }, 120_000);
  }

  it('1440x900: years=Y with a card of an author it shows: the card frames its author, as before', async () => {
    const viewport = { width: 1440, height: 900 };
    const page = await openLink(viewport, 'light', `&years=${picked.year}&author=${picked.shown}`);
    expect(await fromStore<number>(page, `s.visibility.author[${picked.shown}]`)).toBe(1);
    expect(await page.getByTestId('author-hidden').count()).toBe(0);
    const camera = await page.evaluate<{ x: number; y: number }>(`(() => {
      const g = window.__atlas.graph, sigma = window.__atlas.sigma;
      const a = g.getNodeAttributes('a${picked.shown}');
      return sigma.graphToViewport({ x: a.x, y: a.y });
    })()`);
    const part = await clearPart(page);
    // in the middle third of the part the card leaves, as a click frames an author
    expect(Math.abs(camera.x - (part.left + part.right) / 2)).toBeLessThan((part.right - part.left) / 3);
    expect(Math.abs(camera.y - (part.top + part.bottom) / 2)).toBeLessThan((part.bottom - part.top) / 3);
    await page.context().close();
  }, 120_000);
});
