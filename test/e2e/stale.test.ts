/**
 * Nothing of an earlier selection stays on the canvas (issue 11, item 3): on acl_2020_main (3k papers,
 * drawn through a level of detail) in the mode users get (camera animation on), click one author, then
 * another, close the panel, zoom in and back to the whole graph: the canvas is drawn as it was before any
 * selection (same labels, no bold name, no paper title, an empty hover layer, the same pixels but for a
 * few anti-aliasing ones); then, an author selected and another hovered, the co-author view and back; no
 * console error.
 */
import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import { appUrl, frames, fromStore, shootCanvas, settled } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { labelledAuthors } from './pointer';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

/** Pixels whose colour differs by more than 40 in a channel. */
function differing(a: PNG, b: PNG): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) > 40 || Math.abs(a.data[i + 1] - b.data[i + 1]) > 40 || Math.abs(a.data[i + 2] - b.data[i + 2]) > 40) n++;
  }
  return n;
}

const labelKeys = (page: Page) => page.evaluate<string[]>('(window.__atlas.labels || []).map((l) => l.key + (l.node && l.node.strong ? "!" : ""))');

/** Whether the 2D layers that show an emphasis (the hover overlay, Sigma's hover layer) are empty. */
const emphasisLayersEmpty = (page: Page) =>
  page.evaluate<boolean>(`(() => {
    for (const c of document.querySelectorAll('.atlas-canvas canvas')) {
      if (!/hover/i.test(c.className)) continue;
      const ctx = c.getContext('2d');
      if (!ctx || !c.width || !c.height) continue;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return false;
    }
    return true;
  })()`);

it('acl_2020_main: after two selections, a zoom and a reset, the canvas is as before', async () => {
  const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
  await page.goto(appUrl(acl));
  await waitForState(page, 'ready', 120_000);
  await settled(page, 400);
  const before = await shootCanvas(page, 'stale-before');
  const labelsBefore = await labelKeys(page);

  // two authors, one after the other, by a click on their discs
  const chosen: string[] = [];
  for (const rank of [0, 5]) {
    const target = (await labelledAuthors(page, 20))[rank];
    await page.mouse.click(target.x, target.y);
    await settled(page, 400);
    expect(await fromStore<number | null>(page, 's.selection && s.selection.index')).toBe(Number(target.key.slice(1)));
    chosen.push(target.key);
    // past Sigma's double-click window
    await page.waitForTimeout(400);
  }
  await shootCanvas(page, 'stale-second');
  await page.keyboard.press('Escape');
  await settled(page, 400);
  // zoom in, then the whole graph again (the zoom buttons)
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settled(page, 400);
  await page.getByRole('button', { name: 'Show the whole graph' }).click();
  await settled(page, 400);
  await page.mouse.move(5, 5);
  await frames(page, 3);
  const after = await shootCanvas(page, 'stale-after');

  const labelsAfter = await labelKeys(page);
  expect(labelsAfter.filter((k) => k.endsWith('!'))).toEqual([]);
  expect(labelsAfter.filter((k) => k.startsWith('p'))).toEqual([]);
  expect(labelsAfter).toEqual(labelsBefore);
  expect(await emphasisLayersEmpty(page)).toBe(true);
  // a stuck name or title is hundreds of pixels; anti-aliasing differences are a few
  expect(differing(before, after)).toBeLessThan(before.width * before.height * 0.0005);

  // then the co-author view and back, with an author selected and hovered (this threw "Cannot read properties
  // of undefined (reading 'hidden')" after a few selections)
  const again = (await labelledAuthors(page, 20))[2];
  await page.mouse.click(again.x, again.y);
  await settled(page, 400);
  const at = await labelledAuthors(page, 20);
  if (at[0]) await page.mouse.move(at[0].x, at[0].y);
  await page.getByRole('radio', { name: 'Co-authors' }).click();
  await page.waitForFunction(`window.__atlas.store.getState().view === 'coauthors'`);
  await settled(page, 400);
  await shootCanvas(page, 'stale-coauthors');
  expect(await fromStore<number | null>(page, 's.selection && s.selection.index')).toBe(Number(again.key.slice(1)));
  await page.getByRole('radio', { name: 'Authors & papers' }).click();
  await page.waitForFunction(`window.__atlas.store.getState().view === 'papers'`);
  await settled(page, 400);
  expect(errors).toEqual([]);
  await page.context().close();
}, 300_000);
