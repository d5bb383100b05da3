/**
 * The explorer on a 390x844 phone (issue 11), as users get it (camera animation on), light and dark: the
 * dataset's name in the top bar is shown whole, the search's placeholder is not cut, the ego view frames
 * the authors it shows in the part of the canvas the bottom sheet and the banner leave free, and the
 * Rankings table fits the screen's width (no sideways scrolling, its page buttons not under the zoom buttons).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, backToLoaded, fromStore, LEFT_BEHIND, nodePosition, OUTPUT_DIR, settled, shootPage, stepBack } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { sixYearsQuery } from './years-fixture';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

const PHONE = { width: 390, height: 844 };

/**
 * One phone page per theme for both checks (the app started in that system theme: its own load), opened by the
 * first check; the second starts from the state right after the load (`backToLoaded` at the phone's size, then
 * the drawer closed as a user closes it, with Escape; checked). Was a load per check (4 → 2 seed loads).
 */
const pages = new Map<string, Promise<{ page: Page; errors: string[]; loaded: unknown }>>();
async function phonePage(theme: 'light' | 'dark'): Promise<{ page: Page; errors: string[] }> {
  let opened = pages.get(theme);
  if (!opened) {
    opened = (async () => {
      const o = await openPage(browser, { viewport: PHONE, colorScheme: theme, hasTouch: true, isMobile: true }, { userMode: true });
      await o.page.goto(appUrl());
      await waitForState(o.page, 'ready');
      return { ...o, loaded: await fromStore(o.page, `{ ...${LEFT_BEHIND}, drawerOpen: s.drawerOpen }`) };
    })();
    pages.set(theme, opened);
    return opened;
  }
  const { page, errors, loaded } = await opened;
  const { drawerOpen, ...rest } = loaded as { drawerOpen: boolean };
  // the Rankings closed and the filters drawer closed (Escape closes it once no card is open), whose scrim
  // would cover the zoom buttons `backToLoaded` uses
  const closeRankings = page.getByTestId('rankings').getByRole('button', { name: 'Close rankings' });
  if (await closeRankings.count()) await closeRankings.click();
  for (let i = 0; i < 3 && (await page.evaluate<boolean>('window.__atlas.store.getState().drawerOpen')); i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
  await backToLoaded(page, rest, PHONE);
  expect(await fromStore(page, `{ ...${LEFT_BEHIND}, drawerOpen: s.drawerOpen }`), 'back to the state right after the load').toEqual(loaded);
  expect(drawerOpen).toBe(false);
  return { page, errors };
}

afterAll(async () => {
  for (const opened of pages.values()) await (await opened).page.context().close();
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('on a phone, %s theme', (theme) => {
  it('the top bar reads whole, the ego view is framed above the sheet, the Rankings fit the width', async () => {
    const { page, errors } = await phonePage(theme);
    await settled(page, 300);
    await shootPage(page, `phone-${theme}-top-bar`);

    // the dataset's name: nothing cut (no ellipsis, no hidden line)
    const name = await page.evaluate<{ text: string; cut: boolean }>(`(() => {
      const el = document.querySelector('.topbar .dataset-name');
      return { text: el.textContent, cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 };
    })()`);
    expect(name.text).toBe('Wang, Jialiang — papers and co-authors');
    expect(name.cut).toBe(false);
    // the search's placeholder fits its box
    const search = await page.evaluate<{ placeholder: string; text: number; room: number }>(`(() => {
      const input = document.querySelector('.search input');
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { placeholder: input.placeholder, text: ctx.measureText(input.placeholder).width, room };
    })()`);
    expect(search.placeholder).toBe('Search 109 authors and 9 papers');
    expect(search.text).toBeLessThanOrEqual(search.room);

    // the ego view: every author it shows lies in the canvas part left free by the banner and the sheet
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await page.getByTestId('ego-section').getByRole('button', { name: '2 steps' }).click();
    await page.getByTestId('ego-banner').waitFor();
    await settled(page, 300);
    await shootPage(page, `phone-${theme}-ego`);
    const placed = await page.evaluate<{ outside: string[]; shown: number; free: number[] }>(`(() => {
      const sigma = window.__atlas.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      const top = document.querySelector('.ego-banner').getBoundingClientRect().bottom;
      const bottom = document.querySelector('.details-panel').getBoundingClientRect().top;
      const outside = [];
      let shown = 0;
      sigma.getGraph().forEachNode((key, a) => {
        if (a.kind !== 'author' || a.hidden) return;
        shown++;
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key));
        const x = box.left + p.x, y = box.top + p.y;
        if (x < box.left || x > box.right || y < top || y > bottom) outside.push(a.label + ' at ' + Math.round(x) + ',' + Math.round(y));
      });
      return { outside, shown, free: [top, bottom] };
    })()`);
    expect(placed.shown).toBeGreaterThan(5);
    expect(placed.outside, `free band ${placed.free.join('–')}`).toEqual([]);
    await page.getByTestId('leave-ego').click();
    await page.keyboard.press('Escape');

    // Rankings: the table fits the width, and the page buttons are what a tap reaches
    await page.getByRole('button', { name: /Open filters/ }).click();
    await page.getByRole('button', { name: 'Rankings of authors' }).click();
    await page.getByTestId('rankings').waitFor();
    await shootPage(page, `phone-${theme}-rankings`);
    const sideways = await page.evaluate<string[]>(`[...document.querySelectorAll('.rankings, .rankings-scroll')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.className + ' ' + e.scrollWidth + ' > ' + e.clientWidth)`);
    expect(sideways).toEqual([]);
    const next = page.getByTestId('rankings').getByRole('button', { name: 'Next' });
    const reached = await next.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
    });
    expect(reached).toBe(true);

    // the review list: a suggestion's "Same person" button, scrolled into view in the sheet, is what a tap reaches (the
    // sheet's footer, "Download alias file · Apply in the explorer", stayed stuck over it)
    await page.getByTestId('rankings').getByRole('button', { name: 'Close rankings' }).click();
    await page.getByRole('button', { name: /Open filters/ }).click();
    await page.getByRole('button', { name: 'Review names' }).click();
    const accept = page.getByTestId('review-panel').getByTestId('suggestion').first().getByRole('button', { name: 'Same person' });
    await accept.waitFor();
    await settled(page, 300);
    await shootPage(page, `phone-${theme}-review`);
    const tapped = await accept.evaluate((el) => {
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit === el ? 'the button' : hit ? hit.className || hit.tagName : 'nothing';
    });
    expect(tapped).toBe('the button');
    await page.getByTestId('review-panel').getByRole('button', { name: 'Close panel' }).click();

    expect(errors).toEqual([]);
  }, 180_000);

  it('the co-author chain’s suggestions open in view under the field at the drawer’s bottom, and a tap picks one', async () => {
    const { page, errors } = await phonePage(theme);
    await page.getByRole('button', { name: /Open filters/ }).click();
    const from = page.getByRole('combobox', { name: 'From' });
    await from.tap();
    await from.pressSequentially('Cynthia');
    const option = page.getByRole('option', { name: /Cynthia Dwork/ });
    await option.waitFor();
    await settled(page, 100);
    await shootPage(page, `phone-${theme}-chain-suggestions`);
    // the list lies on the screen, under the field (fixed like the top bar's search list, it opened below the screen)
    const where = await page.evaluate<{ list: number[]; field: number; height: number }>(`(() => {
      const list = document.querySelector('.picker-results').getBoundingClientRect();
      const field = document.activeElement.getBoundingClientRect();
      return { list: [list.top, list.bottom], field: field.bottom, height: innerHeight };
    })()`);
    expect(where.list[0]).toBeGreaterThanOrEqual(where.field);
    // (within a pixel: the drawer scrolls by whole pixels and its content's layout is fractional, 844.23 of 844)
    expect(where.list[1]).toBeLessThanOrEqual(where.height + 1);
    await option.tap();
    await expect(page.getByTestId('picked-from').innerText()).resolves.toContain('Cynthia Dwork');
    expect(errors).toEqual([]);
  }, 120_000);

  it('the drawer open over a card is on top of it all: the zoom buttons lie under its scrim, the dataset menu opens over it, Escape closes it first', async () => {
    const { page, errors } = await phonePage(theme);
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: 0 })`);
    await page.getByTestId('author-panel').waitFor();
    await page.getByRole('button', { name: /Open filters/ }).click();
    await page.locator('.scrim').waitFor();
    await settled(page, 100);
    // what a tap at the middle of each zoom button would hit: the scrim, not the button (a tester could tap them)
    const hits = await page.evaluate<string[]>(`[...document.querySelectorAll('.react-sigma-control')].map((b) => {
      const r = b.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit === null ? 'nothing' : hit.closest('.react-sigma-control') ? 'a zoom button' : hit.className;
    })`);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h === 'scrim')).toBe(true);
    // the dataset switcher's menu opens over the drawer, where a tap reaches it
    await page.getByTestId('dataset-switcher').click();
    const menu = page.getByTestId('dataset-menu');
    await menu.waitFor();
    const onTop = await page.evaluate<boolean>(`(() => {
      const m = document.querySelector('[data-testid="dataset-menu"]').getBoundingClientRect();
      const hit = document.elementFromPoint(m.left + 20, m.top + Math.min(40, m.height / 2));
      return !!hit && !!hit.closest('[data-testid="dataset-menu"]');
    })()`);
    expect(onTop).toBe(true);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    // Escape closes the drawer, which lies over the card; the card stays until the next Escape
    await page.keyboard.press('Escape');
    await page.locator('.scrim').waitFor({ state: 'detached' });
    expect(await page.getByTestId('author-panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, 120_000);

  it('Back closes the filters drawer first, the author stays; the legend is shown, compact, and goes under the sheet', async () => {
    const { page, errors } = await phonePage(theme);
    // the legend: at the map's foot, inside the width left of the zoom buttons
    const legend = page.getByTestId('legend');
    const lb = (await legend.boundingBox())!;
    const zoom = (await page.locator('.react-sigma-controls').boundingBox())!;
    expect(lb.x + lb.width).toBeLessThanOrEqual(zoom.x);
    expect(lb.y + lb.height).toBeLessThanOrEqual(PHONE.height);
    await expect(legend.textContent()).resolves.toContain('paper');
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: 0 })`);
    await page.getByTestId('author-panel').waitFor();
    expect(await legend.isVisible()).toBe(false);
    await settled(page, 100);
    await page.getByRole('button', { name: /Open filters/ }).click();
    await page.locator('.scrim').waitFor();
    await stepBack(page);
    await page.locator('.scrim').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    expect(await fromStore(page, 's.selection')).toEqual({ kind: 'author', index: 0 });
    expect(await page.getByTestId('author-panel').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('author')).toBe('0');
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, 120_000);

  it('turned to landscape (844×390) it keeps the phone layout: the drawer, the card down the right, the author beside it', async () => {
    const { page, errors } = await phonePage(theme);
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: 0 })`);
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 300);
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await settled(page, 500);
    await shootPage(page, `phone-${theme}-landscape`);
    try {
      const layout = await page.evaluate<{ sidebar: string; card: number[]; canvas: number[] }>(`(() => {
        const card = document.querySelector('.details-panel').getBoundingClientRect();
        const canvas = window.__atlas.sigma.getContainer().getBoundingClientRect();
        return { sidebar: getComputedStyle(document.querySelector('.sidebar')).visibility, card: [card.left, card.top, card.right], canvas: [canvas.left, canvas.top] };
      })()`);
      expect(layout.sidebar, 'the sidebar is a closed drawer').toBe('hidden');
      expect(layout.canvas[0]).toBe(0);
      expect(layout.card[2]).toBeCloseTo(PHONE.height, 0);
      expect(layout.card[0], 'the card leaves the map at least half the width').toBeGreaterThanOrEqual(PHONE.height / 2);
      const at = await nodePosition(page, 'a0');
      expect(at.x, 'left of the card').toBeLessThan(layout.card[0]);
      expect(at.x).toBeGreaterThan(0);
      expect(at.y, 'below the top bar').toBeGreaterThan(layout.canvas[1]);
      expect(at.y).toBeLessThan(PHONE.width);
    } finally {
      await page.setViewportSize(PHONE);
      await settled(page, 300);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('the ego view on a phone', () => {
  it('is drawn large above the sheet, and its PNG and SVG show the network over the whole picture, not blank where the sheet was', async () => {
    const { page, errors } = await phonePage('light');
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await page.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    await page.getByTestId('ego-banner').waitFor();
    await settled(page, 300);
    await shootPage(page, 'phone-ego-large');
    const drawn = await page.evaluate<{ span: number; band: number; width: number }>(`(() => {
      const sigma = window.__atlas.sigma;
      const box = sigma.getContainer().getBoundingClientRect();
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      sigma.getGraph().forEachNode((key, a) => {
        if (a.kind !== 'author' || a.hidden) return;
        const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key));
        x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
      });
      const top = document.querySelector('.ego-banner').getBoundingClientRect().bottom;
      const bottom = document.querySelector('.details-panel').getBoundingClientRect().top;
      return { span: Math.max(x1 - x0, y1 - y0), band: bottom - top, width: box.width };
    })()`);
    // the sheet leaves the network room (at 55% of the screen the strip was ~190 px, the network ~165 px across)
    expect(drawn.band).toBeGreaterThan(280);
    expect(drawn.span, 'the network drawn across most of the phone').toBeGreaterThan(0.6 * drawn.width);

    // the PNG of the view, the sheet still open
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByTestId('export-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="png"]').click()]);
    const file = path.join(OUTPUT_DIR, 'downloads', 'phone-ego.png');
    mkdirSync(path.dirname(file), { recursive: true });
    await download.saveAs(file);
    // the finished export closes the menu, which covered the map (a tester), and says what was saved
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('export-note').innerText()).toBe(`Downloaded ${download.suggestedFilename()}`);
    // and the SVG of the view, taken alike: its discs over the same height
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="svg"]').click()]);
    const svgFile = path.join(OUTPUT_DIR, 'downloads', 'phone-ego.svg');
    await svgDownload.saveAs(svgFile);
    await menu.waitFor({ state: 'detached' });
    const discY = [...readFileSync(svgFile, 'utf8').matchAll(/<circle cx="[-\d.]+" cy="([-\d.]+)"/g)].map((m) => Number(m[1]));
    const png = PNG.sync.read(readFileSync(file));
    const mapHeight = await page.evaluate<number>('window.__atlas.sigma.getDimensions().height');
    // rows of the map part (above the caption) with ink: anything clearly off the background
    const bg = [png.data[0]!, png.data[1]!, png.data[2]!];
    const inked: number[] = [];
    for (let y = 0; y < Math.min(mapHeight, png.height); y++) {
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if (Math.abs(png.data[i]! - bg[0]!) + Math.abs(png.data[i + 1]! - bg[1]!) + Math.abs(png.data[i + 2]! - bg[2]!) > 60) {
          inked.push(y);
          break;
        }
      }
    }
    // the network over most of the picture's height, and some of it in the lower half (behind the sheet on screen):
    // at the screen's camera it filled the top third, the rest blank
    expect(inked.length).toBeGreaterThan(0);
    expect(inked.at(-1)! - inked[0]!, 'the network spans the picture').toBeGreaterThan(0.5 * mapHeight);
    expect(inked.filter((y) => y > mapHeight / 2).length).toBeGreaterThan(0.1 * mapHeight);
    expect(discY.length).toBeGreaterThan(4);
    expect(Math.max(...discY) - Math.min(...discY), 'the SVG: the network spans the picture').toBeGreaterThan(0.4 * mapHeight);
    await page.getByTestId('leave-ego').click();
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, 180_000);
});

/**
 * Where the page draws the ego view now (viewport pixels): the shown authors' extent, the selected author, the
 * banner, the sheet's top (the window's bottom with no card), the zoom buttons.
 */
const EGO_DRAWN = `(() => {
  const sigma = window.__atlas.sigma;
  const box = sigma.getContainer().getBoundingClientRect();
  const rect = (s) => { const e = document.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
  const at = (key) => { const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)); return { x: box.left + p.x, y: box.top + p.y }; };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  sigma.getGraph().forEachNode((key, a) => {
    if (a.kind !== 'author' || a.hidden) return;
    const p = at(key);
    x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
  });
  const s = window.__atlas.store.getState();
  const panel = rect('.details-panel');
  return {
    network: { left: x0, top: y0, right: x1, bottom: y1 },
    selected: s.selection && s.selection.kind === 'author' ? at('a' + s.selection.index) : null,
    map: { top: box.top, bottom: panel ? panel.top : box.bottom, left: box.left, right: box.right },
    banner: rect('.ego-banner'),
    zoom: rect('.react-sigma-controls'),
  };
})()`;
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface EgoDrawn {
  network: Box;
  selected: { x: number; y: number } | null;
  map: Box;
  banner: Box | null;
  zoom: Box | null;
}

/**
 * The ego banner's author name as a user reads it: its text, and whether any of it is hidden (the name's box or its
 * block scrolled, a line of it outside the banner, an ellipsis drawn), and the banner's controls' smallest finger
 * target (a button's own box or its 44 px band, network.css). A string for page.evaluate (see the brief on `__name`).
 */
const EGO_NAME = `(() => {
  const banner = document.querySelector('.ego-banner');
  const name = banner.querySelector('.ego-name');
  const what = banner.querySelector('.ego-what');
  const b = banner.getBoundingClientRect();
  const lines = [...name.getClientRects()];
  const outside = lines.some((r) => r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1);
  const scrolled = [name, what].some((e) => e.clientWidth > 0 && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1));
  const ellipsis = [name, what].some((e) => getComputedStyle(e).textOverflow === 'ellipsis' && getComputedStyle(e).overflow !== 'visible');
  const target = Math.min(...[...banner.querySelectorAll('button')].map((e) => {
    const r = e.getBoundingClientRect();
    const band = getComputedStyle(e, '::after').content === 'none' ? 0 : parseFloat(getComputedStyle(e, '::after').height) || 0;
    return Math.min(r.width, Math.max(r.height, band));
  }));
  return { text: name.textContent, cut: outside || scrolled || ellipsis, lines: lines.length, target };
})()`;

describe('the ego view on a phone: framed in what the banner and the sheet leave, whichever way the user gets there', () => {
  it('Show everyone keeps the author in view; Back and Forward frame the network or the author; closing the card frames it in the whole map; at 360×640 the banner is one line', async () => {
    const { page, errors } = await phonePage('dark');
    const drawn = async () => {
      await settled(page, 400);
      return page.evaluate<EgoDrawn>(EGO_DRAWN);
    };
    /** The network drawn between the banner and the sheet (a few pixels' slack for the discs' centres). */
    const inStrip = (d: EgoDrawn, what: string) => {
      expect(d.banner, what).not.toBeNull();
      expect(d.network.top, `${what}: under the banner`).toBeGreaterThan(d.banner!.bottom - 2);
      expect(d.network.bottom, `${what}: above the sheet`).toBeLessThan(d.map.bottom + 2);
      expect(d.network.left, what).toBeGreaterThanOrEqual(d.map.left - 2);
      expect(d.network.right, what).toBeLessThanOrEqual(d.map.right + 2);
    };
    const authorInView = (d: EgoDrawn, what: string) => {
      expect(d.selected, what).not.toBeNull();
      expect(d.selected!.y, `${what}: above the sheet`).toBeLessThan(d.map.bottom - 4);
      expect(d.selected!.y, what).toBeGreaterThan(d.map.top);
      expect(d.selected!.x, what).toBeGreaterThan(d.map.left);
      expect(d.selected!.x, what).toBeLessThan(d.map.right);
    };
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await page.getByTestId('ego-section').getByRole('button', { name: '1 step' }).click();
    await page.getByTestId('ego-banner').waitFor();
    const entered = await drawn();
    inStrip(entered, 'entered from the card');
    // the banner on one line, clear of the zoom buttons (three lines, 87 px, at 360 px before; "+" over its corner)
    expect(entered.banner!.bottom - entered.banner!.top, 'the banner one line').toBeLessThan(50);

    // Show everyone in the card: the author, still selected, in the strip above the sheet
    await page.getByTestId('ego-section').getByRole('button', { name: 'Show everyone' }).click();
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    authorInView(await drawn(), 'after Show everyone');

    // Back into the view: its network framed in the strip (it stayed at the map's camera, under the sheet)
    await stepBack(page);
    await page.getByTestId('ego-banner').waitFor();
    const back = await drawn();
    inStrip(back, 'Back into the ego view');
    // as large as entering it from the card drew it
    expect(back.network.right - back.network.left, 'Back: the network drawn as large as entering it drew it').toBeGreaterThan(0.9 * (entered.network.right - entered.network.left));
    expect(back.network.bottom - back.network.top).toBeGreaterThan(0.9 * (entered.network.bottom - entered.network.top));
    await shootPage(page, 'phone-ego-back-dark');
    // Forward out of it again: the author in view
    await page.goForward();
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    authorInView(await drawn(), 'Forward out of the ego view');
    await stepBack(page);
    await page.getByTestId('ego-banner').waitFor();
    await drawn();

    // the card closed: the network framed again in the whole map (it stayed at the top, the lower 60% empty)
    await page.getByTestId('author-panel').getByRole('button', { name: /close/i }).first().click();
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    const closed = await drawn();
    inStrip(closed, 'the card closed');
    const mapHeight = closed.map.bottom - closed.banner!.bottom;
    expect(closed.network.bottom, 'the network reaches the lower part of the map').toBeGreaterThan(closed.banner!.bottom + 0.7 * mapHeight);
    expect(closed.network.right - closed.network.left, 'the network drawn across the phone').toBeGreaterThan(0.7 * (closed.map.right - closed.map.left));
    await shootPage(page, 'phone-ego-card-closed-dark');

    // a small phone, the card open again: a one-line banner, clear of the zoom buttons, the network framed below it
    await page.setViewportSize({ width: 360, height: 640 });
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await page.getByTestId('author-panel').waitFor();
    await page.getByTestId('ego-section').getByRole('button', { name: '2 steps' }).click();
    await page.waitForFunction('window.__atlas.store.getState().filters.ego?.steps === 2');
    const small = await drawn();
    inStrip(small, '360×640, card open');
    expect(small.banner!.bottom - small.banner!.top, 'the banner one line').toBeLessThan(50);
    // whose network it is, read whole ("Cynth…" at 360 px before), its steps and × still 44 px targets
    expect(await page.evaluate(EGO_NAME)).toMatchObject({ text: 'Cynthia Dwork', cut: false, target: 44 });
    const z = small.zoom!;
    const b = small.banner!;
    expect(z.left >= b.right || z.right <= b.left || z.top >= b.bottom || z.bottom <= b.top, 'the zoom buttons clear of the banner').toBe(true);
    expect(small.network.bottom - small.network.top, 'the network drawn tall in the strip').toBeGreaterThan(0.6 * (small.map.bottom - b.bottom));
    await shootPage(page, 'phone-360-ego-dark');
    await page.setViewportSize(PHONE);

    // an author of the network far on the map from her, chosen in the view, then the banner's Show everyone (×):
    // the map's camera of before would leave them out, so they are framed (still selected, the card open)
    const far = await page.evaluate<string>(`(() => {
      const s = window.__atlas.store.getState();
      const a = s.dataset.bundle.authors;
      const me = s.filters.ego.author;
      const unique = (n) => a.name.filter((m) => m === n).length === 1;
      let best = -1, d = -1;
      s.visibility.author.forEach((v, i) => {
        const e = (a.x[i] - a.x[me]) ** 2 + (a.y[i] - a.y[me]) ** 2;
        if (v === 1 && e > d && unique(a.name[i])) { d = e; best = i; }
      });
      return a.name[best];
    })()`);
    await page.getByLabel('Search authors and papers').fill(far);
    await page.getByRole('option', { name: far }).first().click();
    await page.waitForFunction(`window.__atlas.store.getState().selection?.index === window.__atlas.store.getState().dataset.bundle.authors.name.indexOf(${JSON.stringify(far)})`);
    await drawn();
    await page.getByTestId('leave-ego').click();
    await page.getByTestId('ego-banner').waitFor({ state: 'detached' });
    authorInView(await drawn(), `${far}, chosen in the view, after Show everyone`);
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('a touch phone: fingers, the drawer as a dialog, an export', () => {
  it('controls a finger aims at are 44 px; the drawer is modal (the map behind it inert), the focus goes in and back to ☰; a finished export closes the menu and says what was saved', async () => {
    const { page, errors } = await openPage(browser, { viewport: PHONE, hasTouch: true, isMobile: true }, { userMode: true });
    await page.goto(appUrl());
    await waitForState(page, 'ready');
    const sizes = await page.evaluate<{ name: string; w: number; h: number }[]>(`[...document.querySelectorAll('.react-sigma-control button, .drawer-toggle, .export > .button, .topbar .import-button')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => { const r = el.getBoundingClientRect(); return { name: el.getAttribute('aria-label') || el.textContent.trim() || el.className, w: r.width, h: r.height }; })`);
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    for (const s of sizes) expect(Math.min(s.w, s.h), s.name).toBeGreaterThanOrEqual(44);
    await shootPage(page, 'phone-touch-top-bar');

    // the drawer: a modal dialog, the focus in it, the map and its zoom buttons out of Tab's reach
    const toggle = page.locator('.drawer-toggle');
    await toggle.click();
    await page.locator('.scrim').waitFor();
    const sidebar = page.locator('#sidebar');
    expect(await sidebar.getAttribute('role')).toBe('dialog');
    expect(await sidebar.getAttribute('aria-modal')).toBe('true');
    expect(await sidebar.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await page.locator('main.stage').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    // the search field, the chain's two fields and a community's show/hide box (its label the target: the box was 13 px)
    const fields = await page.evaluate<{ name: string; w: number; h: number }[]>(`[...document.querySelectorAll('.topbar .search input, .picker-field input, .community-list .community-check')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => { const r = el.getBoundingClientRect(); return { name: el.getAttribute('aria-label') || el.className, w: r.width, h: r.height }; })`);
    expect(fields.length).toBeGreaterThanOrEqual(4);
    for (const s of fields) expect(Math.min(s.w, s.h), s.name).toBeGreaterThanOrEqual(44);
    // a tap near the label's corner, 12 px off the box, hides the community; one near its bottom edge shows it again
    // (the tap is aimed where the label is at that moment: the drawer's lines above it arrive as the name checks end)
    const check = page.locator('.community-list .community-check').first();
    await check.tap({ position: { x: 4, y: 4 } });
    await expect.poll(() => check.locator('input').isChecked()).toBe(false);
    // (a second tap at once would be a double tap)
    await page.waitForTimeout(600);
    await check.tap({ position: { x: 22, y: 40 } });
    await expect.poll(() => check.locator('input').isChecked()).toBe(true);
    const reached = new Set<string>();
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate<string>(`(() => { const a = document.activeElement; return !a ? 'none' : a.closest('main') ? 'the map' : a.closest('.details') ? 'the card' : a.closest('#sidebar') ? 'the drawer' : 'other'; })()`));
    }
    expect(reached.has('the drawer')).toBe(true);
    expect(reached.has('the map')).toBe(false);
    await shootPage(page, 'phone-touch-drawer');
    await sidebar.focus();
    await page.keyboard.press('Escape');
    await page.locator('.scrim').waitFor({ state: 'detached' });
    expect(await toggle.evaluate((el) => el === document.activeElement), 'the focus back on ☰').toBe(true);
    expect(await page.locator('main.stage').evaluate((el) => (el as HTMLElement).inert)).toBe(false);
    // its own Close button, inside the dialog
    await toggle.click();
    await sidebar.getByRole('button', { name: /^Close/ }).click();
    await page.locator('.scrim').waitFor({ state: 'detached' });
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);

    // an export: the menu (as tall as the screen under the top bar, every entry in it) closes once the file is saved
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByTestId('export-menu');
    await menu.waitFor();
    const last = (await menu.locator('[data-export="gephi-tables"]').boundingBox())!;
    const box = (await menu.boundingBox())!;
    expect(last.y + last.height, '"Tables for Gephi" inside the menu, not cut off').toBeLessThanOrEqual(box.y + box.height);
    // where the focus is as the menu goes (the menu's removal is seen by an observer in the same task): on the Export
    // button from then on, not on the page's body until a later frame (a reader's key there, or a check, found the body)
    await page.evaluate(`new MutationObserver((records, observer) => {
      if (document.querySelector('[data-testid="export-menu"]')) return;
      const a = document.activeElement;
      window.__focusAsMenuCloses = a === document.querySelector('.export > .button') ? 'Export' : a ? a.tagName : 'none';
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true })`);
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="authors-csv"]').click()]);
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate('window.__focusAsMenuCloses')).toBe('Export');
    await expect.poll(() => page.getByTestId('export-note').innerText()).toBe(`Downloaded ${download.suggestedFilename()}`);
    expect(await page.getByTestId('export-note').getAttribute('role')).toBe('status');
    expect(await page.evaluate<boolean>(`document.activeElement === document.querySelector('.export > .button')`)).toBe(true);
    await shootPage(page, 'phone-touch-export-note');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('a year handle is taken 15 px beside its disc (a 44 px target) and drawn in forced colours; under reduced motion the drawer does not slide; safe areas are kept clear', async () => {
    const { page, errors } = await openPage(browser, { viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' }, { userMode: true });
    await page.goto(appUrl(sixYearsQuery()));
    await waitForState(page, 'ready');
    await page.locator('.drawer-toggle').click();
    await page.locator('.scrim').waitFor();
    expect(await page.locator('#sidebar').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    const range = page.getByTestId('year-range');
    await range.scrollIntoViewIfNeeded();
    const box = (await range.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    const from = () => page.evaluate<string>(`document.querySelector('[data-testid="year-range"] input').value`);
    // the "from" disc stands on the first year's bar (year-scale.ts `fromPosition`), in the track's first sixth
    const first = await from();
    expect(Number(first)).toBeGreaterThan(0);
    expect(Number(first)).toBeLessThan(1 / 6);
    // a finger's drag starting 15 px right of the "from" disc's centre (8 px from the track's start, then its place)
    const cdp = await page.context().newCDPSession(page);
    const x = box.x + 8 + (box.width - 16) * Number(first) + 15;
    const y = box.y + box.height / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: at, y }] });
    await touch('touchStart', x);
    for (let k = 1; k <= 10; k++) await touch('touchMove', x + k * 10);
    await touch('touchEnd', x);
    await expect.poll(from).not.toBe(first);
    await shootPage(page, 'phone-touch-year-handles');

    // forced colours: the handles' discs are drawn (their 44 px targets' picture was dropped): the "to" disc's ring
    // (2 px at 6 to 8 px from its centre, on the last year's bar) unlike the background beside the track
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    await shootPage(page, 'phone-touch-year-handles-forced');
    const png = PNG.sync.read(await range.screenshot());
    const rgb = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    const centre = Math.floor(png.height / 2);
    const toAt = Number(await page.evaluate<string>(`document.querySelectorAll('[data-testid="year-range"] input')[1].value`));
    const toX = Math.round(8 + (png.width - 16) * toAt);
    const bg = rgb(toX, 1);
    const off = (y: number) => { const c = rgb(toX, y); return Math.abs(c[0]! - bg[0]!) + Math.abs(c[1]! - bg[1]!) + Math.abs(c[2]! - bg[2]!); };
    expect(Math.max(off(centre - 8), off(centre - 7), off(centre - 6)), 'the "to" handle’s ring in forced colours').toBeGreaterThan(120);
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'none' });

    // under a notch (47 px) and a home bar (34 px): the top bar starts below the notch, the legend and the zoom
    // buttons end above the home bar, the bottom sheet's last line above it too
    await page.keyboard.press('Escape');
    await page.locator('.scrim').waitFor({ state: 'detached' });
    await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets: { top: 47, bottom: 34, left: 0, right: 0 } });
    await page.waitForFunction(`parseFloat(getComputedStyle(document.querySelector('.topbar')).paddingTop) >= 47`);
    expect((await page.locator('.drawer-toggle').boundingBox())!.y).toBeGreaterThanOrEqual(47);
    for (const selector of ['.legend', '.react-sigma-controls']) {
      const b = (await page.locator(selector).boundingBox())!;
      expect(b.y + b.height, selector).toBeLessThanOrEqual(PHONE.height - 34);
    }
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: 0 })`);
    await page.getByTestId('author-panel').waitFor();
    expect(await page.locator('.details-panel .panel-body').evaluate((el) => parseFloat(getComputedStyle(el).paddingBottom))).toBeGreaterThanOrEqual(34 + 16);
    await shootPage(page, 'phone-touch-safe-areas');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});


