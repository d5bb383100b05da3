/**
 * A card's own people on screen when the card opens, in real Chromium with the camera animation on (user mode), as a
 * tester asked (controllers/CameraController.tsx `frameWithNeighbours`, graph/card-coauthors.ts,
 * features/offscreen/OffscreenMarks.tsx):
 * - the seed's Zhun Deng, chosen from the search (1440×900 and a 390×844 phone): his strongest co-authors as his card
 *   lists them (Cynthia Dwork and Jialiang Wang, 2 papers each, hubs elsewhere on the map; then Linjun Zhang) drawn in
 *   the part of the map the card leaves, uncovered and named (on the phone at least two, the other named by an edge
 *   marker) (before: the two strongest beyond the canvas's edge with
 *   no marker, the markers counting papers only), and the framed group's box in the middle of that part (before: the
 *   author in the middle, the lower 52% of the part empty on a desktop, names pressed at the top edge);
 * - the seed's paper 7 opened from its link at 1024×768: its title, written beside its square, wholly in the part
 *   the card leaves (before: cut by the card, 227 px of it under it);
 * - the 30k map's Graham Neubig (153 papers): each of his card's three strongest co-authors on screen, uncovered, or
 *   named by an edge marker pointing at them (before: Satoshi Nakamura, in another cluster, beyond the edge with
 *   nothing saying so).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, CARD_FREE_PART, drawnLabels, KEEP_SCREENSHOTS, settled, shootPage, switchTheme } from './atlas-page';
import { BIG_BUNDLE_TIMEOUT, servedBundle } from './big-bundles';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, BIG_BUNDLE_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

type Camera = { x: number; y: number; ratio: number };
const camera = (page: Page) => page.evaluate<Camera>('window.__atlas.sigma.getCamera().getState()');

/** Opens `query` in a page of `viewport` as users get it (camera animation on), and waits for the map and its camera to rest. */
async function open(viewport: { width: number; height: number }, query = '', timeout = 60_000): Promise<{ page: Page; errors: string[] }> {
  const phone = viewport.width < 600;
  const opened = await openPage(browser, { viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) }, { userMode: true });
  await opened.page.goto(appUrl(query));
  await waitForState(opened.page, 'ready', timeout);
  await settled(opened.page, 500);
  return opened;
}

/** Waits until the camera has moved away from `from` and stopped (the move starts once the card is painted). */
async function movedFrom(page: Page, from: Camera): Promise<void> {
  await page.waitForFunction(
    `(() => { const c = window.__atlas.sigma.getCamera().getState(); const f = ${JSON.stringify(from)};
      return Math.abs(c.ratio / f.ratio - 1) > 1e-6 || Math.hypot(c.x - f.x, c.y - f.y) > 1e-6 * f.ratio; })()`,
    null,
    { timeout: 60_000 },
  );
  await settled(page, 300);
}

