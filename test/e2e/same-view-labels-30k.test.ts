/**
 * A shared link names the same people: the 30k map (acl_2016_2021_all) opened from a link selecting Iryna Gurevych
 * (`&author=`), as users get it (camera animation on), loaded twice, names the same authors on the canvas.
 * - 1440x900: the second load has the pointer cross the map on its way (over her labelled co-authors' discs, each
 *   hovered in turn, as a mouse passing over the map does) and leave it; once it has left, the canvas names the
 *   people the first load named. Before, the selected name kept the spot it had while a hover was drawn: after the
 *   pointer crossed Tobias Falke's disc, Gurevych's name sat left of her disc instead of right of it, and Ivan
 *   Habernal, Margot Mieskes and Giulia Dore gave way to Steffen Eger, Robert West and Ulrike Padó (a tester opening
 *   the link twice saw other co-authors named).
 * - 390x844 (a phone, touch): two loads name the same authors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, drawnLabels, settled } from './atlas-page';
import { BIG_BUNDLE_TIMEOUT, servedBundle } from './big-bundles';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;
let query: string;
/** Iryna Gurevych's author index in the served bundle (the link's `author=`). */
let gurevych: number;

beforeAll(async () => {
  query = servedBundle('acl_2016_2021_all');
  const served = path.resolve(import.meta.dirname, '../../test-output/e2e-site/data/acl_2016_2021_all/bundle.json');
  const bundle = JSON.parse(readFileSync(served, 'utf8')) as { authors: { name: string[] } };
  gurevych = bundle.authors.name.indexOf('Iryna Gurevych');
  browser = await launchChromium();
}, BIG_BUNDLE_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

/** Opens the link in a fresh page of `viewport` and waits until the camera has framed her and the map has settled. */
async function openLink(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const phone = viewport.width < 600;
  const opened = await openPage(browser, { viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) }, { userMode: true });
  await opened.page.goto(appUrl(`${query}&author=${gurevych}`));
  await waitForState(opened.page, 'ready', 180_000);
  await opened.page.getByTestId('author-panel').getByRole('heading', { level: 2, name: 'Iryna Gurevych', exact: true }).waitFor();
  await settled(opened.page, 800);
  return opened;
}

/** The authors named on the canvas now (node labels), sorted. */
async function namedAuthors(page: Page): Promise<string[]> {
  return (await drawnLabels(page))
    .filter((l) => l.kind === 'node')
    .map((l) => l.text)
    .sort();
}

/**
 * Waits until the store's hover is `what` ('some': any node; null: none) and its labels are drawn; whether it came
 * (a disc under another's name may hover nothing).
 */
async function hoverIs(page: Page, what: 'some' | null): Promise<boolean> {
  const test = what === null ? 'h === null' : 'h !== null';
  const came = await page
    .waitForFunction(`(() => { const h = window.__atlas.store.getState().hovered; return ${test}; })()`, null, { timeout: 30_000 })
    .then(() => true)
    .catch(() => false);
  await settled(page);
  return came;
}

describe('a link selecting an author names the same people on every load', () => {
  it('1440x900: a pointer that crossed the map on the way leaves the names of a load it did not cross', async () => {
    const first = await openLink({ width: 1440, height: 900 });
    const named = await namedAuthors(first.page);
    expect(named).toContain('Iryna Gurevych');
    expect(named.length, named.join(', ')).toBeGreaterThan(15);
    await first.page.context().close();

    const second = await openLink({ width: 1440, height: 900 });
    const { page } = second;
    const origin = await page.evaluate<{ x: number; y: number }>('(() => { const r = window.__atlas.sigma.getContainer().getBoundingClientRect(); return { x: r.left, y: r.top }; })()');
    // the co-authors named around her, each hovered in turn (a disc under a bigger one hovers that one: any hover counts)
    const discs = (await drawnLabels(page)).filter((l) => l.kind === 'node' && l.node && !l.node.strong).slice(0, 12);
    expect(discs.length).toBeGreaterThan(5);
    let hovers = 0;
    for (const l of discs) {
      await page.mouse.move(origin.x + l.node!.x, origin.y + l.node!.y, { steps: 3 });
      if (await hoverIs(page, 'some')) hovers++;
    }
    expect(hovers, 'the pointer hovered her co-authors on its way').toBeGreaterThan(5);
    // off the map, onto the header
    await page.mouse.move(720, 20, { steps: 3 });
    expect(await hoverIs(page, null)).toBe(true);
    expect(await namedAuthors(page)).toEqual(named);
    expect(first.errors.concat(second.errors)).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('390x844 (touch): two loads name the same authors', async () => {
    const loads: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const { page, errors } = await openLink({ width: 390, height: 844 });
      loads.push(await namedAuthors(page));
      expect(errors).toEqual([]);
      await page.context().close();
    }
    expect(loads[0]).toContain('Iryna Gurevych');
    expect(loads[1]).toEqual(loads[0]);
  }, 300_000);
});
