/**
 * The venue (source) filter in real Chromium, used as a user would: find a venue in the Venues panel, tick it, and
 * the map keeps the authors with a paper there, an author's card counts and lists those papers only (and says how
 * many the filter hides), total link strength is counted on them, the link (reload, a shared address, Back and
 * Forward) keeps it, it combines with the year range, and one click clears it. On the seed (its papers give no venue:
 * nothing to filter by, no panel; a link's venue it lacks is said), on a small dated map with venues (Vincent
 * Claveau's 18 papers) and on the 30k ACL map, where applying a venue is timed. Every figure is worked out here from
 * the bundle's own bylines, not read from the app's code.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import type { Bundle } from '../../src/core/bundle/types';
import { appUrl, frames, OUTPUT_DIR, pageUrl, shootElement, shootPage, stepBack } from './atlas-page';
import { useBigBundle } from './big-bundles';
import { openPage, waitForState } from './browser';
import { sixYearsQuery } from './years-fixture';
import { SITE_DIR } from './global-setup';

let browser: Browser;
let bigQuery: string;

useBigBundle('acl_2016_2021_all', (b, q) => {
  browser = b;
  bigQuery = q;
});

/** The bundle a `?bundle=…` query opens, read from the served site. */
const servedBundle = (query: string): Bundle => JSON.parse(readFileSync(path.join(SITE_DIR, new URLSearchParams(query).get('bundle')!), 'utf8')) as Bundle;

/**
 * The reference for venue `v` (and year range `years`), from the bylines: its papers, its authors, and for
 * `author` their papers there and their total link strength there (fractional counting: each paper with
 * co-authors and at most `maxAuthors` authors adds 1 in all; full counting: n − 1 per paper).
 */
function expected(bundle: Bundle, v: number, author: number, years: readonly [number, number] | null = null) {
  const papers = bundle.papers.venue.flatMap((x, p) => {
    const y = bundle.papers.year[p];
    return x === v && (!years || (y !== null && y !== undefined && y >= years[0] && y <= years[1])) ? [p] : [];
  });
  const authors = new Set(papers.flatMap((p) => bundle.papers.authors[p]!));
  const his = papers.filter((p) => bundle.papers.authors[p]!.includes(author));
  const max = bundle.options.maxAuthors ?? Infinity;
  const strength = his.reduce((sum, p) => {
    const n = bundle.papers.authors[p]!.length;
    if (n < 2 || n > max) return sum;
    return sum + (bundle.options.counting === 'fractional' ? 1 : n - 1);
  }, 0);
  // the co-author links of those papers: distinct pairs of a byline of 2 to `maxAuthors` authors
  const pairs = new Set<string>();
  for (const p of papers) {
    const list = [...new Set(bundle.papers.authors[p]!)].sort((x, y) => x - y);
    if (list.length > max) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.add(`${list[i]}-${list[j]}`);
  }
  return { papers: papers.length, authors: authors.size, his: his.length, strength, links: pairs.size };
}

/** Choose the Export menu's entry `kind` and save the download under test-output; its suggested name and path. */
async function download(page: Page, kind: string): Promise<{ name: string; file: string }> {
  const menu = page.getByTestId('export-menu');
  const [got] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export="${kind}"]`).click()]);
  mkdirSync(path.join(OUTPUT_DIR, 'downloads'), { recursive: true });
  const file = path.join(OUTPUT_DIR, 'downloads', got.suggestedFilename());
  await got.saveAs(file);
  return { name: got.suggestedFilename(), file };
}

const en = (n: number) => n.toLocaleString('en');

async function openAt(page: Page, query: string): Promise<void> {
  await page.goto(appUrl(query));
  await waitForState(page, 'ready', 180_000);
}

/** Tick venue `v` as a user does: type words of its name in "Find a venue", then its box in the list. */
async function pickVenue(page: Page, name: string, words: string): Promise<number> {
  const panel = page.getByTestId('venue-panel');
  await panel.getByLabel('Find a venue').fill(words);
  const box = panel.getByTestId('venue-list').getByRole('checkbox', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [\\d,]+ papers?$`) });
  const t0 = Date.now();
  // a click, not check(): the ticked venue moves up into the chosen ones (another box)
  await box.click();
  await panel.getByTestId('venue-status').waitFor();
  await frames(page);
  return Date.now() - t0;
}

/** Open `name`'s card from the search field. */
async function openAuthor(page: Page, name: string): Promise<void> {
  await page.getByLabel('Search authors and papers').fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first().click();
  await page.getByTestId('author-panel').waitFor();
}

