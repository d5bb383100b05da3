/**
 * The author card's "may be several people" check answered no, in real Chromium on the seed list, as users get it
 * (camera animation on; the card's check waits for the click's frames, so "Checking whether this name is several
 * people…" shows): the answer takes the checking line's place, one line as it was, so the card's stats and
 * co-authors below do not move up under the user's eyes (they moved 18 px when the line went away); the card opened
 * again says the same at once. Desktop and phone, light and dark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlas, shootPage } from './atlas-page';
import { launchChromium, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** An author of 4 papers whose co-authors all work together: one person, as far as they show. */
const ONE_PERSON = 'Peter Vajda';

/** Opens `name`'s card from the search box (as a user does: the search, then the result). */
async function openAuthor(page: Page, name: string) {
  await page.getByLabel('Search authors and papers').fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}\\s*Author`) }).first().click();
  const card = page.getByTestId('author-panel');
  await expect.poll(() => card.locator('h2, h1').first().textContent()).toBe(name);
  return card;
}

/** The box of a line of the card (top relative to the card's heading, as a phone's sheet may still be sliding in). */
interface LineBox {
  top: number;
  height: number;
}

/**
 * Opens `name`'s card and follows the check's line until its answer, frame by frame in the page (a read from here
 * came too late under load, the answer there already): the checking line's box in the last frame it was shown (null
 * when no frame showed it) and the answer's in the first. Throws when no answer comes in 30 s.
 */
async function stillWhileAnswered(page: Page, name: string) {
  const watched = page.evaluate(
    () =>
      new Promise<{ checking: LineBox | null; none: LineBox }>((resolve, reject) => {
        let checking: LineBox | null = null;
        const box = (el: Element) => {
          const head = document.querySelector('[data-testid="author-panel"] h2')!.getBoundingClientRect();
          const r = el.getBoundingClientRect();
          return { top: r.top - head.top, height: r.height };
        };
        const until = performance.now() + 30_000;
        const frame = () => {
          const card = document.querySelector('[data-testid="author-panel"]');
          const line = card?.querySelector('[data-testid="homonym-checking"]');
          const none = card?.querySelector('[data-testid="homonym-none"]');
          if (line) checking = box(line);
          if (none) return resolve({ checking, none: box(none) });
          if (performance.now() > until) return reject(new Error('no answer in 30 s'));
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  const card = await openAuthor(page, name);
  const { checking, none } = await watched;
  return { card, none: card.getByTestId('homonym-none'), before: checking, after: none };
}

describe("an author card whose name's check answers no", () => {
  for (const [label, viewport, colorScheme] of [
    ['desktop, light', { width: 1440, height: 900 }, 'light'],
    ['desktop, dark', { width: 1440, height: 900 }, 'dark'],
    ['phone, light', { width: 390, height: 844 }, 'light'],
    ['phone, dark', { width: 390, height: 844 }, 'dark'],
  ] as const) {
    it(`says so in the checking line's place, and the card does not move (${label})`, async () => {
      const phone = viewport.width < 500;
      const { page, errors } = await openPage(
        browser,
        { viewport, colorScheme, ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : {}) },
        { userMode: true },
      );
      await openAtlas(page, '?ds=wang-jialiang');
      const { card, none, before, after } = await stillWhileAnswered(page, ONE_PERSON);
      expect(await none.textContent()).toBe('One person by this name, as far as co-authors show.');
      // in the checking line's place and of its height, so what is below stays (the line went away: 18 px up); the
      // check waits for the click's frames and a quiet moment (600 ms), so the line is there to be read first
      expect(before, 'the checking line was seen').not.toBeNull();
      expect(Math.abs(after.top - before!.top), 'the answer is where the checking line was').toBeLessThan(1);
      expect(Math.abs(after.height - before!.height), 'the answer is as tall as the checking line').toBeLessThan(1);
      // one line, as the checking line was
      expect(after.height).toBeLessThan(24);
      await shootPage(page, `60-homonym-answer-${label.replace(/, /g, '-')}`);
      // the card opened again (its answer known): the same line at once, never a checking line
      await openAuthor(page, 'Jialiang Wang');
      await card.getByTestId('homonym-flag').waitFor();
      await openAuthor(page, ONE_PERSON);
      await none.waitFor({ timeout: 5_000 });
      expect(await card.getByTestId('homonym-checking').count()).toBe(0);
      expect(await none.textContent()).toBe('One person by this name, as far as co-authors show.');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
