/**
 * Reduced motion (WCAG 2.3.3), as users get the app (camera animation on, no test switch): with the system asking
 * for reduced motion, choosing an author from the search moves the camera to them in one jump (it flew for 450 ms,
 * a tester's finding), and the zoom buttons zoom without a flight. Without the setting, the same choice flies (so the
 * check can fail). The camera is sampled on every frame from the choice on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the seed in user mode under `reducedMotion`, chooses `name` from the search and watches the camera. */
async function chooseAndWatch(reducedMotion: 'reduce' | 'no-preference', name: string): Promise<{ page: Page; animatedFrames: number; moved: boolean; errors: string[] }> {
  const { page, errors } = await openPage(browser, { reducedMotion, viewport: { width: 1280, height: 800 } }, { userMode: true });
  await openAtlas(page);
  const before = await page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
  // every frame from the choice on: was the camera in a flight?
  await page.evaluate(`(() => {
    window.__motion = { animated: 0, frames: 0 };
    const cam = window.__atlas.sigma.getCamera();
    const tick = () => { window.__motion.frames++; if (cam.isAnimated()) window.__motion.animated++; if (window.__motion.frames < 90) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const search = page.getByLabel('Search authors and papers');
  await search.click();
  await search.pressSequentially(name);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('author-panel').waitFor();
  await page.waitForFunction('window.__motion.frames >= 90', undefined, { polling: 100 });
  const animatedFrames = await page.evaluate<number>('window.__motion.animated');
  const after = await page.evaluate<{ x: number; y: number; ratio: number }>('window.__atlas.sigma.getCamera().getState()');
  const moved = Math.abs(after.x - before.x) + Math.abs(after.y - before.y) + Math.abs(after.ratio - before.ratio) > 1e-6;
  return { page, animatedFrames, moved, errors };
}

describe('reduced motion', () => {
  it('a chosen author is framed in one jump when the system asks for reduced motion, and zoom buttons do not fly', async () => {
    const { page, animatedFrames, moved, errors } = await chooseAndWatch('reduce', 'Cynthia Dwork');
    expect(moved).toBe(true);
    expect(animatedFrames).toBe(0);
    const ratio = await page.evaluate<number>('window.__atlas.sigma.getCamera().ratio');
    await page.getByRole('button', { name: /zoom in/i }).click();
    expect(await page.evaluate<boolean>('window.__atlas.sigma.getCamera().isAnimated()')).toBe(false);
    expect(await page.evaluate<number>('window.__atlas.sigma.getCamera().ratio')).toBeLessThan(ratio);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('without the setting the same choice flies to the author (the check above can fail)', async () => {
    const { page, animatedFrames, moved, errors } = await chooseAndWatch('no-preference', 'Cynthia Dwork');
    expect(moved).toBe(true);
    expect(animatedFrames).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
