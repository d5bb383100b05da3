/**
 * No name drawn over another in any frame of a camera move (camera animation on, as users get it), on the 30k map
 * (acl_2016_2021_all) at 1440x900. A tester: Dan Roth opened from the search on a loaded machine, "Qiang Ning" was
 * drawn over "Dan R…" ~4 s after the pick, while the camera still flew; settled, no two names met. While the camera
 * moves the labels follow the last placement (graph/label-placement.ts `followPlacement`), which kept every name it
 * had placed: a zoom moves the discs apart or together by its factor while the names keep their size, and names
 * placed a gap apart ran into each other (zoomed out by the Zoom out button, a dozen pairs at once).
 *
 * Every drawing of the labels layer is sampled: after each of Sigma's renders (a microtask after its `afterRender`
 * listeners) and on every animation frame whose labels differ from the last sampled (a placement made in a task of
 * its own between renders). In each, no two drawn labels' boxes (`window.__atlas.labels`) overlap.
 */
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { appUrl, settled, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;
useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

/** Starts sampling every drawing of the labels: per drawing, whether it followed the camera and the overlapping pairs. */
const RECORD = `(() => {
  const sigma = window.__atlas.sigma;
  window.__drawings = [];
  let last = null;
  const check = () => {
    const labels = window.__atlas.labels || [];
    if (labels === last) return;
    last = labels;
    const pairs = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i].box, b = labels[j].box;
        if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) pairs.push(labels[i].text + ' / ' + labels[j].text);
      }
    }
    const placedFor = window.__atlas.labelsPlacedFor;
    window.__drawings.push({ names: labels.length, followed: !!(placedFor && placedFor.followed), moving: sigma.getCamera().isAnimated(), pairs });
  };
  sigma.on('afterRender', () => queueMicrotask(check));
  const poll = () => {
    if (window.__stopSampling) return;
    check();
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})()`;

interface Drawing {
  names: number;
  followed: boolean;
  moving: boolean;
  pairs: string[];
}

/** The drawings sampled since the last call, from the first (the sample restarted). */
async function takeDrawings(page: Page): Promise<Drawing[]> {
  return page.evaluate<Drawing[]>('window.__drawings.splice(0)');
}

it('Dan Roth opened from the search, then the map zoomed out: no name drawn over another in any frame of either move', async () => {
  const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } }, { userMode: true });
  await page.goto(appUrl(query));
  await waitForState(page, 'ready', 180_000);
  await settled(page, 600);
  await page.evaluate(RECORD);

  const field = page.getByLabel('Search authors and papers');
  await field.fill('Dan Roth');
  await page.getByRole('option', { name: /^Dan Roth\b/ }).first().waitFor();
  await field.press('Enter');
  await page.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Dan Roth', exact: true }).waitFor();
  await settled(page, 800);
  const flight = await takeDrawings(page);
  await shootPage(page, 'names-apart-dan-roth');
  expect(flight.length, 'drawings of the labels in the flight').toBeGreaterThan(2);
  expect(flight.filter((d) => d.pairs.length).map((d) => d.pairs)).toEqual([]);

  // his crowd of names, zoomed out: the discs close in under the names (the labels follow the camera until it stops)
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await settled(page, 800);
  const zoom = await takeDrawings(page);
  expect(zoom.filter((d) => d.followed).length, 'drawings that followed the camera').toBeGreaterThan(0);
  expect(zoom.filter((d) => d.pairs.length).map((d) => d.pairs)).toEqual([]);
  // and the names come back once the camera stops: the view is named as any (not left with the few that kept apart)
  const last = zoom.at(-1)!;
  expect(last.followed, 'the last drawing placed afresh').toBe(false);
  expect(last.names).toBeGreaterThan(20);
  await page.evaluate('window.__stopSampling = true');
  expect(errors).toEqual([]);
  await page.close();
}, 300_000);
