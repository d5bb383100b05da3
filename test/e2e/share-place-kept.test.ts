/**
 * Share link's place (`at=`) where testers found it lost, as users get it (camera animation on, the clipboard granted):
 * - made in the co-author view's ego network on a phone (the 3k map, an author's card open, `years=2020`, zoomed in)
 *   and opened on a desktop: the ego view's rings are scaled to each canvas, and the link's place, said in the map's
 *   coordinates, opened on the whole network small and off the middle. The reader now sees the sender's authors where
 *   the sender had them: the same middle of the part of the canvas the panels leave (below the ego banner, above a
 *   phone's sheet, left of a desktop's card), the same stretch across its shorter side;
 * - with a pair's card open (`pair=`): its own framing of the two authors took over from the link's place, and the
 *   address lost it. The place wins, as over an author card's framing;
 * - a step Back to an entry whose address has the place, which moves no camera (a view switched back): the address
 *   kept the place while the map showed where the user's drag had left it. It now says the place only while the map
 *   shows it.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, fromStore, pageUrl, settled, shootPage, stepBack } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

const DESKTOP = { width: 1440, height: 900 };
/** A phone as the testers had it: 390x844 at 3 device pixels per CSS pixel, touch. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

async function open(url: string, options: { viewport: { width: number; height: number }; isMobile?: boolean; hasTouch?: boolean; deviceScaleFactor?: number }): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, { ...options, permissions: ['clipboard-read', 'clipboard-write'] }, { userMode: true });
  await opened.page.goto(url);
  await waitForState(opened.page, 'ready');
  await settled(opened.page, 600);
  return opened;
}

/**
 * The middle of the part of the canvas the user sees the map in and that part's shorter side, in the canvas's px
 * (mx, my, side): not under the card (a phone's sheet across the bottom, a desktop's card on the right), below what
 * lies across the top of the canvas (the ego view's banner, the filters chip), as the app takes it
 * (canvas-covers.ts `clearPart`).
 */
const SEEN_PART = `(() => {
  const box = window.__atlas.sigma.getContainer().getBoundingClientRect();
  const laidOut = (selector) => { const e = document.querySelector(selector); const b = e && e.getBoundingClientRect(); return b && b.width > 0 && b.height > 0 ? b : null; };
  let right = box.width, bottom = box.height, top = 0;
  const p = laidOut('.details-panel');
  if (p) {
    if (p.width >= box.width * 0.9) bottom = Math.min(bottom, p.top - box.top);
    else right = Math.min(right, p.left - box.left);
  }
  for (const selector of ['.ego-banner', '.filter-chip', '.chain-chip', '.link-note']) {
    const b = laidOut(selector);
    if (b && b.top < box.top + bottom / 2) top = Math.max(top, b.bottom - box.top + 8);
  }
  return { mx: right / 2, my: (top + bottom) / 2, side: Math.min(right, bottom - top) };
})()`;

/** The shown authors nearest the middle of the part of the canvas seen (`SEEN_PART`): key and offset (px) from it, nearest first. */
function nearMiddle(page: Page, n: number): Promise<{ key: string; dx: number; dy: number }[]> {
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const { mx, my } = ${SEEN_PART};
    const out = [];
    window.__atlas.graph.forEachNode((key, a) => {
      if (a.hidden || key[0] !== 'a') return;
      const v = sigma.graphToViewport(a);
      out.push({ key, dx: v.x - mx, dy: v.y - my });
    });
    return out.sort((p, q) => Math.hypot(p.dx, p.dy) - Math.hypot(q.dx, q.dy)).slice(0, ${n});
  })()`);
}

/** Where the authors `keys` are drawn: offsets (px) from the middle of the part of the canvas seen, and its shorter side (`SEEN_PART`). */
function offsets(page: Page, keys: string[]): Promise<{ at: Record<string, { dx: number; dy: number }>; side: number }> {
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const { mx, my, side } = ${SEEN_PART};
    const g = window.__atlas.graph;
    const at = {};
    for (const key of ${JSON.stringify(keys)}) {
      const v = sigma.graphToViewport(g.getNodeAttributes(key));
      at[key] = { dx: v.x - mx, dy: v.y - my };
    }
    return { at, side };
  })()`);
}

/**
 * The sender's authors nearest the middle are drawn on `receiver` where the sender had them: the same offsets from
 * the middle, scaled by the seen parts' shorter sides, within `px`.
 */
