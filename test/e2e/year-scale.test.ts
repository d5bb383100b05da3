/**
 * The year slider on a sparse, long span (tester K: an imported list of 1538–2026, a few old books and most papers
 * after 1990, had nearly all its papers in the slider's last pixels, and a drag jumped decades over them). The
 * slider is spaced by papers (src/app/features/time/year-scale.ts): on test/fixtures/sparse-years-1538-2026.jsonl
 * its middle is the median paper's year, the old books take a few per cent of the track, the arrow keys step one
 * year with papers, and the typed boxes, the link's `years=` and the histogram agree with the thumbs; the map draws
 * the range's authors. Desktop and phone, light and dark (ATLAS_SCREENSHOTS=1 keeps the pictures).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/pipeline';
import { writeDataset } from '../../scripts/lib/write-dataset';
import { fromPosition, toPosition, yearScale } from '../../src/app/features/time/year-scale';
import { appUrl, frames, pageUrl, shootElement } from './atlas-page';
import { launchChromium, openPage, waitForState } from './browser';
import { SITE_DIR } from './global-setup';

const FILE = 'sparse-years-1538-2026.jsonl';
const result = buildDataset([{ name: FILE, text: readFileSync(path.resolve(import.meta.dirname, '../fixtures', FILE), 'utf8') }], { name: 'Fen studies 1538–2026' });
const { bundle } = result;
const YEARS = bundle.papers.year as number[];
/** The scale the slider should have, from the bundle's papers per year (the reference). */
const counts = new Array<number>(2026 - 1538 + 1).fill(0);
for (const y of YEARS) counts[y - 1538]!++;
const scale = yearScale(counts, 1538)!;
const PHONE = { width: 390, height: 844 };

let browser: Browser;

beforeAll(async () => {
  writeDataset(path.join(SITE_DIR, 'fixtures/sparse-years'), result);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(query = '', theme: 'light' | 'dark' = 'light', phone = false): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, phone ? { viewport: PHONE, colorScheme: theme, hasTouch: true, isMobile: true } : { colorScheme: theme });
  await opened.page.goto(appUrl(`?bundle=fixtures/sparse-years/bundle.json${query}`));
  await waitForState(opened.page, 'ready');
  return opened;
}

/** The names of the authors with a paper in [from, to] (the reference, from the bylines). */
function authorsIn(from: number, to: number): string[] {
  const out = new Set<string>();
  bundle.papers.authors.forEach((list, p) => {
    if (YEARS[p]! >= from && YEARS[p]! <= to) for (const a of list) out.add(bundle.authors.name[a]!);
  });
  return [...out].sort();
}

/** The names of the authors the canvas draws (Sigma's graph: author nodes not hidden). */
async function drawnAuthors(page: Page): Promise<string[]> {
  await frames(page);
  const keys = await page.evaluate<string[]>(`window.__atlas.sigma.getGraph().filterNodes((n, a) => n.startsWith('a') && !a.hidden)`);
  return keys.map((k) => bundle.authors.name[Number(k.slice(1))]!).sort();
}

/** The range as the panel writes it ("Papers from 1990 to 2026", or "Papers of 2020"). */
async function shownRange(page: Page): Promise<string> {
  const panel = page.getByTestId('time-panel');
  const from = await panel.getByTestId('year-from').textContent();
  const to = (await panel.getByTestId('year-to').count()) ? await panel.getByTestId('year-to').textContent() : from;
  return `${from}–${to}`;
}

/** A thumb's place on its track, 0 at the start and 1 at the end (the range input's value over its span). */
async function place(page: Page, label: 'From year' | 'To year'): Promise<number> {
  const thumb = page.getByTestId('time-panel').getByLabel(label, { exact: true });
  const [value, min, max] = await Promise.all(['value', 'min', 'max'].map((a) => thumb.evaluate((el, name) => Number((el as HTMLInputElement)[name as 'value']), a)));
  return (value! - min!) / (max! - min!);
}

