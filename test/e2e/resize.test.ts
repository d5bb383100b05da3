/**
 * A window narrowed to phone width with an author selected (a tablet turned, a window dragged narrow) keeps
 * the map: on acl_2020_main (3k papers, drawn through a level of detail), in the mode users get (camera
 * animation on), light and dark. The tester's run threw NotFoundGraphError in the camera (the selected
 * author was not in the level-of-detail graph after the resize) and blanked the canvas.
 */
import type { Browser } from 'playwright-core';
import { expect, it } from 'vitest';
import { appUrl, fromStore, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let acl: string;

useBigBundle('acl_2020_main', (b, q) => {
  browser = b;
  acl = q;
});

it.each(['light', 'dark'] as const)('acl_2020_main, %s: select an author, narrow to 390x844, close the panel: the map stays', async (scheme) => {
  const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: scheme }, { userMode: true });
  await page.goto(appUrl(acl));
  await waitForState(page, 'ready', 120_000);
  // an author of one paper, as the tester's was: the level of detail drops such authors at phone width
  const target = await fromStore<string>(page, 'b.authors.name.find((n, i) => b.authors.paperCount[i] === 1 && b.authors.name.indexOf(n) === i && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(n))');
  await page.keyboard.press('/');
  await page.keyboard.type(target);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction('window.__atlas.store.getState().selection !== null');
  expect(await fromStore(page, 'b.authors.name[s.selection.index]')).toBe(target);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(500);
  await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  await page.waitForFunction('!window.__atlas.sigma.getCamera().isAnimated()');
  await shootPage(page, `resize-3k-phone-${scheme}`);
  expect(await page.locator('html').getAttribute('data-state')).toBe('ready');
  expect(await page.getByText(/could not be shown/).count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});
