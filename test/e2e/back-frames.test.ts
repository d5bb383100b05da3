/**
 * Back and Forward frame the card they bring back as its link opens it, on the seed, in real Chromium as users get it
 * (camera animation on), on a desktop (light) and a phone (dark) (controllers/UrlController.tsx, store `linkFraming`):
 * - author A, then author B, the map then panned far from B: Back frames A, Forward frames B in the part of the map
 *   the card or sheet leaves (Forward gave back the panned camera noted when B was left: B out of sight, the card
 *   open beside a map showing something else);
 * - the user's own zoom on a card whose author it still shows is theirs: Back then Forward to it gives it back as left;
 * - a paper's card the map was panned away from comes back framed too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fromStore, settled, shootPage, stepBack } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Where node `key` is drawn (page px), and whether inside the part of the canvas the card or sheet leaves. */
const where = (page: Page, key: string) =>
  page.evaluate<{ x: number; y: number; inside: boolean }>(`(() => {
    const sigma = window.__atlas.sigma, graph = window.__atlas.graph;
    const canvas = sigma.getContainer().getBoundingClientRect();
    const panel = document.querySelector('.details-panel');
    const r = panel ? panel.getBoundingClientRect() : null;
    const sheet = r && r.width >= canvas.width * 0.9;
    const part = { left: canvas.left, top: canvas.top, right: r && !sheet ? r.left : canvas.right, bottom: r && sheet ? r.top : canvas.bottom };
    const a = graph.getNodeAttributes(${JSON.stringify(key)});
    const p = sigma.graphToViewport({ x: a.x, y: a.y });
    const x = canvas.left + p.x, y = canvas.top + p.y;
    return { x, y, inside: x >= part.left && x <= part.right && y >= part.top && y <= part.bottom };
  })()`);

/** The camera now (Sigma's state). */
const camera = (page: Page) => page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');

/** Opens `selection` as a user's click or search does (a step of the history), and waits for its framing. */
async function open(page: Page, selection: object): Promise<void> {
  await page.evaluate(`window.__atlas.store.getState().select(${JSON.stringify(selection)})`);
  await settled(page, 600);
}

/** The user pans the map far from `key`: the node two canvas widths off to the lower right, at the same zoom. */
async function panAway(page: Page, key: string): Promise<void> {
  await page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const me = sigma.getNodeDisplayData(${JSON.stringify(key)});
    const c = sigma.getCamera();
    const { ratio } = c.getState();
    c.setState({ ...c.getState(), x: me.x - 2 * ratio, y: me.y - 2 * ratio });
  })()`);
  await settled(page, 300);
}

describe.each([
  ['desktop', { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'dark' }],
] as const)('Back and Forward frame the card they bring back, on a %s', (name, options) => {
  let page: Page;
  let errors: string[];
  let a: number;
  let b: number;
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, options, { userMode: true }));
    await page.goto(appUrl('?ds=wang-jialiang'));
    await waitForState(page, 'ready');
    await settled(page, 300);
    // two authors of the seed far apart: the most prolific and the author farthest from them
    [a, b] = await page.evaluate<[number, number]>(`(() => {
      const s = window.__atlas.store.getState(), g = window.__atlas.graph;
      const n = s.dataset.bundle.authors.paperCount;
      const a = n.reduce((best, v, i) => (v > n[best] ? i : best), 0);
      const at = g.getNodeAttributes('a' + a);
      let b = -1, d = -1;
      n.forEach((_, i) => { const p = g.getNodeAttributes('a' + i); const di = Math.hypot(p.x - at.x, p.y - at.y); if (di > d) [b, d] = [i, di]; });
      return [a, b];
    })()`);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('A, then B, the map panned away from B: Back frames A, Forward frames B', async () => {
    await open(page, { kind: 'author', index: a });
    await open(page, { kind: 'author', index: b });
    expect((await where(page, `a${b}`)).inside).toBe(true);
    await panAway(page, `a${b}`);
    expect((await where(page, `a${b}`)).inside, 'the pan left B out of sight').toBe(false);
    await stepBack(page);
    await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: await fromStore<string>(page, `b.authors.name[${a}]`), exact: true }).waitFor();
    await settled(page, 600);
    expect((await where(page, `a${a}`)).inside).toBe(true);
    await page.goForward();
    await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: await fromStore<string>(page, `b.authors.name[${b}]`), exact: true }).waitFor();
    await settled(page, 600);
    expect(await fromStore(page, 's.selection')).toEqual({ kind: 'author', index: b });
    const at = await where(page, `a${b}`);
    expect(at.inside, `B at ${JSON.stringify(at)}`).toBe(true);
    await shootPage(page, `back-frames-${name}-1-forward`);
  });

  it('the user\'s own zoom on a card that still shows its author comes back as left', async () => {
    // (B framed by the step before) the user zooms in on B with the wheel (a pinch on the phone: the same camera)
    const at = await where(page, `a${b}`);
    if (name === 'desktop') {
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, -300);
    } else {
      // (about B, as fingers pinched over it: B stays where it is drawn)
      await page.evaluate(`(() => {
        const sigma = window.__atlas.sigma, c = sigma.getCamera(), s = c.getState();
        const me = sigma.getNodeDisplayData('a${b}');
        const k = 1 / 1.6;
        c.setState({ ...s, x: me.x + (s.x - me.x) * k, y: me.y + (s.y - me.y) * k, ratio: s.ratio * k });
      })()`);
    }
    await settled(page, 300);
    expect((await where(page, `a${b}`)).inside).toBe(true);
    const left = await camera(page);
    await open(page, { kind: 'author', index: a });
    await stepBack(page);
    await settled(page, 600);
    expect(await fromStore(page, 's.selection')).toEqual({ kind: 'author', index: b });
    const back = await camera(page);
    expect(back.ratio / left.ratio).toBeCloseTo(1, 4);
    expect(Math.hypot(back.x - left.x, back.y - left.y)).toBeLessThan(1e-4);
  });

  it('a paper\'s card the map was panned away from comes back framed', async () => {
    const paper = await fromStore<number>(page, `b.papers.authors.findIndex((l) => l.includes(${a}))`);
    await open(page, { kind: 'paper', index: paper });
    await panAway(page, `p${paper}`);
    expect((await where(page, `p${paper}`)).inside).toBe(false);
    await open(page, { kind: 'author', index: b });
    await stepBack(page);
    await page.getByTestId('paper-panel').waitFor();
    await settled(page, 600);
    expect(await fromStore(page, 's.selection')).toEqual({ kind: 'paper', index: paper });
    expect((await where(page, `p${paper}`)).inside).toBe(true);
    await shootPage(page, `back-frames-${name}-2-paper`);
    expect(errors).toEqual([]);
  });
});
