/**
 * Share link keeps the part of the map looked at (a tester: on the 3k map, zoomed in with the wheel and dragged, the
 * copied link was only the map's, and opened on the whole map). As users get it (camera animation on, the clipboard
 * granted): the user zooms and drags, presses Share link, and the link opened in a new page (the same window, and a
 * phone) has the same authors in the middle of the canvas, as far from it as the sender saw them (scaled to the
 * shorter side of the canvas on the phone). On the 3k map (level of detail); and with an author's card open, where
 * the link's place wins over the card's own framing. The address bar is not written as the camera moves; a link
 * with no move keeps no place.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, settled, shootPage } from './atlas-page';
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

/** The shown authors nearest the middle of the canvas: key and offset (px) from the middle, nearest first. */
function nearMiddle(page: Page, n: number): Promise<{ key: string; dx: number; dy: number }[]> {
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const { width, height } = sigma.getDimensions();
    const out = [];
    window.__atlas.graph.forEachNode((key, a) => {
      if (a.hidden || key[0] !== 'a') return;
      const v = sigma.graphToViewport(a);
      out.push({ key, dx: v.x - width / 2, dy: v.y - height / 2 });
    });
    return out.sort((p, q) => Math.hypot(p.dx, p.dy) - Math.hypot(q.dx, q.dy)).slice(0, ${n});
  })()`);
}

/** Where the authors `keys` are drawn: offsets (px) from the middle of the canvas, and the canvas's shorter side. */
function offsets(page: Page, keys: string[]): Promise<{ at: Record<string, { dx: number; dy: number }>; side: number }> {
  return page.evaluate(`(() => {
    const sigma = window.__atlas.sigma;
    const { width, height } = sigma.getDimensions();
    const g = window.__atlas.graph;
    const at = {};
    for (const key of ${JSON.stringify(keys)}) {
      const v = sigma.graphToViewport(g.getNodeAttributes(key));
      at[key] = { dx: v.x - width / 2, dy: v.y - height / 2 };
    }
    return { at, side: Math.min(width, height) };
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
    // the address bar does not keep the place (it would go on saying it after the reader moves)
    expect(new URL(same.url()).searchParams.has('at')).toBe(false);
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
    expect([...errors, ...receiverErrors]).toEqual([]);
    await receiver.context().close();
    await page.context().close();
  }, 300_000);

  it('a place that cannot be read is left out, and the link note says so', async () => {
    const { page, errors } = await open(appUrl('?at=12,abc'), DESKTOP);
    await page.getByText(/This link’s at=12,abc could not be read and was left out/).waitFor();
    expect(await page.evaluate('window.__atlas.sigma.getCamera().ratio')).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
