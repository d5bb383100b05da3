/**
 * The who-is-who review list of the 30k map (621 pairs, then 7 names that may be several people), in real Chromium
 * as users get it. A tester found both out of reach:
 * - on a phone (390×844, touch, dark), after "Same person" on the first pair (Ondřej Bojar) the bar with the alias
 *   file and Apply lay after all 621 pairs, ~220,000 px down the sheet; the intro said "Apply in the explorer
 *   (below)". Now the bar keeps to the sheet's bottom edge once a decision is accepted, clear of the card read;
 * - "May be several people" lay after every pair, 219,045 px down a 219,598 px panel, with no way there from the top:
 *   the list's top now has a "Jump to" row, and the sidebar's "7 names that may be several people" opens the list
 *   there (`review=several`), its heading in view and focused (desktop, light); clicked again after the user scrolled
 *   away, it goes back there (it stayed put: the list was open at that place already).
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, pageUrl, shootPage } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';

let browser: Browser;
let query: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  query = q;
});

/** The review panel's scrolling box and an element of it, as the screen shows them (CSS px, viewport coordinates). */
const boxes = (page: Page, selector: string) =>
  page.evaluate<{ body: { top: number; bottom: number }; el: { top: number; bottom: number } | null; scrollHeight: number }>(`(() => {
    const body = document.querySelector('[data-testid="review-panel"] .panel-body');
    const el = document.querySelector(${JSON.stringify(selector)});
    const b = body.getBoundingClientRect();
    const r = el && el.getBoundingClientRect();
    return { body: { top: b.top, bottom: b.bottom }, el: r && { top: r.top, bottom: r.bottom }, scrollHeight: body.scrollHeight };
  })()`);