/**
 * Runs `act`, then waits for the camera move it asks for to end: the camera changed, then stopped (the move starts
 * once the card is painted and the features' chunks are in, up to seconds later on a loaded machine: `settled`
 * alone could read the camera before it began).
 */
async function afterCameraMove(page: Page, act: () => Promise<unknown>): Promise<void> {
  await page.evaluate(`(() => { window.__cameraMoved = false; window.__atlas.sigma.getCamera().once('updated', () => { window.__cameraMoved = true; }); })()`);
  await act();
  await page.waitForFunction('window.__cameraMoved && !window.__atlas.sigma.getCamera().isAnimated()', null, { timeout: 60_000 });
  await settled(page);
}

/** The map's part a user sees (page pixels): under the top bar and the filters chip, above the sheet; and where `key` is drawn. */
async function inSight(page: Page, key: string): Promise<{ at: { x: number; y: number }; map: Box; chip: Box | null }> {
  const at = await nodePosition(page, key);
  const boxes = await page.evaluate<{ map: Box; chip: Box | null }>(`(() => {
    const rect = (s) => { const e = document.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect(); return r.width > 0 ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null; };
    const canvas = rect('.atlas-canvas');
    const sheet = rect('.details-panel');
    return { map: { ...canvas, bottom: sheet ? sheet.top : canvas.bottom }, chip: rect('.filter-chip') };
  })()`);
  return { at, ...boxes };
}

