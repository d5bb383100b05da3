/**
 * The markers of a selected author's papers out of sight (features/offscreen/OffscreenMarks.tsx) on a 390×844 phone,
 * light and dark, on the seed, as testers met them: the card open as a bottom sheet and the map zoomed in on the
 * author, the papers all around beyond the part of the map the sheet leaves. Up to six 44 px numbered discs covered
 * much of that part, and what they were was said only in a tooltip, which a phone never shows. Now:
 * - at most one marker per edge, each a small disc (its finger's target still 44 px around it, clear), together
 *   covering a small share of the part the sheet leaves, none overlapping another or the zoom buttons;
 * - a one-line caption over the map says what they are ("… papers out of sight: tap a number …"), its count theirs;
 * - a tap on a marker's disc brings every one of the author's papers into that part, as before: markers and caption go;
 * - so does a tap on the caption's words ("tap a number to show all"): they let taps through to the map under them,
 *   where a tap closed the card, or opened an author whose disc the words hid.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStore, openAtlas, settled, shootPage, tapSeen } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the user sees: each marker's disc (what is drawn) and its target (what a tap hits), the caption, the papers. */
interface Seen {
  marks: { count: number; disc: Box; target: Box }[];
  caption: { text: string; box: Box } | null;
  /** The part of the canvas above the sheet, in page px. */
  part: Box;
  /** The author's papers drawn outside that part (one under the caption, a strip across its top, is on the map: not counted). */
  outside: number;
  papers: number;
  controls: Box | null;
}

const seen = (page: Page, author: number) =>
  page.evaluate<Seen>(`(() => {
    const sigma = window.__atlas.sigma;
    const canvas = sigma.getContainer().getBoundingClientRect();
    const panel = document.querySelector('.details-panel').getBoundingClientRect();
    const part = { left: canvas.left, top: canvas.top, right: canvas.right, bottom: Math.min(canvas.bottom, panel.top) };
    const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
    // the caption: a line of text on the page saying what is out of sight (none before: only the markers' tooltips)
    const words = /\\d+ (papers?|co-authors?|authors?) out of sight/;
    const lines = [...document.querySelectorAll('.stage *')].filter((e) => e.children.length === 0 && words.test(e.textContent) && e.getClientRects().length > 0);
    const caption = lines.length ? { text: lines[0].textContent, box: box(lines[0]) } : null;
    let outside = 0, papers = 0;
    window.__atlas.graph.forEachNeighbor('a${author}', (n, a) => {
      if (a.hidden) return;
      papers++;
      const p = sigma.graphToViewport({ x: a.x, y: a.y });
      const x = canvas.left + p.x, y = canvas.top + p.y;
      if (x < part.left || x > part.right || y < part.top || y > part.bottom) outside++;
    });
    // a marker's disc: the element drawn with the ring (the marker itself when it is all disc)
    const marks = [...document.querySelectorAll('.offscreen-mark')].map((b) => {
      const disc = [b, ...b.querySelectorAll('*')].find((e) => getComputedStyle(e).borderTopWidth !== '0px' && getComputedStyle(e).borderTopStyle !== 'none' && getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)') ?? b;
      return { count: Number(b.textContent), disc: box(disc), target: box(b) };
    });
    const c = document.querySelector('.react-sigma-controls');
    return { marks, caption, part, outside, papers, controls: c ? box(c) : null };
  })()`);

