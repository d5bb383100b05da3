/**
 * Time in real Chromium, on a real dated list (Vincent Claveau's 18 ACL Anthology papers, 2016–2021,
 * test/fixtures): the year range takes papers and authors off the canvas and out of search; colour by
 * year paints each author by the mean year of their papers and shows the legend.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpolateViridis } from 'd3-scale-chromatic';
import { buildDataset } from '../../src/core/pipeline';
import { YEAR_SCALE_SPAN } from '../../src/core/queries/year-colours';
import { contrastRatio, MIN_MARK_CONTRAST } from '../../src/app/graph/contrast';
import { CANVAS_COLORS } from '../../src/app/theme';
import { writeDataset } from '../../scripts/lib/write-dataset';
import { fromStore, frames, openAtlas, OUTPUT_DIR, shootPage } from './atlas-page';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'csv-parse/sync';
import { timeSlice } from '../../src/core/queries/time-slice';
import { fromPosition, toPosition, yearScale, type YearScale } from '../../src/app/features/time/year-scale';
import { launchChromium, openPage } from './browser';
import { SITE_DIR } from './global-setup';

const LIST = path.resolve(import.meta.dirname, '../fixtures/claveau-2016-2021.jsonl');
const result = buildDataset([{ name: 'claveau-2016-2021.jsonl', text: readFileSync(LIST, 'utf8') }], { name: 'Vincent Claveau 2016–2021' });
const { bundle } = result;
/** The same list cut to 2019–2020: a slider of two years (its histogram once ran 100 px past the sidebar). */
const twoYears = buildDataset(
  [{ name: 'claveau-2019-2020.jsonl', text: readFileSync(LIST, 'utf8').split('\n').filter((l) => /"year": 20(19|20)\b/.test(l)).join('\n') }],
  { name: 'Vincent Claveau 2019–2020' },
);

/** The list with one more paper from 1814 (a lab's list with an old entry): the slider leaves the empty years out. */
const outlier = buildDataset(
  [
    {
      name: 'claveau-and-1814.jsonl',
      text: `${readFileSync(LIST, 'utf8').trim()}\n${JSON.stringify({ id: 'old-1814', title: 'Observations on an ancient grammar', authors: ['Jean Dupont'], year: 1814 })}\n`,
    },
  ],
  { name: 'Vincent Claveau and 1814' },
);

/** The year slider's scale for a bundle (src/app/features/time/year-scale.ts: spaced by papers), the reference. */
function scaleOf(b: typeof bundle): YearScale {
  const years = b.papers.year.filter((y): y is number => y !== null);
  const first = Math.min(...years);
  const counts = new Array<number>(Math.max(...years) - first + 1).fill(0);
  for (const y of years) counts[y - first]!++;
  return yearScale(counts, first)!;
}

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  // served beside the app like the other fixtures, opened by path (not added to the dataset list)
  writeDataset(path.join(SITE_DIR, 'fixtures/claveau'), result);
  writeDataset(path.join(SITE_DIR, 'fixtures/claveau-2019-2020'), twoYears);
  writeDataset(path.join(SITE_DIR, 'fixtures/claveau-1814'), outlier);
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
  await openAtlas(page, '?bundle=fixtures/claveau/bundle.json');
});

afterAll(async () => {
  await browser?.close();
});

/** Authors with at least one paper in [from, to], and those papers (the reference, from the bundle). */
function expected(from: number, to: number) {
  const papers = bundle.papers.year.flatMap((y, p) => (y !== null && y >= from && y <= to ? [p] : []));
  const authors = new Set(papers.flatMap((p) => bundle.papers.authors[p]));
  return { papers: papers.length, authors: authors.size };
}

async function search(query: string): Promise<string[]> {
  const box = page.getByLabel('Search authors and papers');
  await box.fill(query);
  await page.getByRole('listbox', { name: 'Search results' }).waitFor();
  const options = await page.getByRole('option').allTextContents();
  await box.fill('');
  return options;
}

