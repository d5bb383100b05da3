/**
 * What is picked is what is drawn under the pointer (issue 11, item 1): on the 30k map, in the mode users
 * get (camera animation on), at overview zoom and at two deeper zooms, each of the 20 most prolific
 * labelled authors is the node drawn on top at its centre, and a hover there picks it; a click there
 * opens it (the first `clicks` of them: each click animates the camera to the author and refills the
 * level of detail, which software WebGL on a busy machine pays for by the second; hover and click go
 * through the same pick).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, frames, fromStore, shootPage, settled } from './atlas-page';
import { BIG_BUNDLE_TIMEOUT, servedBundle } from './big-bundles';
import { launchChromium, openPage, waitForState } from './browser';
import { drawnNodeAt, labelledAuthors, refKey } from './pointer';

let browser: Browser;
let page: Page;
let errors: string[];
let query: string;

beforeAll(async () => {
  query = servedBundle('acl_2016_2021_all');
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true }));
  await page.goto(appUrl(query));
  await waitForState(page, 'ready', 120_000);
}, BIG_BUNDLE_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

async function setCamera(state: { x: number; y: number; ratio: number }): Promise<void> {
  await page.evaluate(`window.__atlas.sigma.getCamera().setState(${JSON.stringify({ ...state, angle: 0 })})`);
  await page.waitForTimeout(200);
  await settled(page);
}

/** The stored selection/hover as a node key. */
const selectedKey = async () => refKey(await fromStore(page, 's.selection'));
const hoveredKey = async () => refKey(await fromStore(page, 's.hovered'));

async function checkPicks(name: string, camera: { x: number; y: number; ratio: number }, clicks: number): Promise<void> {
  await setCamera(camera);
  const targets = await labelledAuthors(page, 20);
  expect(targets.length).toBe(20);
  await shootPage(page, `pick-${name}`);
  const wrong: string[] = [];
  for (const t of targets) {
    // the camera may have moved (a selection frames its author): back to this zoom, then find it again
    const now = await page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
    if (Math.abs(now.x - camera.x) + Math.abs(now.y - camera.y) + Math.abs(now.ratio - camera.ratio) > 1e-6) await setCamera(camera);
    const drawn = (await labelledAuthors(page, 200)).find((a) => a.key === t.key);
    if (!drawn) {
      wrong.push(`${t.label}: no longer drawn`);
      continue;
    }
    const under = await drawnNodeAt(page, drawn.x, drawn.y);
    if (under?.key !== t.key) wrong.push(`${t.label}: drawn under its centre is ${under?.label ?? 'nothing'}`);
    await page.mouse.move(drawn.x, drawn.y);
    await frames(page, 3);
    const hovered = await hoveredKey();
    if (hovered !== t.key) wrong.push(`${t.label}: hover picks ${hovered ? await fromStore(page, `b.authors.name[${hovered.slice(1)}]`) : 'nothing'}`);
    if (targets.indexOf(t) < clicks) {
      await page.mouse.click(drawn.x, drawn.y);
      await frames(page, 3);
      const selected = await selectedKey();
      if (selected !== t.key) wrong.push(`${t.label}: click opens ${selected ? await fromStore(page, `b.authors.name[${selected.slice(1)}]`) : 'nothing'}`);
      await page.keyboard.press('Escape');
      // clicks spaced past Sigma's double-click window
      await page.waitForTimeout(350);
    }
    await page.mouse.move(5, 5);
  }
  expect(wrong).toEqual([]);
}

/** Framed-graph position of the most prolific author (the deeper zooms centre on it). */
const mostProlific = () =>
  page.evaluate<{ x: number; y: number }>(`(() => {
    const sigma = window.__atlas.sigma;
    const b = window.__atlas.store.getState().dataset.bundle;
    let best = 0;
    b.authors.paperCount.forEach((n, i) => { if (n > b.authors.paperCount[best]) best = i; });
    const a = window.__atlas.graph.getNodeAttributes('a' + best);
    return sigma.viewportToFramedGraph(sigma.graphToViewport({ x: a.x, y: a.y }));
  })()`);

// each check hovers and clicks 20 authors in software WebGL, with the camera animating after each click
const PICK_TIMEOUT = 600_000;

describe('pick under the pointer, 30k map', () => {
  it('overview: click and hover on the 20 most prolific labelled authors open them', async () => {
    await checkPicks('30k-overview', { x: 0.5, y: 0.5, ratio: 1 }, 3);
  }, PICK_TIMEOUT);

  it('zoomed in (ratio 0.3), centred on the most prolific author', async () => {
    await checkPicks('30k-zoom-0.3', { ...(await mostProlific()), ratio: 0.3 }, 2);
  }, PICK_TIMEOUT);

  it('zoomed in further (ratio 0.08)', async () => {
    await checkPicks('30k-zoom-0.08', { ...(await mostProlific()), ratio: 0.08 }, 2);
    expect(errors).toEqual([]);
  }, PICK_TIMEOUT);
});
