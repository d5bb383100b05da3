/**
 * Share link keeps the part of the map looked at (a tester: on the 3k map, zoomed in with the wheel and dragged, the
 * copied link was only the map's, and opened on the whole map). As users get it (camera animation on, the clipboard
 * granted): the user zooms and drags, presses Share link, and the link opened in a new page (the same window, and a
 * phone) has the same authors in the middle of the canvas, as far from it as the sender saw them (scaled to the
 * shorter side of the canvas on the phone). On the 3k map (level of detail); and with an author's card open, where
 * the link's place wins over the card's own framing (in the co-author view's ego network too). The address bar is not
 * written as the camera moves; a link with no move keeps no place, unless the link would frame another part by itself
 * (a filter set after the map was framed: the sender saw the whole map, the link framed what the filters leave). The
 * reader's address keeps the place until the camera leaves it, so a reload shows the same part of the map; the
 * first drag takes it out, in one write and no history entry. A link with a split applied and filters, opened in a
 * browser that does not keep the rebuilt map: rebuilt there, it keeps the link's filters and place.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, CARD_FREE_PART, fromStore, pageUrl, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function open(url: string, viewport: { width: number; height: number }, touch = false): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(
    browser,
    { viewport, permissions: ['clipboard-read', 'clipboard-write'], ...(touch ? { isMobile: true, hasTouch: true } : {}) },
    { userMode: true },
  );
  await opened.page.goto(url);
  await waitForState(opened.page, 'ready');
  await settled(opened.page, 600);
  return opened;
}

/**
 * The middle of the part of the canvas the user sees the map in (not under the card: a phone's sheet across the
 * bottom, a desktop's card on the right) and that part's shorter side, in the canvas's px (mx, my, side).
 */
const SEEN_PART = `(() => {
  const box = window.__atlas.sigma.getContainer().getBoundingClientRect();
  ${CARD_FREE_PART}
  return { mx: right / 2, my: bottom / 2, side: Math.min(right, bottom) };
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

/** The user's own zoom (wheel) and drag on the canvas, away from its middle; the history is not written. */
async function zoomAndDrag(page: Page): Promise<void> {
  const box = (await page.locator('.keyboard-canvas').boundingBox())!;
  const history = await page.evaluate<number>('history.length');
  const search = await page.evaluate<string>('location.search');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.35);
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(150);
  }
  await settled(page, 300);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.6, { steps: 8 });
  await page.mouse.up();
  await settled(page, 600);
  expect(await page.evaluate<number>('history.length')).toBe(history);
  expect(await page.evaluate<string>('location.search')).toBe(search);
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

/** Counts the page's `history.replaceState` and `pushState` calls from now on (`window.__writes`). */
async function countWrites(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__writes = { replace: 0, push: 0 };
    const { replaceState, pushState } = history;
    history.replaceState = function (...args) { window.__writes.replace++; return replaceState.apply(this, args); };
    history.pushState = function (...args) { window.__writes.push++; return pushState.apply(this, args); };
  })()`);
}