describe('time', () => {
  it('the year slider shows the papers of each year, the years in the range marked', async () => {
    const bars = page.getByTestId('year-histogram').locator('.year-bar');
    expect(await bars.count()).toBe(6);
    for (let y = 2016; y <= 2021; y++) {
      const bar = bars.nth(y - 2016);
      expect(await bar.getAttribute('data-year')).toBe(String(y));
      expect(await bar.getAttribute('data-count')).toBe(String(bundle.papers.year.filter((v) => v === y).length));
      expect(await bar.getAttribute('class')).toContain('in-range');
    }
    // the scale's years are written under the slider, its first and last among them, each below its bar
    const axis = page.getByTestId('year-axis').locator('span');
    const written = await axis.allTextContents();
    expect(written[0]).toBe('2016');
    expect(written[written.length - 1]).toBe('2021');
    const centre = async (l: typeof bars) => {
      const b = (await l.boundingBox())!;
      return b.x + b.width / 2;
    };
    for (let i = 0; i < written.length; i++) expect(Math.abs((await centre(axis.nth(i))) - (await centre(bars.nth(Number(written[i]) - 2016))))).toBeLessThan(1.5);
  });

  it('the year range hides papers and authors outside it, on the canvas and in search', async () => {
    const panel = page.getByTestId('time-panel');
    expect(await panel.getByTestId('year-from').textContent()).toBe('2016');
    expect(await panel.getByTestId('year-to').textContent()).toBe('2021');
    const old = 'Direct vs. indirect evaluation of distributional thesauri';
    expect((await search('distributional thesauri')).some((t) => t.includes(old))).toBe(true);

    // From 2019 with the keyboard, as a user would with the slider's handle
    const from = panel.getByLabel('From year');
    await from.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await panel.getByTestId('year-from').textContent()).toBe('2019');
    // the histogram marks only the years left in the range
    const marked = await panel.locator('.year-bar.in-range').evaluateAll((els) => els.map((el) => el.getAttribute('data-year')));
    expect(marked).toEqual(['2019', '2020', '2021']);
    await frames(page);
    const want = expected(2019, 2021);
    expect(want.papers).toBe(7);
    const counts = await page.getByTestId('visible-counts').textContent();
    expect(counts).toContain(`Showing ${want.authors} of ${bundle.stats.authors} authors and ${want.papers} of ${bundle.stats.papers} papers`);
    // the top bar says the range's share, not the whole map's counts beside a map that shows fewer (a tester)
    expect(await page.getByTestId('stats-line').textContent()).toBe(`${want.authors} of ${bundle.stats.authors} authors in 2019–2021`);
    // the panel's eyebrow is the map's span, short, and says no second range beside the one chosen
    expect(await panel.locator('.panel-kicker').textContent()).toBe('Papers 2016–2021');
    // hidden on the canvas: Sigma's graph carries the filter
    const hiddenPapers = await page.evaluate(`window.__atlas.sigma.getGraph().filterNodes((n, a) => a.kind === 'paper' && a.hidden).length`);
    expect(hiddenPapers).toBe(bundle.stats.papers - want.papers);
    // community labels only for communities with an author left on the canvas
    const labelled = String(await page.evaluate(`window.__atlas.sigma.getContainer().dataset.communityLabels`)).split(',').filter(Boolean).map(Number);
    const visible = await fromStore<number[]>(page, `b.authors.community.filter((c, a) => s.visibility.author[a] === 1)`);
    expect(labelled.length).toBeGreaterThan(0);
    for (const c of labelled) expect(visible).toContain(c);
    expect(labelled.length).toBeLessThan(bundle.communities.filter((c) => c.size >= 3).length);
    // and out of search
    expect((await search('distributional thesauri')).some((t) => t.includes(old))).toBe(false);
    await shootPage(page, '50-year-range');
  });

  it('colour by year paints each author by the mean year of their papers, with a legend', async () => {
    await page.getByTestId('time-panel').getByRole('button', { name: 'All years' }).click();
    await page.getByRole('radio', { name: 'Mean year' }).click();
    await frames(page);
    const legend = page.getByTestId('year-legend');
    expect(await legend.textContent()).toContain('2016');
    expect(await legend.textContent()).toContain('2021');
    const claveau = await fromStore<number>(page, `b.authors.name.indexOf('Vincent Claveau')`);
    const years = bundle.papers.year.filter((_, p) => bundle.papers.authors[p].includes(claveau)) as number[];
    const mean = years.reduce((a, b) => a + b, 0) / years.length;
    const colour = await page.evaluate(`window.__atlas.sigma.getGraph().getNodeAttribute('a${claveau}', 'color')`);
    // on the light canvas the scale stops before viridis's yellow end (its newest authors were #fde725, 1.22:1)
    const [t0, t1] = YEAR_SCALE_SPAN.light;
    expect(colour).toBe(interpolateViridis(t0 + ((mean - 2016) / (2021 - 2016)) * (t1 - t0)));
    // every author's colour stands out from the canvas, and the legend shows the canvas's colours, oldest first
    const drawn = (await page.evaluate(`[...new Set(window.__atlas.sigma.getGraph().filterNodes((n) => n.startsWith('a')).map((n) => window.__atlas.sigma.getGraph().getNodeAttribute(n, 'color')))]`)) as string[];
    for (const c of drawn) expect(contrastRatio(c, CANVAS_COLORS.light.background), c).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST);
    const ramp = await legend.locator('.year-ramp').evaluate((el) => getComputedStyle(el).backgroundImage);
    const hex = (t: number) => interpolateViridis(t0 + t * (t1 - t0));
    const rgbOf = (h: string) => `rgb(${parseInt(h.slice(1, 3), 16)}, ${parseInt(h.slice(3, 5), 16)}, ${parseInt(h.slice(5, 7), 16)})`;
    expect(ramp).toContain(rgbOf(hex(0)));
    expect(ramp).toContain(rgbOf(hex(1)));
    expect(ramp).not.toContain('rgb(253, 231, 37)');
    await shootPage(page, '51-colour-by-year');
    // back to communities: the community colour again
    await page.getByRole('radio', { name: 'Community' }).click();
    const back = await page.evaluate(`window.__atlas.sigma.getGraph().getNodeAttribute('a${claveau}', 'color')`);
    expect(back).not.toBe(colour);
    expect(await legend.count()).toBe(0);
    expect(errors).toEqual([]);
  });
  it('a one-year range at either end of the slider is dragged out with the pointer (2021–2021 was stuck: only "All years" got out)', async () => {
    const panel = page.getByTestId('time-panel');
    // a one-year range reads "Papers of 2021" (one year shown), a longer one "Papers from 2019 to 2021"
    const range = async () => {
      const from = await panel.getByTestId('year-from').textContent();
      const to = (await panel.getByTestId('year-to').count()) ? await panel.getByTestId('year-to').textContent() : from;
      return `${from}–${to}`;
    };
    // the slider is spaced by papers: each thumb stands on the bar of its year, the middle of the year's slot
    // (src/app/features/time/year-scale.ts)
    const scale = scaleOf(bundle);
    /** Drag from place `a` on the slider (0–1; thumbs 16 px wide: place t at 8 px + t of the rest) to place `b`. */
    const drag = async (a: number, b: number) => {
      const box = (await panel.getByTestId('year-range').boundingBox())!;
      const x = (t: number) => box.x + 8 + (box.width - 16) * t;
      const y = box.y + box.height / 2;
      await page.mouse.move(x(a), y);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++) await page.mouse.move(x(a) + ((x(b) - x(a)) * k) / 10, y);
      await page.mouse.up();
    };
    // the top end: From year to 2021, then its thumb dragged two years left
    await panel.getByLabel('From year').focus();
    await page.keyboard.press('End');
    expect(await range()).toBe('2021–2021');
    await drag(fromPosition(scale, 2021), fromPosition(scale, 2019));
    expect(await range()).toBe('2019–2021');
    await shootPage(page, '52-year-range-out-of-the-top');
    // the bottom end: To year to 2016, then its thumb dragged two years right
    await panel.getByRole('button', { name: 'All years' }).click();
    await panel.getByLabel('To year').focus();
    await page.keyboard.press('Home');
    expect(await range()).toBe('2016–2016');
    await drag(toPosition(scale, 2016), toPosition(scale, 2018));
    expect(await range()).toBe('2016–2018');
    // the keyboard still moves each thumb its own way from a one-year range
    await panel.getByLabel('From year').focus();
    await page.keyboard.press('End');
    expect(await range()).toBe('2018–2018');
    await page.keyboard.press('ArrowLeft');
    expect(await range()).toBe('2017–2018');
    await panel.getByRole('button', { name: 'All years' }).click();
    expect(errors).toEqual([]);
  });

  it('the histogram bars sit over their years on the slider and inside the panel, with six years and with two; a map this small names every author', async () => {
    /** Each bar's centre and edges, the slider's ends (less half a 16 px thumb) and the panel content's edges, in px. */
    const geometry = `(() => {
      // the panel's content (inside its padding, where the text above starts): the end bars ran 9 px into the padding
      const panel = document.querySelector('[data-testid="time-panel"] .field').getBoundingClientRect();
      const slider = document.querySelector('[data-testid="year-histogram"]').getBoundingClientRect();
      const bars = [...document.querySelectorAll('[data-testid="year-histogram"] .year-bar')].map((b) => b.getBoundingClientRect());
      return { panel: [panel.left, panel.right], ends: [slider.left + 8, slider.right - 8],
        bars: bars.map((r) => ({ left: r.left, right: r.right, centre: (r.left + r.right) / 2 })) };
    })()`;
    type Geometry = { panel: [number, number]; ends: [number, number]; bars: { left: number; right: number; centre: number }[] };
    // each bar centred in its year's slot on the slider's scale (spaced by papers)
    const check = (g: Geometry, scale: YearScale) => {
      const years = scale.years.length;
      expect(g.bars).toHaveLength(years);
      g.bars.forEach((b, k) => {
        expect(Math.abs(b.centre - (g.ends[0] + ((g.ends[1] - g.ends[0]) * (scale.edges[k]! + scale.edges[k + 1]!)) / 2))).toBeLessThan(1.5);
        expect(b.right - b.left).toBeGreaterThan(4);
        expect(b.left).toBeGreaterThanOrEqual(g.panel[0]);
        expect(b.right).toBeLessThanOrEqual(g.panel[1]);
      });
    };
    check(await page.evaluate<Geometry>(geometry), scaleOf(bundle));
    await openAtlas(page, '?bundle=fixtures/claveau-2019-2020/bundle.json');
    await page.getByTestId('year-histogram').waitFor();
    check(await page.evaluate<Geometry>(geometry), scaleOf(twoYears.bundle));
    // a map this small names every author, the one-paper authors' small discs too (4 px: they went unnamed)
    const named = await page.evaluate<string[]>("(window.__atlas.labels || []).filter((l) => l.kind === 'node').map((l) => l.text)");
    expect(new Set(named)).toEqual(new Set(twoYears.bundle.authors.name));
    await shootPage(page, '52-two-years');
    expect(errors).toEqual([]);
  });

  it('a lone old paper (1814) does not squeeze the other years: the slider steps over the empty years', async () => {
    await openAtlas(page, '?bundle=fixtures/claveau-1814/bundle.json');
    const panel = page.getByTestId('time-panel');
    const bars = panel.locator('.year-bar');
    // 1814, then 2016–2021: seven steps (it was 208 years, the 18 papers in the slider's last 3%)
    expect(await bars.evaluateAll((els) => els.map((el) => el.getAttribute('data-year')))).toEqual(['1814', '2016', '2017', '2018', '2019', '2020', '2021']);
    expect(await panel.getByTestId('year-gap').getAttribute('title')).toBe('1815–2015: no papers');
    // the left-out years are an axis break on the baseline ("//"), said under the axis, never a mark that rises
    // like a bar (three tall dotted marks read as a bar of data, a tester)
    const gap = (await panel.getByTestId('year-gap').boundingBox())!;
    const hist = (await panel.getByTestId('year-histogram').boundingBox())!;
    expect(hist.y + hist.height - gap.y).toBeLessThan(8);
    expect(await panel.getByTestId('year-break-note').textContent()).toContain('axis skips 1815–2015 (no papers)');
    const from = panel.getByLabel('From year');
    expect(await from.getAttribute('aria-valuetext')).toBe('1814');
    // one step from 1814 is 2016: the old paper leaves the map, the others stay
    await from.focus();
    await page.keyboard.press('ArrowRight');
    expect(await panel.getByTestId('year-from').textContent()).toBe('2016');
    expect(await from.getAttribute('aria-valuetext')).toBe('2016');
    await frames(page);
    const counts = await page.getByTestId('visible-counts').textContent();
    expect(counts).toContain(`${outlier.bundle.stats.papers - 1} of ${outlier.bundle.stats.papers} papers`);
    await shootPage(page, '53-year-outlier');
    expect(errors).toEqual([]);
  });
  it('in the co-author view a year range draws and counts only links of its papers, weighted over them; a pair who wrote together only in other years has none (VOSviewer\'s time slice)', async () => {
    // 2018: Vincent Claveau and a co-author of other years both wrote in it, not together
    const [from, to] = [2018, 2018];
    // the reference, from the bylines: each pair of a paper of n authors in the range gets 1/(n − 1)
    const weight = new Map<string, number>();
    bundle.papers.authors.forEach((list, p) => {
      const y = bundle.papers.year[p];
      if (y === null || y < from || y > to || list.length < 2 || list.length > (bundle.options.maxAuthors ?? Infinity)) return;
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const key = [list[i]!, list[j]!].sort((x, z) => x - z).join('.');
          weight.set(key, (weight.get(key) ?? 0) + 1 / (list.length - 1));
        }
    });
    const L = bundle.coauthorLinks;
    // a pair of the whole record whose two authors both have a paper in the range, but none together
    const inRange = new Set(bundle.papers.authors.flatMap((list, p) => (bundle.papers.year[p]! >= from && bundle.papers.year[p]! <= to ? list : [])));
    const apart = L.source.findIndex((s, e) => inRange.has(s) && inRange.has(L.target[e]!) && !weight.has(`${s}.${L.target[e]}`));
    expect(apart).toBeGreaterThanOrEqual(0);
    const [a, b] = [L.source[apart]!, L.target[apart]!];
    await openAtlas(page, `?bundle=fixtures/claveau/bundle.json&view=coauthors&years=${from}-${to}&pair=${a}.${b}`);
    await frames(page);
    expect(await page.getByTestId('link-counts').textContent()).toContain(`Showing ${weight.size} of ${weight.size} links in ${from} between ${expected(from, to).authors} authors`);
    // the canvas: exactly the range's links shown, each weighed by the range's papers
    const drawn = (await page.evaluate(
      `(() => { const g = window.__atlas.graph; const b = window.__atlas.store.getState().dataset.bundle; const out = {}; g.forEachEdge((e, x) => { if (!x.hidden) { const i = Number(e.slice(1)); out[b.coauthorLinks.source[i] + '.' + b.coauthorLinks.target[i]] = x.score; } }); return out; })()`,
    )) as Record<string, number>;
    expect(Object.keys(drawn).sort()).toEqual([...weight.keys()].sort());
    for (const [key, w] of weight) expect(drawn[key], key).toBeCloseTo(w, 4);
    // the pair's card: nothing together in the range, their whole record beside it
    const pair = page.getByTestId('pair-panel');
    expect(await pair.getByTestId('pair-shared').textContent()).toBe('0');
    expect(await pair.getByTestId('pair-out-of-range').textContent()).toContain(`They have no paper together in ${from}`);
    expect(await pair.getByTestId('pair-all-years').textContent()).toContain(`${L.shared[apart]} paper`);
    await shootPage(page, '54-year-range-links');
    expect(errors).toEqual([]);
  });
  it('a pair\'s note about papers with many authors follows the year range: the link the map draws in it', async () => {
    // Laura Monceaux and Vincent Claveau: two 2016 papers of 4 and 3 authors and one of 10 in 2018 (the large-team
    // threshold here: 10). Over all years the 10-author paper is a small part of the link; in 2018 it is all of it
    const [monceaux, claveau] = [bundle.authors.name.indexOf('Laura Monceaux'), bundle.authors.name.indexOf('Vincent Claveau')];
    const pair = page.getByTestId('pair-panel');
    await openAtlas(page, `?bundle=fixtures/claveau/bundle.json&pair=${monceaux}.${claveau}`);
    expect(await pair.getByTestId('pair-hyperauthorship').textContent()).toBe('14%');
    expect(await pair.getByTestId('large-team-note').count()).toBe(0);
    await openAtlas(page, `?bundle=fixtures/claveau/bundle.json&years=2018&pair=${monceaux}.${claveau}`);
    expect(await pair.getByText('Hyperauthorship in 2018').count()).toBe(1);
    expect(await pair.getByTestId('pair-hyperauthorship').textContent()).toBe('100%');
    expect(await pair.getByTestId('large-team-note').textContent()).toBe(
      "All of this link's weight in 2018 comes from 1 paper with 10 or more authors: sharing a byline that long says little about working together.",
    );
    // their 2016 papers alone: no large team, no note
    await openAtlas(page, `?bundle=fixtures/claveau/bundle.json&years=2016&pair=${monceaux}.${claveau}`);
    expect(await pair.getByTestId('pair-hyperauthorship').textContent()).toBe('0%');
    expect(await pair.getByTestId('large-team-note').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('under a year range the author card lists that range\'s papers and co-authors, and the VOSviewer ZIP holds that range\'s network, named with it', async () => {
    const [from, to] = [2018, 2018];
    const claveau = bundle.authors.name.indexOf('Vincent Claveau');
    expect(claveau).toBeGreaterThanOrEqual(0);
    // the reference, from the bylines: his papers of 2018, his co-authors on them (with their shared papers)
    const his = bundle.papers.authors.flatMap((list, p) => (list.includes(claveau) && bundle.papers.year[p] === 2018 ? [p] : []));
    const together = new Map<string, number>();
    for (const p of his) for (const a of bundle.papers.authors[p]!) if (a !== claveau) together.set(bundle.authors.name[a]!, (together.get(bundle.authors.name[a]!) ?? 0) + 1);
    expect(his.length).toBeGreaterThan(0);
    expect(his.length).toBeLessThan(bundle.authors.paperCount[claveau]!);
    await openAtlas(page, `?bundle=fixtures/claveau/bundle.json&view=coauthors&years=${from}-${to}&author=${claveau}`);
    const card = page.getByTestId('author-panel');
    expect(await card.getByTestId('author-paper-count').textContent()).toBe(String(his.length));
    expect(await card.getByTestId('author-coauthor-count').textContent()).toBe(String(together.size));
    expect(await card.getByTestId('author-in-years').textContent()).toContain(`All years: ${bundle.authors.paperCount[claveau]} papers`);
    await expect.poll(() => card.getByTestId('author-papers').locator(':scope > li').count()).toBe(Math.min(his.length, 25));
    const years = await card.getByTestId('author-papers').locator(':scope > li .meta').allTextContents();
    expect(years.every((m) => m.startsWith('2018'))).toBe(true);
    const listed = await card.getByTestId('coauthor-list').locator('li').allTextContents();
    expect(listed.length).toBe(Math.min(together.size, 12));
    for (const row of listed) {
      const name = [...together.keys()].find((n) => row.startsWith(n));
      expect(name, row).toBeDefined();
      expect(row.endsWith(String(together.get(name!)))).toBe(true);
    }
    expect(await card.getByTestId('author-papers-other-years').textContent()).toContain(`${bundle.authors.paperCount[claveau]! - his.length} more papers from other years`);
    // the VOSviewer map and network files: the authors with a 2018 paper, the links of 2018's papers at their 2018 strength
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByTestId('export-menu');
    const slice = timeSlice(bundle, [from, to]);
    expect(await menu.locator('[data-export="vosviewer"] .export-detail').textContent()).toBe(`map and network files · 2018: ${slice.authorCount} authors, ${slice.linkCount} links`);
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="vosviewer"]').click()]);
    expect(download.suggestedFilename()).toBe('vincent-claveau-2016-2021-2018-vosviewer.zip');
    mkdirSync(path.join(OUTPUT_DIR, 'downloads'), { recursive: true });
    const file = path.join(OUTPUT_DIR, 'downloads', download.suggestedFilename());
    await download.saveAs(file);
    const zip = unzipSync(readFileSync(file));
    expect(Object.keys(zip).sort()).toEqual(['vincent-claveau-2016-2021-2018-vosviewer-map.txt', 'vincent-claveau-2016-2021-2018-vosviewer-network.txt']);
    const map = strFromU8(zip['vincent-claveau-2016-2021-2018-vosviewer-map.txt']!).trimEnd().split('\r\n').map((l) => l.split('\t'));
    expect(map[0]!.slice(5)).toEqual(['weight<Links 2018>', 'weight<Total link strength 2018>', 'weight<Documents 2018>']);
    expect(map.length - 1).toBe(expected(from, to).authors);
    const row = map.find((r) => r[0] === String(claveau + 1))!;
    expect(Number(row[5])).toBe(together.size);
    expect(Number(row[7])).toBe(his.length);
    const network = strFromU8(zip['vincent-claveau-2016-2021-2018-vosviewer-network.txt']!).trimEnd().split('\r\n');
    // the links the map draws in 2018, as many as the sidebar counts
    expect(network).toHaveLength(slice.linkCount);
    expect(await page.getByTestId('link-counts').textContent()).toContain(`Showing ${slice.linkCount} of ${slice.linkCount} links in ${from}`);
    expect(errors).toEqual([]);
  });
  it('under a year range the minimum of papers, the disc sizes, the papers table and a community\'s list count and card count that range\'s papers, and say the range', async () => {
    const [from, to] = [2019, 2021];
    const inRange = (p: number) => bundle.papers.year[p] !== null && bundle.papers.year[p]! >= from && bundle.papers.year[p]! <= to;
    // the reference, from the bylines: each author's papers of 2019–2021
    const ranged = bundle.authors.name.map((_, a) => bundle.papers.authors.filter((list, p) => inRange(p) && list.includes(a)).length);
    const all = bundle.authors.paperCount;
    // two authors whose order flips: more papers than the other over all years, fewer (but some) in the range
    let pair: [number, number] | null = null;
    for (let a = 0; a < all.length && !pair; a++) for (let b = 0; b < all.length && !pair; b++) if (all[a]! > all[b]! && ranged[a]! > 0 && ranged[a]! < ranged[b]!) pair = [a, b];
    expect(pair).not.toBeNull();
    const [older, newer] = pair!;
    await openAtlas(page, `?bundle=fixtures/claveau/bundle.json&years=${from}-${to}`);
    await frames(page);
    const filters = page.getByTestId('filters-panel');
    const slider = filters.getByLabel(/Authors with at least/);
    // the filter says whose papers it counts, and goes up to the range's most prolific author's count
    expect(await filters.locator('label').first().textContent()).toBe(`Authors with at least 1 paper in ${from}–${to}`);
    expect(await slider.getAttribute('max')).toBe(String(Math.max(...ranged)));
    // on the canvas the author with more papers in the range draws the larger disc, whatever the whole record says
    const drawn = (a: number) => page.evaluate<number>(`window.__atlas.sigma.getNodeDisplayData('a${a}').size`);
    expect(await drawn(newer)).toBeGreaterThan(await drawn(older));
    expect(await page.getByTestId('legend').innerText()).toContain(`author, by papers in ${from}–${to}`);
    // at least 2 papers: the authors with 2 in the range (there were many more with 2 over all years)
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await frames(page);
    const two = ranged.filter((n) => n >= 2).length;
    expect(two).toBeLessThan(all.filter((n) => n >= 2).length);
    expect(await filters.locator('label').first().textContent()).toBe(`Authors with at least 2 papers in ${from}–${to}`);
    expect(await page.getByTestId('visible-counts').textContent()).toContain(`Showing ${two} of ${bundle.stats.authors} authors`);
    expect(await page.evaluate(`window.__atlas.sigma.getGraph().getNodeAttribute('a${older}', 'hidden')`)).toBe(true);
    // all years again: the whole record's sizes, and the minimum counts every paper
    await page.getByTestId('time-panel').getByRole('button', { name: 'All years' }).click();
    await frames(page);
    expect(await drawn(older)).toBeGreaterThan(await drawn(newer));
    expect(await page.getByTestId('visible-counts').textContent()).toContain(`Showing ${all.filter((n) => n >= 2).length} of ${bundle.stats.authors} authors`);
    // the papers table of the range: its papers only, its years in the menu and in the file's name
    await page.getByTestId('time-panel').getByLabel('From year').focus();
    for (let y = 2016; y < from; y++) await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('year-from').textContent()).toBe(String(from));
    // (the minimum of 2 papers is still on: the table holds the range's papers with an author shown, and says so)
    const papers = bundle.papers.title.filter((_, p) => inRange(p) && bundle.papers.authors[p]!.some((a) => ranged[a]! >= 2)).length;
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByTestId('export-menu');
    expect(await menu.locator('[data-export="papers-csv"] .export-detail').textContent()).toBe(`CSV · ${from}–${to}, at least 2 papers: ${papers} rows, with abstracts`);
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="papers-csv"]').click()]);
    expect(download.suggestedFilename()).toBe(`vincent-claveau-2016-2021-papers-${from}-${to}-min2.csv`);
    mkdirSync(path.join(OUTPUT_DIR, 'downloads'), { recursive: true });
    const file = path.join(OUTPUT_DIR, 'downloads', download.suggestedFilename());
    await download.saveAs(file);
    const rows = parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(papers);
    for (const r of rows) {
      expect(Number(r.year)).toBeGreaterThanOrEqual(from);
      expect(Number(r.year)).toBeLessThanOrEqual(to);
      expect(r.years).toBe(`${from}–${to}`);
    }
    await page.keyboard.press('Escape');
    // the largest community's card counts its authors and papers of the range, as the Communities list does
    const c = 0;
    const authorsIn = bundle.authors.community.filter((k, a) => k === c && ranged[a]! > 0).length;
    const papersIn = bundle.papers.community.filter((k, p) => k === c && inRange(p)).length;
    expect(authorsIn).toBeLessThan(bundle.communities[c]!.size);
    const row = page.getByTestId('communities-panel').locator(`li[data-community="${c}"]`);
    expect(await row.locator('.count').textContent()).toBe(String(authorsIn));
    // the list in the order of the range's counts, largest first (it kept the whole record's order: 1029, 986, 1034…)
    const counts = (await page.getByTestId('communities-panel').locator('li .count').allTextContents()).map(Number);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((p, q) => q - p));
    await row.locator('.community-name').click();
    const card = page.getByTestId('community-card');
    expect(await card.getByTestId('community-size').textContent()).toBe(String(authorsIn));
    expect(await card.getByTestId('community-paper-count').textContent()).toBe(String(papersIn));
    expect(await card.locator('dt').first().textContent()).toBe(`Authors in ${from}–${to}`);
    expect(await card.getByTestId('community-in-years').textContent()).toContain(`All years: ${bundle.communities[c]!.size} authors`);
    const listed = await card.getByTestId('community-papers').locator('.meta').allTextContents();
    expect(listed.length).toBe(Math.min(papersIn, 20));
    for (const m of listed) expect(Number(m.slice(0, 4))).toBeGreaterThanOrEqual(from);
    expect(errors).toEqual([]);
  });
});
