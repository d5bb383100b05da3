/**
 * A year typed on a phone (390x844): on a lab's list whose papers run from 1814 to 2026 (test/fixtures/cdl.bib),
 * the year slider is a pixel or two per year on a phone, and no one could pick a year. The range's ends are boxes
 * to type a year in: typed and applied (Enter, or leaving the box), the map shows that range's authors and papers
 * (the filters' counts say so); a text that is no year is said and not applied; a year outside the map's span is
 * clamped to it, and said. Light and dark; a desktop look too (ATLAS_SCREENSHOTS=1 keeps the pictures).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFiles, fixture } from '../core/helpers';
import { writeDataset } from '../../scripts/lib/write-dataset';
import { appUrl, frames, shootElement, shootPage } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { SITE_DIR } from './global-setup';

const result = buildFiles([fixture('cdl.bib')], { name: 'A lab back to 1814' });
const { bundle } = result;
const dated = bundle.papers.year.filter((y): y is number => y !== null);
const MIN = Math.min(...dated);
const MAX = Math.max(...dated);
const PHONE = { width: 390, height: 844 };

let browser: Browser;

beforeAll(async () => {
  writeDataset(path.join(SITE_DIR, 'fixtures/cdl-years'), result);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * What the filters' line says for the range [from, to] (every author with a paper in it: the least-papers filter at
 * 1); the whole span is no range (papers without a year shown too).
 */
function showing(from: number, to: number): string {
  const all = from === MIN && to === MAX;
  const papers = bundle.papers.year.flatMap((y, p) => (all || (y !== null && y >= from && y <= to) ? [p] : []));
  const authors = new Set(papers.flatMap((p) => bundle.papers.authors[p]));
  const n = (x: number) => x.toLocaleString('en');
  return `Showing ${n(authors.size)} of ${n(bundle.authors.name.length)} authors and ${n(papers.length)} of ${n(bundle.papers.title.length)} papers.`;
}

async function open(theme: 'light' | 'dark', viewport: { width: number; height: number }, phone: boolean): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, { viewport, colorScheme: theme, ...(phone ? { hasTouch: true, isMobile: true } : {}) });
  await opened.page.goto(appUrl('?bundle=fixtures/cdl-years/bundle.json'));
  await waitForState(opened.page, 'ready');
  return opened;
}

