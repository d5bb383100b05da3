/**
 * A window resized (or a phone turned) with an author's card open, on the 30k map (acl_2016_2021_all), as users get
 * it (camera animation on). A tester: Graham Neubig's card open at 1440×900, the window narrowed to 900×700 left his
 * disc at the card's left edge, his name cut ("Gral…") and the edge markers ("13", "3") drawn over his disc; after
 * several quick resizes his disc lay wholly under the card. A fresh load at 900×700 framed him right: the camera was
 * not framed again on a resize (Sigma keeps the camera's centre in the canvas's middle).
 * - the app's own framing (the card's close-up) is made again for the new size: his disc's centre and his name lie in
 *   the part of the canvas the card leaves and no edge marker lies over them, after one resize, after widening back,
 *   and after quick successive resizes (settled at the last size: the camera is the one a single resize gives);
 * - a phone turned (390×844 → 844×390 → back): the bottom sheet becomes a side card and back, and he stays in the part
 *   each leaves;
 * - a camera the user dragged keeps their zoom, and he is moved (the least) out from under the card; dragged out of
 *   sight, the camera stays as the user left it.
 * Each resize is waited for on the app's signals (debug.ts `resizeSettled`, then `cameraMoved`), never on time.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, CARD_FREE_PART, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

const NAME = 'Graham Neubig';
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Each test's time: the 30k map opened as users get it, then resized and framed again, on 2 shared cores. */
const TEST_TIMEOUT = 300_000;

type Camera = { x: number; y: number; ratio: number };
const camera = (page: Page) => page.evaluate<Camera>('window.__atlas.sigma.getCamera().getState()');
/** Whether two camera states frame the same (1e-6 of the map, relative for the zoom). */
const same = (a: Camera, b: Camera) => Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6 && Math.abs(a.ratio / b.ratio - 1) < 1e-6;

/** Opens the 30k map on `options` as users get it, and chooses NAME from the search; waits until his card is framed. */
async function openWithCard(options: typeof DESKTOP | typeof PHONE): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, options, { userMode: true });
  const { page } = opened;
  await page.goto(appUrl(query));
  await waitForState(page, 'ready', 180_000);
  await settled(page, 500);
  await page.getByLabel('Search authors and papers').fill(NAME);
  await page.locator('.search-hit[data-kind="author"]').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: NAME, exact: true }).waitFor();
  await cameraDone(page);
  return opened;
}

/** Waits until the camera move last asked of the store has been carried out (debug.ts `cameraMoved`), and the map settled. */
async function cameraDone(page: Page): Promise<void> {
  await page.waitForFunction('(() => { const c = window.__atlas.store.getState().camera; return !!c && (window.__atlas.cameraMoved || 0) >= c.seq; })()', null, { timeout: 90_000 });
  await settled(page);
}

/**
 * The viewport set to each of `sizes` in turn without waiting between them (one size: one resize), then waited for
 * until the app has handled the canvas's last size (debug.ts `resizeSettled`) and carried out the move it asked.
 */
async function resizeTo(page: Page, ...sizes: { width: number; height: number }[]): Promise<void> {
  await page.evaluate('window.__atlas.resizeSettled = undefined');
  for (const size of sizes) await page.setViewportSize(size);
  await page.waitForFunction(
    `(() => { const c = window.__atlas.sigma.getContainer(); return window.__atlas.resizeSettled === c.offsetWidth + '×' + c.offsetHeight; })()`,
    null,
    { timeout: 90_000 },
  );
  await page.waitForFunction('(() => { const c = window.__atlas.store.getState().camera; return !c || (window.__atlas.cameraMoved || 0) >= c.seq; })()', null, { timeout: 90_000 });
  await settled(page);
}

interface Seen {
  /** His disc (canvas CSS px) and name's box, the part the card leaves (`right`, `bottom`), the canvas's size. */
  disc: { x: number; y: number; r: number };
  name: { x0: number; y0: number; x1: number; y1: number } | null;
  right: number;
  bottom: number;
  size: string;
  /** Edge markers lying over his disc, over his name (their counts). */
  overDisc: string[];
  overName: string[];
}