/** Chooses `name` from the search as a user does (typed, Enter) and waits for the camera's framing of the card. */
async function choose(page: Page, name: string): Promise<void> {
  const from = await camera(page);
  await page.getByLabel('Search authors and papers').fill(name);
  await page.locator('.search-hit[data-kind="author"]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('author-panel').getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await movedFrom(page, from);
}

/** A node as drawn now: its centre and radius (CSS px of the canvas), and what the page shows at its centre. */
interface Seen {
  key: string;
  name: string;
  x: number;
  y: number;
  r: number;
  /** Its whole disc inside the part of the canvas the card leaves. */
  inPart: boolean;
  /** The map (a canvas) is what the page shows at its centre: no card, button, legend or marker over it. */
  uncovered: boolean;
}

/** The open author card's first `k` co-authors (in its list's order, `Dataset.coauthorsOf`), its author and papers, as drawn now; with the part the card leaves. */
const topCoauthors = (page: Page, k: number) =>
  page.evaluate<{ people: Seen[]; me: Seen; papers: Seen[]; part: { right: number; bottom: number } }>(`(() => {
    const sigma = window.__atlas.sigma, graph = window.__atlas.graph, s = window.__atlas.store.getState();
    const box = sigma.getContainer().getBoundingClientRect();
    ${CARD_FREE_PART}
    const names = s.dataset.bundle.authors.name;
    const seen = (key) => {
      const a = graph.getNodeAttributes(key);
      const p = sigma.graphToViewport(a);
      const r = window.__atlas.drawnRadius(a.size);
      const [px, py] = [box.left + p.x, box.top + p.y];
      const el = px >= 0 && py >= 0 && px < innerWidth && py < innerHeight ? document.elementFromPoint(px, py) : null;
      return { key, name: key[0] === 'a' ? names[+key.slice(1)] : a.label, x: p.x, y: p.y, r,
        inPart: p.x - r >= 0 && p.y - r >= 0 && p.x + r <= right && p.y + r <= bottom,
        uncovered: !!el && el.tagName === 'CANVAS' && sigma.getContainer().contains(el) };
    };
    const me = 'a' + s.selection.index;
    const ties = s.dataset.coauthorsOf(s.selection.index).slice(0, ${k});
    const papers = graph.neighbors(me).filter((n) => !graph.getNodeAttribute(n, 'hidden')).map(seen);
    return { people: ties.map((t) => seen('a' + t.author)), me: seen(me), papers, part: { right, bottom } };
  })()`);

describe.each([
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const)("the seed's Zhun Deng (%s): his card's people on screen", (size, viewport) => {
  it('his three strongest co-authors drawn in the part the card leaves, uncovered and named; the group in the middle of it', async () => {
    const { page, errors } = await open(viewport);
    await choose(page, 'Zhun Deng');
    // (the card lists them so, `Dataset.coauthorsOf`: the two with 2 papers together first)
    const seen = await topCoauthors(page, 3);
    expect(seen.people.map((p) => p.name).slice(0, 2).sort()).toEqual(['Cynthia Dwork', 'Jialiang Wang']);
    const named = new Set((await drawnLabels(page)).filter((l) => l.kind === 'node').map((l) => l.key));
    for (const theme of KEEP_SCREENSHOTS ? (['light', 'dark'] as const) : []) {
      await switchTheme(page, theme);
      await shootPage(page, `card-people-${size}-zhun-deng-${theme}`);
    }
    // (on a phone a strongest co-author that would zoom the framing out more than CARD_PEOPLE_MAX_OUT may be marked
    // at the edge instead, named by the marker: Jialiang Wang, across the map)
    const marks = await page.locator('.offscreen-mark').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const inView = seen.people.filter((p) => p.inPart && p.uncovered);
    for (const p of seen.people) {
      const marked = marks.some((m) => m.split(', out of sight')[0]!.includes(p.name));
      if (size === 'desktop' || !marked) {
        expect(p.inPart, `${p.name}: drawn in the part the card leaves (at ${Math.round(p.x)}, ${Math.round(p.y)}; part ${JSON.stringify(seen.part)})`).toBe(true);
        expect(p.uncovered, `${p.name}: nothing over the disc's centre`).toBe(true);
      }
    }
    for (const p of inView) expect(named.has(p.key), `${p.name}: named on the map`).toBe(true);
    expect(inView.length, 'strongest co-authors in view').toBeGreaterThanOrEqual(size === 'desktop' ? 3 : 2);
    // the framed group (the author, the papers, the card's people in view) in the middle of the part: no wide band of
    // it left empty on one side while the group reaches the other side's edge
    const group = [seen.me, ...seen.papers, ...inView];
    const [top, bottom] = [Math.min(...group.map((p) => p.y - p.r)), Math.max(...group.map((p) => p.y + p.r))];
    const [left, right] = [Math.min(...group.map((p) => p.x - p.r)), Math.max(...group.map((p) => p.x + p.r))];
    expect(Math.abs(top - (seen.part.bottom - bottom)), `the bands left above (${Math.round(top)} px) and below (${Math.round(seen.part.bottom - bottom)} px) the group`).toBeLessThanOrEqual(
      seen.part.bottom * 0.2,
    );
    expect(Math.abs(left - (seen.part.right - right)), `the bands left of (${Math.round(left)} px) and right of (${Math.round(seen.part.right - right)} px) the group`).toBeLessThanOrEqual(
      seen.part.right * 0.25,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe("the seed's paper 7 opened from its link (1024×768)", () => {
  it("its title, beside its square, wholly in the part the card leaves (before: cut by the card)", async () => {
    const { page, errors } = await open({ width: 1024, height: 768 }, '?paper=7');
    await page.getByTestId('paper-panel').waitFor();
    await settled(page, 300);
    const part = await page.evaluate<{ right: number; bottom: number }>(`(() => {
      const box = window.__atlas.sigma.getContainer().getBoundingClientRect();
      ${CARD_FREE_PART}
      return { right, bottom };
    })()`);
    const title = (await drawnLabels(page)).find((l) => l.kind === 'node' && l.key === 'p7');
    for (const theme of KEEP_SCREENSHOTS ? (['light', 'dark'] as const) : []) {
      await switchTheme(page, theme);
      await shootPage(page, `card-people-1024-paper-7-${theme}`);
    }
    expect(title, "the paper's title drawn on the map").toBeTruthy();
    const b = title!.box;
    expect(b.x0, `the title's left end (part: 0–${Math.round(part.right)} px)`).toBeGreaterThanOrEqual(0);
    expect(b.x1, `the title's right end (part: 0–${Math.round(part.right)} px)`).toBeLessThanOrEqual(part.right);
    expect(b.y0).toBeGreaterThanOrEqual(0);
    expect(b.y1).toBeLessThanOrEqual(part.bottom);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});

describe('the 30k map: Graham Neubig (153 papers, 1440×900)', () => {
  it("each of his card's three strongest co-authors on screen, uncovered, or named by an edge marker", async () => {
    const { page, errors } = await open({ width: 1440, height: 900 }, servedBundle('acl_2016_2021_all'), 180_000);
    await choose(page, 'Graham Neubig');
    const seen = await topCoauthors(page, 3);
    const marks = await page.locator('.offscreen-mark').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const caption = (await page.getByTestId('offscreen-caption').textContent().catch(() => null)) ?? '';
    await shootPage(page, 'card-people-30k-neubig');
    for (const p of seen.people) {
      const shown = p.inPart && p.uncovered;
      // a marker's name says who it points at: "20 papers of Graham Neubig and Satoshi Nakamura below right…"
      const marked = marks.some((m) => m.split(', out of sight')[0]!.includes(p.name));
      expect(shown || marked, `${p.name}: on screen uncovered (${p.inPart}, ${p.uncovered}) or named by a marker (${JSON.stringify(marks)})`).toBe(true);
      if (!shown) expect(caption, 'the caption names them too').toContain(p.name);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  }, BIG_BUNDLE_TIMEOUT);
});