describe('the review list of the 30k map: Apply and the names that may be several people within reach', () => {
  it('on a phone, the alias bar is in the sheet once a pair is accepted, clear of the card; Jump to reaches the names', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3, colorScheme: 'dark' }, { userMode: true });
    await page.goto(appUrl(query));
    await waitForState(page, 'ready', 120_000);
    // ☰ → Who is who → Review names, as the tester did
    await page.getByRole('button', { name: 'Open filters and communities' }).tap();
    const review = page.getByTestId('who-panel').getByRole('button', { name: 'Review names' });
    await review.waitFor({ timeout: 180_000 });
    await review.tap();
    const panel = page.getByTestId('review-panel');
    await panel.getByTestId('suggestion').first().waitFor({ timeout: 180_000 });
    expect(await panel.getByTestId('suggestion').count()).toBeGreaterThan(600);
    const first = panel.getByTestId('suggestion').first();
    expect(await first.getAttribute('data-names')).toMatch(/Bojar/);
    await first.getByRole('button', { name: 'Same person' }).tap();
    await first.getByRole('button', { name: 'Undo' }).waitFor();
    await page.waitForTimeout(500);
    const bar = await boxes(page, '[data-testid="review-panel"] [data-testid="alias-actions"]');
    await shootPage(page, 'review-reach-phone-accepted');
    console.log(`phone: sheet body ${Math.round(bar.body.top)}–${Math.round(bar.body.bottom)} px, bar ${Math.round(bar.el!.top)}–${Math.round(bar.el!.bottom)} px, list ${bar.scrollHeight} px`);
    expect(bar.scrollHeight).toBeGreaterThan(100_000);
    // the bar within the sheet's visible part (it was 219,700 px down), its download button a tap away
    expect(bar.el!.top).toBeGreaterThanOrEqual(bar.body.top);
    expect(bar.el!.bottom).toBeLessThanOrEqual(bar.body.bottom + 1);
    // compact: at most a third of the sheet's body
    expect(bar.el!.bottom - bar.el!.top).toBeLessThanOrEqual((bar.body.bottom - bar.body.top) / 3);
    const download = panel.getByTestId('alias-actions').getByRole('button', { name: /Download alias file \(1 line\)/ });
    expect(await download.isVisible()).toBe(true);
    // clear of the card the user reads: the accepted pair's Undo is not under the bar
    const undo = (await first.getByRole('button', { name: 'Undo' }).boundingBox())!;
    expect(undo.y + undo.height).toBeLessThanOrEqual(bar.el!.top);
    expect(undo.y).toBeGreaterThanOrEqual(bar.body.top);

    // the intro says where the bar is, as it is on a phone too (no "(below)" 220,000 px away)
    const intro = (await panel.locator('.insight-intro').first().textContent())!;
    expect(intro).not.toContain('(below)');
    expect(intro).toContain('the bar at the bottom of this card, once you accept one');

    // back to the list's top: its Jump to row reaches the names that may be several people
    await page.evaluate(`document.querySelector('[data-testid="review-panel"] .panel-body').scrollTop = 0`);
    const jump = panel.getByTestId('review-jump');
    expect(await jump.textContent()).toMatch(/Jump to:621 possible same-person pairs·7 names that may be several people/);
    await jump.getByRole('button', { name: /names that may be several people/ }).tap();
    await page.waitForTimeout(500);
    const heading = await boxes(page, '[data-testid="several-heading"]');
    await shootPage(page, 'review-reach-phone-jump');
    console.log(`phone: after Jump to, the heading at ${Math.round(heading.el!.top)} px (body ${Math.round(heading.body.top)}–${Math.round(heading.body.bottom)})`);
    expect(heading.el!.top).toBeGreaterThanOrEqual(heading.body.top - 1);
    expect(heading.el!.bottom).toBeLessThanOrEqual(heading.body.bottom);
    expect(await page.evaluate(`document.activeElement?.dataset.testid`)).toBe('several-heading');
    expect((await pageUrl(page)).searchParams.get('review')).toBe('several');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('on a desktop, the sidebar\'s "7 names that may be several people" opens the list at them; Enter on Jump to does too', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, { userMode: true });
    await page.goto(appUrl(query));
    await waitForState(page, 'ready', 120_000);
    const names = page.getByTestId('who-panel').getByRole('button', { name: /7 names that may be several people/ });
    await names.waitFor({ timeout: 180_000 });
    await names.click();
    const panel = page.getByTestId('review-panel');
    await panel.getByTestId('several-heading').waitFor({ timeout: 180_000 });
    await page.waitForFunction(`document.activeElement?.dataset.testid === 'several-heading'`, undefined, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const at = await boxes(page, '[data-testid="several-heading"]');
    await shootPage(page, 'review-reach-desktop-several');
    console.log(`desktop: the heading at ${Math.round(at.el!.top)} px (body ${Math.round(at.body.top)}–${Math.round(at.body.bottom)}, list ${at.scrollHeight} px)`);
    expect(at.scrollHeight).toBeGreaterThan(100_000);
    // in view (the list scrolled as far as it goes: the section and what follows it are shorter than the card)
    expect(at.el!.top).toBeGreaterThanOrEqual(at.body.top - 1);
    expect(at.el!.bottom).toBeLessThanOrEqual(at.body.bottom);
    expect((await pageUrl(page)).searchParams.get('review')).toBe('several');
    // the first name of the section in view under it
    const name = await boxes(page, '[data-testid="homonym-list"] li');
    expect(name.el!.bottom).toBeLessThanOrEqual(name.body.bottom);

    // the user scrolls away (the wheel, up the list) and clicks the sidebar's link again: the list goes back to the
    // names (it stayed where it was: the place was shown once, and the list was open at it already)
    await page.mouse.move((await panel.boundingBox())!.x + 100, at.body.top + 100);
    await page.mouse.wheel(0, -20_000);
    await page.waitForTimeout(500);
    expect((await boxes(page, '[data-testid="several-heading"]')).el!.top).toBeGreaterThan(at.body.bottom);
    await names.click();
    await page.waitForTimeout(500);
    const back = await boxes(page, '[data-testid="several-heading"]');
    await shootPage(page, 'review-reach-desktop-several-again');
    console.log(`desktop: clicked again after scrolling to the top, the heading at ${Math.round(back.el!.top)} px (body ${Math.round(back.body.top)}–${Math.round(back.body.bottom)})`);
    expect(back.el!.top).toBeGreaterThanOrEqual(back.body.top - 1);
    expect(back.el!.bottom).toBeLessThanOrEqual(back.body.bottom);
    expect(await page.evaluate(`document.activeElement?.dataset.testid`)).toBe('several-heading');
    expect((await pageUrl(page)).searchParams.get('review')).toBe('several');

    // the list's top, by keyboard: Tab to the Jump to row's pairs link, Enter: the list's first pair at the top
    await page.evaluate(`document.querySelector('[data-testid="review-panel"] .panel-body').scrollTop = 0`);
    const toPairs = panel.getByTestId('review-jump').getByRole('button', { name: /621 possible same-person pairs/ });
    await toPairs.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    const list = await boxes(page, '[data-testid="review-panel"] [data-testid="suggestions"]');
    expect(Math.abs(list.el!.top - list.body.top)).toBeLessThanOrEqual(2);
    expect(await page.evaluate(`document.activeElement?.dataset.testid`)).toBe('suggestions');
    // and Tab then Enter on the names' link: the section again
    await page.evaluate(`document.querySelector('[data-testid="review-panel"] .panel-body').scrollTop = 0`);
    await toPairs.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    const again = await boxes(page, '[data-testid="several-heading"]');
    expect(again.el!.top).toBeGreaterThanOrEqual(again.body.top - 1);
    expect(again.el!.bottom).toBeLessThanOrEqual(again.body.bottom);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);
});