/** Where the selected author is drawn now, and the edge markers over his disc or name. */
const seen = (page: Page) =>
  page.evaluate<Seen>(`(() => {
    const sigma = window.__atlas.sigma, graph = window.__atlas.graph;
    const key = 'a' + window.__atlas.store.getState().selection.index;
    const box = sigma.getContainer().getBoundingClientRect();
    ${CARD_FREE_PART}
    const a = graph.getNodeAttributes(key);
    const v = sigma.graphToViewport({ x: a.x, y: a.y });
    const disc = { x: v.x, y: v.y, r: window.__atlas.drawnRadius(a.size) };
    const label = (window.__atlas.labels || []).find((l) => l.key === key);
    const name = label ? label.box : null;
    const marks = [...document.querySelectorAll('.offscreen-mark')].map((el) => {
      const m = el.getBoundingClientRect();
      return { text: el.textContent.trim(), x0: m.left - box.left, y0: m.top - box.top, x1: m.right - box.left, y1: m.bottom - box.top };
    });
    const overDisc = marks.filter((m) => {
      const nx = Math.min(Math.max(disc.x, m.x0), m.x1), ny = Math.min(Math.max(disc.y, m.y0), m.y1);
      return Math.hypot(nx - disc.x, ny - disc.y) < disc.r;
    }).map((m) => m.text);
    const overName = name ? marks.filter((m) => m.x0 < name.x1 && m.x1 > name.x0 && m.y0 < name.y1 && m.y1 > name.y0).map((m) => m.text) : [];
    return { disc, name, right, bottom, size: box.width + '×' + box.height, overDisc, overName };
  })()`);

/**
 * Checks that the selected author's disc centre and name lie in the part the card leaves, no edge marker over them;
 * `discOnly`: his whole disc, no edge marker over it (his name left to the placement).
 */
function expectInFreePart(s: Seen, when: string, discOnly = false): void {
  const at = `${when} (canvas ${s.size}, free part 0..${Math.round(s.right)} × 0..${Math.round(s.bottom)}): ${JSON.stringify(s)}`;
  const r = discOnly ? s.disc.r : 0;
  expect(s.disc.x - r >= 0 && s.disc.x + r <= s.right && s.disc.y - r >= 0 && s.disc.y + r <= s.bottom, `his disc ${at}`).toBe(true);
  expect(s.overDisc, `edge markers over his disc ${at}`).toEqual([]);
  if (discOnly) return;
  expect(s.name, `his name drawn ${at}`).not.toBeNull();
  const n = s.name!;
  expect(n.x0 >= 0 && n.x1 <= s.right && n.y0 >= 0 && n.y1 <= s.bottom, `his name whole ${at}`).toBe(true);
  expect(s.overName, `edge markers over his name ${at}`).toEqual([]);
}

