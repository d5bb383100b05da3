/**
 * The markers at the map's edge for a selected author's papers out of sight (features/offscreen/OffscreenMarks.tsx),
 * on the seed, in real Chromium, on a desktop (light) and a phone (dark):
 * - with the author's papers framed by the click that opened the card, none are out of sight and no marker shows;
 * - the map moved away from the author (the user panned and zoomed): markers show, their counts add up to the papers
 *   drawn outside the part of the map the card or the sheet leaves, each marker inside that part (never under the
 *   card or the sheet, nor with their arrows near the zoom buttons, the legend or the chips), in the theme's
 *   colours, a caption over the map saying what they are ("click a number" with a mouse, "tap" on a phone);
 * - a click (a tap on the phone) on a marker brings every one of the author's papers into that part: the markers go.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas, settled, shootPage, tapSeen, zoomFarFrom } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** What the user sees: the markers (count, box), and the author's papers drawn outside the part the card leaves. */
interface Seen {
  marks: { count: number; left: number; top: number; right: number; bottom: number }[];
  /** The part of the canvas not under the card (desktop) or the sheet (phone), in page px. */
  part: { left: number; top: number; right: number; bottom: number };
  outside: number;
  papers: number;
  controls: { left: number; top: number; right: number; bottom: number } | null;
  /** The other boxes over the canvas the markers keep off: the legend, the chips over the map's top (the card or sheet is the part's edge). */
  covers: { left: number; top: number; right: number; bottom: number }[];
  caption: string | null;
}

const seen = (page: Page, author: number) =>
  page.evaluate<Seen>(`(() => {
    const sigma = window.__atlas.sigma;
    const graph = window.__atlas.graph;
    const canvas = sigma.getContainer().getBoundingClientRect();
    const panel = document.querySelector('.details-panel').getBoundingClientRect();
    const sheet = panel.width >= canvas.width * 0.9;
    const part = { left: canvas.left, top: canvas.top, right: sheet ? canvas.right : panel.left, bottom: sheet ? panel.top : canvas.bottom };
    // (on a touch screen what lies under the caption across the part's top counts as out of sight: phone-marks)
    const caption = document.querySelector('.offscreen-caption');
    const seenTop = caption ? caption.getBoundingClientRect().bottom + 2 : part.top;
    let outside = 0, papers = 0;
    graph.forEachNeighbor('a${author}', (n, a) => {
      if (a.hidden) return;
      papers++;
      const p = sigma.graphToViewport({ x: a.x, y: a.y });
      const x = canvas.left + p.x, y = canvas.top + p.y;
      if (x < part.left || x > part.right || y < seenTop || y > part.bottom) outside++;
    });
    const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
    const marks = [...document.querySelectorAll('.offscreen-mark')].map((b) => ({ count: Number(b.textContent), ...box(b) }));
    const c = document.querySelector('.react-sigma-controls');
    const covers = [...document.querySelectorAll('.legend, .map-chip')].map(box).filter((b) => b.right > b.left && b.bottom > b.top);
    return { marks, part, outside, papers, controls: c ? box(c) : null, covers, caption: caption ? caption.textContent : null };
  })()`);

describe.each([
  ['desktop', { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' }],
] as const)('markers for papers out of sight on a %s', (name, options) => {
  let page: Page;
  let errors: string[];
  let author: number;
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, options));
    await openAtlas(page);
    // the seed's most prolific author
    author = await fromStore<number>(page, 'b.authors.paperCount.reduce((best, n, i, all) => (n > all[best] ? i : best), 0)');
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: ${author} })`);
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 300);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('none while the card\'s framing shows all of the author\'s papers', async () => {
    const now = await seen(page, author);
    expect(now.papers).toBeGreaterThan(2);
    expect(now.outside).toBe(0);
    expect(now.marks).toEqual([]);
  });

  it('the map moved away: markers count the papers out of sight, inside the part the card leaves, in the theme\'s colours', async () => {
    // the user pans to the node farthest from the author, zoomed in
    await zoomFarFrom(page, `a${author}`, 0.25);
    await settled(page, 300);
    await page.locator('.offscreen-mark').first().waitFor();
    const now = await seen(page, author);
    expect(now.outside).toBeGreaterThan(0);
    expect(now.marks.reduce((sum, m) => sum + m.count, 0)).toBe(now.outside);
    for (const m of now.marks) {
      expect(m.left).toBeGreaterThanOrEqual(now.part.left);
      expect(m.right).toBeLessThanOrEqual(now.part.right);
      expect(m.top).toBeGreaterThanOrEqual(now.part.top);
      expect(m.bottom).toBeLessThanOrEqual(now.part.bottom);
      if (now.controls) expect(m.right <= now.controls.left || m.left >= now.controls.right || m.bottom <= now.controls.top || m.top >= now.controls.bottom).toBe(true);
      // with its arrow (13 px beyond the disc, whichever way it points) and a gap: off the zoom buttons, the legend,
      // the chips (the card or sheet bounds the part: checked above) (a marker sat on the zoom buttons' top edge, its arrow over them, a tester)
      const reach = 13 + 4;
      for (const c of [...(now.controls ? [now.controls] : []), ...now.covers]) {
        expect(m.right + reach <= c.left || m.left - reach >= c.right || m.bottom + reach <= c.top || m.top - reach >= c.bottom).toBe(true);
      }
    }
    // what they are, seen without a tooltip: a caption over the map's top (on the desktop too: a mouse user had only
    // the markers' tooltips, a tester)
    expect(now.caption).toMatch(options.viewport.width < 500 ? /^\d+ papers? out of sight: tap a number to show all$/ : /^\d+ papers? out of sight: click a number to show all$/);
    // the marker's face (its disc) is the theme's surface, its ring the accent (light or dark as the page)
    const colours = await page.locator('.offscreen-mark-disc').first().evaluate((b) => {
      const root = getComputedStyle(document.documentElement);
      const probe = document.createElement('div');
      document.body.append(probe);
      probe.style.color = root.getPropertyValue('--surface');
      const surface = getComputedStyle(probe).color;
      probe.style.color = root.getPropertyValue('--accent');
      const accent = getComputedStyle(probe).color;
      probe.remove();
      const s = getComputedStyle(b);
      return { face: s.backgroundColor === surface, ring: s.borderTopColor === accent, theme: document.documentElement.dataset.theme };
    });
    expect(colours).toEqual({ face: true, ring: true, theme: options.colorScheme });
    const label = await page.locator('.offscreen-mark').first().getAttribute('aria-label');
    expect(label).toMatch(/^\d+ papers? of .+ out of sight: show all \d+ papers$/);
    await shootPage(page, `offscreen-marks-${name}`);
  });

  it('a click (a tap) on a marker brings all of the author\'s papers into view, and the markers go', async () => {
    const mark = page.locator('.offscreen-mark').first();
    if (options.viewport.width < 500) {
      const box = (await mark.boundingBox())!;
      await tapSeen(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    } else await mark.click();
    await settled(page, 300);
    await page.locator('.offscreen-mark').first().waitFor({ state: 'detached' });
    const now = await seen(page, author);
    expect(now.outside).toBe(0);
    expect(now.marks).toEqual([]);
    // the card stays open
    expect(await fromStore(page, 's.selection')).toEqual({ kind: 'author', index: author });
    await shootPage(page, `offscreen-marks-${name}-framed`);
    expect(errors).toEqual([]);
  });
});
