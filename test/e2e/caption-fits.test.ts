/**
 * The edge markers' caption in a narrow part of the map (a tester: at 900×700 with a card open, ~200 px are left
 * beside the card, and the caption read "3 papers out of sight: cli…", cut, with no tooltip). Where the whole caption
 * does not fit, it says what is out of sight, whole ("3 papers out of sight"), with the whole sentence in its title;
 * where it fits (a phone held upright, a wide window) it is the whole sentence. Real Chromium, the seed map zoomed in
 * on an author with the zoom buttons, camera animation on.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, settled } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Caption {
  text: string;
  title: string;
  /** Whether the text is cut (wider than its box). */
  cut: boolean;
}

const CASES = [
  { name: '900×700 desktop', viewport: { width: 900, height: 700 }, touch: false, whole: false },
  { name: '1440×900 desktop', viewport: { width: 1440, height: 900 }, touch: false, whole: true },
  { name: '390×844 phone', viewport: { width: 390, height: 844 }, touch: true, whole: true },
] as const;

describe('the out-of-sight caption is never cut', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.whole ? 'the whole sentence' : 'what is out of sight, whole, the sentence in its title'}`, async () => {
      const { page, errors } = await openPage(browser, { viewport: c.viewport, hasTouch: c.touch, isMobile: c.touch }, { userMode: true });
      // Ji Hou's card, the map zoomed in on him (as a reader does): three of his papers then lie out of sight
      await page.goto(appUrl('?author=13'));
      await waitForState(page, 'ready');
      await settled(page, 600);
      // ("Zoom in" as a reader clicks it, until some of his papers lie out of sight: a camera set by the test was the
      // app's framing still, and framed again when the canvas's size settled: CI under load)
      for (let click = 0; click < 6 && (await page.getByTestId('offscreen-caption').count()) === 0; click++) {
        await page.getByRole('button', { name: 'Zoom in' }).click();
        await settled(page, 300);
      }
      const caption = page.getByTestId('offscreen-caption').locator('span');
      await caption.waitFor();
      const seen: Caption = await caption.evaluate((el) => ({ text: el.textContent ?? '', title: el.getAttribute('title') ?? '', cut: el.scrollWidth > el.clientWidth + 1 }));
      expect(seen.cut, `"${seen.text}" cut`).toBe(false);
      expect(seen.title).toMatch(/^\d+ papers? out of sight: (tap|click) a number to show all$/);
      if (c.whole) expect(seen.text).toBe(seen.title);
      else expect(seen.text).toMatch(/^\d+ papers? out of sight$/);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