describe(`30k map, ${NAME}'s card open, the window resized`, () => {
  it('desktop 1440×900 → 900×700 (once, back, and in quick successive resizes): framed again in the part the card leaves', async () => {
    const { page, errors } = await openWithCard(DESKTOP);
    try {
      await shootPage(page, 'resize-reframe-1-1440');
      expectInFreePart(await seen(page), 'at 1440×900');

      await resizeTo(page, { width: 900, height: 700 });
      await shootPage(page, 'resize-reframe-2-900');
      expectInFreePart(await seen(page), 'narrowed to 900×700');
      const once = await camera(page);

      // widened back: framed again for the wide canvas
      await resizeTo(page, { width: 1440, height: 900 });
      await shootPage(page, 'resize-reframe-3-1440-again');
      expectInFreePart(await seen(page), 'widened back to 1440×900');

      // quick successive resizes, ending at 900×700: settled as one resize to it
      await resizeTo(page, { width: 1200, height: 800 }, { width: 1000, height: 720 }, { width: 1300, height: 850 }, { width: 950, height: 760 }, { width: 900, height: 700 });
      await shootPage(page, 'resize-reframe-4-900-quick');
      const quick = await seen(page);
      expectInFreePart(quick, 'after quick resizes to 900×700');
      const after = await camera(page);
      expect(same(after, once), `after quick resizes ${JSON.stringify(after)}, after one ${JSON.stringify(once)}`).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, TEST_TIMEOUT);

  it('a phone turned to landscape and back: in the part the side card, then the bottom sheet, leaves', async () => {
    const { page, errors } = await openWithCard(PHONE);
    try {
      await shootPage(page, 'resize-reframe-phone-1-portrait');
      expectInFreePart(await seen(page), 'upright, 390×844');
      await resizeTo(page, { width: 844, height: 390 });
      await shootPage(page, 'resize-reframe-phone-2-landscape');
      expectInFreePart(await seen(page), 'turned to landscape, 844×390');
      await resizeTo(page, { width: 390, height: 844 });
      await shootPage(page, 'resize-reframe-phone-3-portrait');
      expectInFreePart(await seen(page), 'turned back upright, 390×844');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, TEST_TIMEOUT);

  it('a camera the user dragged keeps its zoom, its author moved out from under the card; dragged out of sight, it stays', async () => {
    const { page, errors } = await openWithCard(DESKTOP);
    try {
      // the user drags the map 180 px right (he stays in the part the card leaves, nearer the card)
      const box = await page.evaluate<{ x: number; y: number }>('(() => { const b = window.__atlas.sigma.getContainer().getBoundingClientRect(); return { x: b.left, y: b.top }; })()');
      const before = await seen(page);
      // (from `x` px into the canvas: the pointer stays on the page, over the card or the sidebar, as it moves)
      const drag = async (dx: number, dy: number, x = before.right * 0.15) => {
        const from = { x: box.x + x, y: box.y + before.bottom * 0.6 };
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + (dx * i) / 8, from.y + (dy * i) / 8);
        await page.mouse.up();
        await settled(page);
      };
      await drag(180, 30);
      const dragged = await seen(page);
      expect(dragged.disc.x - before.disc.x, `dragged ${JSON.stringify(before.disc)} → ${JSON.stringify(dragged.disc)}`).toBeGreaterThan(120);
      expectInFreePart(dragged, 'dragged at 1440×900');
      const zoom = (await camera(page)).ratio;
      await shootPage(page, 'resize-reframe-drag-1-1440');

      // narrowed: Sigma's kept centre would leave him under the card; the least drag brings him and his name out
      await resizeTo(page, { width: 1100, height: 760 });
      await shootPage(page, 'resize-reframe-drag-2-1100');
      expect((await camera(page)).ratio / zoom, "the user's zoom").toBeCloseTo(1, 9);
      expectInFreePart(await seen(page), 'dragged, then narrowed to 1100×760');

      // narrowed to 900×700: a strip of ~210 px beside the card, too narrow at the user's zoom for his disc, his name
      // beside or above it and the edge markers on both sides: his whole disc in it, clear of the markers
      await resizeTo(page, { width: 900, height: 700 });
      await shootPage(page, 'resize-reframe-drag-3-900');
      expect((await camera(page)).ratio / zoom, "the user's zoom").toBeCloseTo(1, 9);
      expectInFreePart(await seen(page), 'dragged, then narrowed to 900×700', true);

      // dragged left out of sight: a resize leaves the camera where the user put it
      const narrow = await seen(page);
      await drag(-(narrow.disc.x + narrow.disc.r + 60), 0, narrow.right - 20);
      const away = await seen(page);
      expect(away.disc.x, `dragged out of sight: ${JSON.stringify(away.disc)}`).toBeLessThan(0);
      const left = await camera(page);
      await resizeTo(page, { width: 1100, height: 760 });
      await shootPage(page, 'resize-reframe-drag-4-away');
      const now = await camera(page);
      expect(same(now, left), `out of sight: ${JSON.stringify(now)}, as left ${JSON.stringify(left)}`).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, TEST_TIMEOUT);
});