const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(['light', 'dark'] as const)('markers of papers out of sight on a phone (%s)', (theme) => {
  let page: Page;
  let errors: string[];
  let author: number;
  /** The user zooms in on the author above the sheet until every paper lies beyond the part the sheet leaves. */
  const zoomIn = async () => {
    // the user zooms in on the author above the sheet (a pinch about the author's disc) until every paper lies
    // beyond the part of the map the sheet leaves
    await page.evaluate(`(() => {
      const sigma = window.__atlas.sigma;
      const camera = sigma.getCamera();
      const me = sigma.getNodeDisplayData('a${author}');
      const canvas = sigma.getContainer().getBoundingClientRect();
      const sheetTop = document.querySelector('.details-panel').getBoundingClientRect().top - canvas.top;
      const allOut = (state) => {
        let out = true;
        window.__atlas.graph.forEachNeighbor('a${author}', (n, a) => {
          const p = sigma.graphToViewport({ x: a.x, y: a.y }, { cameraState: state });
          if (p.x >= 0 && p.x <= canvas.width && p.y >= 0 && p.y <= sheetTop) out = false;
        });
        return out;
      };
      let state = camera.getState();
      for (let i = 0; i < 40 && !allOut(state); i++) {
        const ratio = Math.max(0.01, state.ratio / 1.3);
        const k = ratio / state.ratio;
        state = { ...state, ratio, x: me.x + (state.x - me.x) * k, y: me.y + (state.y - me.y) * k };
      }
      camera.setState(state);
    })()`);
    await settled(page, 300);
  };
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: theme }));
    await openAtlas(page);
    author = await fromStore<number>(page, 'b.authors.paperCount.reduce((best, n, i, all) => (n > all[best] ? i : best), 0)');
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: ${author} })`);
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 300);
    await zoomIn();
    await page.locator('.offscreen-mark').first().waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('at most one small marker per edge, its finger target 44 px, covering little of the map the sheet leaves', async () => {
    const now = await seen(page, author);
    await shootPage(page, `phone-marks-${theme}`);
    expect(now.papers).toBeGreaterThan(2);
    expect(now.outside).toBe(now.papers);
    expect(now.marks.length).toBeGreaterThan(0);
    expect(now.marks.length).toBeLessThanOrEqual(4);
    expect(now.marks.reduce((sum, m) => sum + m.count, 0)).toBe(now.outside);
    for (const m of now.marks) {
      // a disc small enough to leave the map seen, a target a finger hits
      expect(m.disc.right - m.disc.left).toBeLessThanOrEqual(30);
      expect(m.target.right - m.target.left).toBeGreaterThanOrEqual(44);
      expect(m.target.bottom - m.target.top).toBeGreaterThanOrEqual(44);
      expect(m.target.left).toBeGreaterThanOrEqual(now.part.left);
      expect(m.target.right).toBeLessThanOrEqual(now.part.right);
      expect(m.target.top).toBeGreaterThanOrEqual(now.part.top);
      expect(m.target.bottom).toBeLessThanOrEqual(now.part.bottom);
      if (now.controls) expect(overlap(m.target, now.controls)).toBe(false);
      if (now.caption) expect(overlap(m.target, now.caption.box)).toBe(false);
    }
    for (const [i, a] of now.marks.entries()) for (const b of now.marks.slice(i + 1)) expect(overlap(a.target, b.target)).toBe(false);
    // the discs together cover under 3% of the map above the sheet (six 44 px discs: ~10% of it)
    const covered = now.marks.reduce((sum, m) => sum + area(m.disc), 0);
    expect(covered / area(now.part)).toBeLessThan(0.03);
  });

  it('a one-line caption over the map says what they are, without a tooltip', async () => {
    const now = await seen(page, author);
    expect(now.caption).not.toBeNull();
    const { text, box } = now.caption!;
    expect(text).toMatch(/^\d+ papers? out of sight: tap a number to show all$/);
    expect(Number(text.split(' ')[0])).toBe(now.outside);
    // one line, inside the part the sheet leaves, on the screen
    expect(box.bottom - box.top).toBeLessThanOrEqual(24);
    expect(box.left).toBeGreaterThanOrEqual(now.part.left);
    expect(box.right).toBeLessThanOrEqual(now.part.right);
    expect(box.top).toBeGreaterThanOrEqual(now.part.top);
    expect(box.bottom).toBeLessThanOrEqual(now.part.top + 40);
  });

  it("a tap on the caption's words does what they say, as a tap on a marker: the card stays open", async () => {
    const { caption } = await seen(page, author);
    const words = await page.getByTestId('offscreen-caption').locator('span').boundingBox();
    expect(caption && words).toBeTruthy();
    // (before, the caption let taps through to the map under it: the card closed, or a disc hidden under its words opened)
    await tapSeen(page, { x: words!.x + words!.width / 2, y: words!.y + words!.height / 2 });
    await settled(page, 300);
    await page.locator('.offscreen-mark').first().waitFor({ state: 'detached' });
    expect(await fromStore(page, 's.selection')).toEqual({ kind: 'author', index: author });
    const now = await seen(page, author);
    expect(now.outside).toBe(0);
    expect(now.caption).toBeNull();
    // zoomed in again for the next check
    await zoomIn();
    await page.locator('.offscreen-mark').first().waitFor();
    expect(errors).toEqual([]);
  });

  it("a tap on a marker's disc brings all of the author's papers into view: the markers and the caption go", async () => {
    const { marks } = await seen(page, author);
    const disc = marks[0]!.disc;
    await tapSeen(page, { x: (disc.left + disc.right) / 2, y: (disc.top + disc.bottom) / 2 });
    await settled(page, 300);
    await page.locator('.offscreen-mark').first().waitFor({ state: 'detached' });
    const now = await seen(page, author);
    expect(now.outside).toBe(0);
    expect(now.marks).toEqual([]);
    expect(now.caption).toBeNull();
    expect(await fromStore(page, 's.selection')).toEqual({ kind: 'author', index: author });
    await shootPage(page, `phone-marks-${theme}-framed`);
    expect(errors).toEqual([]);
  });
});
