/**
 * The note a plain link gets in a tab that keeps who-is-who decisions for its map ("Your who-is-who decisions on this
 * dataset, kept in this tab, are not applied"), in real Chromium, desktop and phone, light and dark: it sits in a row
 * of its own above the map and covers neither the filters chip, its "clear", nor the Rankings table (it floated over
 * them, a tester); dismissed, it stays dismissed after a reload in this tab; its button says what it does ("Put my
 * decisions back in the review list" when nothing is to rebuild: it was "Apply my decisions" and applied nothing).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, coveredBy, frames, fromStore, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';

let browser: Browser;
/** The link's form of one merge accepted (not applied) on the seed: Ching-Yao Chung as the same person. */
let names = '';

beforeAll(async () => {
  browser = await launchChromium();
  const maker = await openPage(browser, {}, { userMode: true });
  await maker.page.goto(appUrl('?ds=wang-jialiang'));
  await waitForState(maker.page, 'ready');
  await maker.page.getByRole('button', { name: 'Review names' }).click();
  const panel = maker.page.getByTestId('review-panel');
  await panel.getByTestId('suggestion').filter({ hasText: 'Ching-Yao Chung' }).getByRole('button', { name: 'Same person' }).click();
  await panel.getByText('1 merge accepted, not applied yet.').waitFor();
  names = new URL(maker.page.url()).searchParams.get('names')!;
  await maker.page.context().close();
});

afterAll(async () => {
  await browser?.close();
});

/** A tab that keeps the decision for the seed (as one that made it), then opens the plain link `query`. */
async function tabWithDecisions(page: Page, query: string): Promise<void> {
  await page.goto(appUrl('?ds=wang-jialiang'));
  await waitForState(page, 'ready');
  await page.evaluate(`sessionStorage.setItem('atlas.names.ds:wang-jialiang', ${JSON.stringify(names)})`);
  await page.goto(appUrl(query));
  await waitForState(page, 'ready');
}

const NOTE = '[data-testid="link-note"]';
const CONTROLS = '.map-chip.filter-chip, .map-chip.filter-chip button, .rankings, .rankings button, .rankings select';

describe('the note offering the tab\'s decisions', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`desktop (${theme}): covers neither the Rankings nor anything of the map's top; its button says what it does; dismissed, it stays so after a reload`, async () => {
      const { page, errors } = await openPage(browser, { colorScheme: theme }, { userMode: true });
      await tabWithDecisions(page, '?ds=wang-jialiang&min=2');
      const note = page.getByTestId('link-note');
      await note.waitFor();
      expect(await note.textContent()).toContain('kept in this tab, are not applied');
      // the decision was accepted, not applied: the button brings it back, it rebuilds nothing
      expect.soft(await note.locator('.link-note-action').innerText()).toBe('Put my decisions back in the review list');
      await page.getByRole('button', { name: 'Rankings of authors' }).click();
      await page.getByTestId('rankings').waitFor();
      await frames(page, 4);
      // (soft: each of the three checks is seen apart)
      expect.soft(await coveredBy(page, NOTE, CONTROLS)).toEqual([]);
      // the map below it: the canvas starts under the note
      const [noteBox, canvasBox] = await Promise.all([note.boundingBox(), page.locator('.atlas-canvas').boundingBox()]);
      expect.soft(canvasBox!.y).toBeGreaterThanOrEqual(noteBox!.y + noteBox!.height);
      await shootPage(page, `92-decisions-offer-desktop-${theme}`);
      await page.getByTestId('rankings').getByRole('button', { name: 'Close rankings' }).click();

      await note.getByRole('button', { name: 'Dismiss this note' }).click();
      await page.reload();
      await waitForState(page, 'ready');
      await frames(page, 10);
      expect(await page.getByTestId('link-note').count()).toBe(0);
      // the decisions themselves are still kept (switching back brings them), only the offer is not made again
      expect(await fromStore<number>(page, 'b.stats.authors')).toBe(109);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`phone (${theme}): the note is under the top bar, above the filters chip and its "clear" and the Rankings, covering none`, async () => {
      const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, colorScheme: theme, hasTouch: true, isMobile: true }, { userMode: true });
      await tabWithDecisions(page, '?ds=wang-jialiang&min=2');
      const note = page.getByTestId('link-note');
      await note.waitFor();
      await page.locator('.map-chip.filter-chip').waitFor();
      expect(await coveredBy(page, NOTE, CONTROLS)).toEqual([]);
      await shootPage(page, `93-decisions-offer-phone-${theme}`);
      await page.getByRole('button', { name: /Open filters/ }).click();
      await page.getByRole('button', { name: 'Rankings of authors' }).click();
      await page.getByTestId('rankings').waitFor();
      await frames(page, 4);
      expect(await coveredBy(page, NOTE, CONTROLS)).toEqual([]);
      await shootPage(page, `94-decisions-offer-phone-rankings-${theme}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
