/**
 * The canvas and what lies over it (issue 11, item 6), on the seed in the mode users get (camera
 * animation on), at 1440x900 and on a 390x844 phone (touch), light and dark: the zoom buttons stay clear
 * of the details panel (card or bottom sheet); an author clicked or tapped is brought to the middle of
 * the part of the canvas the panel leaves visible, not under it; no label is drawn under the panel,
 * the legend or the zoom buttons, and none is cut by the canvas's edges; the top bar's title stays on
 * one line on a desktop (a name too long ends in "…", whole in its tooltip) and reads whole in at most two on a phone. Screenshots of each state go to test-output/e2e/layout-*.png.
 * One page per screen size, light then dark (the system theme switched under the open page).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, backToLoaded, drawnLabels, frames, fromStore, LEFT_BEHIND, shootPage, settled, switchTheme, tapSeen } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { labelledAuthors } from './pointer';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const box = async (page: Page, selector: string): Promise<Rect> => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Labels drawn (page coordinates) that overlap `area` or leave the canvas. */
async function labelsOver(page: Page, areas: Rect[]): Promise<string[]> {
  const canvas = await box(page, '.atlas-canvas');
  const list = await drawnLabels(page);
  const out: string[] = [];
  for (const l of list) {
    const r = { x: canvas.x + l.box.x0, y: canvas.y + l.box.y0, width: l.box.x1 - l.box.x0, height: l.box.y1 - l.box.y0 };
    if (r.x < canvas.x || r.y < canvas.y || r.x + r.width > canvas.x + canvas.width || r.y + r.height > canvas.y + canvas.height) out.push(`${l.text}: cut by the canvas edge`);
    for (const a of areas) if (intersects(r, a)) out.push(`${l.text}: under something at ${Math.round(a.x)},${Math.round(a.y)}`);
  }
  return out;
}

describe.each([
  ['desktop', { width: 1440, height: 900 }, false],
  ['phone', { width: 390, height: 844 }, true],
] as const)('layout on a %s', (name, viewport, touch) => {
  // one page for both themes: opened light, then back to the state right after its load (checked) and the
  // system theme switched under it (the app follows it live)
  let opened: { page: Page; errors: string[]; loaded: unknown } | null = null;
  afterAll(async () => {
    await opened?.page.context().close();
  });

  it.each(['light', 'dark'] as const)('%s theme: zoom buttons, panel, centring, labels, title', async (theme) => {
    if (!opened) {
      const o = await openPage(browser, { viewport, colorScheme: 'light', hasTouch: touch, isMobile: touch }, { userMode: true });
      await o.page.goto(appUrl());
      await waitForState(o.page, 'ready');
      opened = { ...o, loaded: await fromStore(o.page, LEFT_BEHIND) };
    } else {
      await backToLoaded(opened.page, opened.loaded, viewport);
    }
    const { page, errors } = opened;
    await switchTheme(page, theme);
    await settled(page, 300);
    await shootPage(page, `layout-${name}-${theme}-overview`);

    // the title: one line on a desktop, a name too long for it ends in "…" and is whole in the tooltip
    const title = await page.evaluate<{ lines: number; overflows: boolean; ellipsis: boolean; tooltip: string | null; name: string }>(`(() => {
      const el = document.querySelector('.dataset-name');
      const style = getComputedStyle(el);
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
      return {
        lines: Math.round(el.getBoundingClientRect().height / lineHeight),
        overflows: el.scrollWidth > el.clientWidth + 1,
        ellipsis: style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap',
        tooltip: el.closest('[title]') && el.closest('[title]').getAttribute('title'),
        name: window.__atlas.store.getState().dataset.bundle.name,
      };
    })()`);
    // desktop: one line; a phone's top bar gives the name two rows of its own, so it reads whole (phone.test)
    expect(title.lines).toBeLessThanOrEqual(touch ? 2 : 1);
    if (touch) expect(title.overflows).toBe(false);
    if (title.overflows) {
      expect(title.ellipsis).toBe(true);
      expect(title.tooltip).toBe(title.name);
    }

    const covers = async () => {
      const out: Rect[] = [await box(page, '.react-sigma-controls')];
      for (const sel of ['.legend', '.details-panel']) if (await page.locator(sel).isVisible()) out.push(await box(page, sel));
      return out;
    };
    expect(await labelsOver(page, await covers())).toEqual([]);

    // click (tap) the labelled author the panel would cover most: lowest on a phone, rightmost on a desktop
    const authors = await labelledAuthors(page, 200);
    const target = authors.sort((p, q) => (touch ? q.y - p.y : q.x - p.x))[0];
    expect(target).toBeTruthy();
    if (touch) await tapSeen(page, target);
    else await page.mouse.click(target.x, target.y);
    await page.waitForSelector('[data-testid="author-panel"]');
    await settled(page, 300);
    await page.mouse.move(1, viewport.height - 1);
    await frames(page, 2);
    await shootPage(page, `layout-${name}-${theme}-selected`);
    expect(await fromStore<number | null>(page, 's.selection && s.selection.index')).toBe(Number(target.key.slice(1)));

    const panel = await box(page, '.details-panel');
    const controls = await box(page, '.react-sigma-controls');
    const canvas = await box(page, '.atlas-canvas');
    // zoom buttons: on screen, clear of the panel
    expect(intersects(controls, panel)).toBe(false);
    expect(controls.y + controls.height).toBeLessThanOrEqual(viewport.height);
    expect(controls.y).toBeGreaterThanOrEqual(canvas.y);

    // the author sits in the middle of what the panel leaves visible
    const at = await page.evaluate<{ x: number; y: number }>(`(() => {
      const sigma = window.__atlas.sigma;
      const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(${JSON.stringify(target.key)}));
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    })()`);
    const visible = touch
      ? { x: canvas.x, y: canvas.y, width: canvas.width, height: panel.y - canvas.y }
      : { x: canvas.x, y: canvas.y, width: panel.x - canvas.x, height: canvas.height };
    expect(Math.abs(at.x - (visible.x + visible.width / 2))).toBeLessThan(visible.width * 0.1);
    expect(Math.abs(at.y - (visible.y + visible.height / 2))).toBeLessThan(visible.height * 0.1);

    // its name is drawn; no label under the panel, legend or buttons, none cut by the canvas edges
    const named = await page.evaluate<boolean>(`(window.__atlas.labels || []).some((l) => l.key === ${JSON.stringify(target.key)})`);
    expect(named).toBe(true);
    expect(await labelsOver(page, await covers())).toEqual([]);
    expect(errors).toEqual([]);
  });
});