const cardStrength = (page: Page) => page.getByTestId('author-panel').getByTestId('author-strength').textContent();

describe('the venue filter on the seed (no paper gives a venue)', () => {
  it('offers no venue list, and a link\'s venue the map lacks is said, the map whole', async () => {
    const { page, errors } = await openPage(browser);
    await openAt(page, '');
    // the lazy sidebar panels are in once the communities list is
    await page.getByTestId('communities-panel').waitFor();
    expect(await page.getByTestId('venue-panel').count()).toBe(0);
    await openAt(page, '?venues=3');
    expect(await page.getByTestId('link-note').textContent()).toContain('venue 3 (it has 0 venues, numbered from 0)');
    expect(await page.getByTestId('stats-line').textContent()).toBe('109 authors · 9 papers · ' + (await page.evaluate<string>(`window.__atlas.store.getState().dataset.bundle.communities.length + ' communities'`)));
    expect((await pageUrl(page)).searchParams.has('venues')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the venue filter on a small dated map (Vincent Claveau 2016–2021)', () => {
  it('LREC 2016: its authors, his papers there, combined with the year range, cleared in one click', async () => {
    const query = sixYearsQuery();
    const bundle = servedBundle(query);
    const name = "Proceedings of the Tenth International Conference on Language Resources and Evaluation (LREC'16)";
    const v = bundle.venues.indexOf(name);
    const claveau = bundle.authors.name.indexOf('Vincent Claveau');
    expect(v).toBeGreaterThanOrEqual(0);
    const want = expected(bundle, v, claveau);
    expect(want.his).toBeGreaterThan(0);
    const { page, errors } = await openPage(browser);
    await openAt(page, query);
    await pickVenue(page, name, 'LREC tenth');
    expect(await page.getByTestId('stats-line').textContent()).toBe(`${want.authors} of ${bundle.authors.name.length} authors in LREC 2016`);
    expect(await page.getByTestId('visible-counts').textContent()).toContain(`Showing ${want.authors} of ${bundle.authors.name.length} authors and ${want.papers} of ${bundle.papers.title.length} papers`);
    expect((await pageUrl(page)).searchParams.get('venues')).toBe(String(v));
    await openAuthor(page, 'Vincent Claveau');
    const card = page.getByTestId('author-panel');
    expect(await card.getByTestId('author-paper-count').textContent()).toBe(String(want.his));
    expect(Number(await cardStrength(page))).toBe(want.strength);
    expect(await card.getByTestId('author-papers-other-years').textContent()).toBe(
      `${bundle.authors.paperCount[claveau]! - want.his} more papers hidden by the filter (LREC 2016) not listed.`,
    );
    const metas = await card.getByTestId('author-papers').locator(':scope > li .meta').allTextContents();
    expect(metas.length).toBe(want.his);
    expect(metas.every((m) => m.includes('LREC'))).toBe(true);
    // the tables follow the filter as they follow the year range: Gephi's nodes and edges are LREC'16's network, his
    // row counts his papers there and his total link strength there, and the files and the menu name the venue
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await exportButton.click();
    const menu = page.getByTestId('export-menu');
    // (the map's short name for the volume: its acronym and its papers' year; cut at its end it read
    // "“Tenth International Conference on Langu…”")
    const where = 'LREC 2016';
    expect(await menu.locator('[data-export="gephi-tables"] .export-detail').textContent()).toBe(`nodes and edges CSV (Import Spreadsheet) · ${where}: ${want.authors} nodes, ${want.links} edges`);
    expect(await menu.textContent()).not.toContain('ignore the venue filter');
    const gephi = await download(page, 'gephi-tables');
    expect(gephi.name).toMatch(/-lrec-2016-gephi-tables\.zip$/);
    const zip = unzipSync(readFileSync(gephi.file));
    const entry = (suffix: string) => strFromU8(zip[Object.keys(zip).find((k) => k.endsWith(suffix))!]!);
    expect(Object.keys(zip).every((k) => k.includes(`-lrec-2016-gephi-`))).toBe(true);
    const nodes = parse(entry('-gephi-nodes.csv'), { columns: true }) as Record<string, string>[];
    const edges = parse(entry('-gephi-edges.csv'), { columns: true }) as Record<string, string>[];
    expect(nodes).toHaveLength(want.authors);
    expect(edges).toHaveLength(want.links);
    const his = nodes.find((r) => r.Id === String(claveau))!;
    expect(Number(his.papers)).toBe(want.his);
    expect(Number(his.total_link_strength)).toBe(want.strength);
    expect(Number(his.papers_all_years)).toBe(bundle.authors.paperCount[claveau]);
    expect(his.venues).toBe(name);
    expect(his.years).toBe('all years');
    // the authors table: the venue's authors (as the Gephi nodes), his papers there in the filter's columns
    await exportButton.click();
    const authorsCsv = await download(page, 'authors-csv');
    expect(authorsCsv.name).toMatch(/-authors-lrec-2016\.csv$/);
    const authors = parse(readFileSync(authorsCsv.file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(authors).toHaveLength(want.authors);
    expect(authors.every((r) => Number(r.papers_in_years) > 0)).toBe(true);
    expect(Number(authors.find((r) => r.id === String(claveau))!.papers_in_years)).toBe(want.his);
    // years AND venues, from a link: LREC'16's papers of 2016
    await openAt(page, `${query}&venues=${v}&years=2016`);
    const in2016 = expected(bundle, v, claveau, [2016, 2016]);
    expect(await page.getByTestId('stats-line').textContent()).toBe(`${in2016.authors} of ${bundle.authors.name.length} authors in 2016 at LREC 2016`);
    await exportButton.click();
    expect(await menu.locator('[data-export="vosviewer"] .export-detail').textContent()).toBe(`map and network files · 2016 at ${where}: ${in2016.authors} authors, ${in2016.links} links`);
    const vos = await download(page, 'vosviewer');
    expect(vos.name).toMatch(/-2016-lrec-2016-vosviewer\.zip$/);
    const vosZip = unzipSync(readFileSync(vos.file));
    const map = strFromU8(vosZip[Object.keys(vosZip).find((k) => k.endsWith('-vosviewer-map.txt'))!]!).trimEnd().split('\r\n').map((l) => l.split('\t'));
    expect(map[0]![7]).toBe(`weight<Documents 2016 at ${where}>`);
    expect(map).toHaveLength(1 + in2016.authors);
    expect(map.find((r) => r[0] === String(claveau + 1))!.slice(6)).toEqual([String(in2016.strength), String(in2016.his)]);
    await page.getByTestId('venue-panel').getByRole('button', { name: 'All venues' }).click();
    await frames(page);
    expect(await page.getByTestId('stats-line').textContent()).toMatch(/ authors in 2016$/);
    expect((await pageUrl(page)).searchParams.has('venues')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the venue search box on another map', () => {
  it('starts empty on a map opened in the page: the words typed on the last map hid the new map\'s venues (a tester)', async () => {
    const { page, errors } = await openPage(browser);
    await openAt(page, sixYearsQuery());
    const search = () => page.getByTestId('venue-panel').getByLabel('Find a venue');
    await search().fill('EMNLP');
    // a paper list imported in the page, its one venue a journal
    const bib = '@article{k1, title={Tidal mixing in estuaries}, author={Okonkwo, Chidi and Lindqvist, Hanna}, journal={J. Coastal Stud.}, year=2019}\n@article{k2, title={Soil carbon under grazing}, author={Okonkwo, Chidi and Rask, Ole}, journal={Soil Biol. Lett.}, year=2020}\n';
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file-input').setInputFiles([{ name: 'coast.bib', mimeType: 'text/plain', buffer: Buffer.from(bib) }]);
    await page.getByTestId('import-build').click();
    await page.waitForFunction("(() => { const d = window.__atlas.store.getState().dataset; return d && d.bundle.papers.title.length === 2 && document.documentElement.dataset.state === 'ready'; })()", null, { timeout: 60_000 });
    await search().waitFor();
    expect(await search().inputValue()).toBe('');
    expect(await page.getByTestId('venue-list').textContent()).toMatch(/J. Coastal Stud.*Soil Biol. Lett.|Soil Biol. Lett.*J. Coastal Stud./);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the venue filter on the 30k map', () => {
  it('ACL 2020: its 2,5xx authors, a known author\'s papers and total link strength there; reload, Back/Forward and a shared link keep it; clearing restores the map', async () => {
    const bundle = servedBundle(bigQuery);
    const name = 'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics';
    const v = bundle.venues.indexOf(name);
    expect(v).toBeGreaterThanOrEqual(0);
    const who = 'Graham Neubig';
    const author = bundle.authors.name.indexOf(who);
    const want = expected(bundle, v, author);
    expect(want.his).toBeGreaterThan(3);
    const total = bundle.authors.name.length;
    const whole = `${en(total)} authors · ${en(bundle.papers.title.length)} papers · ${en(bundle.communities.length)} communities`;

    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await openAt(page, bigQuery);
    expect(await page.getByTestId('stats-line').textContent()).toBe(whole);
    // the list: most papers first, with their counts (a series first: its volumes' papers together)
    const first = page.getByTestId('venue-list').locator(':scope > li').first();
    await first.waitFor();
    const counts = bundle.papers.venue.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<number | null, number>());
    expect(await first.getAttribute('class')).toBe('venue-series');
    expect(Number((await first.locator(':scope > .count').textContent())!.replace(/,/g, ''))).toBeGreaterThan(Math.max(...counts.values()));
    const ms = await pickVenue(page, name, '58th annual meeting');
    console.log(`30k map: ACL 2020 applied in ${ms} ms (tick to status and two frames)`);
    // (the map's short name for the volume, as the chip's: "“58th Annual Meeting of the Association…”" was every
    // volume of ACL 2020 alike)
    const line = `${en(want.authors)} of ${en(total)} authors in ACL 2020`;
    expect(await page.getByTestId('stats-line').textContent()).toBe(line);
    expect(await page.getByTestId('venue-status').textContent()).toContain(`Filter on: ACL 2020, ${want.papers} papers`);
    await shootPage(page, 'venues-30k-acl2020');

    await openAuthor(page, who);
    const card = page.getByTestId('author-panel');
    expect(await card.getByTestId('author-paper-count').textContent()).toBe(String(want.his));
    expect(Number(await cardStrength(page))).toBe(want.strength);
    expect(await card.getByTestId('author-papers-other-years').textContent()).toContain(`${bundle.authors.paperCount[author]! - want.his} more papers hidden by the filter`);
    const url = await pageUrl(page);
    expect(url.searchParams.get('venues')).toBe(String(v));

    // a reload, and the address opened in a new tab: the same map and card
    await page.reload();
    await waitForState(page, 'ready', 180_000);
    expect(await page.getByTestId('stats-line').textContent()).toBe(line);
    expect(await page.getByTestId('author-panel').getByTestId('author-paper-count').textContent()).toBe(String(want.his));
    const shared = await openPage(browser);
    await openAt(shared.page, url.search);
    expect(await shared.page.getByTestId('stats-line').textContent()).toBe(line);
    // (the panel's lists come once the venues are grouped into series, on a worker: "Grouping the … venues" until then)
    await expect.poll(() => shared.page.getByTestId('venue-panel').getByRole('checkbox', { checked: true }).count(), { timeout: 60_000 }).toBe(1);
    await shared.page.context().close();

    // said on the map itself (the Venues panel is below the sidebar's fold at 1440×900), cleared there with one click:
    // the whole map; Back to the entry before the card: the filter is back; Forward: off again
    const chip = page.getByTestId('filter-chip');
    expect(await chip.isVisible()).toBe(true);
    expect(await chip.locator('.filter-chip-text').textContent()).toBe('ACL 2020 only');
    // the Rankings panel opens under the chip, not over it (it hid the filters its heading says apply: a tester)
    await page.getByRole('button', { name: 'Rankings of authors' }).click();
    const rankings = page.getByTestId('rankings');
    await rankings.waitFor();
    const [c, r] = [(await chip.boundingBox())!, (await rankings.boundingBox())!];
    expect(c.y + c.height <= r.y || r.y + r.height <= c.y || c.x + c.width <= r.x || r.x + r.width <= c.x, 'the chip clear of the Rankings').toBe(true);
    await rankings.getByRole('button', { name: 'Close rankings' }).click();
    await chip.getByRole('button', { name: /^Clear the filters/ }).click();
    await frames(page);
    expect(await page.getByTestId('stats-line').textContent()).toBe(whole);
    expect(await page.getByTestId('author-panel').getByTestId('author-paper-count').textContent()).toBe(String(bundle.authors.paperCount[author]));
    expect((await pageUrl(page)).searchParams.has('venues')).toBe(false);
    await stepBack(page);
    await page.getByTestId('author-panel').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('stats-line').textContent()).toBe(line);
    await page.goForward();
    await page.getByTestId('author-panel').waitFor();
    await expect.poll(() => page.getByTestId('stats-line').textContent()).toBe(whole);

    // "EMNLP" finds the volumes that spell it out too (a tester: "Pick all 12" left out the 2016-2018 and 2021 main
    // conferences): every volume whose name holds EMNLP or "Conference on Empirical Methods in Natural Language
    // Processing"; picked, the chosen are listed most papers first, each name whole (EMNLP 2019's main, demonstrations
    // and tutorials volumes read alike cut at two lines)
    // picked, a series whose volumes are all chosen is one row among the chosen (its volumes under it), and the
    // other chosen volumes are listed most papers first, each name whole (EMNLP 2019's main, demonstrations and
    // tutorials volumes read alike cut at two lines)
    const emnlp = bundle.venues.filter((n) => /EMNLP|Conference on Empirical Methods in Natural Language Processing/.test(n)).length;
    await page.getByTestId('venue-find').fill('EMNLP');
    // the venues found, each name whole too (a tester: three rows read "2020 Conference on Empirical Methods in
    // Natural Language…", main, demonstrations and tutorials alike, the rest only in a tooltip a phone lacks)
    const found = page.getByTestId('venue-list').locator('.venue-name');
    await found.first().waitFor();
    const foundCut = await found.evaluateAll((names) => names.filter((n) => n.scrollHeight > n.clientHeight + 1).map((n) => n.textContent));
    expect(foundCut, 'names found cut').toEqual([]);
    expect(await found.count()).toBeGreaterThan(2);
    await page.getByTestId('venue-pick-all').click();
    await expect.poll(async () => (await pageUrl(page)).searchParams.get('venues')?.split(',').length).toBe(emnlp);
    const chosenList = page.getByRole('list', { name: 'Chosen venues' });
    // (a series some of whose volumes are chosen says how many: "3 of 5 volumes")
    const inSeries = (await chosenList.locator(':scope > li.venue-series').evaluateAll((lis) => lis.map((li) => li.querySelector('.venue-series-meta')!.textContent!)))
      .map((meta) => /^(?:(\d+) of )?(\d+) volumes/.exec(meta)!)
      .map((m) => Number(m[1] ?? m[2]));
    const chosen = chosenList.locator(':scope > li:not(.venue-series)');
    expect(inSeries.length).toBeGreaterThanOrEqual(3);
    expect(inSeries.reduce((a, b) => a + b, 0) + (await chosen.count())).toBe(emnlp);
    expect(await chosenList.locator(':scope > li.venue-series .venue-name').allTextContents()).toContain('Conference on Empirical Methods in Natural Language Processing: Tutorial Abstracts');
    const rows = await chosen.evaluateAll((lis) =>
      lis.map((li) => {
        const n = li.querySelector('.venue-name') as HTMLElement;
        return { papers: Number(li.querySelector('.count')!.textContent!.replace(/,/g, '')), clipped: n.scrollHeight > n.clientHeight + 1, text: n.textContent };
      }),
    );
    expect(rows.every((r, i) => i === 0 || r.papers <= rows[i - 1]!.papers), 'most papers first').toBe(true);
    expect(rows.filter((r) => r.clipped), 'names cut').toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('venue series on the 30k map', () => {
  it('are worked out on a worker, not on the page\'s thread (the 70k map\'s 2,373 volumes froze the page for 430 ms at the list\'s first render): the list comes grouped', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await openAt(page, bigQuery);
    const list = page.getByTestId('venue-panel').getByTestId('venue-list');
    const first = list.locator(':scope > li').first();
    await first.waitFor();
    // (the list is shown once the series are there: its first row is the main conference's, never a volume of it)
    expect(await first.getAttribute('class')).toBe('venue-series');
    expect(await page.getByTestId('venue-grouping').count()).toBe(0);
    expect(page.workers().map((w) => w.url()).filter((u) => /series-worker/.test(u))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"ACL" lists the series first: the main conference\'s 10 volumes 2016–2021 as one row, picked whole (not its Findings, demonstrations, workshops); opened, one volume unpicked; the link restores it; VOSviewer names it', async () => {
    const bundle = servedBundle(bigQuery);
    // the reference from the volume titles, by a rule of its own: the main conference's volumes, whatever the year
    const main = bundle.venues.flatMap((n, v) =>
      /^Proceedings of the 5\dth Annual Meeting of the Association for Computational Linguistics( \(Volume \d: (Long|Short) Papers\)| and the 11th International Joint Conference on Natural Language Processing \(Volume \d: (Long|Short) Papers\))?$/.test(n) ? [v] : [],
    );
    expect(main).toHaveLength(10);
    const papers = bundle.papers.venue.filter((x) => x !== null && main.includes(x)).length;
    const total = bundle.authors.name.length;
    const authors = new Set(bundle.papers.venue.flatMap((x, p) => (x !== null && main.includes(x) ? bundle.papers.authors[p]! : []))).size;

    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await openAt(page, bigQuery);
    const panel = page.getByTestId('venue-panel');
    const list = panel.getByTestId('venue-list');
    // without search words the list groups the series too (it was 768 volumes, the series found only by typing):
    // among the first rows, series and single volumes by papers, the main conference one row, none of its volumes
    // alone
    const browsing = list.locator(':scope > li');
    await browsing.first().waitFor();
    const aclRow = list.locator(':scope > li.venue-series', { has: page.locator(':scope > label .venue-name', { hasText: /^Annual Meeting of the Association for Computational Linguistics$/ }) });
    expect(await aclRow.count()).toBe(1);
    expect(await aclRow.locator('.venue-series-meta').textContent()).toBe('10 volumes · 2016–2021');
    expect(await aclRow.locator(':scope > .count').textContent()).toBe(en(papers));
    const browsed = await browsing.evaluateAll((lis) => lis.map((li) => ({ venue: li.dataset.venue ?? null, papers: Number(li.querySelector(':scope > .count')!.textContent!.replace(/,/g, '')) })));
    expect(browsed).toHaveLength(12);
    expect(browsed.every((r, i) => i === 0 || r.papers <= browsed[i - 1]!.papers), 'most papers first').toBe(true);
    expect(browsed.filter((r) => r.venue !== null && main.includes(Number(r.venue)))).toEqual([]);
    // ("All 1 series and 18 other venues" read awkwardly: a tester)
    expect(await panel.getByTestId('venue-more').textContent()).toMatch(/^Show all: \d+ series and \d+ venues$/);
    await panel.getByLabel('Find a venue').fill('ACL');
    // the series first, most papers first: the main conference leads, Findings are a series of their own
    const first = list.locator(':scope > li').first();
    await expect.poll(() => first.getAttribute('class')).toBe('venue-series');
    expect(await first.locator('.venue-name').textContent()).toBe('Annual Meeting of the Association for Computational Linguistics');
    expect(await first.locator('.venue-series-meta').textContent()).toBe('10 volumes · 2016–2021');
    expect(await first.locator('.count').textContent()).toBe(en(papers));
    const seriesTitles = await list.locator(':scope > li.venue-series .venue-name').allTextContents();
    expect(seriesTitles).toContain('Annual Meeting of the Association for Computational Linguistics: System Demonstrations');
    expect(seriesTitles.some((t) => t.startsWith('Findings of the Association for Computational Linguistics'))).toBe(true);
    // every series row is before every single volume
    const kinds = await list.locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.classList.contains('venue-series')));
    expect(kinds.indexOf(false)).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf(false)).every((k) => !k)).toBe(true);
    expect(await panel.locator('.venue-find-count').textContent()).toMatch(/^\d+ series \(\d+ volumes\) and \d+ other venues?, [\d,]+ papers/);
    await shootPage(page, 'venues-30k-series-acl');

    // picked whole: its 10 volumes, the map of their papers, named as the series on the map chip, in the top bar,
    // the legend and the panel's line (all four said "10 venues"), by the acronym the map's titles write ("ACL 2017,
    // System Demonstrations")
    await first.getByRole('checkbox', { name: /^Series Annual Meeting of the Association for Computational Linguistics, 10 volumes, 2016–2021: / }).click();
    await panel.getByTestId('venue-status').waitFor();
    await frames(page);
    expect(await panel.getByTestId('venue-status').textContent()).toContain(`Filter on: ACL (10 volumes), ${en(papers)} papers`);
    expect((await pageUrl(page)).searchParams.get('venues')!.split(',').map(Number).sort((a, b) => a - b)).toEqual([...main].sort((a, b) => a - b));
    expect(await page.getByTestId('stats-line').textContent()).toBe(`${en(authors)} of ${en(total)} authors in ACL (10 volumes)`);
    const chipText = page.getByTestId('filter-chip').locator('.filter-chip-text');
    expect(await chipText.textContent()).toBe('ACL (10 volumes)');
    expect(await page.getByTestId('legend').textContent()).toContain('by papers at this series');
    const chosenSeries = page.getByRole('list', { name: 'Chosen venues' }).locator(':scope > li.venue-series');
    expect(await chosenSeries.count()).toBe(1);
    // the panels' lines (the Communities panel's here) and the Export menu's details name it too (they said "10 venues")
    const series = 'ACL (10 volumes)';
    expect(await page.getByTestId('community-figures').textContent()).toContain(`Counts: authors with a paper in ${series}.`);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByTestId('export-menu');
    expect(await menu.locator('[data-export="vosviewer"] .export-detail').textContent()).toMatch(new RegExp(`^map and network files · ${series.replace(/[()]/g, '\\$&')}: [\\d,]+ authors, [\\d,]+ links$`));
    expect(await menu.locator('[data-export="gexf"] .export-detail').textContent()).toContain(` in ${series}, as shown`);
    expect(await menu.textContent()).not.toMatch(/\b10 venues\b/);
    // VOSviewer's weight names say which venues: the series, as the chip says it
    const vos = await download(page, 'vosviewer');
    const vosZip = unzipSync(readFileSync(vos.file));
    const header = strFromU8(vosZip[Object.keys(vosZip).find((k) => k.endsWith('-vosviewer-map.txt'))!]!).split('\r\n')[0]!.split('\t');
    expect(header[7]).toBe(`weight<Documents at ${series}>`);

    // a reload keeps it, the series one chosen row
    await page.reload();
    await waitForState(page, 'ready', 180_000);
    await expect.poll(() => chosenSeries.count()).toBe(1);
    expect(await chosenSeries.getByRole('checkbox').isChecked()).toBe(true);

    // opened: its volumes, one unpicked; the series is then half chosen and its 9 other volumes stay
    await chosenSeries.getByTestId('venue-series-open').click();
    const volumes = page.getByRole('list', { name: 'Volumes of Annual Meeting of the Association for Computational Linguistics' });
    expect(await volumes.locator('li').count()).toBe(10);
    const short = 'Proceedings of the 54th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)';
    await volumes.getByRole('checkbox', { name: new RegExp(`^${short.replace(/[()]/g, '\\$&')}: `) }).click();
    await frames(page);
    await expect.poll(async () => (await pageUrl(page)).searchParams.get('venues')!.split(',').length).toBe(9);
    expect((await pageUrl(page)).searchParams.get('venues')!.split(',').map(Number)).not.toContain(bundle.venues.indexOf(short));
    // still one row among the chosen, "9 of 10 volumes" (its 9 volumes stood there one by one), its papers those
    // chosen; the chip, the top bar and the line say so
    const shortPapers = bundle.papers.venue.filter((x) => x === bundle.venues.indexOf(short)).length;
    const chosenRows = page.getByRole('list', { name: 'Chosen venues' }).locator(':scope > li');
    expect(await chosenRows.count()).toBe(1);
    expect(await chosenSeries.locator('.venue-series-meta').textContent()).toBe('9 of 10 volumes · 2016–2021');
    expect(await chosenSeries.locator(':scope > .count').textContent()).toBe(en(papers - shortPapers));
    expect(await chosenSeries.locator(':scope > label input').evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    await expect.poll(() => chipText.textContent()).toBe('ACL (9 of 10 volumes)');
    expect(await page.getByTestId('stats-line').textContent()).toMatch(/ authors in ACL \(9 of 10 volumes\)$/);
    expect(await panel.getByTestId('venue-status').textContent()).toContain(`ACL (9 of 10 volumes), ${en(papers - shortPapers)} papers`);
    expect(await page.getByTestId('legend').textContent()).toContain('by papers at 9 volumes of this series');
    // ticked whole again, and venues of other series: each named, the series once, in the top bar, the legend and the
    // Export menu too (they said "1 series + 1 venue" beside the chip that named the series: a tester)
    await chosenSeries.locator(':scope > label input').click();
    await expect.poll(async () => (await pageUrl(page)).searchParams.get('venues')!.split(',').length).toBe(10);
    await pickVenue(page, 'Proceedings of the 12th Language Resources and Evaluation Conference', '12th language resources');
    await expect.poll(() => chipText.textContent()).toBe('ACL (10 volumes) + LREC 2020');
    expect(await page.getByTestId('stats-line').textContent()).toMatch(/ authors in ACL \(10 volumes\) \+ LREC 2020$/);
    expect(await page.getByTestId('legend').textContent()).toContain('by papers at ACL (10 volumes) + LREC 2020');
    // WAT's volumes are one series, WAT 2018 (in PACLIC 32's proceedings) among them: a search lists that one row (it
    // listed WAT 2019–2020 as a series and 2016, 2017, 2018 in PACLIC and 2021 alone: a tester)
    await panel.getByLabel('Find a venue').fill('Workshop on Asian Translation');
    const found = list.locator(':scope > li');
    await expect.poll(() => found.count()).toBe(1);
    expect(await found.first().locator('.venue-name').textContent()).toBe('Workshop on Asian Translation');
    expect(await found.first().locator('.venue-series-meta').textContent()).toBe('6 volumes · 2016–2021');
    await shootElement(panel, 'venues-30k-panel-wat');
    await pickVenue(page, 'Proceedings of the 6th Workshop on Asian Translation', '6th workshop on asian translation');
    const mixed = 'ACL (10 volumes) + LREC 2020 + WAT 2019';
    await expect.poll(() => chipText.textContent()).toBe(mixed);
    expect(await page.getByTestId('stats-line').textContent()).toMatch(new RegExp(` authors in ${mixed.replace(/[()+]/g, '\\$&')}$`));
    expect(await page.getByTestId('legend').textContent()).toContain(`by papers at ${mixed}`);
    expect(await panel.getByTestId('venue-status').textContent()).toContain(`Filter on: ${mixed}, `);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    expect(await menu.locator('[data-export="vosviewer"] .export-detail').textContent()).toMatch(new RegExp(`^map and network files · ${mixed.replace(/[()+]/g, '\\$&')}: [\\d,]+ authors, [\\d,]+ links$`));
    expect(await menu.textContent()).not.toMatch(/\bseries \+/);
    await page.keyboard.press('Escape');
    await shootPage(page, 'venues-30k-series-and-venues');
    await shootElement(panel, 'venues-30k-panel-mixed');
    // too many to name: counted as it reads, "1 series and 18 venues" (no "+")
    await panel.getByLabel('Find a venue').fill('workshop on computational');
    await panel.getByTestId('venue-pick-all').click();
    await frames(page);
    const picked = (await pageUrl(page)).searchParams.get('venues')!.split(',').map(Number);
    const inSeries = new Set(main);
    const others = picked.filter((v) => !inSeries.has(v)).length;
    expect(others).toBeGreaterThan(5);
    await expect.poll(() => page.getByTestId('stats-line').textContent()).toMatch(/ authors in (ACL \(10 volumes\) and|\d+ series and) \d+ venues$/);
    expect(await page.getByTestId('legend').textContent()).toMatch(/by papers at (ACL \(10 volumes\) and|\d+ series and) \d+ venues/);
    expect(await page.getByTestId('stats-line').textContent()).not.toContain('+');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('"Find a venue" shows its matches as the user types', () => {
  /**
   * Where the first match of "EMNLP" lies against the sidebar's visible part, after typing it in the field scrolled
   * to the sidebar's bottom edge (where a tester had it at 1440×900 with 2019–2020 set: the matches were below it,
   * out of sight, and nothing seemed to happen), on `page` opened at the 30k map with 2019–2020.
   */
  async function typeAtBottom(page: Page, phone: boolean): Promise<{ first: number[]; side: number[]; field: number[] }> {
    const field = page.getByTestId('venue-find');
    await page.getByTestId('venue-list').locator(':scope > li').first().waitFor();
    // the field at the sidebar's (the drawer's) bottom edge, as the tester had it
    await page.evaluate(`(() => {
      const side = document.querySelector('#sidebar');
      const box = document.querySelector('[data-testid="venue-find"]');
      side.scrollTop += box.getBoundingClientRect().bottom - side.getBoundingClientRect().bottom + 4;
    })()`);
    if (phone) await field.tap();
    else await field.click();
    await field.pressSequentially('EMNLP');
    await page.getByRole('list', { name: 'Venues found' }).waitFor();
    await frames(page, 2);
    return page.evaluate(`(() => {
      const r = (el) => { const b = el.getBoundingClientRect(); return [b.top, b.bottom]; };
      const side = document.querySelector('#sidebar');
      const s = side.getBoundingClientRect();
      return {
        first: r(document.querySelector('[data-testid="venue-list"] > li')),
        side: [s.top + side.clientTop, s.top + side.clientTop + side.clientHeight],
        field: r(document.querySelector('[data-testid="venue-find"]')),
      };
    })()`);
  }

  it('on a desktop (1440×900, 2019–2020): the field and its first match lie in the sidebar\'s visible part', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await openAt(page, `${bigQuery}&years=2019-2020`);
    const at = await typeAtBottom(page, false);
    await shootPage(page, 'venues-30k-find-in-view');
    expect(at.field[0]).toBeGreaterThanOrEqual(at.side[0]);
    expect(at.first[0]).toBeGreaterThanOrEqual(at.field[1]);
    expect(at.first[1]).toBeLessThanOrEqual(at.side[1] + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('in the phone\'s drawer (390×844): the field (below the drawer\'s head) and its first match lie in the drawer\'s visible part', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await openAt(page, `${bigQuery}&years=2019-2020`);
    await page.getByRole('button', { name: /Open filters/ }).click();
    await page.locator('.drawer-head').waitFor();
    const at = await typeAtBottom(page, true);
    await shootPage(page, 'venues-30k-find-in-view-phone');
    const head = await page.evaluate<number>(`document.querySelector('.drawer-head').getBoundingClientRect().bottom`);
    expect(at.field[0]).toBeGreaterThanOrEqual(head - 1);
    expect(at.first[0]).toBeGreaterThanOrEqual(at.field[1]);
    expect(at.first[1]).toBeLessThanOrEqual(at.side[1] + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