/** A drag of the user's across the middle of the canvas, in many steps (a camera frame each). */
async function drag(page: Page): Promise<void> {
  const box = (await page.locator('.keyboard-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.6, { steps: 12 });
  await page.mouse.up();
  await settled(page, 600);
}

/**
 * The reader's address keeps the place `at` while the map shows it: a reload opens on it again (the sender's authors
 * `near` in the middle, as `sameMiddle` checks); the user's drag then takes it out, in one write and no history entry.
 */
async function placeKept(page: Page, at: string, near: { key: string; dx: number; dy: number }[], senderSide: number): Promise<void> {
  expect((await pageUrl(page)).searchParams.get('at')).toBe(at);
  await page.reload();
  await waitForState(page, 'ready');
  await settled(page, 600);
  expect((await pageUrl(page)).searchParams.get('at')).toBe(at);
  await sameMiddle(page, near, senderSide, 3);
  const entries = await page.evaluate<number>('history.length');
  await countWrites(page);
  await drag(page);
  const url = await pageUrl(page);
  expect(url.searchParams.has('at'), url.href).toBe(false);
  expect(await page.evaluate('window.__writes')).toEqual({ replace: 1, push: 0 });
  expect(await page.evaluate<number>('history.length')).toBe(entries);
}

async function shareLink(page: Page): Promise<string> {
  await page.evaluate(`navigator.clipboard.writeText('nothing yet')`);
  await page.getByRole('button', { name: 'Share link' }).click();
  await page.getByTestId('share-note').getByText('Link copied').waitFor();
  return page.evaluate<string>('navigator.clipboard.readText()');
}

/**
 * The sender's authors nearest the middle are drawn on `receiver` where the sender had them: the same offsets from
 * the middle, scaled by the canvases' shorter sides, within `px`.
 */
async function sameMiddle(receiver: Page, sender: { key: string; dx: number; dy: number }[], senderSide: number, px: number): Promise<void> {
  const { at, side } = await offsets(receiver, sender.map((s) => s.key));
  const k = side / senderSide;
  for (const s of sender) {
    const r = at[s.key]!;
    expect(Math.hypot(r.dx - s.dx * k, r.dy - s.dy * k), `${s.key}: (${r.dx.toFixed(1)}, ${r.dy.toFixed(1)}) for (${(s.dx * k).toFixed(1)}, ${(s.dy * k).toFixed(1)})`).toBeLessThan(px + 0.006 * Math.hypot(s.dx * k, s.dy * k));
  }
}

describe('Share link keeps the part of the map looked at', () => {
  it('on the 3k map: zoomed and dragged, the link opens on the same authors in the middle, on a desktop and a phone', async () => {
    const { page, errors } = await open(appUrl(acl), DESKTOP);
    // no move of the user's yet: the link is the map's alone (it opens on the whole map anyway)
    expect(new URL(await shareLink(page)).searchParams.has('at')).toBe(false);
    await zoomAndDrag(page);
    const near = await nearMiddle(page, 8);
    const { side } = await offsets(page, []);
    const link = await shareLink(page);
    const at = new URL(link).searchParams.get('at');
    expect(at, link).toMatch(/^-?[\d.]+,-?[\d.]+,[\d.e-]+$/);
    expect(at!.length).toBeLessThan(32);
    await shootPage(page, 'share-place-sender');

    const { page: same, errors: sameErrors } = await open(link, DESKTOP);
    await shootPage(same, 'share-place-receiver');
    expect((await nearMiddle(same, 1))[0]!.key).toBe(near[0]!.key);
    await sameMiddle(same, near, side, 3);
    // the address keeps the place until the reader moves the map: a reload shows the same part of it
    await placeKept(same, at!, near, side);
    await same.context().close();

    const { page: phone, errors: phoneErrors } = await open(link, PHONE, true);
    await shootPage(phone, 'share-place-receiver-phone');
    expect((await nearMiddle(phone, 1))[0]!.key).toBe(near[0]!.key);
    await sameMiddle(phone, near.slice(0, 3), side, 3);
    await phone.context().close();
    expect([...errors, ...sameErrors, ...phoneErrors]).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('with an author’s card open and the map dragged: the link opens the card and the place (not the card’s own framing)', async () => {
    const { page, errors } = await open(appUrl(), DESKTOP);
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 600);
    // the card's own framing: the link needs no place
    const framed = new URL(await shareLink(page)).searchParams;
    expect([framed.has('author'), framed.has('at')]).toEqual([true, false]);
    await zoomAndDrag(page);
    const near = await nearMiddle(page, 6);
    const link = await shareLink(page);
    const params = new URL(link).searchParams;
    expect([params.get('author'), params.has('at')]).toEqual([framed.get('author'), true]);

    const { page: receiver, errors: receiverErrors } = await open(link, DESKTOP);
    await receiver.getByTestId('author-panel').waitFor();
    await settled(receiver, 600);
    await shootPage(receiver, 'share-place-card-receiver');
    await sameMiddle(receiver, near, (await offsets(page, [])).side, 3);
    await placeKept(receiver, params.get('at')!, near, (await offsets(page, [])).side);
    expect((await pageUrl(receiver)).searchParams.get('author')).toBe(framed.get('author'));
    expect([...errors, ...receiverErrors]).toEqual([]);
    await receiver.context().close();
    await page.context().close();
  }, 300_000);

  // a tester: on a phone, an author's card open (the sheet over the lower half) and the map zoomed, the link opened on
  // a desktop with that author off the top of the canvas, centred on what the sender's sheet hid
  it('from a phone with an author’s card open: the link opens on a desktop with what the sender saw above the sheet in the middle of the part the card leaves', async () => {
    const { page, errors } = await open(appUrl(acl), PHONE, true);
    await page.getByLabel('Search authors and papers').fill('Dan Roth');
    await page.getByRole('option', { name: /Dan Roth/ }).first().tap();
    await page.getByTestId('author-panel').waitFor();
    await settled(page, 600);
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await settled(page, 600);
    const near = await nearMiddle(page, 4);
    const { side } = await offsets(page, []);
    const link = await shareLink(page);
    expect(new URL(link).searchParams.has('at'), link).toBe(true);
    await shootPage(page, 'share-place-phone-sender');
    const { page: desk, errors: deskErrors } = await open(link, DESKTOP);
    await desk.getByTestId('author-panel').waitFor();
    await settled(desk, 600);
    await shootPage(desk, 'share-place-phone-to-desktop');
    expect((await nearMiddle(desk, 1))[0]!.key).toBe(near[0]!.key);
    await sameMiddle(desk, near, side, 3);
    expect([...errors, ...deskErrors]).toEqual([]);
    await desk.context().close();
    await page.context().close();
  }, 300_000);

  it('filters set without moving the map: the link opens on what the sender saw (the whole map), not on what the filters leave', async () => {
    const { page, errors } = await open(appUrl(), DESKTOP);
    const whole = await camera(page);
    // a filter of the sidebar (at least 2 papers): the map is not framed again (the sender sees the whole map, the
    // shown part in it), the link would frame what it leaves: it says the place
    await page.getByLabel(/Authors with at least/).fill('2');
    await page.waitForFunction(`new URLSearchParams(location.search).get('min') === '2'`);
    await settled(page, 300);
    expectSameCamera(await camera(page), whole);
    const minLink = await shareLink(page);
    expect(new URL(minLink).searchParams.get('min')).toBe('2');
    expect(new URL(minLink).searchParams.has('at'), minLink).toBe(true);
    const { page: receiver, errors: receiverErrors } = await open(minLink, DESKTOP);
    await shootPage(receiver, 'share-place-filters-receiver');
    expectSameCamera(await camera(receiver), whole);
    await receiver.context().close();

    // framed on what the filter leaves ("Fit the shown map"): the link frames that itself, and needs no place
    await page.getByRole('button', { name: 'Fit the shown map' }).click();
    await settled(page, 600);
    const fitted = await camera(page);
    expect(Math.abs(fitted.ratio / whole.ratio - 1)).toBeGreaterThan(0.05);
    const fitLink = await shareLink(page);
    expect(new URL(fitLink).searchParams.has('at'), fitLink).toBe(false);
    const { page: second, errors: secondErrors } = await open(fitLink, DESKTOP);
    expectSameCamera(await camera(second), fitted);
    await second.context().close();

    // one community left checked (the others unchecked one by one: only=): the link would frame that community; the
    // map stays where it was, and so does the link's place
    const kept = await fromStore<number>(page, `(() => { const n = b.communities.map(() => 0); s.visibility.author.forEach((v, i) => { if (v === 1) n[b.authors.community[i]]++; }); return n.indexOf(Math.max(...n)); })()`);
    const count = await fromStore<number>(page, 'b.communities.length');
    for (let c = 0; c < count; c++) if (c !== kept) await page.getByTestId('communities-panel').locator(`li[data-community="${c}"]`).getByRole('checkbox').uncheck();
    await page.waitForFunction(`new URLSearchParams(location.search).get('only') === '${kept}'`);
    await settled(page, 300);
    expectSameCamera(await camera(page), fitted);
    const link = await shareLink(page);
    expect([new URL(link).searchParams.get('min'), new URL(link).searchParams.get('only')]).toEqual(['2', String(kept)]);
    expect(new URL(link).searchParams.has('at'), link).toBe(true);
    const { page: third, errors: thirdErrors } = await open(link, DESKTOP);
    await shootPage(third, 'share-place-only-receiver');
    expectSameCamera(await camera(third), fitted);
    await third.context().close();
    expect([...errors, ...receiverErrors, ...secondErrors, ...thirdErrors]).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('in the co-author view’s ego network with an author’s card open: the link opens the card, the network and the place, and a reload keeps them', async () => {
    const { page, errors } = await open(appUrl(), DESKTOP);
    await page.getByLabel('Search authors and papers').fill('Cynthia Dwork');
    await page.getByRole('option', { name: /Cynthia Dwork/ }).click();
    await page.getByTestId('author-panel').waitFor();
    await page.getByRole('radio', { name: 'Co-authors' }).click();
    await page.getByTestId('ego-section').getByRole('button', { name: '2 steps' }).click();
    await page.getByTestId('ego-banner').waitFor();
    await settled(page, 900);
    // the network as the view frames it: no place
    expect(new URL(await shareLink(page)).searchParams.has('at')).toBe(false);
    await zoomAndDrag(page);
    const near = await nearMiddle(page, 6);
    const { side } = await offsets(page, []);
    const banner = await page.getByTestId('ego-banner').textContent();
    const link = await shareLink(page);
    const params = new URL(link).searchParams;
    expect([params.has('author'), params.get('view'), params.get('ego'), params.has('at')], link).toEqual([true, 'coauthors', `${params.get('author')}.2`, true]);

    const { page: receiver, errors: receiverErrors } = await open(link, DESKTOP);
    await receiver.getByTestId('author-panel').waitFor();
    await settled(receiver, 900);
    await shootPage(receiver, 'share-place-ego-receiver');
    await expect(receiver.getByTestId('ego-banner').textContent()).resolves.toBe(banner);
    await expect(receiver.getByTestId('author-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toContain('Cynthia Dwork');
    // the place wins over the network's own framing and the card's
    await sameMiddle(receiver, near, side, 3);
    await placeKept(receiver, params.get('at')!, near, side);
    await expect(receiver.getByTestId('ego-banner').textContent()).resolves.toBe(banner);
    expect([...errors, ...receiverErrors]).toEqual([]);
    await receiver.context().close();
    await page.context().close();
  }, 300_000);

  it('a link with a split applied and filters: rebuilt in a browser that does not keep the map, it keeps the link’s filters and place', async () => {
    const { page, errors } = await open(appUrl(), DESKTOP);
    const authors = (p: Page) => p.evaluate<number>('window.__atlas.store.getState().dataset.bundle.stats.authors');
    await page.getByLabel('Search authors and papers').fill('Jialiang Wang');
    await page.getByRole('option', { name: /Jialiang Wang/ }).first().click();
    const flag = page.getByTestId('author-panel').getByTestId('homonym-flag');
    await flag.getByRole('button', { name: 'Split into 4 people' }).click();
    await page.getByTestId('author-panel').getByTestId('card-decisions').getByRole('button', { name: 'Apply in the explorer' }).click();
    await page.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 112', null, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="alias-actions"][data-rebuild="idle"][data-applied="4"]', { state: 'attached', timeout: 60_000 });
    await page.keyboard.press('Escape');
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    // filters of the sidebar on the rebuilt map: at least 2 papers, its last community hidden
    await page.getByLabel(/Authors with at least/).fill('2');
    await page.waitForFunction(`new URLSearchParams(location.search).get('min') === '2'`);
    const last = await fromStore<number>(page, 'b.communities.length - 1');
    await page.getByTestId('communities-panel').locator(`li[data-community="${last}"]`).getByRole('checkbox').uncheck();
    await page.waitForFunction(`new URLSearchParams(location.search).get('hide') === '${last}'`);
    await settled(page, 300);
    const counts = await page.getByTestId('visible-counts').textContent();
    const view = await camera(page);
    const link = await shareLink(page);
    const sent = new URL(link).searchParams;
    // (no `at=` needed: a filter change frames what is shown while the camera is the app's, EmptyViewController.tsx,
    // and the receiver frames the same authors the same way: the camera compared below)
    expect([sent.has('names'), sent.get('min'), sent.get('hide')], link).toEqual([true, '2', String(last)]);

    // another browser (a new context: nothing kept): the map opens, is rebuilt with the split, and keeps the filters
    const { page: receiver, errors: receiverErrors } = await open(link, DESKTOP);
    await receiver.waitForFunction('window.__atlas.store.getState().dataset.bundle.stats.authors === 112', null, { timeout: 90_000 });
    await settled(receiver, 900);
    expect(await authors(receiver)).toBe(112);
    expect(await fromStore<unknown>(receiver, '[s.filters.minPapers, [...s.filters.hiddenCommunities]]')).toEqual([2, [last]]);
    await expect(receiver.getByTestId('visible-counts').textContent()).resolves.toBe(counts);
    const url = await pageUrl(receiver);
    expect([url.searchParams.get('min'), url.searchParams.get('hide'), url.searchParams.has('names')]).toEqual(['2', String(last), true]);
    expectSameCamera(await camera(receiver), view);
    expect([...errors, ...receiverErrors]).toEqual([]);
    await receiver.context().close();
    await page.context().close();
  }, 300_000);

  it('a place that cannot be read is left out, and the link note says so', async () => {
    const { page, errors } = await open(appUrl('?at=12,abc'), DESKTOP);
    await page.getByText(/This link’s at=12,abc could not be read and was left out/).waitFor();
    expect(await page.evaluate('window.__atlas.sigma.getCamera().ratio')).toBeGreaterThan(0.5);
    // (the address is written after the note is drawn: on a loaded machine a moment later)
    await page.waitForFunction(`!new URL(location.href).searchParams.has('at')`, null, { timeout: 15_000 }).catch(() => undefined);
    expect((await pageUrl(page)).searchParams.has('at')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