async function sameMiddle(receiver: Page, sender: { key: string; dx: number; dy: number }[], senderSide: number, px: number): Promise<void> {
  const { at, side } = await offsets(receiver, sender.map((s) => s.key));
  const k = side / senderSide;
  for (const s of sender) {
    const r = at[s.key]!;
    expect(Math.hypot(r.dx - s.dx * k, r.dy - s.dy * k), `${s.key}: (${r.dx.toFixed(1)}, ${r.dy.toFixed(1)}) for (${(s.dx * k).toFixed(1)}, ${(s.dy * k).toFixed(1)})`).toBeLessThan(px + 0.006 * Math.hypot(s.dx * k, s.dy * k));
  }
}

async function shareLink(page: Page): Promise<string> {
  await page.evaluate(`navigator.clipboard.writeText('nothing yet')`);
  await page.getByRole('button', { name: 'Share link' }).click();
  await page.getByTestId('share-note').getByText('Link copied').waitFor();
  return page.evaluate<string>('navigator.clipboard.readText()');
}

/** The camera's state (Sigma's normalised units). */
function camera(page: Page): Promise<{ x: number; y: number; ratio: number }> {
  return page.evaluate(`(() => { const c = window.__atlas.sigma.getCamera().getState(); return { x: c.x, y: c.y, ratio: c.ratio }; })()`);
}

/** The same camera, within 1% of the zoom and 1% of the canvas (a place is rounded to 3 digits of its span). */
function expectSameCamera(got: { x: number; y: number; ratio: number }, want: { x: number; y: number; ratio: number }): void {
  const text = `${JSON.stringify(got)} for ${JSON.stringify(want)}`;
  expect(Math.abs(got.ratio / want.ratio - 1), text).toBeLessThan(0.01);
  expect(Math.hypot(got.x - want.x, got.y - want.y) / want.ratio, text).toBeLessThan(0.01);
}

/** A drag of the user's from the middle of the canvas (`to`: where it ends, in shares of the canvas), in many steps. */
async function drag(page: Page, to = { x: 0.4, y: 0.6 }): Promise<void> {
  const box = (await page.locator('.keyboard-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to.x, box.y + box.height * to.y, { steps: 10 });
  await page.mouse.up();
  await settled(page, 600);
}

/** The user's own zoom (two presses of Zoom in) and drag. */
async function zoomAndDrag(page: Page): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settled(page, 300);
  }
  await drag(page);
}

/** Waits for the page's address to say `query` (a check in the page, `URLSearchParams`), after the step it follows. */
async function addressSays(page: Page, query: string): Promise<URL> {
  await page.waitForFunction(`(() => { const p = new URLSearchParams(location.search); return ${query}; })()`);
  await settled(page, 900);
  return pageUrl(page);
}