/** `at` inside `map` (8 px in from its edges, the disc's centre) and not under `chip`. */
function expectInSight(s: { at: { x: number; y: number }; map: Box; chip: Box | null }, what: string): void {
  const { at, map, chip } = s;
  expect(at.y, `${what}: below the top bar`).toBeGreaterThan(map.top + 8);
  expect(at.y, `${what}: above the sheet`).toBeLessThan(map.bottom - 8);
  expect(at.x, what).toBeGreaterThan(map.left + 8);
  expect(at.x, what).toBeLessThan(map.right - 8);
  if (chip) expect(at.y > chip.bottom || at.x > chip.right || at.x < chip.left, `${what}: not under the filters chip (its foot at ${Math.round(chip.bottom)})`).toBe(true);
}

describe('a small phone (360×740): the selection in sight, the sheet resized by its handle, names read whole', () => {
  it('an author chosen with a filter on is framed clear of the chip and the sheet; the handle drags, taps and keys the sheet between three heights; Rankings names are whole; the ego steps are 44 px', async () => {
    const SMALL = { width: 360, height: 740 };
    const { page, errors } = await openPage(browser, { viewport: SMALL, colorScheme: 'dark', hasTouch: true, isMobile: true }, { userMode: true });
    await page.goto(appUrl());
    await waitForState(page, 'ready');
    await settled(page);
    // a filter on (authors of 2 papers or more): the chip says so over the map's top left
    await page.evaluate(`window.__atlas.store.getState().setMinPapers(2)`);
    await page.getByTestId('filter-chip').waitFor();
    // authors framed with their papers (off the middle of the map), one after the other: Peizhao Zhang, chosen after
    // Felix Juefei-Xu, was drawn under the chip (x 120, y 141, the chip's foot at 146), Matthew Yu beside it, 18 px
    // under the top bar
    for (const name of ['Matthew Yu', 'Felix Juefei-Xu', 'Peizhao Zhang', 'Xiaoliang Dai']) {
      const index = await fromStore<number>(page, `b.authors.name.indexOf(${JSON.stringify(name)})`);
      await afterCameraMove(page, async () => {
        await page.getByLabel('Search authors and papers').fill(name);
        await page.getByRole('option', { name }).first().click();
        await page.getByTestId('author-panel').waitFor();
      });
      await shootPage(page, `phone-360-chip-${name.replace(/ /g, '-')}`);
      expectInSight(await inSight(page, `a${index}`), name);
    }
    // the author card's steps to the ego view: 44 px targets
    const steps = await page.getByTestId('ego-section').getByRole('button').evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return Math.min(r.width, r.height); }));
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(44);
    // the card's co-authors, all of them, read whole (wrapped in their column: cut with "…" at 360 px, "Antonios
    // Anast…" on the 30k map), and the card's controls take a finger: its ×, each co-author, "All N co-authors", the
    // community chip (32, 19, 23 and 25 px high before)
    await page.getByTestId('author-panel').getByRole('button', { name: /^All \d+ co-authors/ }).click();
    const card = await page.evaluate<{ names: number; cut: string[]; small: { name: string; size: number }[] }>(`(() => {
      const panel = document.querySelector('.details-panel');
      const names = [...panel.querySelectorAll('.coauthor-list .author-name')];
      const cut = names.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > e.closest('li').getBoundingClientRect().right + 1).map((e) => e.textContent);
      const small = [...panel.querySelectorAll('.panel-header .icon-button, .coauthor-list .author-link, .text-button, .chip')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => { const r = e.getBoundingClientRect(); return { name: e.getAttribute('aria-label') || e.textContent.trim(), size: Math.min(r.width, r.height) }; })
        .filter((t) => t.size < 44);
      return { names: names.length, cut, small };
    })()`);
    await shootPage(page, 'phone-360-card-coauthors');
    expect(card.names).toBeGreaterThan(12);
    expect(card.cut).toEqual([]);
    expect(card.small).toEqual([]);
    await page.getByTestId('author-panel').getByRole('button', { name: 'Fewer co-authors' }).click();

    // the sheet's handle (Matthew Yu's card open): a tap grows the sheet to the whole screen, its card scrolls
    const sheetHeight = () => page.evaluate<number>(`document.querySelector('.details').getBoundingClientRect().height`);
    const handle = page.getByTestId('sheet-handle');
    const grip = (await handle.boundingBox())!;
    expect(Math.min(grip.width, grip.height)).toBeGreaterThanOrEqual(44);
    const half = await sheetHeight();
    await handle.tap();
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeGreaterThan(half + 150);
    await settled(page, 300);
    await shootPage(page, 'phone-360-sheet-full');
    const body = page.locator('.details-panel .panel-body');
    const scrolled = async () => body.evaluate((el) => el.scrollTop);
    const bodyBox = (await body.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    /** A finger put down at (x, from), moved in ten steps to (x, to) and lifted. */
    const swipe = async (x: number, from: number, to: number) => {
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
      await touch('touchStart', from);
      for (let k = 1; k <= 10; k++) await touch('touchMove', from + ((to - from) * k) / 10);
      await touch('touchEnd', to);
    };
    await swipe(bodyBox.x + bodyBox.width / 2, bodyBox.y + bodyBox.height * 0.7, bodyBox.y + bodyBox.height * 0.7 - 200);
    await expect.poll(scrolled, { message: 'the card scrolls under a finger', timeout: 20_000 }).toBeGreaterThan(50);
    // its fling over (a tap during a fling stops it, as on Android, and is no click)
    await page.waitForFunction(`new Promise((resolve) => {
      const body = document.querySelector('.details-panel .panel-body');
      const at = body.scrollTop;
      requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(body.scrollTop === at))));
    })`);
    // a tap again: a peek, the author in sight above it (where it was: the sheet covers less)
    const author = `a${await fromStore<number>(page, `s.selection.index`)}`;
    await handle.tap();
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeLessThan(half - 80);
    await settled(page, 300);
    const peek = await sheetHeight();
    await shootPage(page, 'phone-360-sheet-peek');
    expectInSight(await inSight(page, author), 'the sheet at a peek');
    // keys: ↑ half, Enter the next height (the whole screen), ↓ back to half: the author in sight above it
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeCloseTo(half, 0);
    await page.keyboard.press('Enter');
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeGreaterThan(half + 150);
    await page.keyboard.press('ArrowDown');
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeCloseTo(half, 0);
    await settled(page, 300);
    expectInSight(await inSight(page, author), 'the sheet back at half');
    // a finger drags the handle down near the screen's foot: the sheet follows, and lets go at the peek
    const from = (await handle.boundingBox())!;
    const x = from.x + from.width / 2;
    const y0 = from.y + from.height / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', y0);
    for (let k = 1; k <= 10; k++) await touch('touchMove', y0 + k * 26);
    expect(await sheetHeight(), 'the sheet follows the finger').toBeLessThan(half - 200);
    await touch('touchEnd', y0 + 260);
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeCloseTo(peek, 0);
    // and up past the middle: the whole screen
    const low = (await handle.boundingBox())!;
    await swipe(x, low.y + low.height / 2, low.y + low.height / 2 - 450);
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeGreaterThan(half + 150);
    // closed and opened again: half
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'author', index: 0 })`);
    await page.getByTestId('author-panel').waitFor();
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeCloseTo(half, 0);
    // reduced motion: the sheet does not slide to the height its handle gives (the stylesheet's slide while it moves)
    const slide = () => page.evaluate<string>(`(() => {
      document.documentElement.classList.add('sheet-sliding');
      const ms = getComputedStyle(document.querySelector('.details')).transitionDuration;
      document.documentElement.classList.remove('sheet-sliding');
      return ms;
    })()`);
    expect(await slide()).toBe('0.2s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await slide()).toBe('0s');
    // and a tap from the whole screen to a peek, the sheet lowered at once: the tap's click does not fall through to
    // the map now under the finger (it opened a cluster's card in place of the author's)
    const open = await fromStore(page, 's.selection');
    await handle.tap();
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeGreaterThan(half + 150);
    await handle.tap();
    await expect.poll(sheetHeight, { timeout: 20_000 }).toBeLessThan(half - 80);
    await settled(page, 300);
    expect(await fromStore(page, 's.selection'), 'the card after a tap to a peek under reduced motion').toEqual(open);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });

    // Rankings at 360 px (the filter cleared with the chip's button): every name on the page read whole (wrapped, not
    // cut with "…": 43 of the 50 were)
    await page.getByTestId('filter-chip').getByRole('button', { name: /Clear the filters/ }).click();
    await page.getByTestId('filter-chip').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Open filters/ }).click();
    await page.getByRole('button', { name: 'Rankings of authors' }).click();
    await page.getByTestId('rankings').waitFor();
    await shootPage(page, 'phone-360-rankings');
    const names = await page.evaluate<{ rows: number; cut: string[] }>(`(() => {
      const names = [...document.querySelectorAll('.rankings-table .name-text')];
      const cut = names.filter((e) => {
        const r = e.getBoundingClientRect(), cell = e.closest('td').getBoundingClientRect();
        return e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1 || r.right > cell.right + 1;
      }).map((e) => e.textContent);
      return { rows: names.length, cut };
    })()`);
    expect(names.rows).toBe(50);
    expect(names.cut).toEqual([]);
    // each row a finger's 44 px (they were ~30 px), its name the target across the row's height: a point 3 px under the
    // row's top, over the name's start, is the name's button
    // (only the rows in sight in the table's scrolled box, under its sticky header: a row scrolled past the box's foot,
    // within the window, lies under the pager's buttons; at least 5 rows checked, a row in sight under anything fails)
    const rows = await page.evaluate<{ short: string[]; missed: string[]; checked: number }>(`(() => {
      const rows = [...document.querySelectorAll('.rankings-table tbody tr')];
      const short = rows.filter((tr) => tr.getBoundingClientRect().height < 43.5).map((tr) => tr.textContent);
      const missed = [];
      let checked = 0;
      const box = document.querySelector('.rankings-scroll').getBoundingClientRect();
      const head = document.querySelector('.rankings-table thead').getBoundingClientRect();
      for (const tr of rows) {
        const row = tr.getBoundingClientRect(), name = tr.querySelector('.name-text').getBoundingClientRect();
        if (row.top < Math.max(0, head.bottom) || row.bottom > Math.min(innerHeight, box.bottom)) continue;
        const hit = document.elementFromPoint(name.left + 4, row.top + 3);
        const label = tr.querySelector('.name-text').textContent;
        if (!hit || !tr.contains(hit)) {
          missed.push(label + ' under ' + (hit ? hit.tagName + '.' + hit.className + ' "' + hit.textContent + '" in ' + hit.parentElement.className + ' < ' + hit.parentElement.parentElement.className : 'nothing'));
          continue;
        }
        checked++;
        if (hit.closest('.link-button') !== tr.querySelector('td.name .link-button')) missed.push(label + ' hit ' + hit.tagName + '.' + hit.className + ' ' + JSON.stringify([row.top, row.height, name.left, name.top, name.height]));
      }
      return { short, missed, checked };
    })()`);
    expect(rows.short).toEqual([]);
    expect(rows.missed).toEqual([]);
    expect(rows.checked, 'rows checked').toBeGreaterThanOrEqual(5);
    // the numbers read whole in their narrow columns: the seed's least betweenness was "0.000058", cut at the
    // column's edge; the ranks of the last page ("101"…"109") were cut in the rank column's 24 px
    await page.waitForFunction(`window.__atlas.store.getState().betweenness.status === 'done'`);
    const numbersCut = () => page.evaluate<{ cells: number; betweenness: string[]; cut: string[] }>(`(() => {
      // (the cells drawn: a fractional map's full-counting column is left out on a phone, display: none)
      const cells = [...document.querySelectorAll('.rankings-table td.num')].filter((td) => td.getClientRects().length > 0);
      const cut = cells.filter((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const text = range.getBoundingClientRect(), cell = td.getBoundingClientRect();
        return text.left < cell.left - 0.5 || text.right > cell.right + 0.5 || td.scrollWidth > td.clientWidth + 1;
      }).map((td) => td.className.trim() + ': ' + td.textContent);
      const betweenness = [...document.querySelectorAll('.rankings-table td.col-betweenness')].map((td) => td.textContent);
      return { cells: cells.length, betweenness, cut };
    })()`);
    const first = await numbersCut();
    expect(first.cells).toBe(250);
    expect(first.cut).toEqual([]);
    // one fixed format, per cent with two decimals: no e-notation beside decimals (a tester saw "6.9e-3" next to "0.028")
    expect(first.betweenness, 'the least betweenness (5.8e-5)').toContain('0.01');
    for (const b of first.betweenness) expect(b).toMatch(/^(0|<0\.01|\d+\.\d\d)$/);
    await page.getByTestId('rankings').getByRole('button', { name: 'Betweenness' }).click();
    await page.getByTestId('rankings').getByRole('button', { name: 'Betweenness' }).click();
    expect((await numbersCut()).cut, 'sorted by betweenness, least first').toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByTestId('rankings-range').textContent()).toBe('101–109 of 109');
    await shootPage(page, 'phone-360-rankings-last-page');
    expect((await numbersCut()).cut, 'the last page').toEqual([]);

    // a paper's card (on the six-years map: the seed's papers have no year or venue): its year and venue line under
    // the title is whole, not pulled up under the scrolling body's top edge (4 px of its letters were cut)
    await page.goto(appUrl(sixYearsQuery()));
    await waitForState(page, 'ready');
    await page.evaluate(`window.__atlas.store.getState().select({ kind: 'paper', index: 0 })`);
    await page.locator('.details-panel .paper-meta').waitFor();
    const meta = await page.evaluate<{ top: number; body: number }>(`(() => ({
      top: document.querySelector('.details-panel .paper-meta').getBoundingClientRect().top,
      body: document.querySelector('.details-panel .panel-body').getBoundingClientRect().top,
    }))()`);
    await shootPage(page, 'phone-360-paper-card');
    expect(meta.top, 'the year and venue line below the card body\'s top edge').toBeGreaterThanOrEqual(meta.body - 0.5);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