describe('the year slider spaced by papers (a list of 1538–2026, most papers after 1990)', () => {
  it('dragged to its middle, the first year is the median paper\'s; the arrow keys step one year with papers; the map draws the range\'s authors', async () => {
    const { page, errors } = await open();
    const panel = page.getByTestId('time-panel');
    const fromThumb = panel.getByLabel('From year', { exact: true });
    const toThumb = panel.getByLabel('To year', { exact: true });
    expect(await fromThumb.getAttribute('aria-valuetext')).toBe('1538');
    expect(await toThumb.getAttribute('aria-valuetext')).toBe('2026');
    expect(await drawnAuthors(page)).toEqual(authorsIn(1538, 2026));

    // the From thumb (at the track's start) dragged with the pointer to the track's middle
    const track = (await panel.getByTestId('year-range').boundingBox())!;
    const y = track.y + track.height / 2;
    const start = track.x + 8;
    const middle = track.x + 8 + (track.width - 16) / 2;
    await page.mouse.move(start, y);
    await page.mouse.down();
    for (let k = 1; k <= 12; k++) await page.mouse.move(start + ((middle - start) * k) / 12, y);
    await page.mouse.up();
    await frames(page);
    const from = Number(await panel.getByTestId('year-from').textContent());
    // about half the papers left in the range (an even step per year put the middle at 2006: three quarters)
    const share = YEARS.filter((v) => v >= from).length / YEARS.length;
    expect(share, `From ${from}`).toBeGreaterThan(0.4);
    expect(share, `From ${from}`).toBeLessThan(0.6);
    expect(await fromThumb.getAttribute('aria-valuetext')).toBe(String(from));
    expect(await panel.getByRole('textbox', { name: 'First year of the range' }).inputValue()).toBe(String(from));
    expect(await drawnAuthors(page)).toEqual(authorsIn(from, 2026));
    // the histogram marks the range's years
    const marked = await panel.locator('.year-bar.in-range').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-year'))));
    expect(marked).toEqual(scale.years.filter((v) => v >= from));

    // the keyboard: Home, then one year with papers per arrow key (1700, 1850, 1950, 1990), said as the year
    await fromThumb.focus();
    await page.keyboard.press('Home');
    expect(await shownRange(page)).toBe('1538–2026');
    const said: string[] = [];
    for (let k = 0; k < 4; k++) {
      await page.keyboard.press('ArrowRight');
      said.push((await fromThumb.getAttribute('aria-valuetext'))!);
    }
    expect(said).toEqual(['1700', '1850', '1950', '1990']);
    expect(await shownRange(page)).toBe('1990–2026');
    // the old books' four years take a few per cent of the track (a tenth with an even step per year)
    // (the From thumb stands on 1990's bar, the middle of its slot: year-scale.ts `fromPosition`)
    expect(await place(page, 'From year')).toBeCloseTo(fromPosition(scale, 1990), 6);
    expect(scale.edges[scale.years.indexOf(1990)]).toBeLessThan(0.06);
    // the map: the old books' authors gone, every author of 1990–2026 drawn
    const drawn = await drawnAuthors(page);
    expect(drawn).toEqual(authorsIn(1990, 2026));
    expect(drawn).not.toContain('Aldric Vanterpool');
    expect(drawn).not.toContain('Ilse Verbeek');

    // the To thumb: End, one year back, a page back (about a tenth of the papers: more than a year)
    await toThumb.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await toThumb.getAttribute('aria-valuetext')).toBe('2025');
    await page.keyboard.press('PageDown');
    const to = Number(await toThumb.getAttribute('aria-valuetext'));
    expect(to).toBeLessThan(2024);
    expect(to).toBeGreaterThan(2019);
    expect(await shownRange(page)).toBe(`1990–${to}`);
    expect(await drawnAuthors(page)).toEqual(authorsIn(1990, to));
    // the link says the range in years
    expect((await pageUrl(page)).searchParams.get('years')).toBe(`1990-${to}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link\'s years and a typed year put the thumbs where their papers begin and end, said as the years', async () => {
    // 1600 has no paper: the range lets in 1700's books on, and its thumb stands where they begin
    const { page, errors } = await open('&years=1600-2015');
    const panel = page.getByTestId('time-panel');
    expect(await shownRange(page)).toBe('1600–2015');
    expect(await panel.getByLabel('From year', { exact: true }).getAttribute('aria-valuetext')).toBe('1600');
    expect(await panel.getByLabel('To year', { exact: true }).getAttribute('aria-valuetext')).toBe('2015');
    expect(await place(page, 'From year')).toBeCloseTo(fromPosition(scale, 1700), 6);
    expect(await place(page, 'To year')).toBeCloseTo(toPosition(scale, 2015), 6);
    const marked = await panel.locator('.year-bar.in-range').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-year'))));
    expect(marked).toEqual(scale.years.filter((v) => v >= 1700 && v <= 2015));
    expect(await drawnAuthors(page)).toEqual(authorsIn(1600, 2015));
    // one arrow key down from 1600: the year with papers before it
    await panel.getByLabel('From year', { exact: true }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await shownRange(page)).toBe('1538–2015');
    // a year typed: the thumb goes to its place on the scale
    const box = panel.getByRole('textbox', { name: 'First year of the range' });
    await box.fill('2000');
    await box.press('Enter');
    await frames(page);
    expect(await panel.getByLabel('From year', { exact: true }).getAttribute('aria-valuetext')).toBe('2000');
    expect(await place(page, 'From year')).toBeCloseTo(fromPosition(scale, 2000), 6);
    expect((await pageUrl(page)).searchParams.get('years')).toBe('2000-2015');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['light', false],
    ['dark', false],
    ['light', true],
    ['dark', true],
  ] as const)('looks right (%s, phone: %s): thumbs, bars and axis years inside the panel, the axis labels apart', async (theme, phone) => {
    const { page, errors } = await open('&years=1990-2015', theme, phone);
    if (phone) await page.getByRole('button', { name: 'Open filters and communities' }).click();
    const panel = page.getByTestId('time-panel');
    await panel.scrollIntoViewIfNeeded();
    const content = (await panel.locator('.field').first().boundingBox())!;
    const boxes = await panel.locator('.year-bar, .year-axis span').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(content.x - 1);
      expect(b.right).toBeLessThanOrEqual(content.x + content.width + 1);
    }
    // the axis years (1538, a few inside, 2026) in order and not overlapping
    const labels = await panel.locator('.year-axis span').evaluateAll((els) => els.map((el) => ({ text: el.textContent, r: el.getBoundingClientRect().toJSON() as DOMRect })));
    expect(labels[0]!.text).toBe('1538');
    expect(labels[labels.length - 1]!.text).toBe('2026');
    expect(labels.length).toBeGreaterThan(2);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.r.left).toBeGreaterThan(labels[i - 1]!.r.right + 4);
    await shootElement(panel, `year-scale-${phone ? 'phone' : 'desktop'}-${theme}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