describe('Share link’s place, kept where it was lost', () => {
  it('from a phone in the co-author view’s ego network (a year, zoomed in): the link opens on a desktop on the same part of the network', async () => {
    const { page, errors } = await open(appUrl(acl), PHONE);
    const author = await fromStore<number>(page, `b.authors.name.indexOf('Dan Roth')`);
    expect(author).toBeGreaterThanOrEqual(0);
    await page.goto(appUrl(`${acl}&author=${author}&view=coauthors&years=2020&ego=${author}.1`));
    await waitForState(page, 'ready');
    await page.getByTestId('author-panel').waitFor();
    await page.getByTestId('ego-banner').waitFor();
    await settled(page, 900);
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await settled(page, 900);
    const near = await nearMiddle(page, 4);
    const { side } = await offsets(page, []);
    const link = await shareLink(page);
    const params = new URL(link).searchParams;
    expect([params.get('author'), params.get('view'), params.get('years'), params.get('ego'), params.has('at')], link).toEqual([String(author), 'coauthors', '2020', `${author}.1`, true]);
    await shootPage(page, 'share-place-ego-phone-sender');

    const { page: desk, errors: deskErrors } = await open(link, { viewport: DESKTOP });
    await desk.getByTestId('author-panel').waitFor();
    await desk.getByTestId('ego-banner').waitFor();
    await settled(desk, 900);
    await shootPage(desk, 'share-place-ego-phone-to-desktop');
    // (it opened on the whole network, drawn small and off the middle: the phone's rings lie wider in the map's units)
    expect((await nearMiddle(desk, 1))[0]!.key).toBe(near[0]!.key);
    await sameMiddle(desk, near, side, 3);
    expect((await pageUrl(desk)).searchParams.get('at')).toBe(params.get('at'));
    expect([...errors, ...deskErrors]).toEqual([]);
    await desk.context().close();
    await page.context().close();
  }, 300_000);

  it('with a pair’s card open: the link opens the card and the place, not the card’s own framing of the two', async () => {
    const { page, errors } = await open(appUrl(), { viewport: DESKTOP });
    // Cynthia Dwork and her strongest co-author
    const [a, b] = await fromStore<[number, number]>(
      page,
      `(() => { const i = b.authors.name.indexOf('Cynthia Dwork'); const L = b.coauthorLinks; let best = -1; for (let k = 0; k < L.source.length; k++) if ((L.source[k] === i || L.target[k] === i) && (best < 0 || L.weight[k] > L.weight[best])) best = k; return [L.source[best], L.target[best]]; })()`,
    );
    await page.goto(appUrl(`?pair=${a}.${b}`));
    await waitForState(page, 'ready');
    await page.getByTestId('pair-panel').waitFor();
    await settled(page, 900);
    const framed = await camera(page);
    await zoomAndDrag(page);
    const view = await camera(page);
    expect(Math.abs(view.ratio / framed.ratio - 1)).toBeGreaterThan(0.05);
    const link = await shareLink(page);
    const params = new URL(link).searchParams;
    expect([params.get('pair'), params.has('at')], link).toEqual([`${a}.${b}`, true]);

    const { page: receiver, errors: receiverErrors } = await open(link, { viewport: DESKTOP });
    await receiver.getByTestId('pair-panel').waitFor();
    await settled(receiver, 900);
    await shootPage(receiver, 'share-place-pair-receiver');
    // (the card framed its two authors and the address lost its place)
    expectSameCamera(await camera(receiver), view);
    const url = await pageUrl(receiver);
    expect([url.searchParams.get('pair'), url.searchParams.get('at')]).toEqual([`${a}.${b}`, params.get('at')]);
    await receiver.context().close();

    // the card's own framing, unmoved: the link frames it by itself (store linkFraming) and needs no place, which
    // would give the reader the sender's framing in place of their screen's own
    const { page: unmoved, errors: unmovedErrors } = await open(appUrl(`?pair=${a}.${b}`), { viewport: DESKTOP });
    await unmoved.getByTestId('pair-panel').waitFor();
    await settled(unmoved, 900);
    expectSameCamera(await camera(unmoved), framed);
    const own = await shareLink(unmoved);
    expect([new URL(own).searchParams.get('pair'), new URL(own).searchParams.has('at')], own).toEqual([`${a}.${b}`, false]);
    expect([...errors, ...receiverErrors, ...unmovedErrors]).toEqual([]);
    await unmoved.context().close();
    await page.context().close();
  }, 300_000);

  it('Back to an entry with the place that moves no camera: the address keeps the place only while the map shows it', async () => {
    const { page, errors } = await open(appUrl(), { viewport: DESKTOP });
    await zoomAndDrag(page);
    const link = await shareLink(page);
    const at = new URL(link).searchParams.get('at');
    expect(at, link).not.toBeNull();
    await page.context().close();

    const { page: reader, errors: readerErrors } = await open(link, { viewport: DESKTOP });
    expect((await pageUrl(reader)).searchParams.get('at')).toBe(at);
    const placed = await camera(reader);
    // the co-author view (a step): the camera stays, so does the place
    await reader.getByRole('radio', { name: 'Co-authors' }).click();
    expect((await addressSays(reader, `p.get('view') === 'coauthors'`)).searchParams.get('at')).toBe(at);
    expectSameCamera(await camera(reader), placed);
    // Back and Forward with the map still on the place: it stays in the address
    await stepBack(reader);
    expect((await addressSays(reader, `!p.has('view')`)).searchParams.get('at')).toBe(at);
    await reader.goForward();
    expect((await addressSays(reader, `p.get('view') === 'coauthors'`)).searchParams.get('at')).toBe(at);
    // the user's drag leaves the place: out of this entry's address
    await drag(reader, { x: 0.35, y: 0.6 });
    expect((await pageUrl(reader)).searchParams.has('at')).toBe(false);
    const dragged = await camera(reader);
    // Back to the link's entry: the camera stays where the drag left it, and the address no longer says the place
    // (it said it, and a reload jumped back to it)
    const entries = await reader.evaluate<number>('history.length');
    await stepBack(reader);
    await addressSays(reader, `!p.has('view')`);
    // (taken out once the frame after the step is painted: given a few seconds on a busy machine)
    await reader.waitForFunction(`!new URLSearchParams(location.search).has('at')`, null, { timeout: 10_000 }).catch(() => undefined);
    const back = await pageUrl(reader);
    await shootPage(reader, 'share-place-back-no-move');
    expectSameCamera(await camera(reader), dragged);
    expect(back.searchParams.has('at'), back.href).toBe(false);
    expect(await reader.evaluate<number>('history.length')).toBe(entries);
    expect([...errors, ...readerErrors]).toEqual([]);
    await reader.context().close();
  }, 300_000);
});