describe('the year range typed', () => {
  it('the map spans 1814–2026 and the least-papers filter starts at 1 (what the counts below assume)', async () => {
    expect([MIN, MAX]).toEqual([1814, 2026]);
    const { page } = await open('light', { width: 1280, height: 800 }, false);
    expect(await page.evaluate('window.__atlas.store.getState().filters.minPapers')).toBe(1);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('on a phone (%s): a year typed and applied filters the map; no year is said, not applied; outside the span clamped', async (theme) => {
    const { page, errors } = await open(theme, PHONE, true);
    await page.getByRole('button', { name: 'Open filters and communities' }).click();
    const panel = page.getByTestId('time-panel');
    const from = panel.getByRole('textbox', { name: 'First year of the range' });
    const to = panel.getByRole('textbox', { name: 'Last year of the range' });
    await from.scrollIntoViewIfNeeded();
    expect(await from.inputValue()).toBe(String(MIN));
    expect(await to.inputValue()).toBe(String(MAX));
    const counts = page.getByTestId('visible-counts');
    expect(await counts.textContent()).toBe(showing(MIN, MAX));
    // a finger's box: 44 px high
    expect((await from.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await shootElement(panel, `year-boxes-phone-${theme}-all`);

    // From 2020, typed, Enter
    await from.tap();
    await from.fill('2020');
    await page.keyboard.press('Enter');
    await frames(page);
    expect(await panel.getByTestId('year-from').textContent()).toBe('2020');
    expect(await counts.textContent()).toBe(showing(2020, MAX));
    expect(showing(2020, MAX)).not.toBe(showing(MIN, MAX));
    expect(await page.getByTestId('stats-line').textContent()).toContain(`in 2020–${MAX}`);

    // To 2021, typed, then the box left (a tap elsewhere in the panel)
    await to.tap();
    await to.fill('2021');
    await panel.getByRole('heading', { name: 'Time' }).tap();
    await frames(page);
    expect(await panel.getByTestId('year-to').textContent()).toBe('2021');
    expect(await counts.textContent()).toBe(showing(2020, 2021));

    // no year: said, the range unchanged
    await from.tap();
    await from.fill('20x');
    await page.keyboard.press('Enter');
    expect(await panel.getByTestId('year-box-problem').textContent()).toBe(`“20x” is not a year: type one from ${MIN} to ${MAX}`);
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    expect(await counts.textContent()).toBe(showing(2020, 2021));
    await shootElement(panel, `year-boxes-phone-${theme}-problem`);
    // a first year after the last: said, not applied
    await from.fill('2024');
    await page.keyboard.press('Enter');
    expect(await panel.getByTestId('year-box-problem').textContent()).toBe('2024 is after the last year, 2021: type one up to 2021');
    expect(await counts.textContent()).toBe(showing(2020, 2021));

    // before the map's first year: clamped to it, and said
    await from.fill('1700');
    await page.keyboard.press('Enter');
    await frames(page);
    expect(await from.inputValue()).toBe(String(MIN));
    expect(await from.getAttribute('aria-invalid')).toBe('false');
    expect(await panel.getByTestId('year-box-problem').count()).toBe(0);
    expect(await panel.getByTestId('year-box-note').textContent()).toBe(`1700 is before the first year with papers: ${MIN} used`);
    expect(await counts.textContent()).toBe(showing(MIN, 2021));
    await shootPage(page, `year-boxes-phone-${theme}`);
    await shootElement(panel, `year-boxes-phone-${theme}-clamped`);

    // the slider moved after it: the boxes follow, the note goes
    const fromThumb = panel.getByLabel('From year', { exact: true });
    await fromThumb.focus();
    await page.keyboard.press('End');
    await frames(page);
    expect(await from.inputValue()).toBe(await panel.getByTestId('year-from').textContent());
    expect(await panel.getByTestId('year-box-note').count()).toBe(0);
    // (the thumb went to the last year's: the range is 2021 alone)
    expect([await from.inputValue(), await to.inputValue()]).toEqual(['2021', '2021']);

    // a tester: a year past the span was said as the span's end ("2026 is after…" for 2030 typed); "2019.5" was cut
    // to 2019 and taken; a refused year was lost when the other end then moved
    await from.tap();
    await from.fill('2019.5');
    await page.keyboard.press('Enter');
    expect(await panel.getByTestId('year-box-problem').textContent()).toBe(`“2019.5” is not a year: type one from ${MIN} to ${MAX}`);
    await from.fill('2030');
    await page.keyboard.press('Enter');
    expect(await panel.getByTestId('year-box-problem').textContent()).toBe('2030 is after the last year, 2021: type one up to 2021');
    await from.fill('2024');
    await page.keyboard.press('Enter');
    expect(await panel.getByTestId('year-box-problem').textContent()).toBe('2024 is after the last year, 2021: type one up to 2021');
    // the last year moved to the span's end: the refused 2024 now fits, and is applied, not lost
    await to.tap();
    await to.fill(String(MAX));
    await page.keyboard.press('Enter');
    await frames(page);
    await expect.poll(() => counts.textContent()).toBe(showing(2024, MAX));
    expect(await from.inputValue()).toBe('2024');
    expect(await from.getAttribute('aria-invalid')).toBe('false');
    expect(await panel.getByTestId('year-box-problem').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a desktop: the boxes sit under the slider, inside the panel', async () => {
    const { page, errors } = await open('light', { width: 1280, height: 800 }, false);
    const panel = page.getByTestId('time-panel');
    const boxes = panel.getByTestId('year-boxes');
    await boxes.scrollIntoViewIfNeeded();
    const p = (await panel.boundingBox())!;
    const b = (await boxes.boundingBox())!;
    const slider = (await panel.getByTestId('year-range').boundingBox())!;
    expect(b.y).toBeGreaterThan(slider.y + slider.height - 1);
    expect(b.x).toBeGreaterThanOrEqual(p.x);
    expect(b.x + b.width).toBeLessThanOrEqual(p.x + p.width);
    const from = panel.getByRole('textbox', { name: 'First year of the range' });
    await from.fill('2019');
    await from.press('Tab');
    await frames(page);
    expect(await page.getByTestId('visible-counts').textContent()).toBe(showing(2019, MAX));
    await shootElement(panel, 'year-boxes-desktop-light');
    // a tester: "abc" typed in From and refused, then To set: the range applied, its problem gone, but From still
    // said "abc" in red (and after "All years" too). A text that is no year can never fit: the box shows the year
    // applied once the range moves (a refused year that fits the new range is applied instead, the phone test)
    await from.fill('abc');
    await from.press('Tab');
    expect(await panel.getByTestId('year-box-problem').textContent()).toBe(`“abc” is not a year: type one from ${MIN} to ${MAX}`);
    const to = panel.getByRole('textbox', { name: 'Last year of the range' });
    await to.fill('2020');
    await to.press('Tab');
    await frames(page);
    expect(await page.getByTestId('visible-counts').textContent()).toBe(showing(2019, 2020));
    expect(await from.inputValue()).toBe('2019');
    expect(await from.getAttribute('aria-invalid')).toBe('false');
    expect(await panel.getByTestId('year-box-problem').count()).toBe(0);
    await from.fill('abc');
    await from.press('Tab');
    await panel.getByRole('button', { name: 'All years' }).click();
    await frames(page);
    expect([await from.inputValue(), await to.inputValue()]).toEqual([String(MIN), String(MAX)]);
    expect(await from.getAttribute('aria-invalid')).toBe('false');
    // a tester (30k map, 2016–2021): under 2020–2021, To 2017 typed and refused, then "All years": the range became
    // 2016–2017 (the refused year tried again against the reset range's first year, as if the user had moved it; the
    // To end was the span's last year, so it did not move). "All years" shows all years
    await from.fill('2020');
    await from.press('Tab');
    await to.fill(String(MAX));
    await to.press('Enter');
    await frames(page);
    expect(await page.getByTestId('visible-counts').textContent()).toBe(showing(2020, MAX));
    await to.fill('2017');
    await to.press('Enter');
    expect(await panel.getByTestId('year-box-problem').textContent()).toBe('2017 is before the first year, 2020: type one from 2020');
    await panel.getByRole('button', { name: 'All years' }).click();
    await frames(page, 3);
    expect(await page.evaluate('window.__atlas.store.getState().filters.years')).toBeNull();
    expect(await page.getByTestId('visible-counts').textContent()).toBe(showing(MIN, MAX));
    expect([await from.inputValue(), await to.inputValue()]).toEqual([String(MIN), String(MAX)]);
    expect(await to.getAttribute('aria-invalid')).toBe('false');
    expect(new URL(page.url()).searchParams.get('years')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
